//! Accessibility and languages, end to end in headless Chromium:
//!
//! - two outside judges (npm, from `node_modules`; `e2e::judges`) find
//!   nothing in every state: axe-core (injected through WebDriver) and
//!   html-validate (its a11y and document presets, on the rendered DOM):
//!   empty form, form with errors, sending, roster with rows and the panels,
//!   the remove confirmation, a failed removal, kiosk mode with its idle
//!   warning, dark theme, and each language (English, Spanish, Arabic);
//! - the whole flow by keyboard alone (WebDriver key actions): invite by
//!   email and by phone, copy the confirmation number, remove with the
//!   confirmation (focus trapped, Escape cancels, focus returns);
//! - results announced in live regions (read back from the page);
//! - languages: picker, right-to-left Arabic with left-to-right contacts,
//!   choice kept for the tab, config's language, fallback of regional tags;
//! - 200 % text on a narrow window: nothing clipped, no sideways scrolling.

use e2e::judges::{axe, html_validate, rendered_html, Judges};
use e2e::{eventually, App, Options, PATIENCE};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

const TAB: char = '\u{E004}';
const ENTER: char = '\u{E007}';
const ESCAPE: char = '\u{E00C}';
const SHIFT: char = '\u{E008}';
const DOWN: char = '\u{E015}';
const RIGHT: char = '\u{E014}';

// ---------------------------------------------------------------- themes

/// Emulates `prefers-color-scheme` through Chromium's DevTools protocol.
fn color_scheme(app_session: &str, driver_url: &str, scheme: &str) {
    ureq::post(&format!(
        "{driver_url}/session/{app_session}/goog/cdp/execute"
    ))
    .send_json(json!({
        "cmd": "Emulation.setEmulatedMedia",
        "params": {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    }))
    .unwrap_or_else(|e| panic!("emulate {scheme}: {e}"));
}

async fn session(app: &App) -> String {
    app.client.session_id().await.unwrap().expect("a session")
}

// ---------------------------------------------------------------- helpers

/// Picks a language in the visible picker.
async fn switch_language(app: &App, own_name: &str, tag: &str) {
    app.pick_language(own_name).await;
    eventually(
        format!("the page to switch to {tag}"),
        PATIENCE,
        async || {
            let lang = app
                .run_js("return document.documentElement.lang;", vec![])
                .await;
            if lang == json!(tag) {
                Ok(())
            } else {
                Err(format!("its lang is {lang}"))
            }
        },
    )
    .await;
}

/// Opens the remove confirmation for the first row (by script, so axe sees
/// the dialog as a person would).
async fn open_remove_dialog(app: &App) {
    app.wait_for(Locator::Css(".participant .remove"))
        .await
        .click()
        .await
        .unwrap();
    app.wait_for(Locator::Css("dialog.confirm[open]")).await;
}

async fn close_dialog(app: &App) {
    app.run_js("document.querySelector('dialog.confirm').close();", vec![])
        .await;
}

/// Presses keys one after another (WebDriver key actions). `SHIFT` in the
/// list is held down until the next key is released.
async fn press(app: &App, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".into());
    let mut shift = false;
    for &k in keys {
        if k == SHIFT {
            actions = actions.then(KeyAction::Down { value: SHIFT });
            shift = true;
            continue;
        }
        actions = actions
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k });
        if shift {
            actions = actions.then(KeyAction::Up { value: SHIFT });
            shift = false;
        }
    }
    app.client.perform_actions(actions).await.expect("keys");
    tokio::time::sleep(Duration::from_millis(60)).await;
}

async fn type_keys(app: &App, text: &str) {
    press(app, &text.chars().collect::<Vec<_>>()).await;
}

/// What has focus: `tag#id`, or `tag[aria-label]`, or `tag:text`; and
/// whether it shows a focus outline of at least 2px.
async fn focused(app: &App) -> (String, bool) {
    let v = app
        .run_js(
            r##"const e = document.activeElement;
               if (!e || e === document.body) return ["body", false];
               const s = getComputedStyle(e);
               const visible = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
               const name = e.getAttribute("aria-label") ? "[" + e.getAttribute("aria-label") + "]"
                 : e.id ? "#" + e.id
                 : ":" + (e.textContent || "").trim();
               return [e.tagName.toLowerCase() + name, visible];"##,
            vec![],
        )
        .await;
    (v[0].as_str().unwrap().to_string(), v[1].as_bool().unwrap())
}

/// Tabs until `want` has focus (at most `limit` presses), checking that every
/// stop shows its focus; returns the stops passed.
async fn tab_to(app: &App, want: &str, limit: usize) -> Vec<String> {
    let mut stops = Vec::new();
    for _ in 0..limit {
        press(app, &[TAB]).await;
        let (now, visible) = focused(app).await;
        stops.push(now.clone());
        assert!(
            visible,
            "{now} has focus but no visible focus indicator (stops: {stops:?})"
        );
        if now == want {
            return stops;
        }
    }
    panic!("{want} not reached by Tab; stops: {stops:?}");
}

async fn wait_focus(app: &App, want: &str) {
    eventually(format!("focus on {want}"), PATIENCE, async || {
        let (now, _) = focused(app).await;
        if now == want {
            Ok(())
        } else {
            Err(format!("focus is on {now}"))
        }
    })
    .await
}

// ---------------------------------------------------------------- tests

#[tokio::test]
async fn axe_and_html_validate_find_nothing_in_any_english_state_light_and_dark() {
    let app = App::start().await;
    let mut report = Judges::default();
    // Proof the check can fail: an image without a text alternative.
    app.run_js(
        "const i = document.createElement('img'); i.id = 'axe-bait'; i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').append(i);",
        vec![],
    )
    .await;
    let bait = axe(&app).await;
    assert!(
        bait.iter().any(|v| v.starts_with("image-alt")),
        "axe must report an image without alt: {bait:?}"
    );
    // And html-validate: a name on a plain span, which ARIA 1.2 prohibits.
    app.run_js(
        "const s = document.createElement('span'); s.id = 'html-validate-bait'; s.setAttribute('aria-label', 'hidden'); s.textContent = '••••'; document.querySelector('main').append(s);",
        vec![],
    )
    .await;
    let bait_file = std::env::temp_dir().join(format!(
        "vri-html-validate-bait-{}.html",
        std::process::id()
    ));
    std::fs::write(&bait_file, rendered_html(&app).await).unwrap();
    let bait = html_validate(std::slice::from_ref(&bait_file)).remove(0);
    let _ = std::fs::remove_file(&bait_file);
    assert!(
        bait.iter()
            .any(|m| m.starts_with("aria-label-misuse") && m.contains("#html-validate-bait")),
        "html-validate must report aria-label on a span: {bait:?}"
    );
    app.run_js(
        "document.getElementById('axe-bait').remove(); document.getElementById('html-validate-bait').remove();",
        vec![],
    )
    .await;
    report.check(&app, "en: empty form").await;

    app.click("Send invitation").await;
    app.wait_text("#invite-name-error", "name").await;
    report.check(&app, "en: email form with errors").await;
    app.pick("Call their phone").await;
    app.type_in("Phone number", "020 7946").await;
    app.type_in("Digits after connecting (optional)", "12x")
        .await;
    app.wait_text("#invite-dtmf-error", "tone").await;
    report.check(&app, "en: phone form with errors").await;
    app.pick("Email a video link").await;

    app.sandbox.latency(2500);
    app.type_in("Name", "Dr. Ana Ruiz").await;
    app.type_in("Email", "ana@clinic.example").await;
    app.choose("Region", "Europe").await;
    app.click("Send invitation").await;
    app.button("Sending invitation…").await;
    report.check(&app, "en: sending").await;
    app.wait_text(".outcome", "Invitation sent to Dr. Ana Ruiz.")
        .await;
    app.sandbox.latency(0);
    app.wait_text(".appointment", "VRI-").await;
    report
        .check(
            &app,
            "en: roster with a row, request/appointment/interpreter panels",
        )
        .await;
    // Another participant, by phone: a masked number in the roster.
    app.pick("Call their phone").await;
    app.type_in("Name", "Luis Ortega").await;
    app.type_in("Phone number", "+44 20 7946 0958").await;
    app.choose("Region", "Europe").await;
    app.click("Send invitation").await;
    app.wait_text(".outcome", "Invitation sent to Luis Ortega.")
        .await;
    report
        .check(&app, "en: roster with two rows, one by phone")
        .await;
    app.pick("Email a video link").await;

    open_remove_dialog(&app).await;
    report.check(&app, "en: remove confirmation").await;
    close_dialog(&app).await;

    app.sandbox.fail_next(500, 1, "Database unavailable");
    open_remove_dialog(&app).await;
    app.click("Remove Dr. Ana Ruiz").await;
    app.wait_text(".row-error", "Could not remove").await;
    report.check(&app, "en: failed removal").await;

    let s = session(&app).await;
    color_scheme(&s, &app.driver_url, "dark");
    report.check(&app, "en dark: roster and panels").await;
    open_remove_dialog(&app).await;
    report.check(&app, "en dark: remove confirmation").await;
    close_dialog(&app).await;
    app.run_js("document.querySelector('#invite-email').value='';", vec![])
        .await;
    app.type_in("Name", "").await;
    app.click("Send invitation").await;
    app.wait_text("#invite-email-error", "email").await;
    report.check(&app, "en dark: form with errors").await;

    report.assert_clean();
    app.finish().await;
}

#[tokio::test]
async fn axe_and_html_validate_find_nothing_in_spanish_and_arabic() {
    let app = App::start().await;
    let mut report = Judges::default();
    app.invite_by_email("Dr. Ana Ruiz", "ana@clinic.example")
        .await;
    app.wait_text(".appointment", "VRI-").await;
    for (own, tag) in [("Español", "es"), ("العربية", "ar")] {
        switch_language(&app, own, tag).await;
        report
            .check(&app, &format!("{tag}: roster and panels"))
            .await;
        open_remove_dialog(&app).await;
        report
            .check(&app, &format!("{tag}: remove confirmation"))
            .await;
        close_dialog(&app).await;
        app.wait_for(Locator::Css("button[type=submit]"))
            .await
            .click()
            .await
            .unwrap();
        app.wait_for(Locator::Css("#invite-name-error:not(:empty)"))
            .await;
        report
            .check(&app, &format!("{tag}: form with errors"))
            .await;
        let s = session(&app).await;
        color_scheme(&s, &app.driver_url, "dark");
        report
            .check(&app, &format!("{tag} dark: form and roster"))
            .await;
        color_scheme(&s, &app.driver_url, "light");
    }
    report.assert_clean();
    app.finish().await;
}

#[tokio::test]
async fn axe_and_html_validate_find_nothing_in_kiosk_mode() {
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 12, "warning_s": 60}})),
        ..Options::default()
    })
    .await;
    app.open().await;
    let mut report = Judges::default();
    app.wait_for(Locator::Css("main.app.kiosk")).await;
    report.check(&app, "kiosk: empty form").await;
    app.invite_by_email("Dr. Ana Ruiz", "ana@clinic.example")
        .await;
    report.check(&app, "kiosk: roster and panels").await;
    switch_language(&app, "العربية", "ar").await;
    report.check(&app, "kiosk ar: roster and panels").await;
    // Wait for the idle warning (no input for 12 s).
    app.wait_for(Locator::Css(".idle-warning")).await;
    report.check(&app, "kiosk ar: idle warning").await;
    report.assert_clean();
    app.finish().await;
}

#[tokio::test]
async fn the_whole_flow_works_by_keyboard_alone() {
    let app = App::start().await;
    let s = session(&app).await;
    for name in ["clipboard-read", "clipboard-write"] {
        ureq::post(&format!("{}/session/{s}/permissions", app.driver_url))
            .send_json(json!({"descriptor": {"name": name}, "state": "granted"}))
            .unwrap();
    }

    // Logical order from the top: language, how to reach them, name, email,
    // region, send. (The page starts with focus on the language picker's
    // neighbour: the document; WebDriver's first Tab may land in the
    // browser's own UI, so start on the first control.)
    app.run_js(
        "document.getElementById('language-select').focus();",
        vec![],
    )
    .await;
    let stops = tab_to(&app, "button#invite-send", 10).await;
    assert_eq!(
        stops,
        [
            "input:",
            "input#invite-name",
            "input#invite-email",
            "select#invite-region",
            "button#invite-send"
        ],
        "tab order"
    );

    // Invite by email: Shift+Tab back to the name, type, choose, Enter.
    press(&app, &[SHIFT, TAB, SHIFT, TAB, SHIFT, TAB]).await;
    wait_focus(&app, "input#invite-name").await;
    type_keys(&app, "Ana Key").await;
    press(&app, &[TAB]).await;
    type_keys(&app, "ana.key@clinic.example").await;
    press(&app, &[TAB, DOWN, DOWN, DOWN, TAB, ENTER]).await;
    app.wait_text(".outcome", "Invitation sent to Ana Key.")
        .await;
    // Focus is back in the form, ready for the next person.
    wait_focus(&app, "input#invite-name").await;

    // Invite by phone: to the radio group, arrow to "Call their phone".
    press(&app, &[SHIFT, TAB]).await;
    wait_focus(&app, "input:").await;
    press(&app, &[RIGHT]).await;
    assert_eq!(
        app.run_js(
            "return document.querySelector('input[value=phone]').checked;",
            vec![]
        )
        .await,
        json!(true)
    );
    press(&app, &[TAB]).await;
    type_keys(&app, "Luis Key").await;
    // Past the country search and the country select (a number with + needs
    // neither: it names its country).
    press(&app, &[TAB, TAB, TAB]).await;
    wait_focus(&app, "input#invite-phone").await;
    type_keys(&app, "+44 20 7946 0958").await;
    press(&app, &[TAB]).await;
    type_keys(&app, "1234#").await;
    assert_eq!(
        app.text(".dial-preview").await,
        "Will dial +44 20 7946 0958 (United Kingdom, landline), then send 1234#"
    );
    press(&app, &[TAB, DOWN, DOWN, DOWN, TAB]).await;
    wait_focus(&app, "button#invite-send").await;
    press(&app, &[ENTER]).await;
    app.wait_roster(&["Ana Key", "Luis Key"]).await;
    assert_eq!(app.sandbox.invite_requests(), 2);

    // Copy the confirmation number by keyboard.
    tab_to(&app, "button[Copy confirmation number]", 40).await;
    press(&app, &[ENTER]).await;
    app.wait_text(".appointment .copy-status", "Copied").await;
    let copied = app
        .client
        .execute_async(
            "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error ' + e));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        copied.as_str().unwrap().starts_with("VRI-"),
        "clipboard: {copied}"
    );

    // Remove by keyboard: the dialog opens on Cancel, traps Tab both ways,
    // Escape cancels and returns focus to the Remove button.
    app.run_js("document.getElementById('invite-name').focus();", vec![])
        .await;
    tab_to(&app, "button[Remove Ana Key]", 20).await;
    press(&app, &[ENTER]).await;
    app.wait_for(Locator::Css("dialog.confirm[open]")).await;
    wait_focus(&app, "button:Cancel").await;
    let mut ring = Vec::new();
    for keys in [&[TAB][..], &[TAB], &[TAB], &[SHIFT, TAB], &[SHIFT, TAB]] {
        press(&app, keys).await;
        let (now, visible) = focused(&app).await;
        assert!(visible, "{now}: no visible focus in the dialog");
        ring.push(now);
    }
    assert_eq!(
        ring,
        [
            "button:Remove Ana Key",
            "button:Cancel",
            "button:Remove Ana Key",
            "button:Cancel",
            "button:Remove Ana Key"
        ],
        "focus stays in the dialog"
    );
    press(&app, &[ESCAPE]).await;
    app.wait_for(Locator::Css("dialog.confirm:not([open])"))
        .await;
    wait_focus(&app, "button[Remove Ana Key]").await;
    assert_eq!(app.roster().await, ["Ana Key", "Luis Key"]);
    assert_eq!(app.sandbox.kick_requests(), 0, "Escape sends nothing");

    press(&app, &[ENTER]).await;
    app.wait_for(Locator::Css("dialog.confirm[open]")).await;
    wait_focus(&app, "button:Cancel").await;
    press(&app, &[TAB, ENTER]).await;
    app.wait_roster(&["Luis Key"]).await;
    app.wait_text(".roster-status", "Ana Key was removed from the call.")
        .await;
    // Focus moves to the next row's Remove, not lost to the page.
    wait_focus(&app, "button[Remove Luis Key]").await;
    assert_eq!(app.sandbox.kick_requests(), 1);
    app.finish().await;
}

/// Reads the page's live regions: every element with `aria-live` or the
/// role status/alert, with its text.
async fn live_regions(app: &App) -> Vec<(String, String)> {
    let v = app
        .run_js(
            r#"return [...document.querySelectorAll('[aria-live],[role=status],[role=alert]')]
                 .map(e => [e.className || e.id, e.textContent.trim()]);"#,
            vec![],
        )
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap_or_default().to_string(),
                p[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

async fn wait_live(app: &App, class: &str, needle: &str) {
    eventually(
        format!("a live region .{class} saying {needle:?}"),
        PATIENCE,
        async || {
            let regions = live_regions(app).await;
            if regions
                .iter()
                .any(|(c, t)| c.split(' ').any(|c| c == class) && t.contains(needle))
            {
                Ok(())
            } else {
                Err(format!("the live regions are {regions:?}"))
            }
        },
    )
    .await
}

#[tokio::test]
async fn results_are_announced_in_live_regions() {
    let app = App::start().await;
    // The regions exist, empty, before anything happens (a region added
    // together with its text is not announced).
    let at_start = live_regions(&app).await;
    for class in ["outcome", "outcome-error", "roster-status"] {
        assert!(
            at_start
                .iter()
                .any(|(c, t)| c.split(' ').any(|c| c == class) && t.is_empty()),
            "live region .{class} missing or not empty at start: {at_start:?}"
        );
    }

    // An error.
    app.sandbox.fail_next(503, 1, "Maintenance");
    app.type_in("Name", "Ana Live").await;
    app.type_in("Email", "ana@clinic.example").await;
    app.choose("Region", "Europe").await;
    app.click("Send invitation").await;
    wait_live(
        &app,
        "outcome-error",
        "The server had a problem (error 503)",
    )
    .await;
    // Invite sent.
    app.click("Send invitation").await;
    wait_live(&app, "outcome", "Invitation sent to Ana Live.").await;
    // Status change: the request's status area.
    wait_live(&app, "request-status", "Status").await;
    // Removed.
    open_remove_dialog(&app).await;
    app.click("Remove Ana Live").await;
    wait_live(&app, "roster-status", "Ana Live was removed from the call.").await;

    // In Arabic too (fields found by id: their labels are Arabic now).
    switch_language(&app, "العربية", "ar").await;
    app.wait_for(Locator::Id("invite-name"))
        .await
        .send_keys("Ana Live")
        .await
        .unwrap();
    app.wait_for(Locator::Id("invite-email"))
        .await
        .send_keys("ana@clinic.example")
        .await
        .unwrap();
    app.wait_for(Locator::Id("invite-send"))
        .await
        .click()
        .await
        .unwrap();
    wait_live(&app, "outcome", "أُرسلت الدعوة إلى Ana Live.").await;
    app.finish().await;
}

#[tokio::test]
async fn arabic_lays_out_right_to_left_with_contacts_left_to_right_and_sticks_for_the_tab() {
    let app = App::start().await;
    assert_eq!(
        app.run_js(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![]
        )
        .await,
        json!(["en", "ltr"]),
        "English from the browser"
    );
    app.invite_by_email("Ana", "ana@clinic.example").await;
    switch_language(&app, "العربية", "ar").await;
    assert_eq!(
        app.run_js("return document.documentElement.dir;", vec![])
            .await,
        json!("rtl")
    );
    assert_eq!(app.text("h1").await, "الأطراف الثالثة في هذه المكالمة");
    let one = app
        .run_js("return new Intl.NumberFormat('ar').format(1);", vec![])
        .await;
    assert_eq!(
        app.text("#roster-title .count").await,
        format!("({})", one.as_str().unwrap()),
        "the count in Arabic digits, through Intl"
    );
    // The whole page flows right to left; the email stays left to right.
    let v = app
        .run_js(
            r#"return [getComputedStyle(document.querySelector('.participant')).direction,
                       getComputedStyle(document.querySelector('.participant .contact')).direction,
                       getComputedStyle(document.getElementById('invite-email')).direction,
                       document.querySelector('.participant .remove').getBoundingClientRect().left
                         < document.querySelector('.participant .name').getBoundingClientRect().left];"#,
            vec![],
        )
        .await;
    assert_eq!(v, json!(["rtl", "ltr", "ltr", true]));
    // Validation messages in Arabic, with plural-correct numbers elsewhere.
    app.wait_for(Locator::Css("button[type=submit]"))
        .await
        .click()
        .await
        .unwrap();
    app.wait_text("#invite-name-error", "أدخل الاسم").await;

    // Kept for the tab: a reload comes back in Arabic.
    app.open().await;
    assert_eq!(
        app.run_js("return document.documentElement.lang;", vec![])
            .await,
        json!("ar")
    );
    app.wait_text("#roster-title", "في هذه المكالمة").await;
    // Spanish, and back to English.
    switch_language(&app, "Español", "es").await;
    assert_eq!(app.text("h1").await, "Terceros en esta llamada");
    switch_language(&app, "English", "en").await;
    assert_eq!(app.text("h1").await, "Third parties in this call");
    app.finish().await;
}

#[tokio::test]
async fn config_language_with_a_region_falls_back_to_the_language() {
    let app = App::launch(&Options {
        config: Some(json!({"default_language": "es-MX"})),
        ..Options::default()
    })
    .await;
    app.open().await;
    assert_eq!(
        app.run_js("return document.documentElement.lang;", vec![])
            .await,
        json!("es")
    );
    app.wait_text("h1", "Terceros en esta llamada").await;
    app.finish().await;
}

#[tokio::test]
async fn text_at_200_percent_on_a_narrow_window_loses_nothing() {
    let app = App::start().await;
    app.invite_by_email("Dr. Ana Ruiz", "ana@clinic.example")
        .await;
    app.wait_text(".appointment", "VRI-").await;
    for (width, lang) in [(640, "en"), (640, "ar"), (360, "ar")] {
        if lang == "ar" && width == 640 {
            switch_language(&app, "العربية", "ar").await;
        }
        app.client.set_window_size(width, 900).await.unwrap();
        // Text zoom: the root font size doubled (what a browser's text-only
        // zoom does).
        app.run_js("document.documentElement.style.fontSize = '200%';", vec![])
            .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let v: Value = app
            .run_js(
                r#"const root = document.documentElement;
                   const sideways = root.scrollWidth > root.clientWidth + 1;
                   // Text cut off: an element that hides overflow and whose
                   // content is wider or taller than its box. The interpreter
                   // list's one-line summaries (ellipsis by design, full text
                   // in the row's accessible name) are left out.
                   const clipped = [...document.querySelectorAll('main *')].filter(e => {
                     if (e.closest('.interpreter-viewport')) return false;
                     // Form controls and images clip their own content.
                     if (e.matches('input,select,textarea,img,svg,option')) return false;
                     const s = getComputedStyle(e);
                     const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
                     if (!hides || e.classList.contains('visually-hidden')) return false;
                     return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
                   }).map(e => e.tagName + '.' + e.className);
                   const wide = [...document.querySelectorAll('main *')]
                     .filter(e => { const r = e.getBoundingClientRect(); return r.right > root.clientWidth + 1 || r.left < -1; })
                     .map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 8);
                   return [sideways, clipped, root.scrollWidth, root.clientWidth, wide];"#,
                vec![],
            )
            .await;
        assert_eq!(
            (v[0].clone(), v[1].clone()),
            (json!(false), json!([])),
            "{width}px, {lang}, 200 % text: sideways scroll or clipped text: {v}"
        );
    }
    app.finish().await;
}
