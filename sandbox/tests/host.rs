//! The sandbox's embedding support: tokens, their expiry, the config.json
//! override and the example host page.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sandbox::{app, Config, Sandbox};
use serde_json::{json, Value};
use std::path::PathBuf;
use tower::ServiceExt;

fn router(require_token: bool, config_json: Option<PathBuf>) -> Router {
    app(Sandbox::new(Config {
        dist: PathBuf::from("/nonexistent/sandbox-test-dist"),
        require_token,
        config_json,
        ..Config::default()
    }))
}

async fn call(
    app: &Router,
    method: Method,
    path: &str,
    token: Option<&str>,
) -> (StatusCode, Value) {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let body = json!({"Name": "Ana", "Email": "ana@clinic.example", "isPSTN": false}).to_string();
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

const INVITE: &str = "/Provider/Task/InviteThirdPartyVideoConference";

#[tokio::test]
async fn without_require_token_anything_goes_and_tokens_are_recorded() {
    let app = router(false, None);
    assert_eq!(
        call(&app, Method::POST, INVITE, None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        call(&app, Method::POST, INVITE, Some("t1")).await.0,
        StatusCode::OK
    );
    let (_, tokens) = call(&app, Method::GET, "/__sandbox/tokens", None).await;
    assert_eq!(tokens["require_token"], false);
    assert_eq!(tokens["requests"][0]["token"], Value::Null);
    assert_eq!(tokens["requests"][1]["token"], "t1");
}

#[tokio::test]
async fn require_token_refuses_missing_and_expired_tokens_with_401() {
    let app = router(true, None);
    let (status, body) = call(&app, Method::POST, INVITE, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body["Message"],
        "Authorization has been denied for this request."
    );
    assert_eq!(
        call(&app, Method::POST, INVITE, Some("t1")).await.0,
        StatusCode::OK
    );

    let (_, expired) = call(&app, Method::POST, "/__sandbox/expire-token", None).await;
    assert_eq!(expired["expired"], json!(["t1"]));
    assert_eq!(
        call(&app, Method::POST, INVITE, Some("t1")).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&app, Method::POST, INVITE, Some("t2")).await.0,
        StatusCode::OK
    );

    let (_, tokens) = call(&app, Method::GET, "/__sandbox/tokens", None).await;
    let statuses: Vec<(Value, u64)> = tokens["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["token"].clone(), r["status"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        vec![
            (Value::Null, 401),
            (json!("t1"), 200),
            (json!("t1"), 401),
            (json!("t2"), 200)
        ]
    );
    // Refused requests never reach the conference.
    let (_, state) = call(&app, Method::GET, "/__sandbox/state", None).await;
    assert_eq!(state["participants"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_test_config_json_replaces_the_built_one() {
    let path = std::env::temp_dir().join(format!("sandbox-config-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"kiosk":{"enabled":true}}"#).unwrap();
    let app = router(false, Some(path.clone()));
    let (status, body) = call(&app, Method::GET, "/config.json", None).await;
    std::fs::remove_file(&path).unwrap();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["kiosk"]["enabled"], true);
}

#[test]
fn the_host_page_names_the_sandbox_origin() {
    let page = sandbox::host::host_page("http://127.0.0.1:43210");
    assert!(page.contains(r#"const APP_ORIGIN = "http://127.0.0.1:43210";"#));
    assert!(!page.contains("127.0.0.1:8080\";"));
    // It never posts to "*".
    assert!(!page.contains(r#""*""#));
}
