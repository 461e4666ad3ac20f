//! The shared handle every handler and gate is given: start-up settings
//! ([`Config`]) and the running sandbox ([`Sandbox`]): the conference behind
//! its lock, the token bookkeeping, and the file server for `dist/`.
//!
//! Imports: [`crate::domain`], [`crate::auth`].

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tower_http::services::ServeDir;

use crate::auth::Auth;
use crate::domain::Conference;

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
    auth: Auth,
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
            auth: Auth::new(config.require_token),
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

    /// The auth gate's state (tokens seen, expired, and per request).
    pub(crate) fn auth(&self) -> &Auth {
        &self.auth
    }

    /// The file server for `dist/`.
    pub(crate) fn files(&self) -> &ServeDir {
        &self.files
    }

    /// Locks the conference. A handler that panicked while holding the lock
    /// must not take the rest of a test run down with it, so poisoning is ignored.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Conference> {
        self.conference
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
