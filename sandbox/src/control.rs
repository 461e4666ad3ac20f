//! Test-only routes under `/__sandbox/` (the app never calls them), and the
//! gate that applies their settings to every API request. The token routes
//! are the auth gate's own (`auth`).
//!
//! Imports: [`crate::csp`], [`crate::faults`], [`crate::idempotency`],
//! [`crate::state`].

use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::faults::FailPlan;
use crate::idempotency::{self, Begun, StoredAnswer};
use crate::state::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    Router::new()
        .route("/__sandbox/fail", post(fail))
        .route("/__sandbox/latency", post(latency))
        .route("/__sandbox/state", get(state))
        .route("/__sandbox/reset", post(reset))
        .route(crate::csp::REPORT_PATH, post(csp_report))
        .route("/__sandbox/interpreters", post(interpreters))
        .route("/__sandbox/odd-types", post(odd_types))
        .route("/__sandbox/sign-in", axum::routing::any(sign_in))
}

/// A single-sign-on page, as a gateway in front of a real API redirects an
/// expired session to: HTML with a 200, for fault plans that redirect here.
async fn sign_in() -> axum::response::Html<&'static str> {
    axum::response::Html(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Sign in</title></head>\
         <body><h1>Sign in to continue</h1><form><input name=\"user\"></form></body></html>",
    )
}

async fn fail(
    State(sandbox): State<Sandbox>,
    Json(plan): Json<FailPlan>,
) -> Result<Json<FailPlan>, (StatusCode, String)> {
    plan.check()
        .map_err(|error| (StatusCode::BAD_REQUEST, error))?;
    sandbox.lock().set_failure(plan.clone());
    Ok(Json(plan))
}

#[derive(Debug, Deserialize)]
struct Latency {
    ms: u64,
}

async fn latency(
    State(sandbox): State<Sandbox>,
    Json(Latency { ms }): Json<Latency>,
) -> Json<Value> {
    sandbox.lock().set_latency_ms(ms);
    Json(json!({ "ms": ms }))
}

async fn state(State(sandbox): State<Sandbox>) -> Json<Value> {
    Json(sandbox.snapshot())
}

/// Browsers post Content Security Policy violations here; tests expect none.
async fn csp_report(State(sandbox): State<Sandbox>, body: axum::body::Bytes) -> StatusCode {
    let report = serde_json::from_slice(&body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()));
    println!("CSP violation: {report}");
    sandbox.lock().record_csp_report(report);
    StatusCode::NO_CONTENT
}

/// `POST /__sandbox/interpreters` `{"count": N}`: later invites list N
/// interpreters; `{"count": null}` goes back to the curated few.
#[derive(Debug, Deserialize)]
struct Interpreters {
    count: Option<usize>,
}

async fn interpreters(
    State(sandbox): State<Sandbox>,
    Json(Interpreters { count }): Json<Interpreters>,
) -> Json<Value> {
    sandbox.lock().set_interpreters(count);
    Json(json!({ "count": count }))
}

/// `POST /__sandbox/odd-types` `{"on": true}`: later invite answers are
/// typed as .NET servers do ([`crate::oddities`]); `false` goes back.
#[derive(Debug, Deserialize)]
struct OddTypes {
    on: bool,
}

async fn odd_types(
    State(sandbox): State<Sandbox>,
    Json(OddTypes { on }): Json<OddTypes>,
) -> Json<Value> {
    sandbox.lock().set_odd_types(on);
    Json(json!({ "on": on }))
}

async fn reset(State(sandbox): State<Sandbox>) -> Json<Value> {
    let mut conference = sandbox.lock();
    conference.reset();
    Json(conference.snapshot())
}

/// Wraps the API routes: spends an injected failure if one is pending,
/// honours `Idempotency-Key`, records the request, then waits out the latency.
///
/// The request is handled before the delay, not after, so that a client
/// which gives up waiting still changes the conference, as it would on a
/// real server, and the request log stays complete.
///
/// Idempotency ([`crate::idempotency`]): a 2xx answer is remembered under
/// (path, key) and replayed; a key whose first request is still running gets
/// 409; failed answers are not remembered.
pub(crate) async fn gate(State(sandbox): State<Sandbox>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let key = idempotency::key(&request);
    let body_bytes = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let (failure, begun, index) = {
        let mut conference = sandbox.lock();
        let index = conference.record_request(method, path.clone(), key.clone(), body_bytes);
        match conference.take_failure() {
            Some(plan) => (Some(plan), None, index),
            None => (
                None,
                key.as_ref().map(|k| conference.begin(&path, k)),
                index,
            ),
        }
    };
    let mut replayed = false;
    let response = match (failure, begun) {
        (Some(plan), _) => plan.response().await,
        (None, Some(Begun::Replay(stored))) => {
            replayed = true;
            stored.into_response()
        }
        (None, Some(Begun::InFlight)) => idempotency::in_flight(),
        (None, Some(Begun::New)) => {
            let key = key.clone().unwrap_or_default();
            let (response, stored) = StoredAnswer::capture(next.run(request).await).await;
            sandbox.lock().finish(&path, &key, stored);
            response
        }
        (None, None) => next.run(request).await,
    };
    let latency_ms = {
        let mut conference = sandbox.lock();
        conference.answered(index, response.status(), replayed);
        conference.latency_ms()
    };
    if latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(latency_ms)).await;
    }
    response
}
