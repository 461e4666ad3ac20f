### vri-invite, Russian (Русский): four plural forms (one, few, many; other for fractions).
### language: ru
### produced-by: machine-drafted by the development team's AI assistant, 2026-12
### review: awaiting review by a native speaker (polite clinic register, kiosk button lengths)

## The page

app_title = Третьи лица в этом звонке
language_label = Язык
language_search = Найдите свой язык
language_none = Такой язык не найден.
language_failed = Не удалось загрузить язык: { $language }. Проверьте подключение и повторите попытку.

## Screens shown instead of the app

config_error_title = Приложение настроено неправильно
config_error_help = Попросите того, кто установил приложение, проверить его файл настроек. Чтобы повторить попытку, обновите страницу.
reload = Обновить
crash_title = Что-то пошло не так
crash_text = Приложение остановилось из-за ошибки на этом устройстве. Приглашённые вами люди остаются в звонке, а список сохранён в этой вкладке.
part_failed = Не удалось загрузить эту часть страницы. Проверьте подключение и попробуйте снова.
retry = Повторить
session_expired = Ваш сеанс истёк; ждём, пока портал снова выполнит вход… То, что вы делали, продолжится само.

## The invite form

invite_title = Пригласить третье лицо
how_to_reach = Как связаться
mode_email = Отправить видеоссылку по почте
mode_phone = Позвонить на телефон
participant = Участник
name = Имя
email = Эл. почта
phone = Номер телефона
phone_hint = Номер так, как его пишут в его стране, или с + и кодом страны.
country = Страна номера
country_search = Найти страну: название или +код
country_none = Выберите страну
country_no_match = Нет подходящей страны.
dtmf = Цифры после соединения (необязательно)
dtmf_hint = Добавочный номер или PIN: цифры, * и #; запятая или w — пауза
region = Регион
choose_region = Выберите регион
send = Отправить приглашение
sending = Отправка приглашения…
sent_to = Приглашение отправлено: { $name }.
will_dial = Будет набран номер { $number } ({ $where })
will_dial_plain = Будет набран номер { $number }
dial_where = { $country }, { $kind }
kind_landline = стационарный
kind_mobile = мобильный
kind_landline_or_mobile = стационарный или мобильный
kind_toll_free = бесплатный
kind_voip = интернет-телефония
then_send = , затем { $tones }

## What the form says when a field is missing or wrong

name_empty = Введите имя, которое будет показано для этого человека.
name_too_long = Имя может содержать не более { $max } символов.
region_missing = Выберите регион для звонка.
email_empty = Введите адрес эл. почты, на который отправить видеоссылку.
email_shape = Введите адрес эл. почты в виде name@example.com.
dtmf_bad = «{ $c }» нельзя набрать. Используйте цифры, * и #, а для паузы — запятую или w.
dtmf_too_long = Не более { $max } знаков.
phone_empty = Введите номер телефона для звонка.
phone_bad_char = «{ $c }» нельзя набрать. Используйте только цифры, пробелы и + ( ) -; добавочный номер укажите в поле «Цифры после соединения».
phone_no_country = Выберите страну этого номера или начните его с + и кода страны.
phone_bad_country = Такого кода страны нет. Проверьте цифры после +.
phone_too_short = Номер слишком короткий. Проверьте, не пропущены ли цифры.
phone_too_long = Номер слишком длинный для своей страны. Проверьте, нет ли лишних цифр.
phone_loading = Правила набора ещё загружаются. Попробуйте через минуту.
phone_unavailable = Не удалось загрузить правила набора, поэтому номер нельзя проверить. Проверьте подключение и попробуйте снова.
phone_not_valid_in = Это не номер телефона страны { $country }. Проверьте цифры и страну.
phone_not_valid = По этому номеру нельзя позвонить. Проверьте цифры.
phone_costs_extra = Отсюда нельзя звонить на платные номера и номера с разделённой оплатой.
phone_not_allowed = Отсюда нельзя звонить в страну { $country }.

## Errors from the network or the server, and what the browser could not keep

err_network = Не удалось связаться с сервером { $origin }. Проверьте подключение к сети и повторите попытку. Если сеть работает, запрос может блокировать сервер или настройки этой страницы (политика CORS сервера, политика безопасности страницы или адрес http на странице https): сообщите в службу поддержки.
err_cancelled = Остановлено, так как экран был сброшен.
err_not_api = Сервер вернул веб-страницу вместо ответа API (возможно, страницу входа или уведомление прокси), поэтому действие не выполнено. Повторите попытку; если это повторяется, обратитесь в службу поддержки.
saved_trimmed = Браузер не смог сохранить всё для этой вкладки, поэтому после перезагрузки списки переводчиков не вернутся. Все приглашённые вами люди вернутся.
saved_refused = Браузер не разрешил сохранить список для этой вкладки: после перезагрузки приглашённые вами люди больше не будут здесь показаны (они останутся в звонке). Не закрывайте эту страницу.
err_undecodable = Не удалось прочитать ответ сервера. Повторите попытку; если это повторяется, обратитесь в службу поддержки.
server_said = {" "}Ответ сервера: «{ $m }»
err_400 = Сервер не принял этот запрос.{ $said } Проверьте данные и повторите попытку.
err_401 = Ваш сеанс истёк. Войдите снова и повторите попытку.{ $said }
err_403 = У вас нет прав на это действие.{ $said }
err_404 = Сервер не нашёл этот объект.{ $said }
err_slow = Сервер слишком долго не отвечал (ошибка { $status }).{ $said } Повторите попытку чуть позже.
err_busy = Сервер перегружен запросами.{ $said } Подождите немного и повторите попытку.
err_5xx = На сервере произошла ошибка (ошибка { $status }).{ $said } Повторите попытку чуть позже.
err_other = Сервер отклонил запрос (ошибка { $status }).{ $said }

## The roster: who was invited into the call

roster_title = В этом звонке
roster_empty = Пока никто не приглашён. Приглашённые вами люди появятся здесь.
unnamed = Участник без имени
phone_ending = телефон, оканчивающийся на { $digits }
no_contact = Нет контактных данных
code_status = Статус { $code }
code_type = Тип { $code }
code_gender_option = Вариант пола { $code }
code_video_option = Вариант видео { $code }
code_status_unknown = Статус неизвестен
code_type_unknown = Тип неизвестен
unnamed_interpreter = Переводчик без имени
identity = Идентификатор видеоаккаунта
details = Подробнее
details_for = Подробнее: { $name }
remove = Удалить
removing = Удаление…
remove_name = Удалить: { $name }
could_not_remove = Не удалось удалить: { $message }
confirm_title = Удалить: { $name }?
confirm_text = Участник { $name } будет отключён от звонка.
cancel = Отмена
removed = Участник { $name } удалён из звонка.
step_invited_email = Приглашение по эл. почте
step_invited_phone = Приглашение по телефону
step_status_detail = { $status }: { $detail }
step_removal_asked = Запрошено удаление
step_removal_failed = Не удалось удалить: { $reason }
step_removed = Удаление из звонка
step_called_again = Повторный звонок
step_call_again_failed = Повторный звонок не удался: { $reason }
history = История
call_again = Позвонить снова
calling_again = Звоним снова…
could_not_call_again = Не удалось позвонить снова: { $message }
announce_status = { $name }: { $status }
just_now = только что
removed_title = Удалены из этого звонка

## The list kept for this tab

saved_unreadable = Сохранённый список участников не удалось прочитать, и он был очищен.
saved_other_version = Сохранённый список участников был создан другой версией приложения и был очищен.
saved_participant_bad = Не удалось прочитать сохранённого участника; сохранённый список очищен.

## Kiosk: the idle warning

idle_title = Вы ещё здесь?
still_here = Я здесь

## Copy buttons

copy = Копировать
copy_what = Копировать: { $what }
copied = Скопировано
copy_refused = Браузер не разрешил копирование. Выделите текст и скопируйте его сами.

## The details under the roster: the interpreting request

request_title = Запрос на перевод для{" "}
no_request = С этим приглашением не пришло запроса на перевод.
f_status = Статус
f_language = Язык
f_details = Подробности
f_message = Сообщение

## The appointment

appt_title = Встреча с переводчиком:{" "}
no_appt = Нет назначенных встреч: { $name }.
this_interpreter = этот переводчик
starts = Начало
ends = Окончание
duration = Длительность
show_utc = Показать UTC
hide_utc = Скрыть UTC
as_sent = { $time } (как прислал сервер; часовой пояс не указан)
not_given = Не указано
languages = Языки
from_lang = С языка: { $f }
into_lang = На язык: { $t }
client = Клиент
person = Контактное лицо
product = Услуга
call_purpose = Цель звонка
schedule_status = Статус записи
routing_status = Статус назначения
gender = Пол
video = Видео
offered = Предложено
offered_yes = Предложено этому переводчику
offered_no = Не предложено этому переводчику
interpreter_contact = Контакт переводчика
confirmation = Номер подтверждения
confirmation_what = номер подтверждения
pin = PIN-код
pin_hidden = PIN-код скрыт
show_pin = Показать PIN
hide_pin = Скрыть PIN
join = Войти
join_requested = Запрос отправлен
join_requested_text = Запрос на вход отправлен. Портал подключит вас к встрече.
join_opens = Войти можно, когда встреча начнётся. Начало через{" "}
join_unavailable = Для этой встречи вход недоступен.
rel_starts = Начнётся { $when }
rel_started = Началась { $when }
rel_ended = Закончилась { $when }
rel_starts_soon = Начнётся меньше чем через минуту
rel_started_now = Только что началась
rel_ended_now = Только что закончилась

## The interpreters offered

interpreters_title = Переводчики{" "}
of_total = { $count } из { $total }
filter_label = Фильтр по имени или языку
sort_by = Сортировка
sort_listed = Как в списке
sort_rating = Оценка (сначала высокая)
sort_performance = Показатели (сначала высокие)
shown_status = Показано переводчиков: { $count } из { $total }
no_interpreters = Для этого запроса не предложено ни одного переводчика.
no_match = Нет переводчиков, подходящих под этот фильтр.
interpreter_list = Список переводчиков
native = Родной:{" "}
also = Также:{" "}
no_languages = Языки не указаны
rating = Оценка
performance = Показатели
score_of = { $what }: { $score } из 5
not_rated = { $what }: нет оценки
takes = Принимает
calls = Звонки
text_cap = Текст
yes = да
no = нет
not_stated = не указано
help_language = Язык помощи:{" "}
has_meetings = Есть встречи
no_meetings = Нет встреч
appointment_button = Встреча
no_appointment = Нет встречи
show_appointment_of = Встреча: { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout =
    Сервер не ответил за { $n ->
        [one] { $n } секунду
        [few] { $n } секунды
        [many] { $n } секунд
       *[other] { $n } секунды
    }. Повторите попытку чуть позже.

err_busy_wait =
    Сервер перегружен запросами.{ $said } Подождите { $n ->
        [one] { $n } секунду
        [few] { $n } секунды
        [many] { $n } секунд
       *[other] { $n } секунды
    } и повторите попытку.

idle_text =
    В целях конфиденциальности этот экран будет очищен через { $n ->
        [one] { $n } секунду
        [few] { $n } секунды
        [many] { $n } секунд
       *[other] { $n } секунды
    }.

people =
    { $n ->
        [one] { $n } человек
        [few] { $n } человека
        [many] { $n } человек
       *[other] { $n } человека
    }
