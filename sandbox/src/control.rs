//! Test-only routes under `/__sandbox/` (the app never calls them), and the
//! gate that applies their settings to every API request.

use std::collections::BTreeMap;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::api::ApiError;
use crate::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    Router::new()
        .route("/__sandbox/fail", post(fail))
        .route("/__sandbox/latency", post(latency))
        .route("/__sandbox/state", get(state))
        .route("/__sandbox/reset", post(reset))
        .route(crate::csp::REPORT_PATH, post(csp_report))
        .route("/__sandbox/interpreters", post(interpreters))
}

/// `POST /__sandbox/fail`: the next `count` API requests answer `status`
/// instead of being handled. Every field may be left out.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct FailPlan {
    #[serde(default = "FailPlan::default_status")]
    pub status: u16,
    /// Requests still to fail; a new plan replaces the old one, 0 cancels it.
    #[serde(default = "FailPlan::default_count")]
    pub count: u32,
    /// Sent as `{"Message": message}` when `body` is null.
    #[serde(default = "FailPlan::default_message")]
    pub message: String,
    /// A raw body instead of the JSON message, e.g. an IIS HTML error page.
    #[serde(default)]
    pub body: Option<String>,
    /// For `body`; `text/plain; charset=utf-8` when null.
    #[serde(default)]
    pub content_type: Option<String>,
    /// Extra response headers, e.g. `{"Retry-After": "30"}` with a 429.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Wait this long before answering: longer than the app's timeout, it is
    /// a request that hangs.
    #[serde(default)]
    pub delay_ms: u64,
}

impl FailPlan {
    fn default_status() -> u16 {
        500
    }

    fn default_count() -> u32 {
        1
    }

    fn default_message() -> String {
        "An error has occurred.".to_owned()
    }

    async fn response(&self) -> Response {
        if self.delay_ms > 0 {
            tokio::time::sleep(Duration::from_millis(self.delay_ms)).await;
        }
        // Checked when the plan was accepted.
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = match &self.body {
            None => ApiError::new(status, self.message.clone()).into_response(),
            Some(body) => {
                let content_type = self
                    .content_type
                    .as_deref()
                    .unwrap_or("text/plain; charset=utf-8");
                (status, [(header::CONTENT_TYPE, content_type)], body.clone()).into_response()
            }
        };
        for (name, value) in &self.headers {
            // Checked when the plan was accepted.
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::from_str(value),
            ) {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }

    fn check(&self) -> Result<(), String> {
        // 1xx is not a final answer and would hang the client.
        if !(200..=599).contains(&self.status) {
            return Err(format!("status must be 200..=599, not {}", self.status));
        }
        for (name, value) in &self.headers {
            HeaderName::try_from(name.as_str())
                .map_err(|_| format!("{name:?} is not a header name"))?;
            HeaderValue::from_str(value).map_err(|_| format!("{value:?} is not a header value"))?;
        }
        if let Some(content_type) = &self.content_type {
            HeaderValue::from_str(content_type).map_err(|_| {
                format!("content_type {content_type:?} is not a valid header value")
            })?;
        }
        Ok(())
    }
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
/// Idempotency: a 2xx answer is remembered under (path, key); a request with
/// the same key gets that answer again and changes nothing. A key whose first
/// request is still running gets 409. Failed answers are not remembered, so
/// retrying after a fault really retries.
pub(crate) async fn gate(State(sandbox): State<Sandbox>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let key = request
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .filter(|k| !k.trim().is_empty())
        .map(str::to_owned);
    let (failure, begun, index) = {
        let mut conference = sandbox.lock();
        let index = conference.record_request(method, path.clone(), key.clone());
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
        (None, Some(Begun::InFlight)) => ApiError::new(
            StatusCode::CONFLICT,
            "A request with this Idempotency-Key is still being processed.",
        )
        .into_response(),
        (None, Some(Begun::New)) => {
            let key = key.clone().unwrap_or_default();
            let response = next.run(request).await;
            let (parts, body) = response.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let stored = StoredAnswer {
                status: parts.status.as_u16(),
                content_type: parts
                    .headers
                    .get(header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned),
                body: bytes.clone(),
            };
            sandbox.lock().finish(&path, &key, stored);
            Response::from_parts(parts, axum::body::Body::from(bytes))
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

/// A 2xx answer kept for an idempotency key.
#[derive(Clone, Debug)]
pub struct StoredAnswer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: axum::body::Bytes,
}

impl IntoResponse for StoredAnswer {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::OK);
        let mut response = (status, self.body).into_response();
        if let Some(value) = self
            .content_type
            .and_then(|t| HeaderValue::from_str(&t).ok())
        {
            response.headers_mut().insert(header::CONTENT_TYPE, value);
        }
        response
    }
}

/// What an idempotency key means for a request that carries it.
pub enum Begun {
    /// First time: handle it.
    New,
    /// Same key, first request still running.
    InFlight,
    /// Same key, answered before: answer the same again.
    Replay(StoredAnswer),
}
