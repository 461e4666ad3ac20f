### vri-invite, Spanish (español)
### language: es
### produced-by: drafted by the development team (carried over from the app's Rust catalogue, src/i18n/es.rs)
### review: awaiting review by a native speaker

## The page

app_title = Terceros en esta llamada
language_label = Idioma
language_search = Busque su idioma
language_none = Ningún idioma coincide.
language_failed = No se pudo cargar { $language }. Revise la conexión y vuelva a intentarlo.

## Screens shown instead of the app

config_error_title = Esta aplicación no está bien configurada
config_error_help = Pida a quien la instaló que revise su archivo de configuración. Al recargar la página se vuelve a intentar.
reload = Recargar
crash_title = Algo salió mal
crash_text = La aplicación se detuvo por un error en este dispositivo. Las personas que invitó siguen en la llamada y la lista se conserva en esta pestaña.
part_failed = Esta parte de la página no se pudo cargar. Revise la conexión y vuelva a intentarlo.
retry = Reintentar
session_expired = Su sesión ha caducado; esperando a que el portal vuelva a iniciarla… Lo que estaba haciendo continuará solo.

## The invite form

invite_title = Invitar a un tercero
how_to_reach = Cómo contactarle
mode_email = Enviar un enlace de vídeo por correo
mode_phone = Llamar a su teléfono
participant = Participante
name = Nombre
email = Correo electrónico
phone = Número de teléfono
phone_hint = El número como se escribe en su país, o con + y el código de país.
country = País del número
country_search = Busque un país: nombre o +código
country_none = Elija el país
country_no_match = Ningún país coincide.
dtmf = Dígitos tras conectar (opcional)
dtmf_hint = Una extensión o PIN: dígitos, * y #; una coma o w hace una pausa
region = Región
choose_region = Elija una región
send = Enviar invitación
sending = Enviando invitación…
sent_to = Invitación enviada a { $name }.
will_dial = Se marcará { $number } ({ $where })
will_dial_plain = Se marcará { $number }
dial_where = { $country }, { $kind }
kind_landline = fijo
kind_mobile = móvil
kind_landline_or_mobile = fijo o móvil
kind_toll_free = gratuito
kind_voip = teléfono por internet
then_send = {" "}y luego se enviará { $tones }

## What the form says when a field is missing or wrong

name_empty = Escriba el nombre que se mostrará para esta persona.
name_too_long = Use como máximo { $max } caracteres para el nombre.
region_missing = Elija la región donde hacer la llamada.
email_empty = Escriba el correo electrónico al que enviar el enlace de vídeo.
email_shape = Escriba un correo electrónico como nombre@ejemplo.com.
dtmf_bad = «{ $c }» no es un tono. Use dígitos, * y #, y una coma o w para una pausa.
dtmf_too_long = Use como máximo { $max } tonos.
phone_empty = Escriba el número de teléfono que marcar.
phone_bad_char = «{ $c }» no se puede marcar. Use solo dígitos, espacios y + ( ) -; ponga una extensión en «Dígitos tras conectar».
phone_no_country = Elija el país de este número, o empiece con + y el código de país.
phone_bad_country = Este código de país no existe. Revise los dígitos tras el +.
phone_too_short = Este número es demasiado corto para marcarlo. Compruebe que no falten dígitos.
phone_too_long = Este número es demasiado largo para su país. Revise si sobran dígitos.
phone_loading = Las reglas telefónicas aún se están cargando. Vuelva a intentarlo en un momento.
phone_unavailable = No se pudieron cargar las reglas telefónicas y no se puede comprobar este número. Revise la conexión y vuelva a intentarlo.
phone_not_valid_in = Este no es un número de teléfono de { $country }. Revise los dígitos y el país.
phone_not_valid = Este no es un número de teléfono que se pueda marcar. Revise los dígitos.
phone_costs_extra = Desde aquí no se pueden marcar números de tarificación adicional ni de coste compartido.
phone_not_allowed = Desde aquí no se puede llamar a { $country }.

## Errors from the network or the server, and what the browser could not keep

err_network = No se pudo contactar con el servidor en { $origin }. Revise la conexión de red y vuelva a intentarlo. Si la red funciona, puede que el servidor o la configuración de esta página bloqueen la solicitud (la política CORS del servidor, la política de seguridad de esta página o una dirección http desde una página https): avise a su equipo de soporte.
err_cancelled = Se detuvo porque la pantalla se reinició.
err_not_api = El servidor respondió con una página web en lugar de la respuesta de la API (quizá una página de inicio de sesión o un aviso de un proxy), así que esto no se completó. Vuelva a intentarlo; si sigue pasando, contacte con soporte.
saved_trimmed = Este navegador no pudo guardar todo para esta pestaña, así que las listas de intérpretes no volverán tras recargar la página. Las personas que invitó, sí.
saved_refused = Este navegador no permitió guardar la lista para esta pestaña: tras recargar la página, las personas que invitó ya no aparecerán aquí (siguen en la llamada). Mantenga esta página abierta.
err_undecodable = No se pudo leer la respuesta del servidor. Vuelva a intentarlo; si sigue pasando, contacte con soporte.
server_said = {" "}El servidor dijo: «{ $m }»
err_400 = El servidor no aceptó esta solicitud.{ $said } Revise los datos y vuelva a intentarlo.
err_401 = Su sesión ha caducado. Vuelva a iniciar sesión y reintente.{ $said }
err_403 = No tiene permiso para hacer esto.{ $said }
err_404 = El servidor no encontró esto.{ $said }
err_slow = El servidor tardó demasiado en responder (error { $status }).{ $said } Vuelva a intentarlo en un momento.
err_busy = El servidor está ocupado con demasiadas solicitudes.{ $said } Espere un momento y vuelva a intentarlo.
err_5xx = El servidor tuvo un problema (error { $status }).{ $said } Vuelva a intentarlo en un momento.
err_other = El servidor rechazó la solicitud (error { $status }).{ $said }

## The roster: who was invited into the call

roster_title = En esta llamada
roster_empty = Aún no ha invitado a nadie. Las personas que invite aparecerán aquí.
unnamed = Participante sin nombre
phone_ending = teléfono terminado en { $digits }
no_contact = Sin datos de contacto
code_status = Estado { $code }
code_type = Tipo { $code }
code_gender_option = Opción de género { $code }
code_video_option = Opción de vídeo { $code }
code_status_unknown = Estado desconocido
code_type_unknown = Tipo desconocido
unnamed_interpreter = Intérprete sin nombre
identity = Identidad de la cuenta de vídeo
details = Detalles
details_for = Ver detalles de { $name }
remove = Quitar
removing = Quitando…
remove_name = Quitar a { $name }
could_not_remove = No se pudo quitar: { $message }
confirm_title = ¿Quitar a { $name }?
confirm_text = { $name } se desconectará de la llamada.
cancel = Cancelar
removed = { $name } salió de la llamada.
step_invited_email = Invitado por correo electrónico
step_invited_phone = Invitado por teléfono
step_status_detail = { $status }: { $detail }
step_removal_asked = Se pidió quitarlo de la llamada
step_removal_failed = No se pudo quitar: { $reason }
step_removed = Quitado de la llamada
step_called_again = Se volvió a llamar
step_call_again_failed = No se pudo volver a llamar: { $reason }
history = Historial
call_again = Volver a llamar
calling_again = Llamando de nuevo…
could_not_call_again = No se pudo volver a llamar: { $message }
announce_status = { $name }: { $status }
just_now = ahora mismo
removed_title = Quitados de esta llamada

## The list kept for this tab

saved_unreadable = No se pudo leer la lista guardada de participantes y se borró.
saved_other_version = La lista guardada de participantes era de otra versión de esta aplicación y se borró.
saved_participant_bad = No se pudo leer un participante guardado; se borró la lista guardada.

## Kiosk: the idle warning

idle_title = ¿Sigue ahí?
still_here = Sigo aquí

## Copy buttons

copy = Copiar
copy_what = Copiar { $what }
copied = Copiado
copy_refused = El navegador no permitió copiar. Seleccione el texto y cópielo usted.

## The details under the roster: the interpreting request

request_title = Solicitud de interpretación para{" "}
no_request = Esta invitación no trajo ninguna solicitud de interpretación.
f_status = Estado
f_language = Idioma
f_details = Detalles
f_message = Mensaje

## The appointment

appt_title = Cita con{" "}
no_appt = No hay ninguna cita programada para { $name }.
this_interpreter = este intérprete
starts = Empieza
ends = Termina
duration = Duración
show_utc = Ver UTC
hide_utc = Ocultar UTC
as_sent = { $time } (tal como lo envió el servidor; sin zona horaria)
not_given = No indicado
languages = Idiomas
from_lang = Desde { $f }
into_lang = Hacia { $t }
client = Cliente
person = Persona
product = Producto
call_purpose = Motivo de la llamada
schedule_status = Estado de la cita
routing_status = Estado de asignación
gender = Género
video = Vídeo
offered = Ofrecida
offered_yes = Ofrecida a este intérprete
offered_no = No ofrecida a este intérprete
interpreter_contact = Contacto del intérprete
confirmation = Número de confirmación
confirmation_what = número de confirmación
pin = PIN
pin_hidden = PIN oculto
show_pin = Ver PIN
hide_pin = Ocultar PIN
join = Unirse
join_requested = Unión solicitada
join_requested_text = Unión solicitada. El portal le conectará a la cita.
join_opens = Podrá unirse cuando empiece la cita. Empieza en{" "}
join_unavailable = No es posible unirse a esta cita.
rel_starts = Empieza { $when }
rel_started = Empezó { $when }
rel_ended = Terminó { $when }
rel_starts_soon = Empieza en menos de un minuto
rel_started_now = Acaba de empezar
rel_ended_now = Acaba de terminar

## The interpreters offered

interpreters_title = Intérpretes{" "}
of_total = { $count } de { $total }
filter_label = Filtrar por nombre o idioma
sort_by = Ordenar por
sort_listed = Como vienen
sort_rating = Valoración (la más alta primero)
sort_performance = Desempeño (el más alto primero)
shown_status = Se muestran { $count } de { $total } intérpretes
no_interpreters = No se ofreció ningún intérprete para esta solicitud.
no_match = Ningún intérprete coincide con este filtro.
interpreter_list = Lista de intérpretes
native = Nativo:{" "}
also = También:{" "}
no_languages = Sin idiomas indicados
rating = Valoración
performance = Desempeño
score_of = { $what }: { $score } de 5
not_rated = { $what }: sin valorar
takes = Atiende
calls = Llamadas
text_cap = Texto
yes = sí
no = no
not_stated = sin indicar
help_language = Idioma de ayuda:{" "}
has_meetings = Tiene reuniones
no_meetings = Sin reuniones
appointment_button = Cita
no_appointment = Sin cita
show_appointment_of = Ver la cita de { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout =
    El servidor no respondió en { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    }. Vuelva a intentarlo en un momento.

err_busy_wait =
    El servidor está ocupado con demasiadas solicitudes.{ $said } Espere { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    } y vuelva a intentarlo.

idle_text =
    Por privacidad, esta pantalla se borrará en { $n ->
        [one] { $n } segundo
        [many] { $n } de segundos
       *[other] { $n } segundos
    }.

people =
    { $n ->
        [one] { $n } persona
        [many] { $n } de personas
       *[other] { $n } personas
    }
