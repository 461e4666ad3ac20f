//! The page around the app: which language the browser and the tab ask
//! for, and `lang`/`dir`/title on the document.

use crate::i18n::{resolve, Lang, STORAGE_KEY};
use crate::platform::storage;
use leptos::prelude::*;

/// The language to start in: the tab's own earlier choice, else config's
/// `default_language`, else the browser's languages, else English.
pub fn initial(config_default: &str) -> Lang {
    let saved = storage::read(STORAGE_KEY);
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    resolve(
        saved
            .as_deref()
            .into_iter()
            .chain((!config_default.trim().is_empty()).then_some(config_default))
            .chain(browser.iter().map(String::as_str)),
    )
}

/// Keeps the page in step with `lang`: `lang` and `dir` on `<html>` (so the
/// whole page, dialogs included, turns right-to-left) and the title.
pub fn apply_to_page(lang: Signal<Lang>) {
    Effect::new(move || {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root.set_attribute("dir", lang.dir());
        }
        document().set_title(lang.texts().app_title);
        crate::platform::crash::set_texts(lang);
    });
}

/// A promise that resolves after `ms` milliseconds.
pub fn timer(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    })
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let _ = wasm_bindgen_futures::JsFuture::from(timer(ms)).await;
}
