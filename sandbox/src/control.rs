//! Test-only routes under `/__sandbox/` (the app never calls them), and the
//! gate that applies their settings to every API request.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
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

    fn response(&self) -> Response {
        // Checked when the plan was accepted.
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        match &self.body {
            None => ApiError::new(status, self.message.clone()).into_response(),
            Some(body) => {
                let content_type = self
                    .content_type
                    .as_deref()
                    .unwrap_or("text/plain; charset=utf-8");
                (status, [(header::CONTENT_TYPE, content_type)], body.clone()).into_response()
            }
        }
    }

    fn check(&self) -> Result<(), String> {
        // 1xx is not a final answer and would hang the client.
        if !(200..=599).contains(&self.status) {
            return Err(format!("status must be 200..=599, not {}", self.status));
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
/// records the request, then waits out the latency.
///
/// The request is handled before the delay, not after, so that a client
/// which gives up waiting still changes the conference, as it would on a
/// real server, and the request log stays complete.
pub(crate) async fn gate(State(sandbox): State<Sandbox>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let failure = sandbox.lock().take_failure();
    let response = match failure {
        Some(plan) => plan.response(),
        None => next.run(request).await,
    };
    let latency_ms = {
        let mut conference = sandbox.lock();
        conference.record_request(method, path, response.status());
        conference.latency_ms()
    };
    if latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(latency_ms)).await;
    }
    response
}
