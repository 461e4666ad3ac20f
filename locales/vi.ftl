### vri-invite, Vietnamese (Tiếng Việt): one plural form.
### language: vi
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths)

## The page

app_title = Người tham gia khác trong cuộc gọi này
language_label = Ngôn ngữ
language_search = Tìm ngôn ngữ của quý vị
language_none = Không có ngôn ngữ nào phù hợp.
language_failed = Không tải được { $language }. Vui lòng kiểm tra kết nối rồi thử lại.

## Screens shown instead of the app

config_error_title = Ứng dụng này chưa được cài đặt đúng
config_error_help = Vui lòng nhờ người đã cài đặt kiểm tra tệp cấu hình. Tải lại trang để thử lại.
reload = Tải lại
crash_title = Đã xảy ra sự cố
crash_text = Ứng dụng đã dừng do lỗi trên thiết bị này. Những người quý vị đã mời vẫn đang ở trong cuộc gọi, và danh sách vẫn được giữ trong thẻ này.
part_failed = Không thể tải phần này của trang. Hãy kiểm tra kết nối rồi thử lại.
retry = Thử lại
session_expired = Phiên làm việc đã hết hạn; đang chờ cổng thông tin đăng nhập lại cho quý vị… Việc quý vị đang làm sẽ tự tiếp tục.

## The invite form

invite_title = Mời thêm một người
how_to_reach = Cách liên lạc
mode_email = Gửi đường dẫn video qua email
mode_phone = Gọi điện thoại cho họ
participant = Người tham gia
name = Họ tên
email = Email
phone = Số điện thoại
phone_hint = Số điện thoại theo cách viết ở nước đó, hoặc có dấu + và mã quốc gia.
country = Quốc gia của số
country_search = Tìm quốc gia: tên hoặc +mã
country_none = Chọn quốc gia
country_no_match = Không có quốc gia phù hợp.
dtmf = Số bấm sau khi kết nối (không bắt buộc)
dtmf_hint = Số máy lẻ hoặc mã PIN: chữ số, * và #; dấu phẩy hoặc w để tạm dừng
region = Khu vực
choose_region = Chọn khu vực
send = Gửi lời mời
sending = Đang gửi lời mời…
sent_to = Đã gửi lời mời đến { $name }.
will_dial = Sẽ gọi số { $number } ({ $where })
will_dial_plain = Sẽ gọi số { $number }
dial_where = { $country }, { $kind }
kind_landline = điện thoại bàn
kind_mobile = di động
kind_landline_or_mobile = điện thoại bàn hoặc di động
kind_toll_free = miễn phí
kind_voip = điện thoại internet
then_send = , sau đó bấm { $tones }

## What the form says when a field is missing or wrong

name_empty = Vui lòng nhập tên hiển thị của người này.
name_too_long = Tên chỉ được dài tối đa { $max } ký tự.
region_missing = Vui lòng chọn khu vực thực hiện cuộc gọi.
email_empty = Vui lòng nhập địa chỉ email để gửi đường dẫn video.
email_shape = Vui lòng nhập địa chỉ email dạng ten@example.com.
dtmf_bad = "{ $c }" không phải là phím bấm. Hãy dùng chữ số, * và #, và dấu phẩy hoặc w để tạm dừng.
dtmf_too_long = Chỉ được bấm tối đa { $max } phím.
phone_empty = Vui lòng nhập số điện thoại cần gọi.
phone_bad_char = Không thể gọi ký tự "{ $c }". Chỉ dùng chữ số, khoảng trắng và + ( ) -; hãy ghi số máy lẻ vào ô "Số bấm sau khi kết nối".
phone_no_country = Hãy chọn quốc gia của số này, hoặc bắt đầu bằng dấu + và mã quốc gia.
phone_bad_country = Mã quốc gia này không tồn tại. Vui lòng kiểm tra các chữ số sau dấu +.
phone_too_short = Số này quá ngắn để gọi. Vui lòng kiểm tra xem có thiếu chữ số nào không.
phone_too_long = Số này quá dài so với quốc gia của nó. Hãy kiểm tra xem có thừa chữ số không.
phone_loading = Quy tắc số điện thoại vẫn đang tải. Vui lòng thử lại sau giây lát.
phone_unavailable = Không tải được quy tắc số điện thoại nên không thể kiểm tra số này. Hãy kiểm tra kết nối mạng và thử lại.
phone_not_valid_in = Đây không phải là số điện thoại của { $country }. Hãy kiểm tra các chữ số và quốc gia.
phone_not_valid = Đây không phải là số điện thoại có thể gọi. Hãy kiểm tra các chữ số.
phone_costs_extra = Không thể gọi số cước cao hoặc số chia sẻ cước từ đây.
phone_not_allowed = Không thể gọi đến { $country } từ đây.

## Errors from the network or the server, and what the browser could not keep

err_network = Không kết nối được với máy chủ tại { $origin }. Vui lòng kiểm tra kết nối mạng rồi thử lại. Nếu mạng vẫn hoạt động, có thể máy chủ hoặc cài đặt của trang này đang chặn yêu cầu (chính sách CORS của máy chủ, chính sách bảo mật của trang này, hoặc địa chỉ http từ trang https): hãy báo cho bộ phận hỗ trợ.
err_cancelled = Đã dừng vì màn hình được làm mới.
err_not_api = Máy chủ trả về một trang web thay vì câu trả lời của API (có thể là trang đăng nhập hoặc thông báo của proxy), nên yêu cầu chưa được thực hiện. Vui lòng thử lại; nếu vẫn xảy ra, hãy liên hệ bộ phận hỗ trợ.
saved_trimmed = Trình duyệt này không lưu được mọi thứ cho thẻ này, nên danh sách thông dịch viên sẽ không còn sau khi tải lại trang. Những người quý vị đã mời vẫn sẽ còn.
saved_refused = Trình duyệt này không cho lưu danh sách cho thẻ này: sau khi tải lại trang, những người quý vị đã mời sẽ không còn hiện ở đây (họ vẫn ở trong cuộc gọi). Vui lòng giữ trang này mở.
err_undecodable = Không đọc được câu trả lời của máy chủ. Vui lòng thử lại; nếu vẫn xảy ra, hãy liên hệ bộ phận hỗ trợ.
server_said = {" "}Máy chủ báo: "{ $m }"
err_400 = Máy chủ không chấp nhận yêu cầu này.{ $said } Vui lòng kiểm tra thông tin rồi thử lại.
err_401 = Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại rồi thử lại.{ $said }
err_403 = Quý vị không được phép thực hiện việc này.{ $said }
err_404 = Máy chủ không tìm thấy mục này.{ $said }
err_slow = Máy chủ phản hồi quá chậm (lỗi { $status }).{ $said } Vui lòng thử lại sau giây lát.
err_busy = Máy chủ đang bận vì có quá nhiều yêu cầu.{ $said } Vui lòng chờ một lát rồi thử lại.
err_5xx = Máy chủ gặp sự cố (lỗi { $status }).{ $said } Vui lòng thử lại sau giây lát.
err_other = Máy chủ đã từ chối yêu cầu (lỗi { $status }).{ $said }

## The roster: who was invited into the call

roster_title = Trong cuộc gọi này
roster_empty = Chưa mời ai. Những người quý vị mời sẽ hiện ở đây.
unnamed = Người tham gia chưa có tên
phone_ending = điện thoại có đuôi { $digits }
no_contact = Không có thông tin liên lạc
code_status = Trạng thái { $code }
code_type = Loại { $code }
code_gender_option = Lựa chọn giới tính { $code }
code_video_option = Lựa chọn video { $code }
code_status_unknown = Không rõ trạng thái
code_type_unknown = Không rõ loại
unnamed_interpreter = Thông dịch viên chưa có tên
identity = Danh tính tài khoản video
details = Chi tiết
details_for = Xem chi tiết của { $name }
remove = Xóa
removing = Đang xóa…
remove_name = Xóa { $name }
could_not_remove = Không xóa được: { $message }
confirm_title = Xóa { $name }?
confirm_text = { $name } sẽ bị ngắt khỏi cuộc gọi.
cancel = Hủy
removed = Đã xóa { $name } khỏi cuộc gọi.
step_invited_email = Đã mời qua email
step_invited_phone = Đã mời qua điện thoại
step_status_detail = { $status }: { $detail }
step_removal_asked = Đã yêu cầu xóa
step_removal_failed = Xóa không thành công: { $reason }
step_removed = Đã xóa khỏi cuộc gọi
step_called_again = Đã gọi lại
step_call_again_failed = Gọi lại không thành công: { $reason }
history = Lịch sử
call_again = Gọi lại
calling_again = Đang gọi lại…
could_not_call_again = Không gọi lại được: { $message }
announce_status = { $name }: { $status }
just_now = vừa xong
removed_title = Đã rời khỏi cuộc gọi này

## The list kept for this tab

saved_unreadable = Không đọc được danh sách người tham gia đã lưu nên danh sách đã bị xóa.
saved_other_version = Danh sách người tham gia đã lưu là của phiên bản khác của ứng dụng nên đã bị xóa.
saved_participant_bad = Không đọc được một người tham gia đã lưu; danh sách đã lưu đã bị xóa.

## Kiosk: the idle warning

idle_title = Quý vị vẫn còn ở đây chứ?
still_here = Tôi vẫn ở đây

## Copy buttons

copy = Sao chép
copy_what = Sao chép { $what }
copied = Đã sao chép
copy_refused = Trình duyệt không cho phép sao chép. Hãy chọn đoạn chữ và tự sao chép.

## The details under the roster: the interpreting request

request_title = Yêu cầu thông dịch cho{" "}
no_request = Lời mời này không kèm yêu cầu thông dịch nào.
f_status = Trạng thái
f_language = Ngôn ngữ
f_details = Chi tiết
f_message = Tin nhắn

## The appointment

appt_title = Cuộc hẹn với{" "}
no_appt = Không có cuộc hẹn nào được lên lịch cho { $name }.
this_interpreter = thông dịch viên này
starts = Bắt đầu
ends = Kết thúc
duration = Thời lượng
show_utc = Xem giờ UTC
hide_utc = Ẩn giờ UTC
as_sent = { $time } (theo máy chủ gửi; không ghi múi giờ)
not_given = Không có
languages = Ngôn ngữ
from_lang = Từ { $f }
into_lang = Sang { $t }
client = Khách hàng
person = Người liên hệ
product = Dịch vụ
call_purpose = Mục đích cuộc gọi
schedule_status = Trạng thái lịch hẹn
routing_status = Trạng thái phân công
gender = Giới tính
video = Video
offered = Đã đề nghị
offered_yes = Đã đề nghị cho thông dịch viên này
offered_no = Chưa đề nghị cho thông dịch viên này
interpreter_contact = Liên lạc thông dịch viên
confirmation = Số xác nhận
confirmation_what = số xác nhận
pin = Mã PIN
pin_hidden = Mã PIN đã ẩn
show_pin = Xem PIN
hide_pin = Ẩn PIN
join = Tham gia
join_requested = Đã yêu cầu tham gia
join_requested_text = Đã yêu cầu tham gia. Cổng thông tin sẽ kết nối quý vị vào cuộc hẹn.
join_opens = Có thể tham gia khi cuộc hẹn bắt đầu. Bắt đầu sau{" "}
join_unavailable = Không thể tham gia cuộc hẹn này.
rel_starts = Bắt đầu { $when }
rel_started = Đã bắt đầu { $when }
rel_ended = Đã kết thúc { $when }
rel_starts_soon = Bắt đầu trong chưa đầy một phút
rel_started_now = Vừa mới bắt đầu
rel_ended_now = Vừa mới kết thúc

## The interpreters offered

interpreters_title = Thông dịch viên{" "}
of_total = { $count } trên { $total }
filter_label = Lọc theo tên hoặc ngôn ngữ
sort_by = Sắp xếp theo
sort_listed = Như danh sách
sort_rating = Đánh giá (cao nhất trước)
sort_performance = Hiệu suất (cao nhất trước)
shown_status = Đang hiện { $count } trên { $total } thông dịch viên
no_interpreters = Không có thông dịch viên nào được đề nghị cho yêu cầu này.
no_match = Không có thông dịch viên nào khớp với bộ lọc này.
interpreter_list = Danh sách thông dịch viên
native = Tiếng mẹ đẻ:{" "}
also = Ngoài ra:{" "}
no_languages = Không ghi ngôn ngữ
rating = Đánh giá
performance = Hiệu suất
score_of = { $what }: { $score } trên 5
not_rated = { $what }: chưa đánh giá
takes = Nhận
calls = Cuộc gọi
text_cap = Tin nhắn
yes = có
no = không
not_stated = không ghi
help_language = Ngôn ngữ hỗ trợ:{" "}
has_meetings = Có cuộc họp
no_meetings = Không có cuộc họp
appointment_button = Cuộc hẹn
no_appointment = Không có cuộc hẹn
show_appointment_of = Xem cuộc hẹn của { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout = Máy chủ không trả lời trong vòng { $n } giây. Vui lòng thử lại sau giây lát.

err_busy_wait = Máy chủ đang bận vì có quá nhiều yêu cầu.{ $said } Vui lòng chờ { $n } giây rồi thử lại.

idle_text = Để bảo vệ quyền riêng tư, màn hình này sẽ được xóa sau { $n } giây.

people = { $n } người
