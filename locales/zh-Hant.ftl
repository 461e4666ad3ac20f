### vri-invite, Chinese, Traditional (中文（繁體）), Taiwan usage: one plural form.
### language: zh-Hant
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths; Hong Kong readers may prefer other words)

## The page

app_title = 本次通話中的第三方
language_label = 語言
language_search = 尋找您的語言
language_none = 沒有符合的語言。
language_failed = 無法載入{ $language }。請檢查網路連線，然後再試一次。

## Screens shown instead of the app

config_error_title = 此應用程式的設定不正確
config_error_help = 請聯絡安裝此應用程式的人員檢查其設定檔。重新載入頁面即可再試一次。
reload = 重新載入
crash_title = 發生問題
crash_text = 由於此裝置上的錯誤，應用程式已停止運作。您邀請的人仍在通話中，名單也保存在此分頁中。
part_failed = 無法載入頁面的這個部分。請檢查網路連線，然後重試。
retry = 重試
session_expired = 您的工作階段已過期，正在等待入口網站為您重新登入… 您正在進行的操作將會自動繼續。

## The invite form

invite_title = 邀請第三方
how_to_reach = 聯絡方式
mode_email = 以電子郵件傳送視訊連結
mode_phone = 撥打對方電話
participant = 參與者
name = 姓名
email = 電子郵件
phone = 電話號碼
phone_hint = 依號碼所屬國家/地區的寫法填寫，或以 + 和國碼開頭。
country = 號碼所屬國家/地區
country_search = 搜尋國家/地區：名稱或 +國碼
country_none = 請選擇國家/地區
country_no_match = 沒有相符的國家/地區。
dtmf = 接通後按鍵（選填）
dtmf_hint = 分機或 PIN 碼：數字、* 和 #；逗號或 w 表示暫停
region = 區域
choose_region = 請選擇區域
send = 傳送邀請
sending = 正在傳送邀請…
sent_to = 已向{ $name }傳送邀請。
will_dial = 將撥打 { $number }（{ $where }）
will_dial_plain = 將撥打 { $number }
dial_where = { $country }，{ $kind }
kind_landline = 市話
kind_mobile = 手機
kind_landline_or_mobile = 市話或手機
kind_toll_free = 免付費電話
kind_voip = 網路電話
then_send = ，然後按 { $tones }

## What the form says when a field is missing or wrong

name_empty = 請輸入此人要顯示的姓名。
name_too_long = 姓名最多 { $max } 個字元。
region_missing = 請選擇通話所在的區域。
email_empty = 請輸入接收視訊連結的電子郵件地址。
email_shape = 請輸入有效的電子郵件地址，例如 name@example.com。
dtmf_bad = 「{ $c }」不是按鍵音。請使用數字、* 和 #，以逗號或 w 表示暫停。
dtmf_too_long = 最多 { $max } 個按鍵。
phone_empty = 請輸入要撥打的電話號碼。
phone_bad_char = 無法撥打「{ $c }」。只能使用數字、空格和 + ( ) -；分機請填在「接通後按鍵」中。
phone_no_country = 請選擇此號碼所屬的國家/地區，或以 + 和國碼開頭。
phone_bad_country = 此國碼不存在。請檢查 + 後面的數字。
phone_too_short = 此號碼太短，無法撥打。請檢查是否少了數字。
phone_too_long = 以其所屬國家/地區而言，此號碼太長。請檢查是否多了數字。
phone_loading = 電話規則仍在載入。請稍後再試。
phone_unavailable = 無法載入電話規則，因此無法檢查此號碼。請檢查網路連線後再試一次。
phone_not_valid_in = 這不是{ $country }的電話號碼。請檢查數字和國家/地區。
phone_not_valid = 這不是可以撥打的電話號碼。請檢查數字。
phone_costs_extra = 此處無法撥打付費加值號碼和分攤費用號碼。
phone_not_allowed = 此處無法撥打{ $country }的電話。

## Errors from the network or the server, and what the browser could not keep

err_network = 無法連線到 { $origin } 的伺服器。請檢查網路連線，然後再試一次。如果網路正常，可能是伺服器或此頁面的設定封鎖了要求（伺服器的 CORS 政策、此頁面的安全性政策，或從 https 頁面存取 http 位址）：請告知您的技術支援團隊。
err_cancelled = 由於畫面已重設，操作已停止。
err_not_api = 伺服器傳回的是網頁而不是 API 的回應（可能是登入頁面或 Proxy 的通知），因此操作未完成。請再試一次；如果問題持續發生，請聯絡技術支援。
saved_trimmed = 此瀏覽器無法為此分頁保存全部內容，因此重新載入後口譯員名單將不會恢復。您邀請的人都會恢復。
saved_refused = 此瀏覽器拒絕為此分頁保存名單：重新載入後，您邀請的人將不再顯示於此（他們仍在通話中）。請讓此頁面保持開啟。
err_undecodable = 無法讀取伺服器的回應。請再試一次；如果問題持續發生，請聯絡技術支援。
server_said = 伺服器回覆：「{ $m }」。
err_400 = 伺服器未接受此要求。{ $said }請檢查資料後再試一次。
err_401 = 您的工作階段已過期。請重新登入，然後再試一次。{ $said }
err_403 = 您無權執行此操作。{ $said }
err_404 = 伺服器找不到此內容。{ $said }
err_slow = 伺服器回應時間過長（錯誤 { $status }）。{ $said }請稍後再試。
err_busy = 伺服器要求過多，忙碌中。{ $said }請稍候片刻，然後再試一次。
err_5xx = 伺服器發生問題（錯誤 { $status }）。{ $said }請稍後再試。
err_other = 伺服器拒絕了要求（錯誤 { $status }）。{ $said }

## The roster: who was invited into the call

roster_title = 本次通話中
roster_empty = 尚未邀請任何人。您邀請的人會顯示在這裡。
unnamed = 未命名的參與者
phone_ending = 末四碼為 { $digits } 的電話
no_contact = 無聯絡資料
code_status = 狀態 { $code }
code_type = 類型 { $code }
code_gender_option = 性別選項 { $code }
code_video_option = 視訊選項 { $code }
code_status_unknown = 狀態不明
code_type_unknown = 類型不明
unnamed_interpreter = 未命名的口譯員
identity = 視訊帳號身分
details = 詳細資料
details_for = 查看{ $name }的詳細資料
remove = 移除
removing = 正在移除…
remove_name = 移除{ $name }
could_not_remove = 無法移除：{ $message }
confirm_title = 要移除{ $name }嗎？
confirm_text = { $name }將會被中斷通話。
cancel = 取消
removed = { $name }已被移出通話。
step_invited_email = 已透過電子郵件邀請
step_invited_phone = 已透過電話邀請
step_status_detail = { $status }：{ $detail }
step_removal_asked = 已要求移除
step_removal_failed = 移除失敗：{ $reason }
step_removed = 已移出通話
step_called_again = 已重新撥打
step_call_again_failed = 重新撥打失敗：{ $reason }
history = 紀錄
call_again = 重新撥打
calling_again = 正在重新撥打…
could_not_call_again = 無法重新撥打：{ $message }
announce_status = { $name }：{ $status }
just_now = 剛剛
removed_title = 已移出本次通話

## The list kept for this tab

saved_unreadable = 無法讀取已保存的參與者名單，名單已清除。
saved_other_version = 已保存的參與者名單來自此應用程式的其他版本，名單已清除。
saved_participant_bad = 無法讀取一位已保存的參與者；已保存的名單已清除。

## Kiosk: the idle warning

idle_title = 您還在嗎？
still_here = 我還在

## Copy buttons

copy = 複製
copy_what = 複製{ $what }
copied = 已複製
copy_refused = 瀏覽器不允許複製。請選取文字後自行複製。

## The details under the roster: the interpreting request

request_title = 口譯要求：
no_request = 此邀請未附帶口譯要求。
f_status = 狀態
f_language = 語言
f_details = 詳細資料
f_message = 留言

## The appointment

appt_title = 預約口譯員：
no_appt = { $name }沒有已安排的預約。
this_interpreter = 此口譯員
starts = 開始
ends = 結束
duration = 時長
show_utc = 顯示 UTC
hide_utc = 隱藏 UTC
as_sent = { $time }（伺服器傳送的原始時間，未註明時區）
not_given = 未提供
languages = 語言
from_lang = 從{ $f }
into_lang = 譯為{ $t }
client = 客戶
person = 聯絡人
product = 服務項目
call_purpose = 通話目的
schedule_status = 預約狀態
routing_status = 分派狀態
gender = 性別
video = 視訊
offered = 已提供
offered_yes = 已提供給此口譯員
offered_no = 未提供給此口譯員
interpreter_contact = 口譯員聯絡方式
confirmation = 確認號碼
confirmation_what = 確認號碼
pin = PIN 碼
pin_hidden = PIN 碼已隱藏
show_pin = 顯示 PIN
hide_pin = 隱藏 PIN
join = 加入
join_requested = 已要求加入
join_requested_text = 已要求加入。入口網站將為您接入預約。
join_opens = 預約開始後即可加入。距離開始還有{" "}
join_unavailable = 此預約無法加入。
rel_starts = { $when }開始
rel_started = { $when }開始
rel_ended = { $when }結束
rel_starts_soon = 不到一分鐘後開始
rel_started_now = 剛剛開始
rel_ended_now = 剛剛結束

## The interpreters offered

interpreters_title = 口譯員{" "}
of_total = { $count }/{ $total }
filter_label = 依姓名或語言篩選
sort_by = 排序方式
sort_listed = 原始順序
sort_rating = 評分（由高到低）
sort_performance = 表現（由高到低）
shown_status = 顯示 { $count }/{ $total } 位口譯員
no_interpreters = 此要求沒有提供口譯員。
no_match = 沒有符合此篩選條件的口譯員。
interpreter_list = 口譯員名單
native = 母語：
also = 其他：
no_languages = 未列出語言
rating = 評分
performance = 表現
score_of = { $what }：{ $score } 分（滿分 5 分）
not_rated = { $what }：未評分
takes = 可接
calls = 電話
text_cap = 文字
yes = 是
no = 否
not_stated = 未說明
help_language = 協助語言：
has_meetings = 有會議
no_meetings = 無會議
appointment_button = 預約
no_appointment = 無預約
show_appointment_of = 查看{ $name }的預約

## Texts with a number: one form per CLDR plural category of the language

err_timeout = 伺服器在 { $n } 秒內沒有回應。請稍後再試。

err_busy_wait = 伺服器要求過多，忙碌中。{ $said }請等待 { $n } 秒，然後再試一次。

idle_text = 為保護隱私，此畫面將在 { $n } 秒後清除。

people = { $n } 人
