//! The sandbox's HTTP surface, driven in-process through `tower::ServiceExt::oneshot`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sandbox::{app, Config, Sandbox};
use serde_json::{json, Value};
use tower::ServiceExt;

const INVITE: &str = "/Provider/Task/InviteThirdPartyVideoConference";
const KICK: &str = "/Client/Request/KickThirdPartyVideoParticipant";
const FIXTURE: &str = include_str!("../../tests/fixtures/invite-response.json");

struct Answer {
    status: StatusCode,
    content_type: Option<String>,
    body: Bytes,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    fn message(&self) -> String {
        assert_eq!(
            self.content_type.as_deref(),
            Some("application/json"),
            "error bodies are JSON"
        );
        self.json()["Message"]
            .as_str()
            .expect("a string Message")
            .to_owned()
    }
}

fn router_with_dist(dist: PathBuf) -> Router {
    app(Sandbox::new(Config {
        latency_ms: 0,
        dist,
        ..Config::default()
    }))
}

fn router() -> Router {
    router_with_dist(PathBuf::from("/nonexistent/sandbox-test-dist"))
}

async fn send(app: &Router, method: Method, path: &str, body: Option<&str>) -> Answer {
    send_with(app, method, path, body, &[]).await
}

/// Like [`send`], with extra request headers.
async fn send_with(
    app: &Router,
    method: Method,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Answer {
    let mut request = Request::builder().method(method).uri(path);
    if body.is_some() {
        request = request.header(header::CONTENT_TYPE, "application/json");
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_owned())))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        content_type,
        body,
    }
}

async fn post(app: &Router, path: &str, body: &Value) -> Answer {
    send(app, Method::POST, path, Some(&body.to_string())).await
}

async fn state(app: &Router) -> Value {
    let answer = send(app, Method::GET, "/__sandbox/state", None).await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json()
}

fn email_invite(name: &str, email: &str) -> Value {
    json!({"Email": email, "RegionId": 1, "PhoneNumber": null, "Name": name,
           "DTMF": null, "isPSTN": false, "isPSTNStr": "false"})
}

/// Invites by email and returns the answer, which must be a 200.
async fn invite(app: &Router, name: &str) -> Value {
    let email = format!("{}@example.com", name.to_lowercase());
    let answer = post(app, INVITE, &email_invite(name, &email)).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    answer.json()
}

#[tokio::test]
async fn email_invite_fills_in_every_field_of_the_sample() {
    let app = router();
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let first = invite(&app, "Lucía").await;
    let second = invite(&app, "Omar").await;

    for key in fixture.as_object().unwrap().keys() {
        assert!(first.get(key).is_some(), "answer lacks {key}");
    }
    for key in fixture["secondRequest"].as_object().unwrap().keys() {
        assert!(
            first["secondRequest"].get(key).is_some(),
            "secondRequest lacks {key}"
        );
    }
    assert_eq!(first["RequestConferenceSessionVideoParticipantId"], 101);
    assert_eq!(second["RequestConferenceSessionVideoParticipantId"], 102);
    assert_eq!(first["RequestConferenceSessionId"], 5001);
    assert_eq!(first["RequestConferenceSessionVideoTypeCodeId"], 1);
    assert_eq!(first["RequestConferenceSessionVideoStatusCodeId"], 1);
    assert_eq!(first["PersonName"], "Lucía");
    assert_eq!(first["AppClientName"], "Lucía");
    assert_eq!(first["AppClientEmail"], "lucía@example.com");
    assert_eq!(first["AppClientPhoneNumber"], Value::Null);
    assert_eq!(first["ProviderName"], "Ana Ruiz");
    assert_eq!(first["VideoAccountIdentity"], "sbx-5001-101");

    let inner = &first["secondRequest"];
    assert_eq!(inner["RequestConferenceSessionVideoParticipantId"], 101);
    assert_eq!(inner["waitingMsg"], "Waiting for Lucía to join the call.");
    assert_eq!(inner["ToLanguage"], "Spanish");
    assert_eq!(inner["ToLanguageId"], 2);
    assert_eq!(inner["additionalInfo"], "Sandbox conference 5001");
    assert_eq!(inner["SandboxNote"], "unmodelled field");
    assert_eq!(inner["providerList"].as_array().unwrap().len(), 6);

    let trace = first["SandboxTrace"].as_str().expect("SandboxTrace");
    assert!(!trace.is_empty());
    assert_ne!(first["SandboxTrace"], second["SandboxTrace"]);

    let roster = state(&app).await;
    assert_eq!(roster["participants"], json!([first, second]));
    assert_eq!(roster["invite_requests"], 2);
}

#[tokio::test]
async fn pstn_invite_has_type_code_2_and_no_email() {
    let app = router();
    let body = json!({"Email": "ignored@example.com", "PhoneNumber": "+1 555 0100",
                      "DTMF": "1234#", "isPSTN": true, "isPSTNStr": "true"});
    let answer = post(&app, INVITE, &body).await;
    assert_eq!(answer.status, StatusCode::OK);
    let answer = answer.json();
    assert_eq!(answer["RequestConferenceSessionVideoTypeCodeId"], 2);
    assert_eq!(answer["AppClientPhoneNumber"], "+1 555 0100");
    assert_eq!(answer["AppClientEmail"], Value::Null);
    assert_eq!(answer["PersonName"], "Guest");
    assert_eq!(
        answer["secondRequest"]["waitingMsg"],
        "Waiting for Guest to join the call."
    );
}

#[tokio::test]
async fn email_invite_without_a_usable_email_is_400() {
    let app = router();
    for body in [
        json!({"Name": "No Email", "isPSTN": false}),
        json!({"Name": "No Email", "Email": null}),
        json!({"Name": "Bad Email", "Email": "not-an-address", "isPSTN": false}),
        json!({"PhoneNumber": "+1 555 0100"}),
    ] {
        let answer = post(&app, INVITE, &body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(
            answer.message(),
            "An email address is required to invite a participant by video link."
        );
    }
    assert_eq!(state(&app).await["participants"], json!([]));
}

#[tokio::test]
async fn pstn_invite_without_a_phone_number_is_400() {
    let app = router();
    for body in [
        json!({"Email": "a@example.com", "isPSTN": true}),
        json!({"PhoneNumber": "   ", "isPSTN": true}),
        json!({"PhoneNumber": null, "isPSTN": true}),
    ] {
        let answer = post(&app, INVITE, &body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(
            answer.message(),
            "A phone number is required to dial a participant."
        );
    }
}

#[tokio::test]
async fn a_body_that_is_not_a_json_object_is_400_with_a_json_message() {
    let app = router();
    for (path, body) in [
        (INVITE, r#"{"Email": "#),
        (INVITE, "not json"),
        (INVITE, "[1, 2]"),
        (INVITE, r#"{"Email": "a@example.com", "isPSTN": "yes"}"#),
        (KICK, "{"),
        (KICK, "42"),
    ] {
        let answer = send(&app, Method::POST, path, Some(body)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{path} {body}");
        assert!(!answer.message().is_empty());
    }
}

#[tokio::test]
async fn kick_with_the_answer_as_received_removes_and_matches() {
    let app = router();
    let first = invite(&app, "Lucía").await;
    let second = invite(&app, "Omar").await;

    let answer = post(&app, KICK, &first).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.is_empty());

    let after = state(&app).await;
    assert_eq!(after["participants"], json!([second]));
    assert_eq!(after["kick_requests"], 1);
    assert_eq!(
        after["kicks"],
        json!([{"body": first, "matches_answer": true, "status": 200}])
    );
}

#[tokio::test]
async fn kick_with_a_dropped_field_removes_but_does_not_match() {
    let app = router();
    let mut answer = invite(&app, "Lucía").await;
    answer["secondRequest"]
        .as_object_mut()
        .unwrap()
        .remove("SandboxNote");

    assert_eq!(post(&app, KICK, &answer).await.status, StatusCode::OK);
    let after = state(&app).await;
    assert_eq!(after["participants"], json!([]));
    assert_eq!(after["kicks"][0]["matches_answer"], false);
    assert_eq!(after["kicks"][0]["body"], answer);
}

#[tokio::test]
async fn kicking_the_same_participant_twice_is_404() {
    let app = router();
    let answer = invite(&app, "Lucía").await;
    assert_eq!(post(&app, KICK, &answer).await.status, StatusCode::OK);

    let again = post(&app, KICK, &answer).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(
        again.message(),
        "No participant 101 is in this conference; they may have been removed already."
    );
    let kicks = state(&app).await["kicks"].clone();
    assert_eq!(kicks[1]["status"], 404);
}

#[tokio::test]
async fn kicking_an_unknown_or_missing_id_is_an_error() {
    let app = router();
    invite(&app, "Lucía").await;

    let unknown = post(
        &app,
        KICK,
        &json!({"RequestConferenceSessionVideoParticipantId": 999}),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(
        unknown.message(),
        "No participant 999 is in this conference; they may have been removed already."
    );

    let no_id = post(&app, KICK, &json!({"PersonName": "Lucía"})).await;
    assert_eq!(no_id.status, StatusCode::BAD_REQUEST);
    assert!(no_id
        .message()
        .contains("RequestConferenceSessionVideoParticipantId"));

    assert_eq!(
        state(&app).await["participants"].as_array().unwrap().len(),
        1
    );
}

#[tokio::test]
async fn fail_makes_exactly_the_next_n_requests_fail() {
    let app = router();
    let plan = json!({"status": 503, "count": 2, "message": "Database unavailable",
                      "body": null, "content_type": null});
    assert_eq!(
        post(&app, "/__sandbox/fail", &plan).await.status,
        StatusCode::OK
    );

    let failed_invite = post(&app, INVITE, &email_invite("Lucía", "l@example.com")).await;
    let failed_kick = post(
        &app,
        KICK,
        &json!({"RequestConferenceSessionVideoParticipantId": 101}),
    )
    .await;
    for failed in [&failed_invite, &failed_kick] {
        assert_eq!(failed.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(failed.message(), "Database unavailable");
    }

    // The failed invite did not take an id.
    let ok = invite(&app, "Lucía").await;
    assert_eq!(ok["RequestConferenceSessionVideoParticipantId"], 101);

    let after = state(&app).await;
    let statuses: Vec<&Value> = after["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["status"])
        .collect();
    assert_eq!(statuses, [&json!(503), &json!(503), &json!(200)]);
    assert_eq!(after["requests"][1]["path"], KICK);
    assert_eq!(after["requests"][1]["method"], "POST");
    assert_eq!(after["invite_requests"], 2);
    assert_eq!(after["kick_requests"], 1);
    assert_eq!(
        after["kicks"],
        json!([]),
        "a failed kick never reached the handler"
    );
}

#[tokio::test]
async fn fail_can_send_a_raw_html_body() {
    let app = router();
    let page = "<html><body><h1>Server Error in '/' Application.</h1></body></html>";
    let plan = json!({"status": 500, "count": 1, "body": page,
                      "content_type": "text/html; charset=utf-8"});
    post(&app, "/__sandbox/fail", &plan).await;

    let failed = post(&app, INVITE, &email_invite("Lucía", "l@example.com")).await;
    assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        failed.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(failed.body, page.as_bytes());

    assert_eq!(
        post(&app, INVITE, &email_invite("Lucía", "l@example.com"))
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn fail_rejects_a_status_that_cannot_be_a_final_answer() {
    let app = router();
    let answer = post(&app, "/__sandbox/fail", &json!({"status": 101})).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(state(&app).await["fail"], Value::Null);
}

#[tokio::test]
async fn latency_delays_api_answers() {
    let app = router();
    let set = post(&app, "/__sandbox/latency", &json!({"ms": 150})).await;
    assert_eq!(set.json(), json!({"ms": 150}));

    let started = Instant::now();
    invite(&app, "Lucía").await;
    assert!(started.elapsed() >= Duration::from_millis(150));

    // Control routes are not delayed.
    let started = Instant::now();
    state(&app).await;
    assert!(started.elapsed() < Duration::from_millis(150));
}

#[tokio::test]
async fn reset_empties_everything_and_restarts_ids() {
    let app = router();
    let first = invite(&app, "Lucía").await;
    invite(&app, "Omar").await;
    post(&app, KICK, &first).await;
    post(&app, "/__sandbox/fail", &json!({"count": 5})).await;
    post(&app, "/__sandbox/latency", &json!({"ms": 40})).await;

    let reset = send(&app, Method::POST, "/__sandbox/reset", None).await;
    assert_eq!(reset.status, StatusCode::OK);
    let empty = json!({"participants": [], "invite_requests": 0, "kick_requests": 0,
                       "invites": [], "kicks": [], "requests": [], "csp_reports": [], "latency_ms": 0, "fail": null});
    assert_eq!(state(&app).await, empty);

    let again = invite(&app, "Lucía").await;
    assert_eq!(again["RequestConferenceSessionVideoParticipantId"], 101);
    assert_ne!(again["SandboxTrace"], first["SandboxTrace"]);
}

#[tokio::test]
async fn serves_the_built_app_or_explains_how_to_build_it() {
    let missing = send(&router(), Method::GET, "/", None).await;
    assert_eq!(missing.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(String::from_utf8_lossy(&missing.body).contains("cargo xtask serve"));

    let dist = std::env::temp_dir().join(format!("sandbox-dist-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<title>VRI</title>").unwrap();
    let app = router_with_dist(dist.clone());
    let index = send(&app, Method::GET, "/", None).await;
    let not_there = send(&app, Method::GET, "/nope.js", None).await;
    let misspelt_api = send(&app, Method::POST, "/Provider/Task/Invite", Some("{}")).await;
    std::fs::remove_dir_all(&dist).unwrap();

    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.body, "<title>VRI</title>".as_bytes());
    assert_eq!(not_there.status, StatusCode::NOT_FOUND);
    assert_eq!(misspelt_api.status, StatusCode::NOT_FOUND);
    assert!(misspelt_api.message().contains("/Provider/Task/Invite"));
}

#[tokio::test]
async fn invite_bodies_are_recorded_as_sent_even_when_refused() {
    let app = router();
    let pstn = json!({"Name": "Luis", "isPSTN": true, "isPSTNStr": "true", "PhoneNumber": "+442079460958", "DTMF": "12#"});
    post(&app, INVITE, &pstn).await;
    post(&app, INVITE, &json!({"Name": "No email"})).await;
    let invites = state(&app).await["invites"].clone();
    assert_eq!(invites, json!([pstn, {"Name": "No email"}]));
}

async fn post_with_key(app: &Router, path: &str, body: &Value, key: &str) -> Answer {
    let body = body.to_string();
    send_with(
        app,
        Method::POST,
        path,
        Some(&body),
        &[("Idempotency-Key", key)],
    )
    .await
}

#[tokio::test]
async fn same_idempotency_key_gets_the_first_answer_and_no_second_participant() {
    let app = router();
    let body = email_invite("Ana", "ana@clinic.example");
    let first = post_with_key(&app, INVITE, &body, "key-1").await;
    let again = post_with_key(&app, INVITE, &body, "key-1").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(first.json(), again.json(), "the same answer, ids included");
    let other = post_with_key(&app, INVITE, &body, "key-2").await;
    assert_ne!(
        other.json()["RequestConferenceSessionVideoParticipantId"],
        first.json()["RequestConferenceSessionVideoParticipantId"]
    );

    let state = state(&app).await;
    assert_eq!(state["participants"].as_array().unwrap().len(), 2);
    let replayed: Vec<bool> = state["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["replayed"].as_bool().unwrap())
        .collect();
    assert_eq!(replayed, [false, true, false]);
    assert_eq!(state["requests"][1]["idempotency_key"], "key-1");
}

#[tokio::test]
async fn a_failed_answer_is_not_kept_so_a_retry_with_the_key_really_runs() {
    let app = router();
    post(&app, "/__sandbox/fail", &json!({"status": 503, "count": 1})).await;
    let body = email_invite("Ana", "ana@clinic.example");
    assert_eq!(
        post_with_key(&app, INVITE, &body, "k").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        post_with_key(&app, INVITE, &body, "k").await.status,
        StatusCode::OK
    );
    assert_eq!(
        state(&app).await["participants"].as_array().unwrap().len(),
        1
    );

    // A refused body (400) frees the key as well.
    let bad = json!({"Name": "No email"});
    assert_eq!(
        post_with_key(&app, INVITE, &bad, "b").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        post_with_key(&app, INVITE, &body, "b").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn interpreters_route_sets_how_many_interpreters_an_invite_lists() {
    let app = router();
    let set = post(&app, "/__sandbox/interpreters", &json!({"count": 1000})).await;
    assert_eq!(set.json()["count"], 1000);
    let answer = invite(&app, "Load").await;
    let list = answer["secondRequest"]["providerList"].as_array().unwrap();
    assert_eq!(list.len(), 1000);

    post(&app, "/__sandbox/interpreters", &json!({"count": null})).await;
    let answer = invite(&app, "Curated").await;
    assert_eq!(
        answer["secondRequest"]["providerList"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
}

#[tokio::test]
async fn kick_with_the_same_key_is_answered_again_not_404() {
    let app = router();
    let answer = invite(&app, "Ana").await;
    assert_eq!(
        post_with_key(&app, KICK, &answer, "kick-1").await.status,
        StatusCode::OK
    );
    assert_eq!(
        post_with_key(&app, KICK, &answer, "kick-1").await.status,
        StatusCode::OK,
        "a retried kick that already worked"
    );
    assert_eq!(
        post_with_key(&app, KICK, &answer, "kick-2").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn fail_plan_can_add_headers_and_hang() {
    let app = router();
    let plan = json!({"status": 429, "message": "Slow down", "headers": {"Retry-After": "30"}, "delay_ms": 200});
    assert_eq!(
        post(&app, "/__sandbox/fail", &plan).await.status,
        StatusCode::OK
    );
    let started = Instant::now();
    let request = Request::builder()
        .method(Method::POST)
        .uri(INVITE)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(email_invite("A", "a@b.co").to_string()))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "30");
    let bad = post(
        &app,
        "/__sandbox/fail",
        &json!({"headers": {"Bad Name": "x"}}),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn csp_reports_are_recorded() {
    let app = router();
    let report = json!({"csp-report": {"violated-directive": "script-src"}});
    assert_eq!(
        post(&app, "/__sandbox/csp-report", &report).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(state(&app).await["csp_reports"], json!([report]));
}

#[tokio::test]
async fn the_interpreters_flag_survives_a_reset() {
    let app = app(Sandbox::new(Config {
        interpreters: Some(3),
        ..Config::default()
    }));
    assert_eq!(
        invite(&app, "A").await["secondRequest"]["providerList"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    send(&app, Method::POST, "/__sandbox/reset", None).await;
    assert_eq!(
        invite(&app, "B").await["secondRequest"]["providerList"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}
