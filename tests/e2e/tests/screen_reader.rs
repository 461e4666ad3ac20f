//! What a screen reader says, end to end: `@guidepup/virtual-screen-reader`
//! (npm, `e2e::judges::ScreenReader`) runs in the page over the real DOM,
//! walks each part of the main flows item by item, as a person pressing
//! "next" does, and hears the live regions. Every value a sighted person
//! sees must be spoken, in words (never "bullet bullet…"), in English and
//! in Arabic.
//!
//! [`SPOKEN`] is the one table of what must be said: for each part, the
//! phrases in the order they come. A walk may say more between them (the
//! ends of roles, list positions); it may not leave one out or reorder them.

use e2e::judges::ScreenReader;
use e2e::{App, PATIENCE};
use fantoccini::Locator;
use serde_json::json;

/// One part of the page, and what the screen reader must say there.
struct Part {
    /// What it is (and the step of the flow it is read at).
    what: &'static str,
    /// The element walked, or [`LIVE`] for what the live regions announced
    /// during the whole flow.
    walk: &'static str,
    en: &'static [&'static str],
    ar: &'static [&'static str],
}

/// The [`Part::walk`] of the announcements.
const LIVE: &str = "live regions";

/// What must be said, part by part, in English and in Arabic.
const SPOKEN: &[Part] = &[
    Part {
        what: "the invite form, by phone, sent empty: labels, hints, errors",
        walk: ".invite form",
        en: &[
            "group, How to reach them",
            "radio, Email a video link, not checked, position 1, set size 2",
            "radio, Call their phone, checked, position 2, set size 2",
            "textbox, Name, Enter the name to show for this person., invalid",
            "searchbox, Find a country: name or +code, 1 control, placeholder Find a country: name or +code",
            "combobox, Country of the number, has popup listbox, not expanded",
            "textbox, Phone number, The number as it is written in its country, or with + and the country code. Enter the phone number to dial., invalid",
            "textbox, Digits after connecting (optional), An extension or PIN: digits, * and #; a comma or w pauses",
            "combobox, Region, Choose the region to place the call in., has popup listbox, not expanded, invalid",
            "button, Send invitation",
        ],
        ar: &[
            "group, طريقة التواصل معه",
            "radio, إرسال رابط فيديو بالبريد الإلكتروني, not checked, position 1, set size 2",
            "radio, الاتصال بهاتفه, checked, position 2, set size 2",
            "textbox, الاسم, أدخل الاسم الذي سيظهر لهذا الشخص., invalid",
            "searchbox, ابحث عن بلد: الاسم أو +الرمز, 1 control, placeholder ابحث عن بلد: الاسم أو +الرمز",
            "combobox, بلد الرقم, has popup listbox, not expanded",
            "textbox, رقم الهاتف, الرقم كما يُكتب في بلده، أو مع + ورمز البلد. أدخل رقم الهاتف المراد الاتصال به., invalid",
            "textbox, أرقام بعد الاتصال (اختياري), رقم داخلي أو رمز PIN: أرقام و* و#؛ الفاصلة أو w للتوقف",
            "combobox, المنطقة, اختر المنطقة التي ستُجرى فيها المكالمة., has popup listbox, not expanded, invalid",
            "button, إرسال الدعوة",
        ],
    },
    Part {
        what: "a roster row: name, masked phone, type, status",
        walk: ".participant",
        en: &[
            "listitem, level 1",
            "Luis Ortega",
            "phone ending in 0958",
            "Phone call",
            "Invited",
            "button, Show details for Luis Ortega, pressed",
            "button, Remove Luis Ortega",
        ],
        ar: &[
            "listitem, level 1",
            "Luis Ortega",
            "هاتف ينتهي بـ 0958",
            "Phone call",
            "Invited",
            "button, عرض تفاصيل Luis Ortega, pressed",
            "button, إزالة Luis Ortega",
        ],
    },
    Part {
        what: "an interpreter row: name, languages, rating, performance, capabilities",
        walk: ".interpreter",
        en: &[
            "listitem, level 1, position 1, set size 6",
            "María González",
            "Medical",
            "Native:",
            "Spanish",
            "Also:",
            "English, Portuguese",
            "image, Rating: 4.9 out of 5",
            "image, Performance: 4.7 out of 5",
            "Takes",
            "Calls: yes",
            "Video: yes",
            "Text: no",
            "Help language:",
            "Spanish",
            "Has meetings",
            "button, Show the appointment of María González, pressed",
        ],
        ar: &[
            "listitem, level 1, position 1, set size 6",
            "María González",
            "Medical",
            "اللغة الأم:",
            "Spanish",
            "أيضًا:",
            "English, Portuguese",
            "image, التقييم: 4.9 من 5",
            "image, الأداء: 4.7 من 5",
            "يستقبل",
            "المكالمات: نعم",
            "الفيديو: نعم",
            "النص: لا",
            "لغة المساعدة:",
            "Spanish",
            "لديه اجتماعات",
            "button, عرض موعد María González, pressed",
        ],
    },
    Part {
        what: "the appointment's PIN, hidden",
        walk: ".appointment .pin",
        en: &["PIN hidden"],
        ar: &["رمز PIN مخفي"],
    },
    Part {
        what: "the appointment's PIN, shown",
        walk: ".appointment .pin",
        en: &["046928"],
        ar: &["046928"],
    },
    Part {
        what: "the remove confirmation: question and buttons",
        walk: "dialog.confirm",
        en: &[
            "dialog, Remove Luis Ortega?, Luis Ortega will be disconnected from the call.",
            "heading, Remove Luis Ortega?, level 2",
            "Luis Ortega will be disconnected from the call.",
            "button, Cancel",
            "button, Remove Luis Ortega",
        ],
        ar: &[
            "dialog, إزالة Luis Ortega؟, سيُفصل Luis Ortega عن المكالمة.",
            "heading, إزالة Luis Ortega؟, level 2",
            "سيُفصل Luis Ortega عن المكالمة.",
            "button, إلغاء",
            "button, إزالة Luis Ortega",
        ],
    },
    Part {
        what: "the announcements: a failure, the invite, the removal",
        walk: LIVE,
        en: &[
            "assertive: The server had a problem (error 503). The server said: \"Maintenance\" Try again in a moment.",
            "polite: Invitation sent to Luis Ortega.",
            "assertive: Luis Ortega was removed from the call.",
        ],
        ar: &[
            "assertive: واجه الخادم مشكلة (الخطأ 503). قال الخادم: «Maintenance» حاول مرة أخرى بعد لحظة.",
            "polite: أُرسلت الدعوة إلى Luis Ortega.",
            "assertive: أُزيل Luis Ortega من المكالمة.",
        ],
    },
];

/// The table's row for `what`.
fn part(what: &str) -> &'static Part {
    SPOKEN
        .iter()
        .find(|p| p.what == what)
        .unwrap_or_else(|| panic!("no part {what:?} in SPOKEN"))
}

/// Checks that `said` holds the part's phrases for `lang`, in order, and
/// no masking dot; prints the walk either way.
fn assert_said(part: &Part, lang: &str, said: &[String]) {
    println!("screen reader, {lang}, {}: {said:#?}", part.what);
    let expected = if lang == "ar" { part.ar } else { part.en };
    assert!(
        !expected.is_empty(),
        "SPOKEN has no {lang} phrases for {}",
        part.what
    );
    let mut rest = said.iter();
    for phrase in expected {
        assert!(
            rest.any(|s| s == phrase),
            "{lang}, {}: {phrase:?} is not said (in this order); it said {said:#?}",
            part.what
        );
    }
    assert!(
        !said.iter().any(|s| s.contains('•')),
        "{lang}, {}: a masking dot is read out: {said:#?}",
        part.what
    );
}

/// Reads the part `what` of the table (its element, or the live regions)
/// and checks it.
async fn check(app: &App, lang: &str, what: &str) {
    let part = part(what);
    let said = if part.walk == LIVE {
        ScreenReader::heard(app).await
    } else {
        ScreenReader::read(app, part.walk).await
    };
    assert_said(part, lang, &said);
}

async fn click(app: &App, css: &str) {
    app.wait_for(Locator::Css(css)).await.click().await.unwrap();
}

async fn type_into(app: &App, css: &str, text: &str) {
    app.wait_for(Locator::Css(css))
        .await
        .send_keys(text)
        .await
        .unwrap();
}

/// The main flows, read out in `lang`: the form with its errors, a
/// failure, an invite by phone, the roster row, an interpreter, the PIN
/// hidden and shown, the remove confirmation and the removal. Elements are
/// found by id and class, since their words are the language's.
async fn read_the_flows_in(lang: &str, own_name: &str) {
    let app = App::start().await;
    if lang != "en" {
        app.pick_language(own_name).await;
        e2e::eventually(format!("the page in {lang}"), PATIENCE, async || {
            let now = app
                .run_js("return document.documentElement.lang;", vec![])
                .await;
            (now == json!(lang)).then_some(()).ok_or(now)
        })
        .await;
    }
    ScreenReader::listen(&app).await;

    click(&app, "input[value=phone]").await;
    click(&app, "#invite-send").await;
    app.wait_for(Locator::Css("#invite-phone-error:not(:empty)"))
        .await;
    check(
        &app,
        lang,
        "the invite form, by phone, sent empty: labels, hints, errors",
    )
    .await;

    type_into(&app, "#invite-name", "Luis Ortega").await;
    type_into(&app, "#invite-phone", "+44 20 7946 0958").await;
    app.wait_for(Locator::Id("invite-region"))
        .await
        .select_by_label("Europe")
        .await
        .unwrap();
    app.sandbox.fail_next(503, 1, "Maintenance");
    click(&app, "#invite-send").await;
    app.wait_for(Locator::Css(".outcome-error .error")).await;
    click(&app, "#invite-send").await;
    app.wait_roster(&["Luis Ortega"]).await;
    app.wait_text(".appointment", "VRI-").await;
    check(&app, lang, "a roster row: name, masked phone, type, status").await;
    check(
        &app,
        lang,
        "an interpreter row: name, languages, rating, performance, capabilities",
    )
    .await;

    check(&app, lang, "the appointment's PIN, hidden").await;
    click(&app, ".appointment .reveal").await;
    app.wait_for(Locator::Css(".appointment .reveal[aria-pressed=true]"))
        .await;
    check(&app, lang, "the appointment's PIN, shown").await;

    click(&app, ".participant .remove").await;
    app.wait_for(Locator::Css("dialog.confirm[open]")).await;
    check(&app, lang, "the remove confirmation: question and buttons").await;
    click(&app, "dialog.confirm .danger").await;
    app.wait_roster(&[]).await;
    app.wait_for(Locator::Css(".roster-status:not(:empty)"))
        .await;
    check(
        &app,
        lang,
        "the announcements: a failure, the invite, the removal",
    )
    .await;
    app.finish().await;
}

#[tokio::test]
async fn a_screen_reader_hears_every_value_in_english() {
    read_the_flows_in("en", "English").await;
}

#[tokio::test]
async fn a_screen_reader_hears_every_value_in_arabic() {
    read_the_flows_in("ar", "العربية").await;
}
