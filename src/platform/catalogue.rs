//! Fetching a language's texts: each language but English is a small file
//! beside `index.html` (`i18n-<tag>-<hash>.json`, written by `cargo xtask
//! build`; the hash in the name lets it be cached for a year), fetched the
//! first time the language is wanted and read once (`i18n::Lang::install`).
//! A fetch already on its way is shared, so asking twice fetches once.

use crate::i18n::Lang;
use js_sys::Promise;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The fetches on their way (or done), one per language.
    static FETCHES: RefCell<Vec<(Lang, Promise)>> = const { RefCell::new(Vec::new()) };
}

/// The text of `file`, fetched from beside the page.
async fn fetch_text(file: &'static str) -> Result<JsValue, JsValue> {
    let window = leptos::prelude::window();
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str("not found"));
    }
    JsFuture::from(response.text()?).await
}

/// The shared promise that `lang`'s file has been fetched and read
/// (started now if it is not on its way); `None` for English. It resolves
/// either way: whether the texts are ready is [`Lang::is_ready`]. A failed
/// fetch is forgotten, so the next wish tries again.
fn loading(lang: Lang) -> Option<Promise> {
    let file = lang.file()?;
    Some(FETCHES.with(|fetches| {
        let mut fetches = fetches.borrow_mut();
        if let Some((_, promise)) = fetches.iter().find(|(l, _)| *l == lang) {
            return promise.clone();
        }
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            let text = fetch_text(file).await.ok().and_then(|t| t.as_string());
            if text.is_none_or(|text| lang.install(&text).is_err()) {
                FETCHES.with(|fetches| fetches.borrow_mut().retain(|(l, _)| *l != lang));
            }
            Ok(JsValue::UNDEFINED)
        });
        fetches.push((lang, promise.clone()));
        promise
    }))
}

/// Makes `lang`'s texts ready: at once if they are (English always is),
/// else once its file has arrived and been read.
pub async fn ensure(lang: Lang) -> Result<(), String> {
    if let Some(promise) = loading(lang).filter(|_| !lang.is_ready()) {
        let _ = JsFuture::from(promise).await;
    }
    if lang.is_ready() {
        Ok(())
    } else {
        Err(format!("the {} texts could not be fetched", lang.tag()))
    }
}

/// Starts fetching `lang`'s texts without waiting for them (at start, in
/// parallel with `config.json`).
pub fn prefetch(lang: Lang) {
    if !lang.is_ready() {
        let _ = loading(lang);
    }
}

/// [`ensure`], waiting at most `ms` milliseconds: whether `lang` is ready
/// then. (A slow file must not keep the first screen blank: the app then
/// starts in English and switches when the file arrives.)
pub async fn ready_within(lang: Lang, ms: i32) -> bool {
    let Some(promise) = loading(lang).filter(|_| !lang.is_ready()) else {
        return lang.is_ready();
    };
    let timer = crate::platform::page::timer(ms);
    let _ = JsFuture::from(Promise::race(&js_sys::Array::of2(&promise, &timer))).await;
    lang.is_ready()
}
