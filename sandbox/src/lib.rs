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

// `serde_json::json!` recurses once per token; the provider list literal in
// `providers` is one big `json!` so it reads like the wire format.
#![recursion_limit = "256"]

pub mod api;
pub mod caching;
pub mod control;
pub mod csp;
pub mod host;
pub mod providers;
mod state;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::services::ServeDir;

use crate::api::ApiError;
use crate::state::Conference;

/// Start-up settings (the binary fills them from its flags).
#[derive(Clone, Debug)]
pub struct Config {
    /// Delay added before each API answer; `/__sandbox/latency` overrides it
    /// and `/__sandbox/reset` restores it.
    pub latency_ms: u64,
    /// The built app, served for every GET that is not an API or control route.
    pub dist: PathBuf,
    /// Refuse API requests without a valid bearer token (401).
    pub require_token: bool,
    /// Serve this file as `/config.json` instead of the one in `dist`.
    pub config_json: Option<PathBuf>,
    /// Serve the app without its Content Security Policy, as a careless
    /// deployment would: tests use it to show the app's own checks hold.
    pub no_csp: bool,
    /// Answer every invite with this many interpreters (load tests);
    /// `None`: the curated few.
    pub interpreters: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            latency_ms: 0,
            dist: PathBuf::from("dist"),
            require_token: false,
            config_json: None,
            no_csp: false,
            interpreters: None,
        }
    }
}

/// The running sandbox: one conference plus the test controls.
///
/// Cheap to clone; every clone shares the same conference, so a test can keep
/// one to call [`Sandbox::snapshot`] while the router holds another.
#[derive(Clone)]
pub struct Sandbox {
    conference: Arc<Mutex<Conference>>,
    config: Arc<Config>,
    files: ServeDir,
    tokens: Arc<Mutex<host::Tokens>>,
}

impl Sandbox {
    pub fn new(config: Config) -> Self {
        let mut conference = Conference::new(config.latency_ms);
        conference.set_initial_interpreters(config.interpreters);
        Self {
            conference: Arc::new(Mutex::new(conference)),
            // `cargo xtask build` writes `.br` and `.gz` beside each file.
            files: ServeDir::new(&config.dist)
                .precompressed_br()
                .precompressed_gzip(),
            tokens: Arc::default(),
            config: Arc::new(config),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The same JSON as `GET /__sandbox/state`.
    pub fn snapshot(&self) -> serde_json::Value {
        self.lock().snapshot()
    }

    /// The token bookkeeping (poisoning ignored, as for the conference).
    pub(crate) fn tokens(&self) -> MutexGuard<'_, host::Tokens> {
        self.tokens.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Locks the conference. A handler that panicked while holding the lock
    /// must not take the rest of a test run down with it, so poisoning is ignored.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Conference> {
        self.conference
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// The whole HTTP surface: API endpoints, `/__sandbox/` controls, and the app's files.
pub fn app(state: Sandbox) -> Router {
    Router::new()
        .merge(
            api::routes()
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    host::token_gate,
                ))
                .layer(middleware::from_fn_with_state(state.clone(), control::gate)),
        )
        .merge(control::routes())
        .merge(host::control_routes(state.config.config_json.clone()))
        .fallback(static_files)
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

/// Serves the built app. The `dist` check happens per request rather than at
/// start-up so that building the app while the sandbox runs just works.
async fn static_files(State(sandbox): State<Sandbox>, request: Request) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        // A POST to a misspelt API path should look like the real server's
        // answer, not like a 405 from the file server.
        return ApiError::new(
            StatusCode::NOT_FOUND,
            format!(
                "No HTTP resource was found that matches the request URI '{}'.",
                request.uri()
            ),
        )
        .into_response();
    }
    if request.uri().path() == "/" && !sandbox.config.dist.is_dir() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "The app is not built: run `cargo xtask serve`\n",
        )
            .into_response();
    }
    let cache = caching::cache_control(request.uri().path());
    match sandbox.files.clone().try_call(request).await {
        Ok(response) => {
            let mut response = response.into_response();
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
                use axum::http::{header, HeaderValue};
                let headers = response.headers_mut();
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
                headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            }
            with_security_headers(response, &sandbox.config)
        }
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("Could not read the file: {error}\n"),
        )
            .into_response(),
    }
}

/// The headers a deployment should send with the app (README, "Deploying").
fn with_security_headers(mut response: Response, config: &Config) -> Response {
    use axum::http::{header, HeaderValue};
    let config_json = config
        .config_json
        .clone()
        .unwrap_or_else(|| config.dist.join("config.json"));
    let headers = response.headers_mut();
    if config.no_csp {
        return response;
    }
    if let Ok(policy) =
        HeaderValue::from_str(&csp::content_security_policy(&config.dist, &config_json))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
