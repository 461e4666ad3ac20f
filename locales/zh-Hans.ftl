### vri-invite, Chinese, Simplified (中文（简体）): one plural form.
### language: zh-Hans
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths)

## The page

app_title = 本次通话中的第三方
language_label = 语言
language_search = 查找您的语言
language_none = 没有匹配的语言。
language_failed = 无法加载{ $language }。请检查网络连接，然后重试。

## Screens shown instead of the app

config_error_title = 此应用的设置不正确
config_error_help = 请联系安装此应用的人员检查其配置文件。重新加载页面即可重试。
reload = 重新加载
crash_title = 出现问题
crash_text = 由于此设备上的错误，应用已停止运行。您邀请的人仍在通话中，名单也保存在此标签页中。
part_failed = 无法加载页面的这一部分。请检查网络连接，然后重试。
retry = 重试
session_expired = 您的会话已过期，正在等待门户为您重新登录… 您正在进行的操作将自动继续。

## The invite form

invite_title = 邀请第三方
how_to_reach = 联系方式
mode_email = 通过电子邮件发送视频链接
mode_phone = 拨打对方电话
participant = 参与者
name = 姓名
email = 电子邮件
phone = 电话号码
phone_hint = 按号码所在国家/地区的写法填写，或以 + 和国家/地区代码开头。
country = 号码所属国家/地区
country_search = 查找国家/地区：名称或 +代码
country_none = 请选择国家/地区
country_no_match = 没有匹配的国家/地区。
dtmf = 接通后按键（可选）
dtmf_hint = 分机号或 PIN 码：数字、* 和 #；逗号或 w 表示暂停
region = 区域
choose_region = 请选择区域
send = 发送邀请
sending = 正在发送邀请…
sent_to = 已向{ $name }发送邀请。
will_dial = 将拨打 { $number }（{ $where }）
will_dial_plain = 将拨打 { $number }
dial_where = { $country }，{ $kind }
kind_landline = 固定电话
kind_mobile = 手机
kind_landline_or_mobile = 固定电话或手机
kind_toll_free = 免费电话
kind_voip = 网络电话
then_send = ，然后按 { $tones }

## What the form says when a field is missing or wrong

name_empty = 请输入此人要显示的姓名。
name_too_long = 姓名最多 { $max } 个字符。
region_missing = 请选择通话所在的区域。
email_empty = 请输入接收视频链接的电子邮件地址。
email_shape = 请输入有效的电子邮件地址，例如 name@example.com。
dtmf_bad = “{ $c }”不是按键音。请使用数字、* 和 #，用逗号或 w 表示暂停。
dtmf_too_long = 最多 { $max } 个按键。
phone_empty = 请输入要拨打的电话号码。
phone_bad_char = 无法拨打“{ $c }”。只能使用数字、空格和 + ( ) -；分机号请填在“接通后按键”中。
phone_no_country = 请选择此号码所属的国家/地区，或以 + 和国家/地区代码开头。
phone_bad_country = 此国家/地区代码不存在。请检查 + 后面的数字。
phone_too_short = 此号码太短，无法拨打。请检查是否缺少数字。
phone_too_long = 对于其所属国家/地区，此号码太长。请检查是否多了数字。
phone_loading = 电话规则仍在加载。请稍后再试。
phone_unavailable = 无法加载电话规则，因此无法检查此号码。请检查网络连接后重试。
phone_not_valid_in = 这不是{ $country }的电话号码。请检查数字和国家/地区。
phone_not_valid = 这不是可以拨打的电话号码。请检查数字。
phone_costs_extra = 此处不能拨打付费增值号码和分摊费用号码。
phone_not_allowed = 此处不能拨打{ $country }的电话。

## Errors from the network or the server, and what the browser could not keep

err_network = 无法连接到 { $origin } 的服务器。请检查网络连接，然后重试。如果网络正常，可能是服务器或此页面的设置阻止了请求（服务器的 CORS 策略、此页面的安全策略，或从 https 页面访问 http 地址）：请告知您的技术支持团队。
err_cancelled = 由于屏幕已重置，操作已停止。
err_not_api = 服务器返回的是网页而不是 API 的应答（可能是登录页面或代理的通知），因此操作未完成。请重试；如果问题仍然存在，请联系技术支持。
saved_trimmed = 此浏览器无法为此标签页保存全部内容，因此重新加载后口译员名单将不会恢复。您邀请的人都会恢复。
saved_refused = 此浏览器拒绝为此标签页保存名单：重新加载后，您邀请的人将不再显示在这里（他们仍在通话中）。请保持此页面打开。
err_undecodable = 无法读取服务器的应答。请重试；如果问题仍然存在，请联系技术支持。
server_said = 服务器返回：“{ $m }”。
err_400 = 服务器未接受此请求。{ $said }请检查信息后重试。
err_401 = 您的会话已过期。请重新登录，然后重试。{ $said }
err_403 = 您无权执行此操作。{ $said }
err_404 = 服务器找不到此内容。{ $said }
err_slow = 服务器响应时间过长（错误 { $status }）。{ $said }请稍后重试。
err_busy = 服务器请求过多，正忙。{ $said }请稍等片刻，然后重试。
err_5xx = 服务器出现问题（错误 { $status }）。{ $said }请稍后重试。
err_other = 服务器拒绝了请求（错误 { $status }）。{ $said }

## The roster: who was invited into the call

roster_title = 本次通话中
roster_empty = 尚未邀请任何人。您邀请的人会显示在这里。
unnamed = 未命名的参与者
phone_ending = 尾号为 { $digits } 的电话
no_contact = 无联系方式
code_status = 状态 { $code }
code_type = 类型 { $code }
code_gender_option = 性别选项 { $code }
code_video_option = 视频选项 { $code }
code_status_unknown = 状态未知
code_type_unknown = 类型未知
unnamed_interpreter = 未命名的口译员
identity = 视频账户身份
details = 详情
details_for = 查看{ $name }的详情
remove = 移除
removing = 正在移除…
remove_name = 移除{ $name }
could_not_remove = 无法移除：{ $message }
confirm_title = 要移除{ $name }吗？
confirm_text = { $name }将被断开通话。
cancel = 取消
removed = { $name }已被移出通话。
step_invited_email = 已通过电子邮件邀请
step_invited_phone = 已通过电话邀请
step_status_detail = { $status }：{ $detail }
step_removal_asked = 已请求移除
step_removal_failed = 移除失败：{ $reason }
step_removed = 已移出通话
step_called_again = 已重新拨打
step_call_again_failed = 重新拨打失败：{ $reason }
history = 记录
call_again = 重新拨打
calling_again = 正在重新拨打…
could_not_call_again = 无法重新拨打：{ $message }
announce_status = { $name }：{ $status }
just_now = 刚刚
removed_title = 已移出本次通话

## The list kept for this tab

saved_unreadable = 无法读取已保存的参与者名单，名单已清除。
saved_other_version = 已保存的参与者名单来自此应用的其他版本，名单已清除。
saved_participant_bad = 无法读取一位已保存的参与者；已保存的名单已清除。

## Kiosk: the idle warning

idle_title = 您还在吗？
still_here = 我还在

## Copy buttons

copy = 复制
copy_what = 复制{ $what }
copied = 已复制
copy_refused = 浏览器不允许复制。请选中文字后自行复制。

## The details under the roster: the interpreting request

request_title = 口译请求：
no_request = 此邀请未附带口译请求。
f_status = 状态
f_language = 语言
f_details = 详情
f_message = 留言

## The appointment

appt_title = 预约口译员：
no_appt = { $name }没有已安排的预约。
this_interpreter = 此口译员
starts = 开始
ends = 结束
duration = 时长
show_utc = 显示 UTC
hide_utc = 隐藏 UTC
as_sent = { $time }（服务器发送的原始时间，未注明时区）
not_given = 未提供
languages = 语言
from_lang = 从{ $f }
into_lang = 译为{ $t }
client = 客户
person = 联系人
product = 服务项目
call_purpose = 通话目的
schedule_status = 预约状态
routing_status = 分配状态
gender = 性别
video = 视频
offered = 已提供
offered_yes = 已提供给此口译员
offered_no = 未提供给此口译员
interpreter_contact = 口译员联系方式
confirmation = 确认号码
confirmation_what = 确认号码
pin = PIN 码
pin_hidden = PIN 码已隐藏
show_pin = 显示 PIN
hide_pin = 隐藏 PIN
join = 加入
join_requested = 已请求加入
join_requested_text = 已请求加入。门户将为您接入预约。
join_opens = 预约开始后即可加入。距开始还有{" "}
join_unavailable = 此预约无法加入。
rel_starts = { $when }开始
rel_started = { $when }开始
rel_ended = { $when }结束
rel_starts_soon = 不到一分钟后开始
rel_started_now = 刚刚开始
rel_ended_now = 刚刚结束

## The interpreters offered

interpreters_title = 口译员{" "}
of_total = { $count }/{ $total }
filter_label = 按姓名或语言筛选
sort_by = 排序方式
sort_listed = 原始顺序
sort_rating = 评分（从高到低）
sort_performance = 表现（从高到低）
shown_status = 显示 { $count }/{ $total } 位口译员
no_interpreters = 此请求没有提供口译员。
no_match = 没有符合此筛选条件的口译员。
interpreter_list = 口译员名单
native = 母语：
also = 其他：
no_languages = 未列出语言
rating = 评分
performance = 表现
score_of = { $what }：{ $score } 分（满分 5 分）
not_rated = { $what }：未评分
takes = 可接
calls = 电话
text_cap = 文字
yes = 是
no = 否
not_stated = 未说明
help_language = 协助语言：
has_meetings = 有会议
no_meetings = 无会议
appointment_button = 预约
no_appointment = 无预约
show_appointment_of = 查看{ $name }的预约

## Texts with a number: one form per CLDR plural category of the language

err_timeout = 服务器在 { $n } 秒内没有应答。请稍后重试。

err_busy_wait = 服务器请求过多，正忙。{ $said }请等待 { $n } 秒，然后重试。

idle_text = 为保护隐私，此屏幕将在 { $n } 秒后清除。

people = { $n } 人
