### vri-invite, Korean (한국어): one plural form.
### language: ko
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths)

## The page

app_title = 이 통화의 제3자
language_label = 언어
language_search = 언어 찾기
language_none = 일치하는 언어가 없습니다.
language_failed = { $language }을(를) 불러오지 못했습니다. 연결을 확인한 후 다시 시도해 주세요.

## Screens shown instead of the app

config_error_title = 이 앱이 올바르게 설정되지 않았습니다
config_error_help = 앱을 설치한 담당자에게 설정 파일을 확인해 달라고 요청해 주세요. 페이지를 새로 고치면 다시 시도합니다.
reload = 새로 고침
crash_title = 문제가 발생했습니다
crash_text = 이 기기의 오류로 앱이 중지되었습니다. 초대한 분들은 여전히 통화 중이며, 목록은 이 탭에 보관되어 있습니다.
part_failed = 페이지의 이 부분을 불러올 수 없습니다. 연결을 확인한 후 다시 시도하세요.
retry = 다시 시도
session_expired = 세션이 만료되었습니다. 포털에서 다시 로그인하기를 기다리는 중입니다… 하던 작업은 자동으로 계속됩니다.

## The invite form

invite_title = 제3자 초대
how_to_reach = 연락 방법
mode_email = 이메일로 영상 링크 보내기
mode_phone = 전화 걸기
participant = 참가자
name = 이름
email = 이메일
phone = 전화번호
phone_hint = 해당 국가에서 쓰는 형식의 번호, 또는 +와 국가 번호를 포함한 번호.
country = 번호의 국가
country_search = 국가 찾기: 이름 또는 +국가 번호
country_none = 국가를 선택해 주세요
country_no_match = 일치하는 국가가 없습니다.
dtmf = 연결 후 누를 번호(선택)
dtmf_hint = 내선 번호 또는 PIN: 숫자, * 및 #, 쉼표나 w는 잠시 멈춤
region = 지역
choose_region = 지역 선택
send = 초대 보내기
sending = 초대 보내는 중…
sent_to = { $name }님에게 초대를 보냈습니다.
will_dial = { $number }({ $where })(으)로 전화를 겁니다
will_dial_plain = { $number }(으)로 전화를 겁니다
dial_where = { $country }, { $kind }
kind_landline = 유선 전화
kind_mobile = 휴대전화
kind_landline_or_mobile = 유선 또는 휴대전화
kind_toll_free = 수신자 부담
kind_voip = 인터넷 전화
then_send = , 그다음 { $tones }을(를) 누릅니다

## What the form says when a field is missing or wrong

name_empty = 이분에게 표시할 이름을 입력해 주세요.
name_too_long = 이름은 최대 { $max }자까지 입력할 수 있습니다.
region_missing = 통화할 지역을 선택해 주세요.
email_empty = 영상 링크를 받을 이메일 주소를 입력해 주세요.
email_shape = name@example.com과 같은 형식의 이메일 주소를 입력해 주세요.
dtmf_bad = "{ $c }"은(는) 누를 수 있는 번호가 아닙니다. 숫자, * 및 #을 사용하고, 잠시 멈추려면 쉼표나 w를 사용해 주세요.
dtmf_too_long = 최대 { $max }개까지 누를 수 있습니다.
phone_empty = 걸 전화번호를 입력해 주세요.
phone_bad_char = "{ $c }"은(는) 전화를 걸 수 없는 문자입니다. 숫자, 공백 및 + ( ) -만 사용하고, 내선 번호는 "연결 후 누를 번호"에 입력해 주세요.
phone_no_country = 이 번호의 국가를 선택하거나 +와 국가 번호로 시작해 주세요.
phone_bad_country = 존재하지 않는 국가 번호입니다. + 뒤의 숫자를 확인해 주세요.
phone_too_short = 번호가 너무 짧아 전화를 걸 수 없습니다. 빠진 숫자가 없는지 확인해 주세요.
phone_too_long = 해당 국가의 번호로는 너무 깁니다. 숫자가 더 들어가지 않았는지 확인해 주세요.
phone_loading = 전화 규칙을 아직 불러오는 중입니다. 잠시 후 다시 시도해 주세요.
phone_unavailable = 전화 규칙을 불러오지 못해 이 번호를 확인할 수 없습니다. 네트워크 연결을 확인하고 다시 시도해 주세요.
phone_not_valid_in = { $country }의 전화번호가 아닙니다. 숫자와 국가를 확인해 주세요.
phone_not_valid = 걸 수 있는 전화번호가 아닙니다. 숫자를 확인해 주세요.
phone_costs_extra = 유료 정보 서비스 번호와 비용 분담 번호로는 여기서 전화를 걸 수 없습니다.
phone_not_allowed = 여기서는 { $country }(으)로 전화를 걸 수 없습니다.

## Errors from the network or the server, and what the browser could not keep

err_network = { $origin } 서버에 연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도해 주세요. 네트워크에 문제가 없다면 서버나 이 페이지의 설정이 요청을 막고 있을 수 있습니다(서버의 CORS 정책, 이 페이지의 보안 정책 또는 https 페이지에서 http 주소 사용). 지원팀에 알려 주세요.
err_cancelled = 화면이 초기화되어 중지되었습니다.
err_not_api = 서버가 API 응답 대신 웹 페이지를 보냈기 때문에(로그인 페이지나 프록시 안내일 수 있음) 처리되지 않았습니다. 다시 시도해 주세요. 계속 발생하면 지원팀에 문의해 주세요.
saved_trimmed = 이 브라우저가 이 탭의 모든 내용을 보관하지 못해, 새로 고침 후에는 통역사 목록이 복원되지 않습니다. 초대한 분들은 모두 복원됩니다.
saved_refused = 이 브라우저가 이 탭의 목록 보관을 거부했습니다. 새로 고침 후에는 초대한 분들이 여기에 표시되지 않습니다(통화에는 계속 참여합니다). 이 페이지를 열어 두세요.
err_undecodable = 서버의 응답을 읽을 수 없습니다. 다시 시도해 주세요. 계속 발생하면 지원팀에 문의해 주세요.
server_said = {" "}서버 메시지: "{ $m }"
err_400 = 서버가 이 요청을 받아들이지 않았습니다.{ $said } 내용을 확인한 후 다시 시도해 주세요.
err_401 = 세션이 만료되었습니다. 다시 로그인한 후 다시 시도해 주세요.{ $said }
err_403 = 이 작업을 할 권한이 없습니다.{ $said }
err_404 = 서버에서 찾을 수 없습니다.{ $said }
err_slow = 서버 응답이 너무 오래 걸렸습니다(오류 { $status }).{ $said } 잠시 후 다시 시도해 주세요.
err_busy = 요청이 너무 많아 서버가 바쁩니다.{ $said } 잠시 기다린 후 다시 시도해 주세요.
err_5xx = 서버에 문제가 발생했습니다(오류 { $status }).{ $said } 잠시 후 다시 시도해 주세요.
err_other = 서버가 요청을 거부했습니다(오류 { $status }).{ $said }

## The roster: who was invited into the call

roster_title = 이 통화의 참가자
roster_empty = 아직 초대한 사람이 없습니다. 초대한 분은 여기에 표시됩니다.
unnamed = 이름 없는 참가자
phone_ending = 끝자리 { $digits } 전화번호
no_contact = 연락처 없음
code_status = 상태 { $code }
code_type = 유형 { $code }
code_gender_option = 성별 옵션 { $code }
code_video_option = 영상 옵션 { $code }
code_status_unknown = 상태 알 수 없음
code_type_unknown = 유형 알 수 없음
unnamed_interpreter = 이름 없는 통역사
identity = 영상 계정 ID
details = 상세 정보
details_for = { $name }님의 상세 정보 보기
remove = 내보내기
removing = 내보내는 중…
remove_name = { $name }님 내보내기
could_not_remove = 내보내지 못했습니다: { $message }
confirm_title = { $name }님을 내보낼까요?
confirm_text = { $name }님의 통화 연결이 끊어집니다.
cancel = 취소
removed = { $name }님을 통화에서 내보냈습니다.
step_invited_email = 이메일로 초대함
step_invited_phone = 전화로 초대함
step_status_detail = { $status }: { $detail }
step_removal_asked = 내보내기 요청함
step_removal_failed = 내보내기 실패: { $reason }
step_removed = 통화에서 내보냄
step_called_again = 다시 전화함
step_call_again_failed = 다시 걸기 실패: { $reason }
history = 기록
call_again = 다시 걸기
calling_again = 다시 거는 중…
could_not_call_again = 다시 걸지 못했습니다: { $message }
announce_status = { $name }: { $status }
just_now = 방금
removed_title = 이 통화에서 나간 사람

## The list kept for this tab

saved_unreadable = 저장된 참가자 목록을 읽을 수 없어 삭제했습니다.
saved_other_version = 저장된 참가자 목록이 이 앱의 다른 버전에서 만들어져 삭제했습니다.
saved_participant_bad = 저장된 참가자 한 명을 읽을 수 없어 저장된 목록을 삭제했습니다.

## Kiosk: the idle warning

idle_title = 아직 계신가요?
still_here = 네, 있어요

## Copy buttons

copy = 복사
copy_what = { $what } 복사
copied = 복사됨
copy_refused = 브라우저에서 복사를 허용하지 않았습니다. 텍스트를 선택해 직접 복사해 주세요.

## The details under the roster: the interpreting request

request_title = 통역 요청:{" "}
no_request = 이 초대에는 통역 요청이 없습니다.
f_status = 상태
f_language = 언어
f_details = 상세 정보
f_message = 메시지

## The appointment

appt_title = 예약 통역사:{" "}
no_appt = { $name }에게 예정된 예약이 없습니다.
this_interpreter = 이 통역사
starts = 시작
ends = 종료
duration = 소요 시간
show_utc = UTC 보기
hide_utc = UTC 숨기기
as_sent = { $time }(서버가 보낸 그대로, 시간대 정보 없음)
not_given = 정보 없음
languages = 언어
from_lang = { $f }에서
into_lang = { $t }(으)로
client = 고객
person = 담당자
product = 서비스
call_purpose = 통화 목적
schedule_status = 예약 상태
routing_status = 배정 상태
gender = 성별
video = 영상
offered = 제안 여부
offered_yes = 이 통역사에게 제안됨
offered_no = 이 통역사에게 제안되지 않음
interpreter_contact = 통역사 연락처
confirmation = 확인 번호
confirmation_what = 확인 번호
pin = PIN
pin_hidden = PIN 숨김
show_pin = PIN 보기
hide_pin = PIN 숨기기
join = 참여
join_requested = 참여 요청됨
join_requested_text = 참여를 요청했습니다. 포털에서 예약에 연결해 드립니다.
join_opens = 예약이 시작되면 참여할 수 있습니다. 시작까지{" "}
join_unavailable = 이 예약에는 참여할 수 없습니다.
rel_starts = { $when } 시작
rel_started = { $when } 시작됨
rel_ended = { $when } 종료됨
rel_starts_soon = 1분 안에 시작
rel_started_now = 방금 시작됨
rel_ended_now = 방금 종료됨

## The interpreters offered

interpreters_title = 통역사{" "}
of_total = { $total }명 중 { $count }명
filter_label = 이름 또는 언어로 찾기
sort_by = 정렬 기준
sort_listed = 목록 순서
sort_rating = 평점(높은 순)
sort_performance = 실적(높은 순)
shown_status = 통역사 { $total }명 중 { $count }명 표시
no_interpreters = 이 요청에 제안된 통역사가 없습니다.
no_match = 이 조건에 맞는 통역사가 없습니다.
interpreter_list = 통역사 목록
native = 모국어:{" "}
also = 기타:{" "}
no_languages = 등록된 언어 없음
rating = 평점
performance = 실적
score_of = { $what }: 5점 만점에 { $score }점
not_rated = { $what }: 평가 없음
takes = 가능
calls = 전화
text_cap = 문자
yes = 예
no = 아니요
not_stated = 정보 없음
help_language = 도움 언어:{" "}
has_meetings = 회의 있음
no_meetings = 회의 없음
appointment_button = 예약
no_appointment = 예약 없음
show_appointment_of = { $name }님의 예약 보기

## Texts with a number: one form per CLDR plural category of the language

err_timeout = 서버가 { $n }초 안에 응답하지 않았습니다. 잠시 후 다시 시도해 주세요.

err_busy_wait = 요청이 너무 많아 서버가 바쁩니다.{ $said } { $n }초 기다린 후 다시 시도해 주세요.

idle_text = 개인정보 보호를 위해 { $n }초 후에 이 화면이 지워집니다.

people = { $n }명
