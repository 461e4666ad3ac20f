//! The tab's own storage (`sessionStorage`): nothing the app keeps outlives
//! the tab, and a full or blocked storage never stops the call.

use leptos::prelude::window;

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The text stored under `key`, if any (and if storage can be read).
pub fn read(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Stores `text` under `key`; `false` when the browser refused (full,
/// blocked, private mode).
pub fn write(key: &str, text: &str) -> bool {
    session_storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Removes `key`.
pub fn remove(key: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything the app stored for this tab.
pub fn clear_tab() {
    if let Some(storage) = session_storage() {
        let _ = storage.clear();
    }
}
