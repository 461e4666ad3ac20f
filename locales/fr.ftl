### vri-invite, French (Français): three plural forms (0 and 1 are singular).
### Before « : », « ? » and inside « » the spaces are no-break spaces (U+00A0).
### language: fr
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths)

## The page

app_title = Tiers dans cet appel
language_label = Langue
language_search = Trouvez votre langue
language_none = Aucune langue ne correspond.
language_failed = Impossible de charger { $language }. Vérifiez la connexion, puis réessayez.

## Screens shown instead of the app

config_error_title = Cette application n’est pas bien configurée
config_error_help = Demandez à la personne qui l’a installée de vérifier son fichier de configuration. Recharger la page permet de réessayer.
reload = Recharger
crash_title = Un problème est survenu
crash_text = L’application s’est arrêtée à cause d’une erreur sur cet appareil. Les personnes que vous avez invitées sont toujours dans l’appel, et la liste est conservée dans cet onglet.
part_failed = Cette partie de la page n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.
retry = Réessayer
session_expired = Votre session a expiré ; le portail va vous reconnecter… Ce que vous faisiez reprendra tout seul.

## The invite form

invite_title = Inviter un tiers
how_to_reach = Comment le joindre
mode_email = Envoyer un lien vidéo par e-mail
mode_phone = Appeler son téléphone
participant = Participant
name = Nom
email = E-mail
phone = Numéro de téléphone
phone_hint = Le numéro tel qu’on l’écrit dans son pays, ou avec + et l’indicatif du pays.
country = Pays du numéro
country_search = Chercher un pays : nom ou +indicatif
country_none = Choisissez le pays
country_no_match = Aucun pays ne correspond.
dtmf = Chiffres après connexion (facultatif)
dtmf_hint = Un poste ou un code PIN : chiffres, * et # ; une virgule ou w fait une pause
region = Région
choose_region = Choisissez une région
send = Envoyer l’invitation
sending = Envoi de l’invitation…
sent_to = Invitation envoyée à { $name }.
will_dial = Appel du { $number } ({ $where })
will_dial_plain = Appel du { $number }
dial_where = { $country }, { $kind }
kind_landline = fixe
kind_mobile = mobile
kind_landline_or_mobile = fixe ou mobile
kind_toll_free = numéro gratuit
kind_voip = téléphone par internet
then_send = , puis envoi de { $tones }

## What the form says when a field is missing or wrong

name_empty = Saisissez le nom à afficher pour cette personne.
name_too_long = Le nom ne doit pas dépasser { $max } caractères.
region_missing = Choisissez la région où passer l’appel.
email_empty = Saisissez l’adresse e-mail à laquelle envoyer le lien vidéo.
email_shape = Saisissez une adresse e-mail du type nom@exemple.com.
dtmf_bad = « { $c } » n’est pas une tonalité. Utilisez des chiffres, * et #, et une virgule ou w pour une pause.
dtmf_too_long = Au maximum { $max } tonalités.
phone_empty = Saisissez le numéro de téléphone à appeler.
phone_bad_char = « { $c } » ne peut pas être composé. Utilisez uniquement des chiffres, des espaces et + ( ) - ; indiquez un poste dans « Chiffres après connexion ».
phone_no_country = Choisissez le pays de ce numéro, ou commencez par + et l’indicatif du pays.
phone_bad_country = Cet indicatif de pays n’existe pas. Vérifiez les chiffres après le +.
phone_too_short = Ce numéro est trop court pour être appelé. Vérifiez qu’il ne manque pas de chiffres.
phone_too_long = Ce numéro est trop long pour son pays. Vérifiez qu’il n’y a pas de chiffres en trop.
phone_loading = Les règles téléphoniques sont en cours de chargement. Réessayez dans un instant.
phone_unavailable = Les règles téléphoniques n’ont pas pu être chargées : ce numéro ne peut pas être vérifié. Vérifiez la connexion et réessayez.
phone_not_valid_in = Ce n’est pas un numéro de téléphone de { $country }. Vérifiez les chiffres et le pays.
phone_not_valid = Ce n’est pas un numéro de téléphone qui peut être appelé. Vérifiez les chiffres.
phone_costs_extra = Les numéros surtaxés et à coût partagé ne peuvent pas être appelés d’ici.
phone_not_allowed = Les appels vers { $country } ne sont pas possibles d’ici.

## Errors from the network or the server, and what the browser could not keep

err_network = Impossible de joindre le serveur { $origin }. Vérifiez la connexion réseau, puis réessayez. Si le réseau fonctionne, le serveur ou les réglages de cette page bloquent peut-être la requête (la politique CORS du serveur, la politique de sécurité de cette page, ou une adresse http depuis une page https) : prévenez votre équipe d’assistance.
err_cancelled = Arrêté, car l’écran a été réinitialisé.
err_not_api = Le serveur a répondu par une page web au lieu de la réponse de l’API (peut-être une page de connexion ou un avis de proxy) : l’action n’a pas abouti. Réessayez ; si cela continue, contactez l’assistance.
saved_trimmed = Ce navigateur n’a pas pu tout conserver pour cet onglet : les listes d’interprètes ne reviendront pas après un rechargement. Toutes les personnes invitées, si.
saved_refused = Ce navigateur a refusé de conserver la liste pour cet onglet : après un rechargement, les personnes invitées ne seront plus affichées ici (elles restent dans l’appel). Gardez cette page ouverte.
err_undecodable = La réponse du serveur est illisible. Réessayez ; si cela continue, contactez l’assistance.
server_said = {" "}Le serveur a répondu : « { $m } »
err_400 = Le serveur n’a pas accepté cette requête.{ $said } Vérifiez les informations et réessayez.
err_401 = Votre session a expiré. Reconnectez-vous, puis réessayez.{ $said }
err_403 = Vous n’avez pas l’autorisation de faire cela.{ $said }
err_404 = Le serveur n’a pas trouvé cet élément.{ $said }
err_slow = Le serveur a mis trop de temps à répondre (erreur { $status }).{ $said } Réessayez dans un instant.
err_busy = Le serveur reçoit trop de requêtes.{ $said } Patientez un instant, puis réessayez.
err_5xx = Le serveur a rencontré un problème (erreur { $status }).{ $said } Réessayez dans un instant.
err_other = Le serveur a refusé la requête (erreur { $status }).{ $said }

## The roster: who was invited into the call

roster_title = Dans cet appel
roster_empty = Personne n’a encore été invité. Les personnes que vous invitez apparaîtront ici.
unnamed = Participant sans nom
phone_ending = téléphone se terminant par { $digits }
no_contact = Aucune coordonnée
code_status = Statut { $code }
code_type = Type { $code }
code_gender_option = Option de genre { $code }
code_video_option = Option vidéo { $code }
code_status_unknown = Statut inconnu
code_type_unknown = Type inconnu
unnamed_interpreter = Interprète sans nom
identity = Identité du compte vidéo
details = Détails
details_for = Voir les détails de { $name }
remove = Retirer
removing = Retrait…
remove_name = Retirer { $name }
could_not_remove = Retrait impossible : { $message }
confirm_title = Retirer { $name } ?
confirm_text = { $name } sera déconnecté(e) de l’appel.
cancel = Annuler
removed = { $name } a été retiré(e) de l’appel.
step_invited_email = Invité par e-mail
step_invited_phone = Invité par téléphone
step_status_detail = { $status } : { $detail }
step_removal_asked = Retrait demandé
step_removal_failed = Échec du retrait : { $reason }
step_removed = Retiré de l’appel
step_called_again = Rappelé
step_call_again_failed = Échec du rappel : { $reason }
history = Historique
call_again = Rappeler
calling_again = Rappel en cours…
could_not_call_again = Impossible de rappeler : { $message }
announce_status = { $name } : { $status }
just_now = à l’instant
removed_title = Retirés de cet appel

## The list kept for this tab

saved_unreadable = La liste enregistrée des participants était illisible et a été effacée.
saved_other_version = La liste enregistrée des participants venait d’une autre version de l’application et a été effacée.
saved_participant_bad = Un participant enregistré était illisible ; la liste enregistrée a été effacée.

## Kiosk: the idle warning

idle_title = Êtes-vous toujours là ?
still_here = Je suis là

## Copy buttons

copy = Copier
copy_what = Copier { $what }
copied = Copié
copy_refused = Le navigateur n’a pas autorisé la copie. Sélectionnez le texte et copiez-le vous-même.

## The details under the roster: the interpreting request

request_title = Demande d’interprétariat pour{" "}
no_request = Aucune demande d’interprétariat n’accompagnait cette invitation.
f_status = Statut
f_language = Langue
f_details = Détails
f_message = Message

## The appointment

appt_title = Rendez-vous avec{" "}
no_appt = Aucun rendez-vous n’est prévu pour { $name }.
this_interpreter = cet interprète
starts = Début
ends = Fin
duration = Durée
show_utc = Voir l’heure UTC
hide_utc = Masquer l’UTC
as_sent = { $time } (tel qu’envoyé par le serveur ; fuseau horaire non précisé)
not_given = Non indiqué
languages = Langues
from_lang = Depuis : { $f }
into_lang = Vers : { $t }
client = Client
person = Personne
product = Prestation
call_purpose = Motif de l’appel
schedule_status = Statut du rendez-vous
routing_status = Statut d’attribution
gender = Genre
video = Vidéo
offered = Proposé
offered_yes = Proposé à cet interprète
offered_no = Non proposé à cet interprète
interpreter_contact = Contact de l’interprète
confirmation = Numéro de confirmation
confirmation_what = le numéro de confirmation
pin = Code PIN
pin_hidden = Code PIN masqué
show_pin = Voir le PIN
hide_pin = Masquer le PIN
join = Rejoindre
join_requested = Demande envoyée
join_requested_text = Demande envoyée. Le portail va vous connecter au rendez-vous.
join_opens = Vous pourrez rejoindre au début du rendez-vous. Début dans{" "}
join_unavailable = Impossible de rejoindre ce rendez-vous.
rel_starts = Commence { $when }
rel_started = A commencé { $when }
rel_ended = S’est terminé { $when }
rel_starts_soon = Commence dans moins d’une minute
rel_started_now = Vient de commencer
rel_ended_now = Vient de se terminer

## The interpreters offered

interpreters_title = Interprètes{" "}
of_total = { $count } sur { $total }
filter_label = Filtrer par nom ou par langue
sort_by = Trier par
sort_listed = Ordre d’origine
sort_rating = Note (la plus haute d’abord)
sort_performance = Performance (la plus haute d’abord)
shown_status = { $count } interprètes affichés sur { $total }
no_interpreters = Aucun interprète n’a été proposé pour cette demande.
no_match = Aucun interprète ne correspond à ce filtre.
interpreter_list = Liste des interprètes
native = Langue maternelle :{" "}
also = Autres :{" "}
no_languages = Aucune langue indiquée
rating = Note
performance = Performance
score_of = { $what } : { $score } sur 5
not_rated = { $what } : pas de note
takes = Accepte
calls = Appels
text_cap = Texte
yes = oui
no = non
not_stated = non précisé
help_language = Langue d’aide :{" "}
has_meetings = A des réunions
no_meetings = Aucune réunion
appointment_button = Rendez-vous
no_appointment = Aucun rendez-vous
show_appointment_of = Voir le rendez-vous de { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout =
    Le serveur n’a pas répondu en { $n ->
        [one] { $n } seconde
        [many] { $n } de secondes
       *[other] { $n } secondes
    }. Réessayez dans un instant.

err_busy_wait =
    Le serveur reçoit trop de requêtes.{ $said } Patientez { $n ->
        [one] { $n } seconde
        [many] { $n } de secondes
       *[other] { $n } secondes
    }, puis réessayez.

idle_text =
    Pour votre confidentialité, cet écran sera effacé dans { $n ->
        [one] { $n } seconde
        [many] { $n } de secondes
       *[other] { $n } secondes
    }.

people =
    { $n ->
        [one] { $n } personne
        [many] { $n } de personnes
       *[other] { $n } personnes
    }
