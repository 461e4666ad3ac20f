//! A local stand-in for the video-interpreting platform API.
//!
//! It answers the two endpoints the app calls (see [`api`]) from one in-memory
//! conference, serves the built app from `dist/` so both share an origin, and
//! offers test-only controls under `/__sandbox/` (see [`control`]) to inject
//! failures and latency and to inspect what the app sent.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let sandbox = sandbox::Sandbox::new(sandbox::Config::default());
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! axum::serve(listener, sandbox::app(sandbox)).await
//! # }
//! ```
//!
//! # Module map
//!
//! One file per reason to change. Each module names only the modules below
//! it (an arrow is "imports"); nothing names the crate root, which only
//! wires. `tests/modules.rs` fails on any cycle.
//!
//! | module          | holds                                                        | imports |
//! |-----------------|--------------------------------------------------------------|---------|
//! | `lib` (this)    | [`app`]: the router, layer order, the request log line       | all below |
//! | [`api`]         | the two endpoint handlers: invite, kick                      | `domain`, `error`, `oddities`, `providers`, `state` |
//! | [`control`]     | `/__sandbox/` routes and the gate (faults, idempotency, log, latency) | `csp`, `faults`, `idempotency`, `state` |
//! | [`files`]       | serving `dist/`: cache and security headers, `config.json` override, the host SDK's CORS | `caching`, `csp`, `error`, `state` |
//! | [`state`]       | [`Config`] and [`Sandbox`], the handle handlers share        | `auth`, `domain` |
//! | [`domain`]      | the conference: roster, answers, request log, settings       | `faults`, `idempotency` |
//! | [`auth`]        | bearer tokens, `--require-token`, expire-token, its routes   | `error` |
//! | [`faults`]      | fault plans (`/__sandbox/fail`): check, answer, pending      | `error` |
//! | [`idempotency`] | the `Idempotency-Key` replay store                           | `error` |
//! | [`error`]       | [`error::ApiError`]: `{"Message": ...}` bodies               | — |
//! | [`providers`]   | the interpreter list, its photos, .NET dates                 | — |
//! | [`oddities`]    | answers typed as .NET servers do (`/__sandbox/odd-types`)    | — |
//! | [`csp`]         | the Content Security Policy                                  | — |
//! | [`caching`]     | `Cache-Control` per file                                     | — |
//! | [`host`]        | the example host page on its own origin                      | — |
//!
//! ```text
//! lib ─┬─> api ─────┬──────────────> providers, oddities
//!      ├─> control ─┼─> state ─┬─> domain ─┬─> faults ──────┬─> error
//!      ├─> files ───┘          │           └─> idempotency ─┤
//!      │   (files ─> caching, csp; control ─> csp)          │
//!      ├─> host                └─> auth ────────────────────┘
//! ```
//!
//! (`main.rs`, the binary, uses the library from outside: `app`, `Config`,
//! `Sandbox` and [`host::host_app`].)

// `serde_json::json!` recurses once per token; the provider list literal in
// `providers` is one big `json!` so it reads like the wire format.
#![recursion_limit = "256"]

pub mod api;
pub mod auth;
pub mod caching;
pub mod control;
pub mod csp;
pub mod domain;
pub mod error;
pub mod faults;
pub mod files;
pub mod host;
pub mod idempotency;
pub mod oddities;
pub mod providers;
pub mod state;

use std::time::Instant;

use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;

pub use crate::state::{Config, Sandbox};

/// ASP.NET's default request limit (`maxRequestLength`, 4 MB): a bigger
/// body is refused with 413, as a real server would.
pub const MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;

/// The two API endpoints behind their gates (faults, idempotency, log,
/// token) and the request size limit.
fn api_routes(state: &Sandbox) -> Router<Sandbox> {
    api::routes()
        .layer(axum::extract::DefaultBodyLimit::max(MAX_REQUEST_BYTES))
        .layer(middleware::from_fn_with_state(
            state.auth().clone(),
            auth::token_gate,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), control::gate))
}

/// The whole HTTP surface: API endpoints, `/__sandbox/` controls, and the app's files.
pub fn app(state: Sandbox) -> Router {
    Router::new()
        .merge(api_routes(&state))
        .merge(control::routes())
        .merge(auth::control_routes(state.auth().clone()))
        .merge(files::config_override(state.config().config_json.clone()))
        .fallback(files::static_files)
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

/// The same API (same conference) on another origin, as a deployment with
/// `api_base` on its own host has it, behind the strict CORS policy such
/// APIs commonly have: the app's origin may POST with `Content-Type`,
/// `Authorization` and `Accept`, and nothing else (a preflight asking for
/// any other header, `Idempotency-Key` included, is not granted, so the
/// browser blocks the request before it is sent).
pub fn cross_origin_api(state: Sandbox, app_origin: &str) -> Router {
    use axum::http::{header, HeaderValue, Method};
    use tower_http::cors::CorsLayer;
    let cors = CorsLayer::new()
        .allow_origin(HeaderValue::from_str(app_origin).expect("an origin is a header value"))
        .allow_methods([Method::POST])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION, header::ACCEPT]);
    Router::new()
        .merge(api_routes(&state))
        .layer(cors)
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

/// One stdout line per request, so a developer watching the terminal sees
/// what the app is doing without opening the browser's network tab.
async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    println!(
        "{method} {path} -> {} ({} ms)",
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}
