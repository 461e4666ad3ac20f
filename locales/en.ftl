### vri-invite, English: the source. Every other file has exactly these
### messages (the build checks it); a comment above a message tells
### translators where it appears and what its { $placeholders } are.
### language: English
### produced-by: the development team
### review: the source text

## The page

# The page's title and main heading.
app_title = Third parties in this call

# The label of the language picker.
language_label = Language

# The picker's search field: it finds a language by any of its names.
language_search = Find your language

# Shown in the picker when the search finds no language.
language_none = No language matches.

# Shown when a language's texts could not be fetched: { $language } is that language's own name.
language_failed = { $language } could not be loaded. Check the connection, then try again.

## Screens shown instead of the app

config_error_title = This app is not set up correctly

# The part of the set-up error screen a user reads (the technical detail stays English).
config_error_help = Ask the person who installed it to check its configuration file. Reloading the page tries again.

# A button.
reload = Reload
crash_title = Something went wrong
crash_text = The app stopped because of an error on this device. The people you invited are still in the call, and the list is kept for this tab.
# Parts of the app (the list of people, the details, phone entry, kiosk mode, the portal link) are fetched when first needed; this is said when that fails.
part_failed = This part of the page could not be loaded. Check the connection, then try again.
retry = Try again

# Shown while the portal signs the user in again.
session_expired = Your session has expired; waiting for the portal to sign you in again… What you were doing will continue by itself.

## The invite form

invite_title = Invite a third party
how_to_reach = How to reach them

# One of two choices: how to reach the person.
mode_email = Email a video link

# One of two choices: how to reach the person.
mode_phone = Call their phone

# Heard by screen readers only: the group of fields about the person.
participant = Participant
name = Name
email = Email
phone = Phone number

# Keep the example number as it is.
phone_hint = The number as it is written in its country, or with + and the country code.
# The country picker beside the phone number: its label, search box, empty choice, and the line when the search finds nothing.
country = Country of the number
country_search = Find a country: name or +code
country_none = Choose the country
country_no_match = No country matches.

# Tones sent after the call connects: an extension or a PIN.
dtmf = Digits after connecting (optional)
dtmf_hint = An extension or PIN: digits, * and #; a comma or w pauses
region = Region
choose_region = Choose a region

# The form's button: keep it short (a kiosk button).
send = Send invitation

# The button while sending.
sending = Sending invitation…

# { $name } is the invited person's name.
sent_to = Invitation sent to { $name }.

# { $number } is the phone number as it will be dialed; { $where } is dial_where ("Italy, landline"); then_send may follow.
will_dial = Will dial { $number } ({ $where })
# will_dial when neither the country nor the kind of number is known (+800 numbers).
will_dial_plain = Will dial { $number }
# { $country } is a country's name from the browser; { $kind } one of the kind_ words below.
dial_where = { $country }, { $kind }
# The kinds of phone number, lower case, as they appear inside will_dial.
kind_landline = landline
kind_mobile = mobile
kind_landline_or_mobile = landline or mobile
kind_toll_free = toll-free
kind_voip = internet phone

# Follows will_dial ("Will dial +44 20 7946 0958, then send 1234#"); { $tones } are the digits.
then_send = , then send { $tones }

## What the form says when a field is missing or wrong

name_empty = Enter the name to show for this person.

# { $max } is a number.
name_too_long = Use at most { $max } characters for the name.
region_missing = Choose the region to place the call in.
email_empty = Enter the email address to send the video link to.
email_shape = Enter an email address like name@example.com.

# { $c } is the character that was typed.
dtmf_bad = "{ $c }" is not a tone. Use digits, * and #, and a comma or w for a pause.

# { $max } is a number.
dtmf_too_long = Use at most { $max } tones.
phone_empty = Enter the phone number to dial.

# { $c } is the character that was typed; "Digits after connecting" names the field dtmf.
phone_bad_char = "{ $c }" can't be dialed. Use digits, spaces and + ( ) - only; put an extension in "Digits after connecting".
phone_no_country = Choose the country of this number, or start it with + and the country code.
phone_bad_country = This country code does not exist. Check the digits after the +.

phone_too_short = This number is too short to dial. Check that no digits are missing.
phone_too_long = This number is too long for its country. Check for extra digits.
# The phone rules (every country's numbering plan) are fetched when phone mode is chosen.
phone_loading = The phone rules are still loading. Try again in a moment.
phone_unavailable = The phone rules could not be loaded, so this number can't be checked. Check the network connection and try again.
# { $country } is a country's name.
phone_not_valid_in = This is not a phone number of { $country }. Check the digits and the country.
phone_not_valid = This is not a phone number that can be dialed. Check the digits.
# Toll-fraud guard: numbers the caller pays extra for are refused.
phone_costs_extra = Premium-rate and shared-cost numbers can't be dialed from here.
# { $country } is a country's name, or a code such as +800; the deployment limits dial-out to some countries.
phone_not_allowed = Calls to { $country } can't be made from here.


## Errors from the network or the server, and what the browser could not keep

# { $origin } is the server's address.
err_network = Could not reach the server at { $origin }. Check the network connection, then try again. If the network works, the server or this page's settings may be blocking the request (the server's CORS policy, this page's security policy, or an http address from an https page): tell your support team.

# A kiosk reset stopped a request.
err_cancelled = Stopped because the screen was reset.
err_not_api = The server answered with a web page instead of the API's answer (perhaps a sign-in page or a proxy's notice), so this did not go through. Try again; if it keeps happening, contact support.
saved_trimmed = This browser could not keep everything for this tab, so the interpreter lists will not come back after a reload. Everyone you invited will.
saved_refused = This browser refused to keep the list for this tab: after a reload, the people you invited will no longer be listed here (they stay in the call). Keep this page open.
err_undecodable = The server's answer could not be read. Try again; if it keeps happening, contact support.

# Starts with a space. Put in the errors below as { $said } when the server gave a reason; { $m } is the server's own words.
server_said = {" "}The server said: "{ $m }"

# { $said } is server_said, or nothing.
err_400 = The server did not accept this request.{ $said } Check the details and try again.
err_401 = Your session has expired. Sign in again, then retry.{ $said }
err_403 = You are not allowed to do this.{ $said }
err_404 = The server could not find this.{ $said }

# { $status } is the HTTP status number.
err_slow = The server took too long to answer (error { $status }).{ $said } Try again in a moment.
err_busy = The server is busy with too many requests.{ $said } Wait a moment, then try again.
err_5xx = The server had a problem (error { $status }).{ $said } Try again in a moment.
err_other = The server refused the request (error { $status }).{ $said }

## The roster: who was invited into the call

roster_title = In this call

# Shown when no one has been invited.
roster_empty = No one invited yet. People you invite appear here.

# Shown for a person without a name.
unnamed = Unnamed participant

# Instead of the phone number: { $digits } are its last four digits.
phone_ending = phone ending in { $digits }

# Shown when a person has neither email nor phone.
no_contact = No contact details

# For a code the deployment has no label for: { $code } is the code.
code_status = Status { $code }
code_type = Type { $code }
code_gender_option = Gender option { $code }
code_video_option = Video option { $code }
code_status_unknown = Status unknown
code_type_unknown = Type unknown
unnamed_interpreter = Unnamed interpreter

# The person's identity in the video system.
identity = Video account identity

# A button in each roster row.
details = Details

# The Details button, for screen readers: { $name } is the person.
details_for = Show details for { $name }

# A button in each roster row.
remove = Remove

# The Remove button while removing.
removing = Removing…

# The confirming button, and Remove for screen readers: { $name } is the person.
remove_name = Remove { $name }

# { $message } is the error's own sentence.
could_not_remove = Could not remove: { $message }

# The question before removing someone.
confirm_title = Remove { $name }?
confirm_text = { $name } will be disconnected from the call.

# A button.
cancel = Cancel

# Announced after a removal.
removed = { $name } was removed from the call.

# Steps of a person's history (the roster row's History), oldest first.
step_invited_email = Invited by email
step_invited_phone = Invited by phone

# { $status } is a status label; { $detail } the server's words about it.
step_status_detail = { $status }: { $detail }
step_removal_asked = Removal asked

# { $reason } is the error's own sentence.
step_removal_failed = Removal failed: { $reason }
step_removed = Removed from the call
step_called_again = Called again

# { $reason } is the error's own sentence.
step_call_again_failed = Call again failed: { $reason }

# A disclosure in each roster row: the person's history.
history = History

# A button in a roster row (people invited by phone): dial them again.
call_again = Call again

# The Call again button while calling.
calling_again = Calling again…

# { $message } is the error's own sentence.
could_not_call_again = Could not call again: { $message }

# Announced when a person's status changes: { $name } and { $status } (a label).
announce_status = { $name }: { $status }

# A relative time, for a change less than a minute ago.
just_now = just now

# A heading over the people who have left the call.
removed_title = Removed from this call

## The list kept for this tab

saved_unreadable = The saved list of participants could not be read and was cleared.
saved_other_version = The saved list of participants came from another version of this app and was cleared.
saved_participant_bad = A saved participant could not be read; the saved list was cleared.

## Kiosk: the idle warning

# The kiosk asks whether the person is still there before clearing the screen.
idle_title = Are you still there?

# The idle warning's button: keep it short.
still_here = I'm still here

## Copy buttons

# A button.
copy = Copy

# The Copy button, for screen readers: { $what } is what it copies (confirmation_what).
copy_what = Copy { $what }

# Shown for a moment after copying.
copied = Copied
copy_refused = The browser did not allow copying. Select the text and copy it yourself.

## The details under the roster: the interpreting request

# A heading followed by the person's name: it ends with a space.
request_title = Interpreting request for{" "}
no_request = No interpreting request came with this invitation.

# Field labels of the request.
f_status = Status
f_language = Language
f_details = Details
f_message = Message

## The appointment

# A heading followed by the interpreter's name: it ends with a space.
appt_title = Appointment with{" "}

# { $name } is the interpreter, or this_interpreter.
no_appt = No appointment is scheduled for { $name }.

# Stands in for the name in no_appt when it is not known.
this_interpreter = this interpreter
starts = Starts
ends = Ends
duration = Duration

# Buttons: show or hide the time in UTC.
show_utc = Show UTC
hide_utc = Hide UTC

# { $time } is a date and time exactly as the server wrote it.
as_sent = { $time } (as sent by the server; time zone not stated)

# Shown for a fact the server left out.
not_given = Not given
languages = Languages

# { $f } is a language name from the server.
from_lang = From { $f }

# { $t } is a language name from the server.
into_lang = Into { $t }
client = Client
person = Person
product = Product
call_purpose = Call purpose
schedule_status = Schedule status
routing_status = Routing status

# The interpreter's gender the client asked for.
gender = Gender
video = Video

# Whether the appointment was offered to this interpreter.
offered = Offered
offered_yes = Offered to this interpreter
offered_no = Not offered to this interpreter
interpreter_contact = Interpreter contact
confirmation = Confirmation number

# Read inside copy_what: "Copy confirmation number".
confirmation_what = confirmation number
pin = PIN

# Read instead of the PIN while it is hidden.
pin_hidden = PIN hidden
show_pin = Show PIN
hide_pin = Hide PIN

# A button: join the appointment.
join = Join
join_requested = Join requested
join_requested_text = Join requested. The portal will connect you to the appointment.

# Followed by a countdown from the browser ("12 minutes").
join_opens = Join opens when the appointment starts. Starts in{" "}
join_unavailable = Joining is not available for this appointment.

# { $when } is a relative time from the browser (Intl): "in 12 minutes", "3 minutes ago".
rel_starts = Starts { $when }
rel_started = Started { $when }
rel_ended = Ended { $when }
rel_starts_soon = Starts in less than a minute
rel_started_now = Started just now
rel_ended_now = Ended just now

## The interpreters offered

# A heading followed by of_total: it ends with a space.
interpreters_title = Interpreters{" "}

# { $count } of { $total } interpreters.
of_total = { $count } of { $total }

# A search field over the list of interpreters.
filter_label = Filter by name or language
sort_by = Sort by

# Choices of sort_by.
sort_listed = As listed
sort_rating = Rating (highest first)
sort_performance = Performance (highest first)

# Announced to screen readers when the filter changes.
shown_status = { $count } of { $total } interpreters shown
no_interpreters = No interpreters were offered for this request.
no_match = No interpreter matches this filter.
interpreter_list = Interpreter list

# Labels before a list of languages: they end with a space.
native = Native:{" "}
also = Also:{" "}
no_languages = No languages listed
rating = Rating
performance = Performance

# { $what } is rating or performance; { $score } a number such as 4.9.
score_of = { $what }: { $score } out of 5

# { $what } is rating or performance.
not_rated = { $what }: not rated

# Before the kinds of calls an interpreter takes (calls, video, text).
takes = Takes
calls = Calls
text_cap = Text

# Read after a label, in lower case.
yes = yes
no = no

# Read after a label, in lower case.
not_stated = not stated

# Before a language name; ends with a space.
help_language = Help language:{" "}
has_meetings = Has meetings
no_meetings = No meetings

# A button in each interpreter's row.
appointment_button = Appointment
no_appointment = No appointment

# The Appointment button, for screen readers: { $name } is the interpreter.
show_appointment_of = Show the appointment of { $name }

## Texts with a number: one form per CLDR plural category of the language

# { $n } is a number of seconds.

err_timeout =
    The server did not answer within { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }. Try again in a moment.

err_busy_wait =
    The server is busy with too many requests.{ $said } Wait { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }, then try again.

# The idle warning's countdown: { $n } is a number of seconds.

idle_text =
    For privacy, this screen will be cleared in { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }.

# The roster's count.

people =
    { $n ->
        [one] { $n } person
       *[other] { $n } people
    }
