### vri-invite, Haitian Creole (Kreyòl ayisyen): one plural form (CLDR has no rule for ht; nouns do not change with the number).
### Browsers have no Haitian Creole dates or relative times: the app shows those in French (fr-HT).
### language: ht
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (plain words for patients, kiosk button lengths); the weakest drafts with Tagalog

## The page

app_title = Lòt moun nan apèl sa a
language_label = Lang
language_search = Chèche lang ou
language_none = Pa gen lang ki koresponn.
language_failed = Nou pa t ka chaje { $language }. Tanpri tcheke koneksyon an, epi eseye ankò.

## Screens shown instead of the app

config_error_title = Aplikasyon sa a pa byen konfigire
config_error_help = Tanpri mande moun ki te enstale l la pou l tcheke fichye konfigirasyon an. Si ou rechaje paj la, l ap eseye ankò.
reload = Rechaje
crash_title = Gen yon pwoblèm
crash_text = Aplikasyon an kanpe akoz yon erè sou aparèy sa a. Moun ou te envite yo toujou nan apèl la, epi lis la toujou anrejistre nan onglè sa a.
part_failed = Nou pa t kapab chaje pati paj sa a. Tcheke koneksyon an, epi eseye ankò.
retry = Eseye ankò
session_expired = Sesyon ou an ekspire; n ap tann pòtay la konekte ou ankò… Sa ou t ap fè a ap kontinye pou kont li.

## The invite form

invite_title = Envite yon lòt moun
how_to_reach = Kijan pou jwenn li
mode_email = Voye yon lyen videyo pa imèl
mode_phone = Rele telefòn li
participant = Patisipan
name = Non
email = Imèl
phone = Nimewo telefòn
phone_hint = Nimewo a jan yo ekri l nan peyi li, oswa ak + ak kòd peyi a.
country = Peyi nimewo a
country_search = Chèche yon peyi: non oswa +kòd
country_none = Chwazi peyi a
country_no_match = Pa gen peyi ki koresponn.
dtmf = Chif apre koneksyon (si ou vle)
dtmf_hint = Yon ekstansyon oswa yon PIN: chif, * ak #; yon vigil oswa w fè yon ti poz
region = Rejyon
choose_region = Chwazi yon rejyon
send = Voye envitasyon an
sending = N ap voye envitasyon an…
sent_to = Envitasyon an ale bay { $name }.
will_dial = N ap rele { $number } ({ $where })
will_dial_plain = N ap rele { $number }
dial_where = { $country }, { $kind }
kind_landline = liy fiks
kind_mobile = selilè
kind_landline_or_mobile = liy fiks oswa selilè
kind_toll_free = gratis
kind_voip = telefòn entènèt
then_send = , epi n ap voye { $tones }

## What the form says when a field is missing or wrong

name_empty = Tanpri ekri non pou moun sa a.
name_too_long = Non an pa ka depase { $max } karaktè.
region_missing = Tanpri chwazi rejyon kote apèl la ap fèt.
email_empty = Tanpri ekri adrès imèl pou voye lyen videyo a.
email_shape = Tanpri ekri yon adrès imèl tankou non@egzanp.com.
dtmf_bad = "{ $c }" se pa yon son touch. Sèvi ak chif, * ak #, epi yon vigil oswa w pou yon ti poz.
dtmf_too_long = Pa plis pase { $max } son touch.
phone_empty = Tanpri ekri nimewo telefòn pou rele a.
phone_bad_char = Nou pa ka rele "{ $c }". Sèvi sèlman ak chif, espas ak + ( ) -; mete ekstansyon an nan "Chif apre koneksyon".
phone_no_country = Chwazi peyi nimewo sa a, oswa kòmanse l ak + ak kòd peyi a.
phone_bad_country = Kòd peyi sa a pa egziste. Tanpri tcheke chif ki apre + la.
phone_too_short = Nimewo sa a twò kout pou rele. Tanpri tcheke si pa gen chif ki manke.
phone_too_long = Nimewo sa a twò long pou peyi li. Gade si gen chif an plis.
phone_loading = Règ telefòn yo ap chaje toujou. Eseye ankò nan yon ti moman.
phone_unavailable = Règ telefòn yo pa t ka chaje, donk nou pa ka verifye nimewo sa a. Tcheke koneksyon an epi eseye ankò.
phone_not_valid_in = Sa a se pa yon nimewo telefòn nan { $country }. Tcheke chif yo ak peyi a.
phone_not_valid = Sa a se pa yon nimewo telefòn nou ka rele. Tcheke chif yo.
phone_costs_extra = Nou pa ka rele nimewo ki koute plis oswa ki gen pri pataje soti isit la.
phone_not_allowed = Nou pa ka rele { $country } soti isit la.

## Errors from the network or the server, and what the browser could not keep

err_network = Nou pa ka jwenn sèvè a nan { $origin }. Tanpri tcheke koneksyon rezo a, epi eseye ankò. Si rezo a mache, petèt se sèvè a oswa paramèt paj sa a k ap bloke demann lan (règ CORS sèvè a, règ sekirite paj sa a, oswa yon adrès http nan yon paj https): fè ekip sipò a konnen.
err_cancelled = Sa kanpe paske ekran an te reyinisyalize.
err_not_api = Sèvè a reponn ak yon paj entènèt olye repons API a (petèt yon paj koneksyon oswa yon avi yon proxy), kidonk sa pa t pase. Eseye ankò; si sa kontinye, kontakte sipò a.
saved_trimmed = Navigatè sa a pa t ka kenbe tout bagay pou onglè sa a, kidonk lis entèprèt yo p ap tounen apre ou rechaje. Tout moun ou te envite yo ap tounen.
saved_refused = Navigatè sa a refize kenbe lis la pou onglè sa a: apre ou rechaje, moun ou te envite yo p ap parèt la ankò (yo rete nan apèl la). Kite paj sa a louvri.
err_undecodable = Nou pa ka li repons sèvè a. Eseye ankò; si sa kontinye, kontakte sipò a.
server_said = {" "}Sèvè a di: "{ $m }"
err_400 = Sèvè a pa aksepte demann sa a.{ $said } Tanpri tcheke enfòmasyon yo epi eseye ankò.
err_401 = Sesyon ou an ekspire. Konekte ankò, epi eseye ankò.{ $said }
err_403 = Ou pa gen dwa fè sa.{ $said }
err_404 = Sèvè a pa jwenn sa.{ $said }
err_slow = Sèvè a pran twòp tan pou reponn (erè { $status }).{ $said } Eseye ankò nan yon ti moman.
err_busy = Sèvè a okipe ak twòp demann.{ $said } Tann yon ti moman, epi eseye ankò.
err_5xx = Sèvè a gen yon pwoblèm (erè { $status }).{ $said } Eseye ankò nan yon ti moman.
err_other = Sèvè a refize demann lan (erè { $status }).{ $said }

## The roster: who was invited into the call

roster_title = Nan apèl sa a
roster_empty = Ou poko envite pèsonn. Moun ou envite yo ap parèt isit la.
unnamed = Patisipan san non
phone_ending = telefòn ki fini ak { $digits }
no_contact = Pa gen enfòmasyon kontak
code_status = Estati { $code }
code_type = Kalite { $code }
code_gender_option = Opsyon sèks { $code }
code_video_option = Opsyon videyo { $code }
code_status_unknown = Estati pa konnen
code_type_unknown = Kalite pa konnen
unnamed_interpreter = Entèprèt san non
identity = Idantite kont videyo
details = Detay
details_for = Montre detay { $name }
remove = Retire
removing = N ap retire…
remove_name = Retire { $name }
could_not_remove = Nou pa t ka retire: { $message }
confirm_title = Retire { $name }?
confirm_text = { $name } pral dekonekte nan apèl la.
cancel = Anile
removed = { $name } soti nan apèl la.
step_invited_email = Envite pa imèl
step_invited_phone = Envite pa telefòn
step_status_detail = { $status }: { $detail }
step_removal_asked = Yo mande retire l
step_removal_failed = Nou pa t ka retire l: { $reason }
step_removed = Yo retire l nan apèl la
step_called_again = Yo rele l ankò
step_call_again_failed = Nou pa t ka rele l ankò: { $reason }
history = Istwa
call_again = Rele ankò
calling_again = N ap rele ankò…
could_not_call_again = Nou pa t ka rele ankò: { $message }
announce_status = { $name }: { $status }
just_now = kounye a menm
removed_title = Moun ki soti nan apèl sa a

## The list kept for this tab

saved_unreadable = Nou pa t ka li lis patisipan ki te anrejistre a, kidonk nou efase l.
saved_other_version = Lis patisipan ki te anrejistre a soti nan yon lòt vèsyon aplikasyon an, kidonk nou efase l.
saved_participant_bad = Nou pa t ka li yon patisipan ki te anrejistre; nou efase lis la.

## Kiosk: the idle warning

idle_title = Èske ou toujou la?
still_here = Mwen toujou la

## Copy buttons

copy = Kopye
copy_what = Kopye { $what }
copied = Kopye
copy_refused = Navigatè a pa kite w kopye. Chwazi tèks la epi kopye l ou menm.

## The details under the roster: the interpreting request

request_title = Demann entèpretasyon pou{" "}
no_request = Pa gen demann entèpretasyon ki vini ak envitasyon sa a.
f_status = Estati
f_language = Lang
f_details = Detay
f_message = Mesaj

## The appointment

appt_title = Randevou ak{" "}
no_appt = Pa gen randevou ki pwograme pou { $name }.
this_interpreter = entèprèt sa a
starts = Kòmanse
ends = Fini
duration = Dire
show_utc = Montre UTC
hide_utc = Kache UTC
as_sent = { $time } (jan sèvè a voye l; san fizo orè)
not_given = Pa bay
languages = Lang
from_lang = Soti nan { $f }
into_lang = Ale nan { $t }
client = Kliyan
person = Moun
product = Sèvis
call_purpose = Rezon apèl la
schedule_status = Estati randevou a
routing_status = Estati asiyasyon an
gender = Sèks
video = Videyo
offered = Ofri
offered_yes = Yo ofri entèprèt sa a li
offered_no = Yo pa ofri entèprèt sa a li
interpreter_contact = Kontak entèprèt la
confirmation = Nimewo konfimasyon
confirmation_what = nimewo konfimasyon an
pin = PIN
pin_hidden = PIN kache
show_pin = Montre PIN
hide_pin = Kache PIN
join = Antre
join_requested = Demann antre voye
join_requested_text = Demann pou antre a voye. Pòtay la ap konekte ou nan randevou a.
join_opens = Ou ka antre lè randevou a kòmanse. Li kòmanse nan{" "}
join_unavailable = Ou pa ka antre nan randevou sa a.
rel_starts = Ap kòmanse { $when }
rel_started = Te kòmanse { $when }
rel_ended = Te fini { $when }
rel_starts_soon = Ap kòmanse nan mwens pase yon minit
rel_started_now = Fèk kòmanse
rel_ended_now = Fèk fini

## The interpreters offered

interpreters_title = Entèprèt{" "}
of_total = { $count } sou { $total }
filter_label = Filtre pa non oswa pa lang
sort_by = Klase pa
sort_listed = Jan lis la ye
sort_rating = Nòt (pi wo an premye)
sort_performance = Pèfòmans (pi wo an premye)
shown_status = { $count } entèprèt sou { $total } parèt
no_interpreters = Yo pa t ofri okenn entèprèt pou demann sa a.
no_match = Pa gen entèprèt ki koresponn ak filt sa a.
interpreter_list = Lis entèprèt yo
native = Lang manman:{" "}
also = Epitou:{" "}
no_languages = Pa gen lang ki make
rating = Nòt
performance = Pèfòmans
score_of = { $what }: { $score } sou 5
not_rated = { $what }: pa gen nòt
takes = Aksepte
calls = Apèl
text_cap = Tèks
yes = wi
no = non
not_stated = pa di
help_language = Lang pou ede:{" "}
has_meetings = Gen reyinyon
no_meetings = Pa gen reyinyon
appointment_button = Randevou
no_appointment = Pa gen randevou
show_appointment_of = Montre randevou { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout = Sèvè a pa reponn nan { $n } segonn. Eseye ankò nan yon ti moman.

err_busy_wait = Sèvè a okipe ak twòp demann.{ $said } Tann { $n } segonn, epi eseye ankò.

idle_text = Pou pwoteje vi prive w, ekran sa a ap efase nan { $n } segonn.

people = { $n } moun
