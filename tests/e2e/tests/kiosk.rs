//! A reset (the kiosk's idle reset, or the host's `reset` message) while an
//! invite is still on its way: the late answer must neither crash the app
//! nor bring back anything of the person before.

use e2e::{eventually, App, Options, PATIENCE};
use fantoccini::Locator;
use serde_json::json;
use std::time::{Duration, Instant};

const NAME: &str = "Ana Before-Reset";
const EMAIL: &str = "ana.before@clinic.example";
/// How long the sandbox holds every answer: past the kiosk's shortest idle
/// reset (5 s idle + 1 s warning, checked every 250 ms), short of the app's
/// 15 s request timeout.
const LATENCY: Duration = Duration::from_secs(8);

/// Keeps every `console.error` in `window.__errors`: the panic hook writes
/// the panic there before the crash screen replaces the page.
async fn record_console_errors(app: &App) {
    app.run_js(
        "window.__errors = []; const error = console.error.bind(console);
         console.error = (...a) => { window.__errors.push(a.map(String).join(' ')); error(...a); };",
        vec![],
    )
    .await;
}

/// Fills the invite form and sends it, with the sandbox slow; returns when
/// the request has reached the sandbox, with the moment it was sent.
async fn send_slow_invite(app: &App) -> Instant {
    app.sandbox.latency(LATENCY.as_millis() as u64);
    app.fill_email_invite(NAME, EMAIL).await;
    app.click("Send invitation").await;
    let sent = Instant::now();
    app.button("Sending invitation…").await;
    eventually("the invite to reach the sandbox", PATIENCE, async || {
        app.sandbox.invite_requests() == 1
    })
    .await;
    sent
}

/// Waits for the reset, which must come while the answer is still held.
async fn wait_for_the_reset(app: &App, sent: Instant, within: Duration) {
    eventually("the reset", within, async || {
        app.run_js(
            "return !!document.querySelector('main.app.crash') || document.getElementById('invite-name')?.value === '';",
            vec![],
        )
        .await
            == json!(true)
    })
    .await;
    assert!(
        sent.elapsed() < LATENCY,
        "the reset came {:.1} s after sending, after the answer: the scenario needs a longer LATENCY",
        sent.elapsed().as_secs_f64()
    );
}

/// Once the answer has surely arrived: no crash, and the screen is as a
/// fresh start shows it.
async fn after_the_late_answer_nothing_is_back(app: &App, sent: Instant) {
    let arrived = LATENCY + Duration::from_millis(1500);
    tokio::time::sleep(arrived.saturating_sub(sent.elapsed())).await;

    let crash = app
        .run_js(
            "const c = document.querySelector('main.app.crash'); return c ? [c.textContent, window.__errors || []] : null;",
            vec![],
        )
        .await;
    assert!(
        crash.is_null(),
        "the app crashed when the answer arrived after the reset: {}\nconsole errors: {}",
        crash[0],
        crash[1]
    );
    assert!(app.roster().await.is_empty(), "the roster is still empty");
    assert!(app.text(".empty").await.contains("No one invited yet"));
    assert_eq!(app.value_of("Name").await, "", "the form is empty");
    assert_eq!(app.value_of("Email").await, "");
    assert_eq!(app.text(".outcome").await, "");
    assert_eq!(app.text(".outcome-error").await, "");
    let send = app.wait_for(Locator::Id("invite-send")).await;
    assert_eq!(send.text().await.unwrap(), "Send invitation");
    assert!(
        send.is_enabled().await.unwrap(),
        "the form is not stuck sending"
    );
    let page = app.run_js("return document.body.innerText;", vec![]).await;
    let page = page.as_str().unwrap_or_default();
    assert!(
        !page.contains("Before-Reset") && !page.contains(EMAIL),
        "nothing from before the reset is shown: {page}"
    );
    assert_eq!(
        app.run_js("return sessionStorage.length;", vec![]).await,
        0,
        "nothing of them is stored for the tab"
    );
    assert_eq!(
        app.sandbox.invite_requests(),
        1,
        "the invite did go out, once"
    );
}

#[tokio::test]
async fn a_kiosk_idle_reset_while_an_invite_is_in_flight_does_not_crash() {
    // The shortest idle reset config.json allows.
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 5, "warning_s": 1}})),
        ..Options::default()
    })
    .await;
    app.open().await;
    app.wait_for(Locator::Css("main.app.kiosk")).await;
    record_console_errors(&app).await;

    let sent = send_slow_invite(&app).await;
    // No input from here on: the idle warning, then the reset.
    wait_for_the_reset(&app, sent, LATENCY).await;
    after_the_late_answer_nothing_is_back(&app, sent).await;
    app.finish().await;
}

#[tokio::test]
async fn a_host_reset_while_an_invite_is_in_flight_does_not_crash() {
    let app = App::launch(&Options {
        host_page: true,
        ..Options::default()
    })
    .await;
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    app.enter_app().await;
    record_console_errors(&app).await;

    let sent = send_slow_invite(&app).await;
    app.leave_app().await;
    app.click("Reset").await;
    app.enter_app().await;
    wait_for_the_reset(&app, sent, PATIENCE).await;
    after_the_late_answer_nothing_is_back(&app, sent).await;
    app.finish().await;
}
