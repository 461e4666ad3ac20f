//! The roster during the call: status from the host (`participant-status`),
//! each person's timeline, announcements, and Call again; the app in a
//! frame on the host page's origin.

use e2e::{eventually, App, Options, PATIENCE};
use fantoccini::Locator;
use serde_json::{json, Value};

/// The app in the handshake test page on the host origin, whose
/// `send(type, payload)` posts to the app and `window.received` keeps what
/// the app posts back.
async fn hosted() -> App {
    let app = App::launch(&Options {
        host_page: true,
        config: Some(json!({"call_again_statuses": [4, 5, 6, 7]})),
        ..Options::default()
    })
    .await;
    let url = format!("{}/edge-frame.html", app.host_origin());
    app.open_host_at(&url).await;
    app
}

/// Posts `participant-status` from the host page; returns its message id.
async fn status(app: &App, payload: Value) -> String {
    app.leave_app().await;
    let id = app
        .run_js(
            "const [payload] = arguments; return send('participant-status', payload);",
            vec![payload],
        )
        .await;
    app.enter_app().await;
    id.as_str().unwrap_or_default().to_string()
}

/// The messages of `kind` the app posted to the host page.
async fn received(app: &App, kind: &str) -> Vec<Value> {
    app.leave_app().await;
    let all = app.run_js("return window.received;", vec![]).await;
    app.enter_app().await;
    all.as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["type"] == kind)
        .cloned()
        .collect()
}

/// Each step of the row's timeline, as shown: "time · what".
async fn timeline(app: &App, row: &str) -> Vec<String> {
    let steps = app
        .run_js(
            "const [row] = arguments;
             return [...document.querySelectorAll(row + ' details.history li')]
               .map(li => li.querySelector('span').textContent.trim());",
            vec![json!(row)],
        )
        .await;
    serde_json::from_value(steps).unwrap_or_default()
}

/// Counts each change of a live region's text from now on.
async fn count_announcements(app: &App, css: &str) {
    app.run_js(
        "const [css] = arguments; const el = document.querySelector(css);
         window.announced = [];
         new MutationObserver(() => { const t = el.textContent.trim(); if (t) window.announced.push(t); })
           .observe(el, {childList: true, characterData: true, subtree: true});",
        vec![json!(css)],
    )
    .await;
}

#[tokio::test]
async fn the_portals_status_updates_the_row_is_announced_once_and_kept_on_the_timeline() {
    let app = hosted().await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    let row = "#participant-101";
    assert_eq!(app.text(&format!("{row} .tag.status")).await, "Invited");
    count_announcements(&app, ".roster-news").await;

    status(&app, json!({"participant_id": 101, "status_code": 2})).await;
    app.wait_text(&format!("{row} .tag.status"), "Ringing")
        .await;
    app.wait_text(".roster-news", "Ana Ruiz: Ringing").await;
    // The portal repeats itself: nothing new, nothing announced again.
    status(&app, json!({"participant_id": 101, "status_code": 2})).await;
    status(
        &app,
        json!({"participant_id": 101, "status_code": 3, "at": "2026-12-01T10:02:13Z", "detail": "answered <b>fast</b>"}),
    )
    .await;
    app.wait_text(&format!("{row} .tag.status"), "Connected")
        .await;
    app.wait_text(".roster-news", "Ana Ruiz: Connected").await;
    assert_eq!(
        app.run_js("return window.announced;", vec![]).await,
        json!(["Ana Ruiz: Ringing", "Ana Ruiz: Connected"]),
        "each change announced once"
    );
    assert!(
        app.text(&format!("{row} .changed")).await.len() > 2,
        "the row says when the latest change was"
    );

    // An id the roster does not list: an error quoting the message.
    let unknown = status(&app, json!({"participant_id": 999, "status_code": 2})).await;
    let errors = eventually("the error reply", PATIENCE, async || {
        let errors = received(&app, "error").await;
        match errors.is_empty() {
            true => Err("no error yet".to_string()),
            false => Ok(errors),
        }
    })
    .await;
    assert_eq!(errors[0]["payload"]["in_reply_to"], json!(unknown));
    assert_eq!(errors[0]["payload"]["code"], "unknown-participant");

    // The timeline, in order; the portal's detail shown as text, not markup.
    let expected = vec![
        "Invited by email".to_string(),
        "Ringing".to_string(),
        "Connected: answered <b>fast</b>".to_string(),
    ];
    app.wait_for(Locator::Css(&format!("{row} details.history summary")))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(timeline(&app, row).await, expected);
    let when = app
        .run_js(
            "return document.querySelectorAll('#participant-101 details.history time')[2].getAttribute('datetime');",
            vec![],
        )
        .await;
    assert_eq!(when, json!("2026-12-01T10:02:13Z"), "the portal's own time");

    // After a reload: the same steps, the same status.
    app.client.refresh().await.unwrap();
    app.enter_app().await;
    app.wait_text(&format!("{row} .tag.status"), "Connected")
        .await;
    assert_eq!(timeline(&app, row).await, expected);
    eprintln!("timeline after a reload: {expected:?}");
    app.finish().await;
}

#[tokio::test]
async fn call_again_after_declined_sends_one_invite_with_the_same_body_and_removal_kicks_the_new_leg(
) {
    let app = hosted().await;
    app.enter_app().await;
    app.pick("Call their phone").await;
    app.type_in("Name", "Luis Ortega").await;
    app.type_in("Phone number", "+44 20 7946 0958").await;
    app.type_in("Digits after connecting (optional)", "1234#")
        .await;
    app.choose("Region", "Europe").await;
    app.click("Send invitation").await;
    app.wait_roster(&["Luis Ortega"]).await;
    let row = "#participant-101";
    assert!(
        app.run_js("return !document.querySelector('.call-again');", vec![])
            .await
            == json!(true),
        "no Call again while the call is on"
    );

    status(
        &app,
        json!({"participant_id": 101, "status_code": 4, "detail": "declined"}),
    )
    .await;
    app.wait_text(&format!("{row} .tag.status"), "Declined")
        .await;
    app.sandbox.latency(1_500);
    // A double tap: one new invite.
    app.run_js(
        "const b = document.querySelector('.call-again'); b.click(); b.click();",
        vec![],
    )
    .await;
    app.wait_text(".call-again", "Calling again…").await;
    app.sandbox.latency(0);
    app.wait_text(&format!("{row} .tag.status"), "Invited")
        .await;
    let state = app.sandbox.state();
    let invites = state["invites"].as_array().unwrap();
    assert_eq!(invites.len(), 2, "exactly one new invite");
    assert_eq!(
        invites[1], invites[0],
        "the same body: name, number, region, DTMF"
    );

    let invited = received(&app, "invited").await;
    assert_eq!(invited.len(), 2);
    assert_eq!(invited[1]["payload"]["again"], true);
    assert_eq!(invited[1]["payload"]["previous_participant_id"], 101);
    assert_eq!(invited[1]["payload"]["participant_id"], 102);
    assert!(invited[1]["payload"]["at"]
        .as_str()
        .is_some_and(|at| at.ends_with('Z')));

    // Removal now kicks the new leg.
    app.remove("Luis Ortega").await;
    app.wait_roster(&[]).await;
    let kicks = app.sandbox.state()["kicks"].clone();
    assert_eq!(
        kicks[0]["body"]["RequestConferenceSessionVideoParticipantId"],
        102
    );
    assert_eq!(kicks[0]["matches_answer"], true);
    let removed = received(&app, "removed").await;
    assert_eq!(removed[0]["payload"]["participant_id"], 102);
    assert!(removed[0]["payload"]["at"]
        .as_str()
        .is_some_and(|at| at.ends_with('Z')));

    // The removed stay listed with their whole timeline, both legs.
    app.wait_for(Locator::Css(".removed details.history summary"))
        .await
        .click()
        .await
        .unwrap();
    let steps = timeline(&app, ".removed").await;
    assert_eq!(
        steps,
        vec![
            "Invited by phone",
            "Declined: declined",
            "Called again",
            "Invited by phone",
            "Removal asked",
            "Removed from the call"
        ],
    );
    eprintln!("timeline of a removed person: {steps:?}");
    app.finish().await;
}

#[tokio::test]
async fn with_the_timeline_open_the_judges_find_nothing_in_english_and_arabic() {
    let app = hosted().await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    status(
        &app,
        json!({"participant_id": 101, "status_code": 2, "detail": "ringing"}),
    )
    .await;
    app.wait_text("#participant-101 .tag.status", "Ringing")
        .await;
    app.wait_for(Locator::Css("#participant-101 details.history summary"))
        .await
        .click()
        .await
        .unwrap();
    let mut judges = e2e::judges::Judges::default();
    judges.check(&app, "timeline open (en)").await;
    app.pick_language("العربية").await;
    app.wait_for(Locator::Css("html[lang=ar]")).await;
    app.wait_for(Locator::Css("#participant-101 details.history summary"))
        .await
        .click()
        .await
        .unwrap();
    judges.check(&app, "timeline open (ar)").await;
    judges.assert_clean();
    app.finish().await;
}

#[tokio::test]
async fn the_example_host_page_plays_ringing_then_declined_and_call_again_appears() {
    let app = App::launch(&Options {
        host_page: true,
        config: Some(json!({"call_again_statuses": [4, 5, 6, 7]})),
        ..Options::default()
    })
    .await;
    let url = format!("{}/host-example.html?play=declined", app.host_origin());
    app.open_host_at(&url).await;
    app.enter_app().await;
    app.pick("Call their phone").await;
    app.type_in("Name", "Luis Ortega").await;
    app.type_in("Phone number", "+44 20 7946 0958").await;
    app.choose("Region", "Europe").await;
    app.click("Send invitation").await;
    app.wait_text("#participant-101 .tag.status", "Ringing")
        .await;
    app.wait_text("#participant-101 .tag.status", "Declined")
        .await;
    app.wait_text("#participant-101 .call-again", "Call again")
        .await;
    app.leave_app().await;
    let acks = app.wait_from_app("ack", 3).await;
    assert!(acks.len() >= 3, "auth and both statuses acknowledged");
    app.finish().await;
}
