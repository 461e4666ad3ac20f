//! Resets and the host handshake at their worst moments: a host `reset`
//! while a removal is on its way or while a request waits for a new token,
//! a token wait that timed out, a frame whose `location.ancestorOrigins`
//! reads "null", a host that talks before the app is ready, and the console
//! and focus of an app framed by another origin.

use e2e::{eventually, App, Options, PATIENCE};
use serde_json::{json, Value};
use std::time::Duration;

fn hosted(config: Value) -> Options {
    Options {
        host_page: true,
        require_token: true,
        config: Some(config),
        ..Options::default()
    }
}

/// Posts a host message to the app's frame from the host page (the driver
/// is on the host page).
async fn post_to_app(app: &App, kind: &str, id: &str, payload: Value) {
    app.run_js(
        "const [origin, type, id, payload] = arguments;
         document.getElementById('app-frame').contentWindow.postMessage({type, version: 1, id, payload}, origin);",
        vec![json!(app.sandbox.base), json!(kind), json!(id), payload],
    )
    .await;
}

#[tokio::test]
async fn a_reset_wins_over_a_removal_in_flight_and_over_a_token_wait() {
    let app = App::launch(&hosted(json!({}))).await;
    app.open_host().await;
    app.wait_first_token().await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;

    // 1. A removal on its way when the host resets.
    app.sandbox.latency(3_000);
    app.remove("Ana Ruiz").await;
    app.wait_text(".participant .remove", "Removing…").await;
    app.leave_app().await;
    post_to_app(&app, "reset", "reset-1", json!({})).await;
    app.enter_app().await;
    app.wait_roster(&[]).await;
    // Longer than the latency: the aborted answer would have arrived by now.
    tokio::time::sleep(Duration::from_millis(3_500)).await;
    app.sandbox.latency(0);
    assert!(app.roster().await.is_empty(), "nobody comes back");
    assert_eq!(app.text(".roster-status").await, "", "no announcement");
    assert_eq!(
        app.run_js("return Object.keys(sessionStorage);", vec![])
            .await,
        json!([]),
        "nothing saved"
    );
    let focused = app
        .run_js("return document.activeElement.id;", vec![])
        .await;
    assert!(
        !matches!(focused.as_str(), Some(id) if id.starts_with("remove-") || id == "roster-title"),
        "focus is not moved by the old removal: {focused}"
    );
    app.leave_app().await;
    assert!(
        app.from_app("removed").await.is_empty(),
        "the host hears of no removal from before its reset"
    );

    // 2. A request waiting for a new token when the host resets: the wait
    //    ends, and the next person's token does not send it.
    app.expire_token_answered_by_hand().await;
    app.enter_app().await;
    app.fill_email_invite("Wei Zhang", "wei@clinic.example")
        .await;
    app.click("Send invitation").await;
    app.wait_text(".session-notice", "Your session has expired")
        .await;
    app.leave_app().await;
    app.wait_from_app("token-expired", 1).await;
    let invites_before = app.sandbox.invite_requests();
    post_to_app(&app, "reset", "reset-2", json!({})).await;
    app.enter_app().await;
    app.wait_roster(&[]).await;
    eventually("the notice cleared", PATIENCE, async || {
        app.text(".session-notice").await.is_empty()
    })
    .await;
    assert_eq!(app.value_of("Name").await, "", "a fresh form");
    app.leave_app().await;
    app.click("Send a new token").await;
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert_eq!(
        app.sandbox.invite_requests(),
        invites_before,
        "the request from before the reset is never sent with the new token"
    );
    assert!(
        app.from_app("invited").await.len() == 1,
        "only Ana's invite"
    );

    // 3. The next person's invite goes out with the new token.
    app.enter_app().await;
    app.invite_by_email("Li Na", "li.na@clinic.example").await;
    app.wait_roster(&["Li Na"]).await;
    let names: Vec<Value> = app
        .sandbox
        .participants()
        .iter()
        .map(|p| p["PersonName"].clone())
        .collect();
    assert_eq!(
        names,
        vec![json!("Li Na")],
        "Ana was removed, Wei never invited"
    );
    app.finish().await;
}

#[tokio::test]
async fn after_a_token_wait_that_timed_out_the_next_401_asks_the_host_again() {
    let app = App::launch(&hosted(json!({"token_wait_s": 2}))).await;
    app.open_host().await;
    app.wait_first_token().await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.leave_app().await;
    // Only a token the sandbox has seen can expire: Ana's invite used it.
    app.expire_token_answered_by_hand().await;
    app.enter_app().await;
    app.fill_email_invite("Wei Zhang", "wei@clinic.example")
        .await;
    app.click("Send invitation").await;
    app.wait_text(".outcome-error", "session has expired").await;
    app.leave_app().await;
    assert_eq!(app.wait_from_app("token-expired", 1).await.len(), 1);

    // The user tries again: the host is asked again, answers, and it goes through.
    app.enter_app().await;
    app.click("Send invitation").await;
    app.leave_app().await;
    app.wait_from_app("token-expired", 2).await;
    app.click("Send a new token").await;
    app.enter_app().await;
    app.wait_roster(&["Ana Ruiz", "Wei Zhang"]).await;
    app.finish().await;
}

#[tokio::test]
async fn a_no_referrer_frame_and_a_host_that_talks_first_still_shake_hands() {
    let app = App::launch(&Options {
        host_page: true,
        ..Options::default()
    })
    .await;
    // Posted at the frame's load, while the app is still loading.
    let early = json!([
        ["set-language", {"language": "es"}],
        ["prefill", {"name": "Ana Early"}]
    ]);
    let url = format!(
        "{}/edge-frame.html?referrerpolicy=no-referrer&early={}",
        app.host_origin(),
        early
    );
    // A frame with referrerpolicy="no-referrer" reads its parent's origin as
    // "null" in browsers that follow whatwg/html#11560 (2025); this
    // Chromium does not yet, so the app's frame is given that reading.
    app.before_every_load(
        "if (window !== top) DOMStringList.prototype.item = function () { return 'null'; };",
    )
    .await;
    app.open_host_at(&url).await;
    app.enter_app().await;
    assert_eq!(
        app.run_js("return location.ancestorOrigins.item(0);", vec![])
            .await,
        json!("null"),
        "the parent's origin is hidden"
    );
    eventually("the early messages applied", PATIENCE, async || {
        app.run_js(
            "return [document.documentElement.lang, document.getElementById('invite-name').value];",
            vec![],
        )
        .await
            == json!(["es", "Ana Early"])
    })
    .await;
    app.leave_app().await;
    let ready = eventually("ready at the host", PATIENCE, async || {
        let received = app.run_js("return window.received;", vec![]).await;
        let ready: Vec<Value> = received
            .as_array()
            .into_iter()
            .flatten()
            .filter(|m| m["type"] == "ready")
            .cloned()
            .collect();
        match ready.is_empty() {
            true => Err(format!("received {received}")),
            false => Ok(ready),
        }
    })
    .await;
    assert_eq!(ready.len(), 1);
    app.finish().await;
}

#[tokio::test]
async fn framed_by_another_origin_the_console_stays_clean_and_focus_lands_on_cancel() {
    let app = App::launch(&Options {
        host_page: true,
        ..Options::default()
    })
    .await;
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.ask_to_remove("Ana Ruiz").await;
    eventually("focus on Cancel", PATIENCE, async || {
        app.run_js("return document.activeElement.textContent;", vec![])
            .await
            == json!("Cancel")
    })
    .await;
    app.click("Cancel").await;
    app.leave_app().await;
    // The app's own origin logs nothing (the host page's favicon is its own affair).
    let errors = app.console_errors().await;
    let ours: Vec<&String> = errors
        .iter()
        .filter(|e| e.contains(&app.sandbox.base) || e.contains("autofocus"))
        .collect();
    assert!(ours.is_empty(), "the app's console is clean: {ours:?}");
    app.finish().await;
}
