### vri-invite, Arabic (العربية): six plural forms; ‎ (U+200E) before a
### +number keeps it left to right.
### language: ar
### produced-by: drafted by the development team (carried over from the app's Rust catalogue, src/i18n/ar.rs)
### review: awaiting review by a native speaker

## The page

app_title = الأطراف الثالثة في هذه المكالمة
language_label = اللغة
language_search = ابحث عن لغتك
language_none = لا توجد لغة مطابقة.
language_failed = تعذّر تحميل { $language }. تحقق من الاتصال ثم حاول مرة أخرى.

## Screens shown instead of the app

config_error_title = هذا التطبيق غير مُعدّ بشكل صحيح
config_error_help = اطلب من الشخص الذي ثبّته أن يتحقق من ملف الإعداد. إعادة تحميل الصفحة تحاول مرة أخرى.
reload = إعادة التحميل
crash_title = حدث خطأ ما
crash_text = توقف التطبيق بسبب خطأ على هذا الجهاز. الأشخاص الذين دعوتهم ما زالوا في المكالمة، والقائمة محفوظة في علامة التبويب هذه.
part_failed = تعذّر تحميل هذا الجزء من الصفحة. تحقّق من الاتصال، ثم حاول مرة أخرى.
retry = إعادة المحاولة
session_expired = انتهت جلستك؛ في انتظار أن تعيد البوابة تسجيل دخولك… سيستمر ما كنت تفعله تلقائيًا.

## The invite form

invite_title = دعوة طرف ثالث
how_to_reach = طريقة التواصل معه
mode_email = إرسال رابط فيديو بالبريد الإلكتروني
mode_phone = الاتصال بهاتفه
participant = المشارك
name = الاسم
email = البريد الإلكتروني
phone = رقم الهاتف
phone_hint = الرقم كما يُكتب في بلده، أو مع + ورمز البلد.
country = بلد الرقم
country_search = ابحث عن بلد: الاسم أو +الرمز
country_none = اختر البلد
country_no_match = لا يوجد بلد مطابق.
dtmf = أرقام بعد الاتصال (اختياري)
dtmf_hint = رقم داخلي أو رمز PIN: أرقام و* و#؛ الفاصلة أو w للتوقف
region = المنطقة
choose_region = اختر منطقة
send = إرسال الدعوة
sending = جارٍ إرسال الدعوة…
sent_to = أُرسلت الدعوة إلى { $name }.
will_dial = سيتم الاتصال بالرقم { $number } ({ $where })
will_dial_plain = سيتم الاتصال بالرقم { $number }
dial_where = { $country }، { $kind }
kind_landline = خط أرضي
kind_mobile = جوال
kind_landline_or_mobile = خط أرضي أو جوال
kind_toll_free = مجاني
kind_voip = هاتف عبر الإنترنت
then_send = ، ثم إرسال { $tones }

## What the form says when a field is missing or wrong

name_empty = أدخل الاسم الذي سيظهر لهذا الشخص.
name_too_long = استخدم { $max } حرفًا على الأكثر للاسم.
region_missing = اختر المنطقة التي ستُجرى فيها المكالمة.
email_empty = أدخل عنوان البريد الإلكتروني الذي سيُرسل إليه رابط الفيديو.
email_shape = أدخل عنوان بريد إلكتروني مثل name@example.com.
dtmf_bad = «{ $c }» ليست نغمة. استخدم الأرقام و* و#، والفاصلة أو w للتوقف.
dtmf_too_long = استخدم { $max } نغمة على الأكثر.
phone_empty = أدخل رقم الهاتف المراد الاتصال به.
phone_bad_char = لا يمكن طلب «{ $c }». استخدم الأرقام والمسافات و+ ( ) - فقط؛ وضع الرقم الداخلي في «أرقام بعد الاتصال».
phone_no_country = اختر بلد هذا الرقم، أو ابدأ بـ + ورمز البلد.
phone_bad_country = رمز البلد هذا غير موجود. تحقق من الأرقام بعد +.
phone_too_short = هذا الرقم أقصر من أن يُطلب. تحقق من عدم نقص أي رقم.
phone_too_long = هذا الرقم طويل جدًا بالنسبة لبلده. تحقق من عدم وجود أرقام زائدة.
phone_loading = لا تزال قواعد الهاتف قيد التحميل. حاول مرة أخرى بعد لحظة.
phone_unavailable = تعذّر تحميل قواعد الهاتف، لذا لا يمكن التحقق من هذا الرقم. تحقق من الاتصال بالشبكة وحاول مرة أخرى.
phone_not_valid_in = هذا ليس رقم هاتف في { $country }. تحقق من الأرقام والبلد.
phone_not_valid = هذا ليس رقم هاتف يمكن الاتصال به. تحقق من الأرقام.
phone_costs_extra = لا يمكن الاتصال من هنا بأرقام الخدمات المدفوعة أو الأرقام ذات التكلفة المشتركة.
phone_not_allowed = لا يمكن الاتصال بـ { $country } من هنا.

## Errors from the network or the server, and what the browser could not keep

err_network = تعذّر الوصول إلى الخادم في { $origin }. تحقق من اتصال الشبكة ثم حاول مرة أخرى. إذا كانت الشبكة تعمل، فقد تحجب إعدادات الخادم أو هذه الصفحة الطلب (سياسة CORS في الخادم، أو سياسة أمان هذه الصفحة، أو عنوان http من صفحة https): أبلغ فريق الدعم.
err_cancelled = توقّف الطلب لأن الشاشة أُعيد ضبطها.
err_not_api = ردّ الخادم بصفحة ويب بدلاً من رد الواجهة البرمجية (ربما صفحة تسجيل دخول أو إشعار من خادم وسيط)، لذلك لم تكتمل العملية. حاول مرة أخرى؛ وإذا تكرر ذلك فاتصل بالدعم.
saved_trimmed = لم يتمكن هذا المتصفح من حفظ كل شيء لهذه التبويبة، لذلك لن تعود قوائم المترجمين بعد إعادة التحميل. أما الأشخاص الذين دعوتهم فسيعودون.
saved_refused = رفض هذا المتصفح حفظ القائمة لهذه التبويبة: بعد إعادة التحميل لن يظهر هنا الأشخاص الذين دعوتهم (لكنهم يبقون في المكالمة). أبقِ هذه الصفحة مفتوحة.
err_undecodable = تعذّرت قراءة رد الخادم. حاول مرة أخرى؛ وإذا تكرر ذلك فاتصل بالدعم.
server_said = {" "}قال الخادم: «{ $m }»
err_400 = لم يقبل الخادم هذا الطلب.{ $said } تحقق من البيانات وحاول مرة أخرى.
err_401 = انتهت جلستك. سجّل الدخول مرة أخرى ثم أعد المحاولة.{ $said }
err_403 = غير مسموح لك بالقيام بهذا.{ $said }
err_404 = لم يعثر الخادم على هذا.{ $said }
err_slow = استغرق الخادم وقتًا طويلًا للرد (الخطأ { $status }).{ $said } حاول مرة أخرى بعد لحظة.
err_busy = الخادم مشغول بطلبات كثيرة.{ $said } انتظر لحظة ثم حاول مرة أخرى.
err_5xx = واجه الخادم مشكلة (الخطأ { $status }).{ $said } حاول مرة أخرى بعد لحظة.
err_other = رفض الخادم الطلب (الخطأ { $status }).{ $said }

## The roster: who was invited into the call

roster_title = في هذه المكالمة
roster_empty = لم تتم دعوة أحد بعد. يظهر هنا الأشخاص الذين تدعوهم.
unnamed = مشارك بلا اسم
phone_ending = هاتف ينتهي بـ { $digits }
no_contact = لا توجد بيانات اتصال
code_status = الحالة { $code }
code_type = النوع { $code }
code_gender_option = خيار الجنس { $code }
code_video_option = خيار الفيديو { $code }
code_status_unknown = الحالة غير معروفة
code_type_unknown = النوع غير معروف
unnamed_interpreter = مترجم بلا اسم
identity = هوية حساب الفيديو
details = التفاصيل
details_for = عرض تفاصيل { $name }
remove = إزالة
removing = جارٍ الإزالة…
remove_name = إزالة { $name }
could_not_remove = تعذّرت الإزالة: { $message }
confirm_title = إزالة { $name }؟
confirm_text = سيُفصل { $name } عن المكالمة.
cancel = إلغاء
removed = أُزيل { $name } من المكالمة.
step_invited_email = دُعي عبر البريد الإلكتروني
step_invited_phone = دُعي عبر الهاتف
step_status_detail = { $status }: { $detail }
step_removal_asked = طُلبت إزالته من المكالمة
step_removal_failed = تعذّرت الإزالة: { $reason }
step_removed = أُزيل من المكالمة
step_called_again = أُعيد الاتصال
step_call_again_failed = تعذّرت إعادة الاتصال: { $reason }
history = السجل
call_again = اتصل مرة أخرى
calling_again = جارٍ الاتصال مرة أخرى…
could_not_call_again = تعذّرت إعادة الاتصال: { $message }
announce_status = { $name }: { $status }
just_now = الآن
removed_title = أُزيلوا من هذه المكالمة

## The list kept for this tab

saved_unreadable = تعذّرت قراءة قائمة المشاركين المحفوظة فمُسحت.
saved_other_version = قائمة المشاركين المحفوظة من إصدار آخر من هذا التطبيق فمُسحت.
saved_participant_bad = تعذّرت قراءة مشارك محفوظ؛ فمُسحت القائمة المحفوظة.

## Kiosk: the idle warning

idle_title = هل ما زلت هنا؟
still_here = ما زلت هنا

## Copy buttons

copy = نسخ
copy_what = نسخ { $what }
copied = تم النسخ
copy_refused = لم يسمح المتصفح بالنسخ. حدّد النص وانسخه بنفسك.

## The details under the roster: the interpreting request

request_title = طلب الترجمة الفورية لـ{" "}
no_request = لم يصل أي طلب ترجمة مع هذه الدعوة.
f_status = الحالة
f_language = اللغة
f_details = التفاصيل
f_message = الرسالة

## The appointment

appt_title = موعد مع{" "}
no_appt = لا يوجد موعد مجدول لـ { $name }.
this_interpreter = هذا المترجم
starts = يبدأ
ends = ينتهي
duration = المدة
show_utc = عرض UTC
hide_utc = إخفاء UTC
as_sent = { $time } (كما أرسله الخادم؛ دون ذكر المنطقة الزمنية)
not_given = غير محدد
languages = اللغات
from_lang = من { $f }
into_lang = إلى { $t }
client = العميل
person = الشخص
product = المنتج
call_purpose = غرض المكالمة
schedule_status = حالة الموعد
routing_status = حالة التوجيه
gender = الجنس
video = الفيديو
offered = معروض
offered_yes = معروض على هذا المترجم
offered_no = غير معروض على هذا المترجم
interpreter_contact = بيانات اتصال المترجم
confirmation = رقم التأكيد
confirmation_what = رقم التأكيد
pin = رمز PIN
pin_hidden = رمز PIN مخفي
show_pin = عرض رمز PIN
hide_pin = إخفاء رمز PIN
join = انضمام
join_requested = طُلب الانضمام
join_requested_text = طُلب الانضمام. ستوصلك البوابة بالموعد.
join_opens = يُتاح الانضمام عند بدء الموعد. يبدأ خلال{" "}
join_unavailable = الانضمام غير متاح لهذا الموعد.
rel_starts = يبدأ { $when }
rel_started = بدأ { $when }
rel_ended = انتهى { $when }
rel_starts_soon = يبدأ خلال أقل من دقيقة
rel_started_now = بدأ للتو
rel_ended_now = انتهى للتو

## The interpreters offered

interpreters_title = المترجمون{" "}
of_total = { $count } من { $total }
filter_label = تصفية حسب الاسم أو اللغة
sort_by = الترتيب حسب
sort_listed = كما وردت
sort_rating = التقييم (الأعلى أولًا)
sort_performance = الأداء (الأعلى أولًا)
shown_status = يُعرض { $count } من { $total } مترجمين
no_interpreters = لم يُعرض أي مترجم لهذا الطلب.
no_match = لا يوجد مترجم يطابق هذا التصفية.
interpreter_list = قائمة المترجمين
native = اللغة الأم:{" "}
also = أيضًا:{" "}
no_languages = لا توجد لغات مدرجة
rating = التقييم
performance = الأداء
score_of = { $what }: { $score } من 5
not_rated = { $what }: بلا تقييم
takes = يستقبل
calls = المكالمات
text_cap = النص
yes = نعم
no = لا
not_stated = غير مذكور
help_language = لغة المساعدة:{" "}
has_meetings = لديه اجتماعات
no_meetings = لا اجتماعات
appointment_button = الموعد
no_appointment = لا يوجد موعد
show_appointment_of = عرض موعد { $name }

## Texts with a number: one form per CLDR plural category of the language

err_timeout =
    لم يرد الخادم خلال { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }. حاول مرة أخرى بعد لحظة.

err_busy_wait =
    الخادم مشغول بطلبات كثيرة.{ $said } انتظر { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    } ثم حاول مرة أخرى.

idle_text =
    حفاظًا على الخصوصية، ستُمسح هذه الشاشة خلال { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }.

people =
    { $n ->
        [zero] { $n } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $n } أشخاص
        [many] { $n } شخصًا
       *[other] { $n } شخص
    }
