//! The app embedded in the example host page, on another origin, end to
//! end: the handshake, events, auto-height, the token handoff and its
//! renewal, the security checks, and kiosk mode.

use e2e::{eventually, App, Options, PATIENCE};
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

fn hosted(require_token: bool) -> Options {
    Options {
        host_page: true,
        require_token,
        ..Options::default()
    }
}

#[tokio::test]
async fn ready_auth_handshake_and_invite_remove_events_reach_the_host() {
    let app = App::launch(&hosted(true)).await;
    app.open_host().await;

    let ready = app.wait_from_app("ready", 1).await;
    assert_eq!(ready[0]["version"], 1);
    assert_eq!(ready[0]["payload"]["app"], "vri-invite");
    assert!(ready[0]["id"].is_string());
    eventually("the host to answer ready with auth", PATIENCE, || async {
        app.tokens_sent().await.len() == 1
    })
    .await;
    let token = app.tokens_sent().await[0].clone();
    // Each accepted message is acknowledged by its id.
    let auth_id = app
        .host_log()
        .await
        .into_iter()
        .find(|(direction, m)| direction == "to-app" && m["type"] == "auth")
        .map(|(_, m)| m["id"].clone())
        .unwrap();
    let acks = app.wait_from_app("ack", 1).await;
    assert_eq!(acks[0]["payload"], json!({ "in_reply_to": auth_id }));

    app.enter_app().await;
    app.invite_by_email("Dr. Ana Ruiz", "ana.ruiz@clinic.example")
        .await;
    app.leave_app().await;

    let invited = app.wait_from_app("invited", 1).await;
    let answer = &app.sandbox.participants()[0];
    let payload = &invited[0]["payload"];
    assert_eq!(payload["conference_id"], 5001);
    assert_eq!(payload["participant_id"], 101);
    assert_eq!(
        payload["video_account_identity"],
        answer["VideoAccountIdentity"]
    );
    assert_eq!(
        payload["participant"], *answer,
        "the whole invite answer, as received"
    );
    assert_eq!(invited[0]["version"], 1);

    // The API call carried the host's token, in memory only.
    let requests = app.sandbox.tokens()["requests"].clone();
    assert_eq!(requests[0]["token"], json!(token));
    assert_eq!(requests[0]["status"], 200);

    app.enter_app().await;
    let stored = app
        .run_js(
            "return JSON.stringify(Object.assign({}, sessionStorage)) + JSON.stringify(Object.assign({}, localStorage)) + document.cookie;",
            vec![],
        )
        .await;
    assert!(
        !stored.as_str().unwrap().contains(&token),
        "the token is never stored: {stored}"
    );
    app.remove("Dr. Ana Ruiz").await;
    app.wait_roster(&[]).await;
    app.leave_app().await;

    let removed = app.wait_from_app("removed", 1).await;
    let mut payload = removed[0]["payload"].clone();
    let at = payload["at"].take();
    assert!(
        at.as_str().is_some_and(|at| at.ends_with('Z')),
        "when, in UTC: {at}"
    );
    assert_eq!(
        payload,
        json!({"conference_id": 5001, "participant_id": 101, "at": null})
    );
    app.finish().await;
}

/// Waits until the frame's inner height equals the app's content height (at
/// least `min` px) with nothing scrolling inside the frame; returns it.
async fn wait_fit(app: &App, min: u64) -> u64 {
    eventually(
        format!("the frame to fit the content (at least {min} px), nothing scrolling inside"),
        PATIENCE,
        async || {
            app.enter_app().await;
            let inside = app
                .run_js(
                    "return [Math.ceil(document.body.getBoundingClientRect().height), document.documentElement.scrollHeight, document.documentElement.clientHeight];",
                    vec![],
                )
                .await;
            app.leave_app().await;
            let frame = app
                .run_js(
                    "return document.getElementById('app-frame').clientHeight;",
                    vec![],
                )
                .await
                .as_u64()
                .unwrap();
            let [content, scroll, client] = [0, 1, 2].map(|i| inside[i].as_u64().unwrap());
            if frame == content && scroll <= client && content >= min {
                Ok(content)
            } else {
                Err(format!(
                    "the frame is {frame} px, the content {content} px; scroll {scroll} / {client}"
                ))
            }
        },
    )
    .await
}

#[tokio::test]
async fn the_frame_height_follows_the_content() {
    let app = App::launch(&hosted(false)).await;
    app.open_host().await;
    app.wait_from_app("resize", 1).await;

    let before = wait_fit(&app, 300).await;

    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.invite_by_email("Wei Zhang", "wei@clinic.example").await;
    app.leave_app().await;
    wait_fit(&app, before + 1).await;

    let heights: Vec<u64> = app
        .from_app("resize")
        .await
        .iter()
        .map(|m| m["payload"]["height"].as_u64().unwrap())
        .collect();
    assert!(
        heights.windows(2).all(|w| w[0] != w[1]),
        "resize is sent only when the height changes: {heights:?}"
    );
    app.finish().await;
}

#[tokio::test]
async fn messages_from_a_wrong_origin_or_another_window_are_ignored() {
    // Without the CSP, which would stop a wrong origin from framing the app at
    // all (next test): the app's own checks must hold on their own.
    let app = App::launch(&Options {
        no_csp: true,
        ..hosted(false)
    })
    .await;
    let allowed = app.host_origin().to_string();
    let port = allowed.rsplit(':').next().unwrap().to_string();

    // 1. The same host page, served from an origin not in the allowlist.
    app.open_host_at(&format!("http://localhost:{port}/host-example.html"))
        .await;
    // Posted by hand (the page's SDK waits for a ready that never comes).
    app.run_js(
        "const [o] = arguments; document.getElementById('app-frame').contentWindow.postMessage({type: 'prefill', version: 1, id: 'wrong-origin-1', payload: {name: 'From a wrong origin'}}, o);",
        vec![json!(app.sandbox.base)],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        app.from_app("ready").await.is_empty() && app.from_app("resize").await.is_empty(),
        "the app says nothing to a host it does not allow: {:?}",
        app.host_log().await
    );
    app.enter_app().await;
    assert_eq!(
        app.value_of("Name").await,
        "",
        "prefill from a wrong origin is ignored"
    );
    app.leave_app().await;

    // 2. The allowed origin, but another window: a sibling frame of the app.
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    let app_origin = app.sandbox.base.clone();
    app.run_js(
        r#"const [appOrigin] = arguments;
           const sibling = document.createElement('iframe');
           sibling.srcdoc = '<script>' +
             'parent.document.getElementById("app-frame").contentWindow.postMessage(' +
             '{type:"prefill",version:1,id:"sibling-1",payload:{name:"From a sibling"}}, ' + JSON.stringify(appOrigin) + ');' +
             'parent.document.body.dataset.siblingPosted = "yes";<\/script>';
           document.body.append(sibling);"#,
        vec![json!(app_origin)],
    )
    .await;
    eventually("the sibling frame to post", PATIENCE, || async {
        app.run_js("return document.body.dataset.siblingPosted || '';", vec![])
            .await
            == "yes"
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    app.enter_app().await;
    assert_eq!(
        app.value_of("Name").await,
        "",
        "a message from a window other than the parent is ignored"
    );
    app.leave_app().await;

    // 3. The same message from the parent on the allowed origin does work.
    app.click("Prefill the form").await;
    app.enter_app().await;
    eventually("the prefill from the real host", PATIENCE, || async {
        app.value_of("Name").await == "Dr. Ana Ruiz"
    })
    .await;
    assert_eq!(app.value_of("Email").await, "ana.ruiz@clinic.example");
    app.finish().await;
}

#[tokio::test]
async fn after_a_401_the_app_asks_for_a_token_waits_and_completes_the_action() {
    let app = App::launch(&hosted(true)).await;
    app.open_host().await;
    app.wait_first_token().await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.leave_app().await;

    // The portal will answer token-expired by hand, so the wait can be seen.
    app.expire_token_answered_by_hand().await;

    app.enter_app().await;
    app.remove("Ana Ruiz").await;
    app.wait_text(
        ".session-notice",
        "Your session has expired; waiting for the portal to sign you in again",
    )
    .await;
    assert_eq!(
        app.text(".participant .remove").await,
        "Removing…",
        "the action is kept, pending"
    );
    app.leave_app().await;
    let expired = app.wait_from_app("token-expired", 1).await;
    assert_eq!(expired[0]["payload"]["status"], 401);
    assert_eq!(
        app.sandbox.kick_requests(),
        1,
        "no retry before a new token"
    );

    app.click("Send a new token").await;
    app.enter_app().await;
    app.wait_roster(&[]).await;
    assert_eq!(app.text(".session-notice").await, "");
    app.leave_app().await;
    app.wait_from_app("removed", 1).await;

    let sent = app.tokens_sent().await;
    let requests: Vec<(Value, Value)> = app.sandbox.tokens()["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["token"].clone(), r["status"].clone()))
        .collect();
    assert_eq!(
        requests,
        vec![
            (json!(sent[0]), json!(200)),
            (json!(sent[0]), json!(401)),
            (json!(sent[1]), json!(200)),
        ],
        "invite, kick refused, the same kick once more with the new token"
    );
    assert_eq!(app.from_app("token-expired").await.len(), 1);
    assert!(app.sandbox.participants().is_empty());
    app.finish().await;
}

#[tokio::test]
async fn host_controls_theme_kiosk_reset_and_invalid_messages() {
    let app = App::launch(&hosted(false)).await;
    app.open_host().await;
    app.wait_from_app("ready", 1).await;

    app.click("Set theme: purple").await;
    app.click("Kiosk mode on").await;
    app.enter_app().await;
    let accent = || async {
        app.run_js(
            "return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();",
            vec![],
        )
        .await
    };
    eventually("the theme", PATIENCE, || async {
        accent().await == "#6a1b9a"
    })
    .await;
    app.wait_for(Locator::Css("main.app.kiosk")).await;
    app.leave_app().await;

    // A refused value changes nothing and the host is told why.
    let app_origin = app.sandbox.base.clone();
    app.run_js(
        "const [o] = arguments; document.getElementById('app-frame').contentWindow.postMessage({type: 'set-theme', version: 1, id: 'bad-1', payload: {properties: {'--accent': 'url(https://tracker.example/x)'}}}, o);",
        vec![json!(app_origin)],
    )
    .await;
    let errors = app.wait_from_app("error", 1).await;
    assert_eq!(errors[0]["payload"]["in_reply_to"], "bad-1");
    assert_eq!(errors[0]["payload"]["code"], "invalid-message");
    app.enter_app().await;
    assert_eq!(accent().await, "#6a1b9a");

    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.type_in("Name", "Half typed").await;
    app.leave_app().await;
    app.click("Reset").await;
    app.enter_app().await;
    app.wait_roster(&[]).await;
    assert_eq!(app.value_of("Name").await, "");
    assert_eq!(app.text(".outcome").await, "");
    assert_eq!(app.run_js("return sessionStorage.length;", vec![]).await, 0);
    assert_eq!(
        app.sandbox.participants().len(),
        1,
        "reset clears the screen, not the conference"
    );
    app.finish().await;
}

#[tokio::test]
async fn kiosk_warns_when_idle_then_clears_everything() {
    let app = App::launch(&Options {
        config: Some(json!({"kiosk": {"enabled": true, "idle_timeout_s": 5, "warning_s": 3}})),
        ..Options::default()
    })
    .await;
    app.open().await;
    app.wait_for(Locator::Css("main.app.kiosk")).await;

    // Touch targets of at least 48 px; no links out.
    let smallest = app
        .run_js(
            "return Math.min(...[...document.querySelectorAll('main button, main input:not([type=radio]), main select, main label.choice')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height));",
            vec![],
        )
        .await;
    assert!(
        smallest.as_f64().unwrap() >= 48.0,
        "smallest target: {smallest}"
    );
    assert_eq!(
        app.run_js(
            "return document.querySelectorAll('a[href]').length;",
            vec![]
        )
        .await,
        0
    );

    app.type_in("Name", "Ana Ruiz").await;
    app.type_in("Email", "ana@clinic.example").await;
    app.choose("Region", "Europe").await;
    app.click("Send invitation").await;
    app.wait_roster(&["Ana Ruiz"]).await;
    app.type_in("Name", "Next person").await;
    assert!(
        app.run_js("return sessionStorage.length;", vec![])
            .await
            .as_u64()
            .unwrap()
            > 0
    );

    // The warning counts down; "I'm still here" keeps everything.
    let slow = Duration::from_secs(15);
    eventually("the idle warning", slow, || async {
        app.text(".idle-warning")
            .await
            .contains("will be cleared in")
    })
    .await;
    app.click("I'm still here").await;
    assert_eq!(app.text(".idle-warning").await, "");
    app.wait_roster(&["Ana Ruiz"]).await;
    assert_eq!(app.value_of("Name").await, "Next person");

    // Left alone, it warns again, then clears the screen and the tab's storage.
    eventually("the idle reset", slow, || async {
        app.roster().await.is_empty()
    })
    .await;
    assert_eq!(app.value_of("Name").await, "");
    assert_eq!(app.text(".outcome").await, "");
    assert_eq!(app.text(".idle-warning").await, "");
    assert!(app.text(".empty").await.contains("No one invited yet"));
    assert_eq!(app.run_js("return sessionStorage.length;", vec![]).await, 0);
    // A reload shows nothing of the last person either.
    app.open().await;
    assert!(app.roster().await.is_empty());
    app.finish().await;
}

#[tokio::test]
async fn a_portal_not_in_the_allowlist_cannot_even_frame_the_app() {
    let app = App::launch(&hosted(false)).await;
    let port = app.host_origin().rsplit(':').next().unwrap().to_string();
    // The example page on an origin the config does not list.
    app.client
        .goto(&format!("http://localhost:{port}/host-example.html"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.enter_app().await;
    let mounted = app
        .run_js(
            "return document.querySelector('main.app') !== null;",
            vec![],
        )
        .await;
    assert_eq!(
        mounted,
        json!(false),
        "frame-ancestors keeps the app out of a foreign frame"
    );
    app.leave_app().await;
    assert!(app.from_app("ready").await.is_empty());

    // The allowed origin frames it.
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    app.finish().await;
}
