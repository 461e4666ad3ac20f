//! `Idempotency-Key`: a 2xx answer is remembered under (path, key); a request
//! with the same key gets that answer again and changes nothing. A key whose
//! first request is still running gets 409. Failed answers are not
//! remembered, so retrying after a fault really retries.
//!
//! The store lives in the conference (`domain`) so that a reset clears it;
//! the gate in `control` applies it to every API request.
//!
//! Imports: [`crate::error`].

use std::collections::BTreeMap;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// The request's `Idempotency-Key`, unless missing or blank.
pub fn key(request: &Request) -> Option<String> {
    request
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .filter(|k| !k.trim().is_empty())
        .map(str::to_owned)
}

/// The answer to a request whose key's first request is still running.
pub fn in_flight() -> Response {
    ApiError::new(
        StatusCode::CONFLICT,
        "A request with this Idempotency-Key is still being processed.",
    )
    .into_response()
}

/// A 2xx answer kept for an idempotency key.
#[derive(Clone, Debug)]
pub struct StoredAnswer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Bytes,
}

impl StoredAnswer {
    /// Reads a handler's answer whole, to keep it and still send it.
    pub async fn capture(response: Response) -> (Response, Self) {
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .unwrap_or_default();
        let stored = Self {
            status: parts.status.as_u16(),
            content_type: parts
                .headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            body: bytes.clone(),
        };
        (Response::from_parts(parts, Body::from(bytes)), stored)
    }
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

/// (path, Idempotency-Key) → the 2xx answer given, or `None` while the
/// first request with that key is running.
#[derive(Debug, Default)]
pub struct Replays(BTreeMap<(String, String), Option<StoredAnswer>>);

impl Replays {
    /// Starts a request that carries an idempotency key.
    pub fn begin(&mut self, path: &str, key: &str) -> Begun {
        match self.0.get(&(path.to_owned(), key.to_owned())) {
            Some(Some(answer)) => Begun::Replay(answer.clone()),
            Some(None) => Begun::InFlight,
            None => {
                self.0.insert((path.to_owned(), key.to_owned()), None);
                Begun::New
            }
        }
    }

    /// Ends a request begun with [`Replays::begin`]: a 2xx answer is kept
    /// for replay; anything else frees the key for a real retry.
    pub fn finish(&mut self, path: &str, key: &str, answer: StoredAnswer) {
        let slot = (path.to_owned(), key.to_owned());
        if (200..300).contains(&answer.status) {
            self.0.insert(slot, Some(answer));
        } else {
            self.0.remove(&slot);
        }
    }
}
