//! The twelve languages end to end (issue 18), in headless Chromium:
//!
//! - only the language in use is fetched: an English start fetches no
//!   language file, a start in another language exactly its one file
//!   (before the first paint: the first heading is already in it), and the
//!   rest of the initial load is the same whatever the language (network log:
//!   Resource Timing); a switch fetches the new one once and shows it at
//!   once, keeping what was typed;
//! - the host's `set-language` takes any BCP 47 tag (`zh-TW`, `pt-PT`,
//!   `fil`…);
//! - at kiosk size, in each language: axe-core finds nothing and no text is
//!   wider than its box (form with its errors, the roster and the panels,
//!   the picker open, the remove confirmation, the idle warning).

use e2e::judges::Judges;
use e2e::overflow::overflowing;
use e2e::{eventually, App, Options, PATIENCE};
use fantoccini::Locator;
use serde_json::{json, Value};

/// Every language: its tag (`lang` on the page) and its own name (the picker).
const LANGUAGES: [(&str, &str); 12] = [
    ("en", "English"),
    ("es", "Español"),
    ("zh-Hans", "中文（简体）"),
    ("zh-Hant", "中文（繁體）"),
    ("vi", "Tiếng Việt"),
    ("tl", "Tagalog"),
    ("ko", "한국어"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("ht", "Kreyòl ayisyen"),
    ("pt-BR", "Português (Brasil)"),
    ("fr", "Français"),
];

/// A clinic's kiosk tablet, upright (CSS pixels of a 10" tablet).
const KIOSK: (u32, u32) = (768, 1024);

async fn wait_lang(app: &App, tag: &str) {
    eventually(format!("the page in {tag}"), PATIENCE, async || {
        let lang = app
            .run_js("return document.documentElement.lang;", vec![])
            .await;
        if lang == json!(tag) {
            Ok(())
        } else {
            Err(format!("its lang is {lang}"))
        }
    })
    .await;
}

/// Every file this page load fetched, by name (Resource Timing; the page
/// itself is not a resource).
async fn fetched(app: &App) -> Vec<String> {
    let names = app
        .run_js(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.split('/').pop());",
            vec![],
        )
        .await;
    serde_json::from_value(names).expect("a list of names")
}

fn catalogues(files: &[String]) -> Vec<&String> {
    files.iter().filter(|f| f.starts_with("i18n-")).collect()
}

/// Starts the next page load in `tag` (the tab's own choice) and reloads.
async fn reload_in(app: &App, tag: &str) {
    app.run_js(
        "sessionStorage.setItem('vri-invite.language', arguments[0]);",
        vec![json!(tag)],
    )
    .await;
    app.open().await;
    wait_lang(app, tag).await;
}

#[tokio::test]
async fn only_the_language_in_use_is_fetched_and_a_switch_shows_at_once() {
    let app = App::start().await;
    wait_lang(&app, "en").await;
    let english_start = fetched(&app).await;
    assert!(
        catalogues(&english_start).is_empty(),
        "an English start fetches no language file: {english_start:?}"
    );

    // A switch: fetched once, shown at once, nothing typed is lost.
    app.type_in("Name", "Lan Nguyễn").await;
    app.pick_language("Tiếng Việt").await;
    wait_lang(&app, "vi").await;
    assert_eq!(
        app.text("main.app h1").await,
        "Người tham gia khác trong cuộc gọi này"
    );
    assert_eq!(
        app.value_of("Họ tên").await,
        "Lan Nguyễn",
        "typed input kept"
    );
    app.pick_language("English").await;
    wait_lang(&app, "en").await;
    app.pick_language("Tiếng Việt").await;
    wait_lang(&app, "vi").await;
    let after = fetched(&app).await;
    let files = catalogues(&after);
    assert_eq!(files.len(), 1, "one language file, fetched once: {after:?}");
    assert!(files[0].starts_with("i18n-vi-"), "{files:?}");

    // A start in Vietnamese (the tab's choice): its file comes before the
    // first paint, and it is the only addition to the initial load.
    app.before_every_load(
        "new MutationObserver(() => {
           const h = document.querySelector('main.app h1');
           if (h && window.__firstHeading === undefined) window.__firstHeading = h.textContent;
         }).observe(document, { subtree: true, childList: true, characterData: true });",
    )
    .await;
    app.open().await;
    wait_lang(&app, "vi").await;
    let first = app.run_js("return window.__firstHeading;", vec![]).await;
    assert_eq!(
        first,
        json!("Người tham gia khác trong cuộc gọi này"),
        "the first paint is in Vietnamese (no English flash)"
    );
    let vi_start = fetched(&app).await;
    // (The favicon is fetched once per browser session, not per load.)
    let page = |f: &&String| !f.starts_with("i18n-") && !f.ends_with(".svg");
    let mut others: Vec<&String> = vi_start.iter().filter(page).collect();
    let mut english: Vec<&String> = english_start.iter().filter(page).collect();
    others.sort();
    english.sort();
    assert_eq!(others, english, "the rest of the initial load is the same");
    assert_eq!(catalogues(&vi_start).len(), 1, "{vi_start:?}");
    app.finish().await;
}

#[tokio::test]
async fn the_hosts_set_language_takes_any_bcp47_tag() {
    let app = App::launch(&Options {
        host_page: true,
        ..Options::default()
    })
    .await;
    app.open_host().await;
    for (tag, shown) in [
        ("zh-TW", "zh-Hant"),
        ("zh-Hans-SG", "zh-Hans"),
        ("pt-PT", "pt-BR"),
        ("fil", "tl"),
        ("ht", "ht"),
        ("ru-RU", "ru"),
        ("de-DE", "en"),
    ] {
        app.run_js(
            "const [origin, language] = arguments;
             document.getElementById('app-frame').contentWindow.postMessage(
               {type: 'set-language', version: 1, id: 'lang-' + language, payload: {language}}, origin);",
            vec![json!(app.sandbox.base), json!(tag)],
        )
        .await;
        app.enter_app().await;
        wait_lang(&app, shown).await;
        app.leave_app().await;
    }
    app.finish().await;
}

/// axe-core and html-validate (the suite's judges) and the overflow check
/// on the page as it is, collected per state.
#[derive(Default)]
struct Findings {
    judges: Judges,
    overflow: Vec<String>,
}

impl Findings {
    async fn check(&mut self, app: &App, state: &str) {
        self.judges.check(app, state).await;
        let overflow = overflowing(app).await;
        println!("overflow: {state}: {} element(s)", overflow.len());
        for o in overflow {
            println!("    {o}");
            self.overflow.push(format!("{state}: {o}"));
        }
    }

    fn assert_clean(self) {
        assert!(
            self.overflow.is_empty(),
            "text wider than its box at kiosk size:\n{}",
            self.overflow.join("\n")
        );
        self.judges.assert_clean();
    }
}

#[tokio::test]
async fn every_language_at_kiosk_size_passes_axe_and_nothing_overflows() {
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 86400}})),
        ..Options::default()
    })
    .await;
    app.client.set_window_size(KIOSK.0, KIOSK.1).await.unwrap();
    app.open().await;
    app.invite_by_email("Dr. Ana Ruiz-Villanueva", "ana@clinic.example")
        .await;
    app.wait_text(".appointment", "VRI-").await;
    // Proof the overflow check can fail: a button too narrow for its text.
    app.run_js(
        "const b = document.createElement('button'); b.id = 'overflow-bait'; b.textContent = 'Averyveryverylongword'; b.className = 'bait'; document.querySelector('main.app').append(b); b.style.inlineSize = '3rem'; b.style.overflowWrap = 'normal';",
        vec![],
    )
    .await;
    let bait = overflowing(&app).await;
    assert!(
        bait.iter().any(|o| o.contains("overflow-bait")),
        "the check must see a button narrower than its text: {bait:?}"
    );
    app.run_js("document.getElementById('overflow-bait').remove();", vec![])
        .await;

    let mut findings = Findings::default();
    for (tag, _) in LANGUAGES {
        // A fresh start in the language (the roster is kept for the tab).
        reload_in(&app, tag).await;
        app.wait_for(Locator::Css(".participant .remove")).await;
        app.wait_text(".appointment", "VRI-").await;
        app.wait_for(Locator::Id("invite-send"))
            .await
            .click()
            .await
            .unwrap();
        app.wait_for(Locator::Css("#invite-name-error:not(:empty)"))
            .await;
        findings
            .check(&app, &format!("{tag}: form with errors, roster, panels"))
            .await;

        app.wait_for(Locator::Id("language-select"))
            .await
            .click()
            .await
            .unwrap();
        app.wait_for(Locator::Css("#language-panel:not([hidden])"))
            .await;
        findings
            .check(&app, &format!("{tag}: the picker open"))
            .await;
        app.wait_for(Locator::Id("language-select"))
            .await
            .click()
            .await
            .unwrap();

        app.wait_for(Locator::Css(".participant .remove"))
            .await
            .click()
            .await
            .unwrap();
        app.wait_for(Locator::Css("dialog.confirm[open]")).await;
        findings
            .check(&app, &format!("{tag}: the remove confirmation"))
            .await;
        app.run_js("document.querySelector('dialog.confirm').close();", vec![])
            .await;
    }
    findings.assert_clean();
    app.finish().await;
}

#[tokio::test]
async fn the_idle_warning_fits_in_every_language_at_kiosk_size() {
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 5, "warning_s": 600}})),
        ..Options::default()
    })
    .await;
    app.client.set_window_size(KIOSK.0, KIOSK.1).await.unwrap();
    app.open().await;
    let mut findings = Findings::default();
    for (tag, _) in LANGUAGES {
        reload_in(&app, tag).await;
        app.wait_for(Locator::Css(".idle-warning")).await;
        let countdown: Value = app
            .run_js(
                "return document.querySelector('.idle-warning').textContent;",
                vec![],
            )
            .await;
        assert!(
            countdown.as_str().is_some_and(|t| !t.trim().is_empty()),
            "{tag}"
        );
        findings
            .check(&app, &format!("{tag}: the idle warning"))
            .await;
    }
    findings.assert_clean();
    app.finish().await;
}
