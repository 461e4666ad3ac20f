### vri-invite, Tagalog / Filipino (Tagalog): two plural forms (CLDR fil); with digits both read the same.
### Everyday technical words (email, link, server, PIN) stay as Filipinos use them.
### language: tl
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths); the weakest drafts with Haitian Creole

## The page

app_title = Mga ikatlong partido sa tawag na ito
language_label = Wika
language_search = Hanapin ang iyong wika
language_none = Walang katugmang wika.
language_failed = Hindi ma-load ang { $language }. Pakitingnan ang koneksyon, saka subukang muli.

## Screens shown instead of the app

config_error_title = Hindi tama ang pagkaka-set up ng app na ito
config_error_help = Pakiusapan ang nag-install nito na tingnan ang configuration file nito. Subukang muli sa pag-reload ng page.
reload = I-reload
crash_title = May nangyaring mali
crash_text = Huminto ang app dahil sa error sa device na ito. Nasa tawag pa rin ang mga inimbitahan mo, at nakatago ang listahan sa tab na ito.
part_failed = Hindi ma-load ang bahaging ito ng pahina. Suriin ang koneksyon, pagkatapos ay subukang muli.
retry = Subukang muli
session_expired = Nag-expire ang iyong session; hinihintay na ma-sign in ka muli ng portal… Kusang magpapatuloy ang ginagawa mo.

## The invite form

invite_title = Mag-imbita ng ikatlong partido
how_to_reach = Paano sila makokontak
mode_email = I-email ang video link
mode_phone = Tawagan ang kanilang telepono
participant = Kalahok
name = Pangalan
email = Email
phone = Numero ng telepono
phone_hint = Ang numero ayon sa pagsulat nito sa sariling bansa, o may + at country code.
country = Bansa ng numero
country_search = Maghanap ng bansa: pangalan o +code
country_none = Piliin ang bansa
country_no_match = Walang katugmang bansa.
dtmf = Mga numerong pipindutin pagkakonekta (opsyonal)
dtmf_hint = Extension o PIN: mga numero, * at #; kuwit o w para huminto sandali
region = Rehiyon
choose_region = Pumili ng rehiyon
send = Ipadala ang imbitasyon
sending = Ipinapadala…
sent_to = Naipadala ang imbitasyon kay { $name }.
will_dial = Tatawagan ang { $number } ({ $where })
will_dial_plain = Tatawagan ang { $number }
dial_where = { $country }, { $kind }
kind_landline = landline
kind_mobile = mobile
kind_landline_or_mobile = landline o mobile
kind_toll_free = toll-free
kind_voip = internet phone
then_send = , saka pipindutin ang { $tones }

## What the form says when a field is missing or wrong

name_empty = Pakilagay ang pangalang ipapakita para sa taong ito.
name_too_long = Hanggang { $max } character lang ang pangalan.
region_missing = Pakipili ang rehiyon kung saan gagawin ang tawag.
email_empty = Pakilagay ang email address na padadalhan ng video link.
email_shape = Pakilagay ang email address na tulad ng name@example.com.
dtmf_bad = Hindi tono ang "{ $c }". Gumamit ng mga numero, * at #, at kuwit o w para huminto sandali.
dtmf_too_long = Hanggang { $max } tono lang.
phone_empty = Pakilagay ang numero ng teleponong tatawagan.
phone_bad_char = Hindi matatawagan ang "{ $c }". Mga numero, espasyo at + ( ) - lang ang gamitin; ilagay ang extension sa "Mga numerong pipindutin pagkakonekta".
phone_no_country = Piliin ang bansa ng numerong ito, o simulan ito sa + at country code.
phone_bad_country = Walang ganitong country code. Pakitingnan ang mga numero pagkatapos ng +.
phone_too_short = Masyadong maikli ang numerong ito para tawagan. Pakitingnan kung may kulang na numero.
phone_too_long = Masyadong mahaba ang numerong ito para sa bansa nito. Tingnan kung may sobrang numero.
phone_loading = Naglo-load pa ang mga patakaran sa telepono. Subukan ulit maya-maya.
phone_unavailable = Hindi ma-load ang mga patakaran sa telepono, kaya hindi masuri ang numerong ito. Tingnan ang koneksyon at subukan ulit.
phone_not_valid_in = Hindi ito numero ng telepono sa { $country }. Suriin ang mga numero at ang bansa.
phone_not_valid = Hindi ito numero ng teleponong matatawagan. Suriin ang mga numero.
phone_costs_extra = Hindi puwedeng tawagan mula rito ang mga premium-rate at shared-cost na numero.
phone_not_allowed = Hindi puwedeng tumawag sa { $country } mula rito.

## Errors from the network or the server, and what the browser could not keep

err_network = Hindi maabot ang server sa { $origin }. Pakitingnan ang koneksyon sa network, saka subukang muli. Kung gumagana ang network, maaaring hinaharangan ng server o ng settings ng page na ito ang request (ang CORS policy ng server, ang security policy ng page na ito, o isang http address mula sa https page): sabihan ang inyong support team.
err_cancelled = Itinigil dahil na-reset ang screen.
err_not_api = Isang web page ang isinagot ng server sa halip na sagot ng API (maaaring sign-in page o abiso ng proxy), kaya hindi ito natuloy. Subukang muli; kung patuloy itong mangyari, kontakin ang support.
saved_trimmed = Hindi naitago ng browser na ito ang lahat para sa tab na ito, kaya hindi na babalik ang mga listahan ng interpreter pagka-reload. Babalik ang lahat ng inimbitahan mo.
saved_refused = Ayaw itago ng browser na ito ang listahan para sa tab na ito: pagka-reload, hindi na makikita rito ang mga inimbitahan mo (nasa tawag pa rin sila). Huwag isara ang page na ito.
err_undecodable = Hindi mabasa ang sagot ng server. Subukang muli; kung patuloy itong mangyari, kontakin ang support.
server_said = {" "}Sabi ng server: "{ $m }"
err_400 = Hindi tinanggap ng server ang request na ito.{ $said } Pakitingnan ang mga detalye at subukang muli.
err_401 = Nag-expire ang iyong session. Mag-sign in muli, saka subukang muli.{ $said }
err_403 = Hindi ka pinapayagang gawin ito.{ $said }
err_404 = Hindi ito nahanap ng server.{ $said }
err_slow = Masyadong natagalan ang server sa pagsagot (error { $status }).{ $said } Subukang muli maya-maya.
err_busy = Abala ang server sa napakaraming request.{ $said } Maghintay sandali, saka subukang muli.
err_5xx = Nagkaproblema ang server (error { $status }).{ $said } Subukang muli maya-maya.
err_other = Tinanggihan ng server ang request (error { $status }).{ $said }

## The roster: who was invited into the call

roster_title = Nasa tawag na ito
roster_empty = Wala pang naiimbitahan. Lalabas dito ang mga iimbitahan mo.
unnamed = Kalahok na walang pangalan
phone_ending = teleponong nagtatapos sa { $digits }
no_contact = Walang detalye ng kontak
code_status = Status { $code }
code_type = Uri { $code }
code_gender_option = Opsyon sa kasarian { $code }
code_video_option = Opsyon sa video { $code }
code_status_unknown = Hindi alam ang status
code_type_unknown = Hindi alam ang uri
unnamed_interpreter = Interpreter na walang pangalan
identity = Pagkakakilanlan ng video account
details = Detalye
details_for = Ipakita ang detalye ni { $name }
remove = Alisin
removing = Inaalis…
remove_name = Alisin si { $name }
could_not_remove = Hindi maalis: { $message }
confirm_title = Alisin si { $name }?
confirm_text = Madidiskonekta si { $name } sa tawag.
cancel = Kanselahin
removed = Inalis si { $name } sa tawag.
step_invited_email = Inimbitahan sa email
step_invited_phone = Inimbitahan sa telepono
step_status_detail = { $status }: { $detail }
step_removal_asked = Hiniling na alisin
step_removal_failed = Hindi naalis: { $reason }
step_removed = Inalis sa tawag
step_called_again = Tinawagan muli
step_call_again_failed = Hindi natawagan muli: { $reason }
history = Kasaysayan
call_again = Tawagan muli
calling_again = Tinatawagan muli…
could_not_call_again = Hindi matawagan muli: { $message }
announce_status = { $name }: { $status }
just_now = ngayon lang
removed_title = Inalis sa tawag na ito

## The list kept for this tab

saved_unreadable = Hindi mabasa ang naka-save na listahan ng mga kalahok kaya binura ito.
saved_other_version = Galing sa ibang bersyon ng app ang naka-save na listahan ng mga kalahok kaya binura ito.
saved_participant_bad = Hindi mabasa ang isang naka-save na kalahok; binura ang naka-save na listahan.

## Kiosk: the idle warning

idle_title = Nandiyan ka pa ba?
still_here = Nandito pa ako

## Copy buttons

copy = Kopyahin
copy_what = Kopyahin ang { $what }
copied = Nakopya na
copy_refused = Hindi pinayagan ng browser ang pagkopya. Piliin ang teksto at ikaw na ang kumopya.

## The details under the roster: the interpreting request

request_title = Request sa interpreting para kay{" "}
no_request = Walang kasamang request sa interpreting ang imbitasyong ito.
f_status = Status
f_language = Wika
f_details = Detalye
f_message = Mensahe

## The appointment

appt_title = Appointment kasama si{" "}
no_appt = Walang naka-iskedyul na appointment para kay { $name }.
this_interpreter = ang interpreter na ito
starts = Simula
ends = Tapos
duration = Haba
show_utc = Ipakita ang UTC
hide_utc = Itago ang UTC
as_sent = { $time } (ayon sa ipinadala ng server; walang nakasaad na time zone)
not_given = Hindi ibinigay
languages = Mga wika
from_lang = Mula sa { $f }
into_lang = Patungo sa { $t }
client = Kliyente
person = Tao
product = Serbisyo
call_purpose = Layunin ng tawag
schedule_status = Status ng iskedyul
routing_status = Status ng pag-assign
gender = Kasarian
video = Video
offered = Inalok
offered_yes = Inalok sa interpreter na ito
offered_no = Hindi inalok sa interpreter na ito
interpreter_contact = Kontak ng interpreter
confirmation = Numero ng kumpirmasyon
confirmation_what = numero ng kumpirmasyon
pin = PIN
pin_hidden = Nakatago ang PIN
show_pin = Ipakita ang PIN
hide_pin = Itago ang PIN
join = Sumali
join_requested = Hiniling nang sumali
join_requested_text = Hiniling nang sumali. Ikokonekta ka ng portal sa appointment.
join_opens = Makakasali ka pagsimula ng appointment. Magsisimula sa loob ng{" "}
join_unavailable = Hindi puwedeng sumali sa appointment na ito.
rel_starts = Magsisimula { $when }
rel_started = Nagsimula { $when }
rel_ended = Natapos { $when }
rel_starts_soon = Magsisimula sa loob ng wala pang isang minuto
rel_started_now = Kasisimula lang
rel_ended_now = Katatapos lang

## The interpreters offered

interpreters_title = Mga interpreter{" "}
of_total = { $count } sa { $total }
filter_label = I-filter ayon sa pangalan o wika
sort_by = Ayusin ayon sa
sort_listed = Gaya ng nakalista
sort_rating = Rating (pinakamataas muna)
sort_performance = Performance (pinakamataas muna)
shown_status = Ipinapakita ang { $count } sa { $total } interpreter
no_interpreters = Walang interpreter na inalok para sa request na ito.
no_match = Walang interpreter na tugma sa filter na ito.
interpreter_list = Listahan ng mga interpreter
native = Katutubong wika:{" "}
also = Gayundin:{" "}
no_languages = Walang nakalistang wika
rating = Rating
performance = Performance
score_of = { $what }: { $score } sa 5
not_rated = { $what }: wala pang rating
takes = Tumatanggap ng
calls = Tawag
text_cap = Text
yes = oo
no = hindi
not_stated = hindi nakasaad
help_language = Wika ng tulong:{" "}
has_meetings = May mga meeting
no_meetings = Walang meeting
appointment_button = Appointment
no_appointment = Walang appointment
show_appointment_of = Ipakita ang appointment ni { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout =
    Hindi sumagot ang server sa loob ng { $n ->
        [one] { $n } segundo
       *[other] { $n } segundo
    }. Subukang muli maya-maya.

err_busy_wait =
    Abala ang server sa napakaraming request.{ $said } Maghintay ng { $n ->
        [one] { $n } segundo
       *[other] { $n } segundo
    }, saka subukang muli.

idle_text =
    Para sa privacy, mabubura ang screen na ito sa loob ng { $n ->
        [one] { $n } segundo
       *[other] { $n } segundo
    }.

people =
    { $n ->
        [one] { $n } tao
       *[other] { $n } tao
    }
