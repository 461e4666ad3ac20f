//! The auth gate: bearer tokens (optional; `--require-token`), which token
//! each API request carried, and the control routes to expire them
//! (`/__sandbox/expire-token`) and to inspect them (`/__sandbox/tokens`).
//!
//! Self-contained: its middleware and routes run on their own state,
//! [`Auth`], which the shared handle (`state::Sandbox`) holds.
//!
//! Imports: [`crate::error`].

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{json, Value};

use crate::error::ApiError;

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

/// The gate's state: the token bookkeeping, shared by every clone, and
/// whether a valid token is required (`--require-token`).
#[derive(Clone, Debug, Default)]
pub struct Auth {
    tokens: Arc<Mutex<Tokens>>,
    required: bool,
}

impl Auth {
    pub fn new(required: bool) -> Self {
        Self {
            tokens: Arc::default(),
            required,
        }
    }

    /// The token bookkeeping. Poisoning is ignored, as for the conference: a
    /// handler that panicked must not take the rest of a test run down.
    pub fn tokens(&self) -> MutexGuard<'_, Tokens> {
        self.tokens.lock().unwrap_or_else(PoisonError::into_inner)
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
pub async fn token_gate(State(auth): State<Auth>, request: Request, next: Next) -> Response {
    let token = bearer(&request);
    let path = request.uri().path().to_owned();
    let refused = {
        let mut tokens = auth.tokens();
        if let Some(token) = &token {
            tokens.seen.insert(token.clone());
        }
        auth.required && token.as_ref().is_none_or(|t| tokens.expired.contains(t))
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
    auth.tokens().requests.push(TokenRecord {
        path,
        token,
        status: response.status().as_u16(),
    });
    response
}

/// `/__sandbox/expire-token` and `/__sandbox/tokens`, on `auth`'s state, to
/// merge into a router of any state.
pub fn control_routes<S>(auth: Auth) -> Router<S> {
    Router::new()
        .route("/__sandbox/expire-token", post(expire_token))
        .route("/__sandbox/tokens", get(tokens))
        .with_state(auth)
}

/// `POST /__sandbox/expire-token`: every token seen so far is refused from
/// now on (with `--require-token`), as when a real session times out.
async fn expire_token(State(auth): State<Auth>) -> Json<Value> {
    let expired = auth.tokens().expire_all();
    Json(json!({ "expired": expired }))
}

/// `GET /__sandbox/tokens`: which token each API request carried.
async fn tokens(State(auth): State<Auth>) -> Json<Value> {
    Json(auth.tokens().snapshot(auth.required))
}
