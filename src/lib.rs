//! Invite, list and remove third parties in a video remote interpreting call.
//!
//! Data flows one way: API answer → typed model → state → view.
//!
//! - [`api`]: the two platform calls and their errors.
//! - [`model`]: the API's JSON contract, typed.
//! - [`config`]: `config.json`, the deployment's settings.
//! - [`invite`]: the invite form and its rules.
//! - [`phone`]: phone numbers to E.164, for dial-out.
//! - [`roster`]: who was invited, kept for the tab, and removing them.
//! - [`panels`]: whose details are shown, and the panels under the roster:
//!   [`request`] (the second-request status), [`interpreters`] (the list),
//!   [`appointment`] (the scheduled appointment, copy, Join).
//! - [`format`](mod@format): pure display rules (text, dates, durations, relative time);
//!   [`images`]: the profile-image allowlist; [`clipboard`]: copy with a
//!   confirmation; [`clock`]: one shared clock; [`isodate`]: the API's dates parsed.
//! - [`events`]: the one seam through which the app tells its surroundings what happened.
//! - [`host`]: the iframe host bridge (postMessage); [`auth`]: the host's token.
//! - [`i18n`]: the texts in English, Spanish and Arabic, plurals, the language choice.
//! - [`kiosk`]: kiosk mode: idle reset, wake lock.
//! - [`app`]: the root that wires them together.

pub mod api;
pub mod app;
pub mod appointment;
pub mod auth;
/// The benchmark page's hooks: only with the `bench` feature, never shipped.
#[cfg(feature = "bench")]
pub mod bench;
pub mod clipboard;
pub mod clock;
pub mod config;
pub mod events;
pub mod format;
pub mod host;
pub mod i18n;
pub mod images;
pub mod interpreters;
pub mod invite;
pub mod isodate;
pub mod kiosk;
pub mod model;
pub mod panels;
pub mod phone;
pub mod request;
pub mod roster;

pub use app::start;
