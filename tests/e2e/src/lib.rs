//! The end-to-end harness: a fresh sandbox API (serving the built app) and a
//! fresh headless Chromium for every test, driven over WebDriver, and torn
//! down even when an assertion fails.
//!
//! Tests find things as a person does: fields by their label, buttons by
//! their text, messages by what they say.
//!
//! Paths come from the environment `cargo xtask test` sets: `SANDBOX_BIN`,
//! `APP_DIST`, `CHROMEDRIVER` (and optionally `CHROME_BIN`).
//!
//! One file per job:
//! - [`sandbox`]: the sandbox API process, its fault plans and latency, and
//!   the TCP [`Proxy`] that plays "server stopped";
//! - [`browser`]: chromedriver and Chromium, the WebDriver session, [`App`]
//!   and its element finders;
//! - [`actions`]: what a person does (invite, remove);
//! - [`host_page`]: the example host page embedding the app;
//! - [`judges`]: the accessibility judges from npm (axe-core,
//!   html-validate, the virtual screen reader);
//! - [`waiting`]: [`eventually`], the one poll-until-done helper, and the
//!   waits built on it;
//! - [`report`]: rows the tests record for `cargo xtask test` to print.

pub mod actions;
pub mod browser;
pub mod host_page;
pub mod judges;
pub mod report;
pub mod sandbox;
pub mod waiting;

pub use browser::App;
pub use report::record_fault_row;
pub use sandbox::{Options, Proxy, Sandbox};
pub use waiting::{eventually, Outcome, PATIENCE};

use std::path::PathBuf;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn path_from_env(var: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or(default)
}

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
