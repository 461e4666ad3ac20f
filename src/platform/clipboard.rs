//! The system clipboard.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};

/// Writes `text` with `navigator.clipboard.writeText`; `Err(refused)` when
/// the browser has no clipboard here or refuses. Called through `Reflect`
/// because web-sys still marks the Clipboard API unstable
/// (`--cfg=web_sys_unstable_apis` for the whole crate graph).
pub async fn write_text(text: &str, refused: &'static str) -> Result<(), String> {
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).map_err(|_| refused)?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| refused)?;
    if clipboard.is_undefined() || clipboard.is_null() {
        // Only secure pages (https, localhost) have a clipboard.
        return Err(refused.into());
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(refused)?;
    let promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(refused)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| refused.into())
}
