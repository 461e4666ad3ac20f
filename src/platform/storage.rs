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

/// Every key the app stores starts with this (`vri-invite.roster`,
/// `vri-invite.language`).
pub const PREFIX: &str = "vri-invite.";

/// Removes everything the app stored for this tab, and only that: the
/// portal embedding the app may keep its own keys on the same origin.
pub fn clear_tab() {
    let Some(storage) = session_storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in ours {
        let _ = storage.remove_item(&key);
    }
}

#[cfg(test)]
mod tests {
    use super::PREFIX;

    #[test]
    fn every_key_the_app_stores_is_cleared_by_a_reset() {
        for key in [crate::domain::saved::STORAGE_KEY, crate::i18n::STORAGE_KEY] {
            assert!(key.starts_with(PREFIX), "{key} escapes clear_tab");
        }
    }
}
