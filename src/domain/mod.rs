//! Pure rules: what the app decides, written as plain functions over plain
//! data, with host tests. Nothing here is reactive or touches the browser
//! (the `Intl` calls in [`format`] are the browser's formatter, and fall
//! back to plain text off it).

pub mod appointment;
pub mod event;
pub mod format;
pub mod idle;
pub mod images;
pub mod interpreters;
pub mod invite;
pub mod labels;
pub mod participant;
pub mod phone;
pub mod request;
pub mod saved;
pub mod time;
pub mod timeline;
