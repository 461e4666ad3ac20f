//! What the sandbox adds for the embedding work: bearer tokens (optional;
//! `--require-token`) with a control route to expire them, a `config.json`
//! override for tests, and the example host page served on a second port,
//! so that it is a different origin from the app.

use std::collections::BTreeSet;
use std::path::PathBuf;

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{json, Value};

use crate::api::ApiError;
use crate::Sandbox;

/// The example host page: the portal team's starting point.
pub const HOST_EXAMPLE: &str = include_str!("../host/host-example.html");
/// The line of the host page that names the app's origin; the sandbox
/// writes its own origin there.
const APP_ORIGIN_LINE: &str = "const APP_ORIGIN = \"http://127.0.0.1:8080\";";

/// Tokens the sandbox has seen and expired, and which token each API
/// request carried.
#[derive(Debug, Default)]
pub struct Tokens {
    seen: BTreeSet<String>,
    expired: BTreeSet<String>,
    requests: Vec<TokenRecord>,
}

/// One API request's token and whether it was let through.
#[derive(Clone, Debug, Serialize)]
pub struct TokenRecord {
    pub path: String,
    pub token: Option<String>,
    pub status: u16,
}

impl Tokens {
    /// Expires every token seen so far (the "current" session ends).
    pub fn expire_all(&mut self) -> Vec<String> {
        let newly: Vec<String> = self.seen.difference(&self.expired).cloned().collect();
        self.expired.extend(newly.iter().cloned());
        newly
    }

    fn snapshot(&self, required: bool) -> Value {
        json!({
            "require_token": required,
            "expired": self.expired,
            "requests": self.requests,
        })
    }
}

/// The bearer token of a request, if it sent `Authorization: Bearer …`.
pub fn bearer(request: &Request) -> Option<String> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_owned())
}

/// Wraps the API routes: records the request's token and, with
/// `--require-token`, answers 401 (as ASP.NET does) without a valid one.
pub(crate) async fn token_gate(
    State(sandbox): State<Sandbox>,
    request: Request,
    next: Next,
) -> Response {
    let token = bearer(&request);
    let path = request.uri().path().to_owned();
    let refused = {
        let mut tokens = sandbox.tokens();
        if let Some(token) = &token {
            tokens.seen.insert(token.clone());
        }
        sandbox.config().require_token && token.as_ref().is_none_or(|t| tokens.expired.contains(t))
    };
    let response = if refused {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "Authorization has been denied for this request.",
        )
        .into_response()
    } else {
        next.run(request).await
    };
    sandbox.tokens().requests.push(TokenRecord {
        path,
        token,
        status: response.status().as_u16(),
    });
    response
}

pub(crate) fn control_routes(config_json: Option<PathBuf>) -> Router<Sandbox> {
    let router = Router::new()
        .route("/__sandbox/expire-token", post(expire_token))
        .route("/__sandbox/tokens", get(tokens));
    match config_json {
        Some(path) => router.route(
            "/config.json",
            get(move || async move {
                match tokio::fs::read_to_string(&path).await {
                    Ok(text) => {
                        ([(header::CONTENT_TYPE, "application/json")], text).into_response()
                    }
                    Err(error) => (
                        StatusCode::INTERNAL_SERVER_ERROR,
                        format!("cannot read {}: {error}\n", path.display()),
                    )
                        .into_response(),
                }
            }),
        ),
        None => router,
    }
}

/// `POST /__sandbox/expire-token`: every token seen so far is refused from
/// now on (with `--require-token`), as when a real session times out.
async fn expire_token(State(sandbox): State<Sandbox>) -> Json<Value> {
    let expired = sandbox.tokens().expire_all();
    Json(json!({ "expired": expired }))
}

/// `GET /__sandbox/tokens`: which token each API request carried.
async fn tokens(State(sandbox): State<Sandbox>) -> Json<Value> {
    Json(sandbox.tokens().snapshot(sandbox.config().require_token))
}

/// The example host page with the app's real origin written in.
pub fn host_page(app_origin: &str) -> String {
    HOST_EXAMPLE.replace(
        APP_ORIGIN_LINE,
        &format!("const APP_ORIGIN = {app_origin:?};"),
    )
}

/// The second origin: only the example host page (and `/` pointing to it).
pub fn host_app(app_origin: String) -> Router {
    let page = host_page(&app_origin);
    Router::new()
        .route(
            "/host-example.html",
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    page,
                )
            }),
        )
        .route("/", get(|| async { Redirect::to("/host-example.html") }))
}
