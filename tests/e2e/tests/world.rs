//! The app as real deployments meet it, beyond what our own sandbox
//! usually stages: a browser without `crypto.randomUUID` (any plain-http
//! intranet) or `AbortSignal.timeout` (Safari before 16, older kiosk
//! tablets), a deployment with no regions (a .NET server refuses
//! `"RegionId": null`), a console a support person or a browser extension
//! can read, a portal that keeps its own keys in the same sessionStorage,
//! and kiosk touch targets.

use e2e::{eventually, App, Options, PATIENCE};
use fantoccini::Locator;
use serde_json::{json, Value};

/// Fills the form by hand (no region select when config has no regions)
/// and sends it.
async fn send_email_invite(app: &App, name: &str, email: &str) {
    app.type_in("Name", name).await;
    app.type_in("Email", email).await;
    app.click("Send invitation").await;
}

#[tokio::test]
async fn without_random_uuid_or_abort_signal_timeout_the_app_sends_times_out_and_recovers() {
    let app = App::launch(&Options {
        config: Some(json!({"timeout_ms": 2000, "regions": [], "idempotency_keys": true})),
        ..Options::default()
    })
    .await;
    app.before_every_load("delete Crypto.prototype.randomUUID; delete AbortSignal.timeout;")
        .await;
    app.open().await;
    assert_eq!(
        app.run_js(
            "return [typeof crypto.randomUUID, typeof AbortSignal.timeout];",
            vec![]
        )
        .await,
        json!(["undefined", "undefined"]),
        "the browser lacks both"
    );

    // It sends, with a key of the same form randomUUID gives.
    send_email_invite(&app, "Ana Old-Tablet", "ana.old@clinic.example").await;
    app.wait_text(".outcome", "Invitation sent to Ana Old-Tablet.")
        .await;
    let state = app.sandbox.state();
    let key = state["requests"][0]["idempotency_key"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let uuid_v4 = key.len() == 36
        && key.chars().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            14 => c == '4',
            19 => "89ab".contains(c),
            _ => c.is_ascii_hexdigit() && !c.is_ascii_uppercase(),
        });
    assert!(uuid_v4, "the Idempotency-Key is a version-4 UUID: {key:?}");
    // No region configured: the body leaves RegionId out, no nulls.
    let body = &state["invites"][0];
    let keys: Vec<&String> = body.as_object().expect("a JSON body").keys().collect();
    assert!(
        !keys
            .iter()
            .any(|k| *k == "RegionId" || *k == "DTMF" || *k == "PhoneNumber"),
        "fields without a value are left out: {body}"
    );
    assert!(
        body.as_object().unwrap().values().all(|v| !v.is_null()),
        "no null in the body: {body}"
    );

    // A server slower than the timeout: the wait ends, in words, and the
    // form is ready again with what was typed.
    app.sandbox.latency(4000);
    send_email_invite(&app, "Luis Slow-Server", "luis.slow@clinic.example").await;
    app.button("Sending invitation…").await;
    let message = app
        .wait_text(".outcome-error", "did not answer within 2 seconds")
        .await;
    assert!(message.contains("Try again"), "{message}");
    let send = app.wait_for(Locator::Id("invite-send")).await;
    assert_eq!(send.text().await.unwrap(), "Send invitation");
    assert!(send.is_enabled().await.unwrap(), "not stuck sending");
    assert_eq!(app.value_of("Name").await, "Luis Slow-Server", "input kept");

    // The retry carries the same key: the sandbox answers it without a
    // second person, whatever became of the request that timed out.
    app.sandbox.latency(0);
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    app.click("Send invitation").await;
    app.wait_text(".outcome", "Invitation sent to Luis Slow-Server.")
        .await;
    app.wait_roster(&["Ana Old-Tablet", "Luis Slow-Server"])
        .await;
    assert_eq!(app.sandbox.participants().len(), 2, "no one invited twice");
    app.finish().await;
}

#[tokio::test]
async fn the_console_holds_nothing_personal() {
    const NAME: &str = "Ana Console-Check";
    const EMAIL: &str = "ana.console@clinic.example";
    let app = App::launch(&Options::default()).await;
    app.record_console().await;
    app.open().await;
    app.invite_by_email(NAME, EMAIL).await;
    // The sandbox's appointment: confirmation number and PIN on screen.
    app.wait_text(".appointment", "VRI-640112").await;
    app.click("Join").await;
    app.wait_text(".join-status", "Join requested").await;
    app.remove(NAME).await;

    // The removal's event may follow the row's leaving by a moment.
    let console = eventually("each event logged by type and ids", PATIENCE, async || {
        let console = app.console().await;
        let logged = |kind: &str| {
            console
                .iter()
                .any(|l| l.starts_with(&format!("log: vri-invite event {kind}")))
        };
        if ["invited:", "join-requested:", "removed:"]
            .into_iter()
            .all(logged)
        {
            Ok(console)
        } else {
            Err(console.join("\n"))
        }
    })
    .await;
    let text = console.join("\n");
    for personal in [NAME, EMAIL, "@", "VRI-640112", "046928", "PIN"] {
        assert!(
            !text.contains(personal),
            "the console shows {personal:?}:\n{text}"
        );
    }
    app.finish().await;
}

#[tokio::test]
async fn a_kiosk_reset_clears_only_the_apps_keys_and_returns_to_the_starting_language() {
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 5, "warning_s": 1}})),
        ..Options::default()
    })
    .await;
    app.open().await;
    app.run_js(
        "sessionStorage.setItem('portal.session', 'keep-me');",
        vec![],
    )
    .await;
    app.invite_by_email("Ana Kiosk-Reset", "ana.kiosk@clinic.example")
        .await;
    // The patient switches to Spanish; the choice is kept for the tab.
    app.pick_language("Español").await;
    let keys = "return Object.keys(sessionStorage).sort();";
    eventually("Spanish and the roster stored", PATIENCE, async || {
        let lang = app
            .run_js("return document.documentElement.lang;", vec![])
            .await;
        let stored = app.run_js(keys, vec![]).await;
        lang == json!("es")
            && stored == json!(["portal.session", "vri-invite.language", "vri-invite.roster"])
    })
    .await;

    // Nobody touches the tablet: the idle reset.
    eventually("the idle reset", PATIENCE, async || {
        app.run_js(
            "return document.documentElement.lang === 'en' && !document.querySelector('.roster li');",
            vec![],
        )
        .await
            == json!(true)
    })
    .await;
    assert_eq!(
        app.run_js(keys, vec![]).await,
        json!(["portal.session"]),
        "the portal's own key stays; the app's are gone"
    );
    assert_eq!(
        app.run_js("return sessionStorage.getItem('portal.session');", vec![])
            .await,
        json!("keep-me")
    );
    assert!(
        app.text("h1").await.contains("Third parties"),
        "English again"
    );
    app.finish().await;
}

#[tokio::test]
async fn in_kiosk_mode_every_control_is_at_least_48_px_high() {
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 600, "warning_s": 30}})),
        ..Options::default()
    })
    .await;
    app.open().await;
    app.wait_for(Locator::Css("main.app.kiosk")).await;
    app.invite_by_email("Ana Touch", "ana.touch@clinic.example")
        .await;
    // The panels with every small control: Copy, Show PIN, Show UTC.
    app.wait_text(".appointment", "VRI-640112").await;
    let small: Value = app
        .run_js(
            "const small = [];
             for (const el of document.querySelectorAll('button, select, input, a[href], label.choice')) {
               if (el.matches('input[type=radio], input[type=checkbox]')) continue; // its label is the target
               const r = el.getBoundingClientRect();
               if (r.width === 0 && r.height === 0) continue; // not shown
               if (r.height < 48) {
                 const name = (el.getAttribute('aria-label') || el.textContent || el.id || '').trim().slice(0, 40);
                 small.push(el.tagName.toLowerCase() + ' ' + JSON.stringify(name) + ': ' + r.height.toFixed(1) + ' px');
               }
             }
             return [small, document.querySelectorAll('button.copy, button.reveal').length];",
            vec![],
        )
        .await;
    assert!(
        small[1].as_u64().unwrap_or(0) >= 2,
        "Copy and Show buttons are on screen: {small}"
    );
    assert_eq!(small[0], json!([]), "controls under 48 px in kiosk mode");
    // And the phone fields: the country search, the country list, the number.
    app.pick("Call their phone").await;
    app.wait_for(Locator::Css("#invite-country option[value=IT]"))
        .await;
    let small: Value = app
        .run_js(
            "return [...document.querySelectorAll('.invite input:not([type=radio]), .invite select')]
               .filter(el => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 48)
               .map(el => el.id + ': ' + el.getBoundingClientRect().height.toFixed(1) + ' px');",
            vec![],
        )
        .await;
    assert_eq!(small, json!([]), "phone controls under 48 px in kiosk mode");
    app.finish().await;
}

#[tokio::test]
async fn an_answer_typed_as_dotnet_servers_do_keeps_the_person_and_shows_what_it_can() {
    const NAME: &str = "Ana Odd-Types";
    let app = App::start().await;
    app.sandbox.odd_types(true);
    app.invite_by_email(NAME, "ana.odd@clinic.example").await;
    // "NativeLanguage": "Spanish", rates as strings, 30.0 for the duration,
    // a string for ProfileImage, a list element that is no interpreter.
    app.wait_text(".interpreters .count", "(6)").await;
    let first = app.text(".interpreter").await;
    assert!(
        first.contains("Spanish"),
        "a single language is shown: {first}"
    );
    app.wait_text(".appointment", "VRI-640112").await;
    // A reload brings them back from the saved answer, still removable.
    app.open().await;
    app.wait_roster(&[NAME]).await;
    app.remove(NAME).await;
    let kicks = app.sandbox.state()["kicks"].clone();
    assert_eq!(
        kicks[0]["matches_answer"],
        json!(true),
        "kicked with the answer as received: {kicks}"
    );
    assert!(app.roster().await.is_empty());
    app.finish().await;
}
