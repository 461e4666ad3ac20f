//! Invite, list and remove third parties in a video remote interpreting call.
//!
//! - [`api`]: the two platform calls and their errors.
//! - [`model`]: the API's JSON contract, typed.
//! - [`config`]: `config.json`, the deployment's settings.
//! - [`invite`]: the invite form and its rules.
//! - [`phone`]: phone numbers to E.164, for dial-out.
//! - [`roster`]: who was invited, kept for the tab, and removing them.
//! - [`events`]: the one seam through which the app tells its surroundings what happened.
//! - [`host`]: the iframe host bridge (postMessage); [`auth`]: the host's token.
//! - [`kiosk`]: kiosk mode: idle reset, wake lock.
//! - [`app`]: the root that wires them together.

pub mod api;
pub mod app;
pub mod auth;
pub mod config;
pub mod events;
pub mod host;
pub mod invite;
pub mod kiosk;
pub mod model;
pub mod phone;
pub mod roster;

pub use app::start;
pub mod appointment;
/// The benchmark page's hooks: only with the `bench` feature, never shipped.
#[cfg(feature = "bench")]
pub mod bench;
pub mod clipboard;
pub mod clock;
pub mod format;
pub mod images;
pub mod interpreters;
pub mod isodate;
pub mod panels;
pub mod request;
