//! Invite, list and remove third parties in a video remote interpreting call.
//!
//! # Layers
//!
//! `src/` has one folder per kind of code, listed here from the bottom up.
//! Data flows one way, upwards: API answer → typed model → state → view.
//!
//! 1. [`i18n`]: the catalogue (every text in every language) and plurals.
//! 2. [`config`]: `config.json`, the deployment's settings, checked.
//! 3. [`api`]: the platform API: wire model, dates, client, errors, token.
//! 4. [`domain`]: pure rules: invite validation, phone numbers, the
//!    participant, the saved roster, labels, formatting, interpreters,
//!    images, the idle rule, events. Plain functions with host tests.
//! 5. [`platform`]: browser glue that is not a view: storage, focus,
//!    clipboard, wake lock, the page's language.
//! 6. [`state`]: the reactive state shared by context: roster, selection,
//!    invite fields, events, clock, language. It owns what it holds.
//! 7. [`host`]: the iframe host protocol (pure rules) and its bridge.
//! 8. [`ui`]: components only, a component's private parts beside it.
//!
//! **The rule:** a module names only modules of its own layer or of layers
//! below it, never one above (no `use crate::ui` in `state`, no Leptos
//! view in `domain`), and no two modules import each other, directly or
//! around a cycle. `tests/layers.rs` reads `src/` and fails the build's
//! tests when either is broken. `docs/architecture.md` says why.

pub mod i18n;

pub mod config;

pub mod api;

pub mod domain;

pub mod platform;

pub mod state;

pub mod host;

pub mod ui;

/// The benchmark page's hooks: only with the `bench` feature, never shipped.
#[cfg(feature = "bench")]
pub mod bench;

pub use ui::app::start;
