//! Sizes and origins real deployments have: invite answers listing 5,000
//! interpreters with photos (a reload, the tab's storage quota, the kick's
//! body against ASP.NET's 4 MB request limit), a browser that refuses to
//! store, and the API on another origin behind a strict CORS policy.

use e2e::{eventually, App, Options, PATIENCE};
use serde_json::{json, Value};

const KICK: &str = "/Client/Request/KickThirdPartyVideoParticipant";

/// The size of each invite answer the page received, in bytes (decoded).
async fn answer_sizes(app: &App) -> Vec<u64> {
    let sizes = app
        .run_js(
            "return performance.getEntriesByType('resource')
               .filter(e => e.name.includes('InviteThirdPartyVideoConference'))
               .map(e => e.decodedBodySize);",
            vec![],
        )
        .await;
    serde_json::from_value(sizes).unwrap_or_default()
}

/// The body size of each kick the sandbox received.
fn kick_sizes(app: &App) -> Vec<u64> {
    app.sandbox.state()["requests"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["path"] == KICK)
        .filter_map(|r| r["body_bytes"].as_u64())
        .collect()
}

async fn saved_bytes(app: &App) -> u64 {
    app.run_js(
        "return (sessionStorage.getItem('vri-invite.roster') || '').length;",
        vec![],
    )
    .await
    .as_u64()
    .unwrap_or(0)
}

async fn reload(app: &App) {
    app.client.refresh().await.expect("reload");
    app.wait_for(fantoccini::Locator::Css("main.app h1")).await;
}

#[tokio::test]
async fn after_answers_of_5000_interpreters_a_reload_keeps_exactly_who_was_invited() {
    let app = App::start().await;
    app.sandbox.interpreters(Some(5_000));
    for (name, email) in [
        ("Ana Ruiz", "ana@clinic.example"),
        ("Wei Zhang", "wei@clinic.example"),
        ("Li Na", "li.na@clinic.example"),
    ] {
        app.invite_by_email(name, email).await;
    }
    let answers = answer_sizes(&app).await;
    assert_eq!(answers.len(), 3);
    assert!(
        answers.iter().all(|&n| n > 1_000_000),
        "each answer is megabytes: {answers:?}"
    );
    app.remove("Wei Zhang").await;
    app.wait_roster(&["Ana Ruiz", "Li Na"]).await;
    let notice = app.text(".saving-notice").await;
    let saved = saved_bytes(&app).await;

    reload(&app).await;
    app.wait_roster(&["Ana Ruiz", "Li Na"]).await;
    // Removable after the reload, with a body the server accepts.
    app.remove("Ana Ruiz").await;
    app.wait_roster(&["Li Na"]).await;
    let kicks = kick_sizes(&app);
    let state = app.sandbox.state();
    for kick in state["kicks"].as_array().unwrap() {
        assert_eq!(kick["status"], 200);
        assert_eq!(
            kick["matches_answer"], true,
            "the answer as received, but for the list"
        );
    }
    assert!(
        kicks.iter().all(|&n| n <= 256 * 1024),
        "each kick body is within the 256 KiB default: {kicks:?}"
    );
    eprintln!(
        "large answers: {answers:?} bytes each; saved for the tab: {saved} chars ({}); kick bodies: {kicks:?} bytes",
        if notice.is_empty() { "in full".to_string() } else { format!("lean, the page said {notice:?}") }
    );
    app.finish().await;
}

#[tokio::test]
async fn when_the_browser_refuses_to_store_the_person_is_told_and_nothing_stale_comes_back() {
    let app = App::start().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    assert!(saved_bytes(&app).await > 0);
    assert_eq!(app.text(".saving-notice").await, "");

    // A small quota: answers with 1,000 interpreters no longer fit in full.
    app.run_js(
        "const real = Storage.prototype.setItem;
         Storage.prototype.setItem = function (key, value) {
           if (String(value).length > 200000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
           return real.call(this, key, value);
         };",
        vec![],
    )
    .await;
    app.sandbox.interpreters(Some(1_000));
    app.invite_by_email("Wei Zhang", "wei@clinic.example").await;
    app.wait_text(".saving-notice", "interpreter lists will not come back")
        .await;
    reload(&app).await;
    app.wait_roster(&["Ana Ruiz", "Wei Zhang"]).await;
    app.remove("Wei Zhang").await;
    app.wait_roster(&["Ana Ruiz"]).await;

    // A browser that refuses everything (a full disk, a strict private mode).
    app.run_js(
        "Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };",
        vec![],
    )
    .await;
    app.sandbox.interpreters(None);
    app.invite_by_email("Li Na", "li.na@clinic.example").await;
    let told = app
        .wait_text(".saving-notice", "refused to keep the list")
        .await;
    assert_eq!(
        app.run_js(
            "return sessionStorage.getItem('vri-invite.roster');",
            vec![]
        )
        .await,
        Value::Null,
        "no stale list is left to come back"
    );
    // Removing someone now changes nothing in what a reload brings back.
    app.remove("Ana Ruiz").await;
    app.wait_roster(&["Li Na"]).await;
    reload(&app).await;
    assert!(
        app.roster().await.is_empty(),
        "nobody already removed comes back"
    );
    eprintln!("refused storage: the page said {told:?}");
    app.finish().await;
}

#[tokio::test]
async fn an_api_on_another_origin_with_a_strict_cors_policy_works_and_a_blocked_request_names_it() {
    let app = App::launch(&Options {
        cross_origin_api: true,
        ..Options::default()
    })
    .await;
    app.open().await;
    let api = app.sandbox.api.clone().expect("the cross-origin API");
    assert_ne!(api, app.sandbox.base);
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.remove("Ana Ruiz").await;
    app.wait_roster(&[]).await;
    let state = app.sandbox.state();
    let requests = state["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 2, "invite and remove reached the API");
    assert!(
        requests.iter().all(|r| r["idempotency_key"].is_null()),
        "no header the policy does not allow"
    );
    app.finish().await;

    // The same API, with config.json asking for a header its policy refuses.
    let app = App::launch(&Options {
        cross_origin_api: true,
        config: Some(json!({"idempotency_keys": true})),
        ..Options::default()
    })
    .await;
    app.open().await;
    let api = app.sandbox.api.clone().unwrap();
    app.fill_email_invite("Wei Zhang", "wei@clinic.example")
        .await;
    app.click("Send invitation").await;
    let message = app
        .wait_text(".outcome-error", "Could not reach the server at")
        .await;
    assert!(message.contains(&api), "names {api}: {message}");
    assert!(message.contains("CORS"), "{message}");
    assert_eq!(
        app.value_of("Name").await,
        "Wei Zhang",
        "nothing typed is lost"
    );
    eventually("no request reached the API", PATIENCE, async || {
        app.sandbox.invite_requests() == 0
    })
    .await;
    eprintln!("blocked by CORS, the page said: {message:?}");
    app.finish().await;
}
