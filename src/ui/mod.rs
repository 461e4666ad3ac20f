//! The views: components only. A component's private parts sit beside it
//! (a folder per area); the pieces several areas share sit here.

pub mod app;
pub mod chunk;
pub mod config_error;
pub mod confirm_dialog;
pub mod copy_button;
pub mod field;
pub mod idle_guard;
pub mod invite;
pub mod language_picker;
pub mod panels;
pub mod roster;
pub mod session_notice;
