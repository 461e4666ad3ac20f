//! Copying to the clipboard, with a confirmation a person sees and a screen
//! reader hears, and a plain message when the browser refuses.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Writes `text` with `navigator.clipboard.writeText`. Called through
/// `Reflect` because web-sys still marks the Clipboard API unstable
/// (`--cfg=web_sys_unstable_apis` for the whole crate graph).
pub async fn write_text(text: &str) -> Result<(), String> {
    const REFUSED: &str =
        "The browser did not allow copying. Select the text and copy it yourself.";
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).map_err(|_| REFUSED)?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| REFUSED)?;
    if clipboard.is_undefined() || clipboard.is_null() {
        // Only secure pages (https, localhost) have a clipboard.
        return Err(REFUSED.into());
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(REFUSED)?;
    let promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(REFUSED)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| REFUSED.into())
}

#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed(String),
}

/// A button that copies `text`, then says "Copied" (or why it could not)
/// in a status line beside it.
#[component]
pub fn CopyButton(
    /// What is copied.
    text: String,
    /// What it is, for the button's accessible name ("Copy confirmation number").
    what: &'static str,
) -> impl IntoView {
    let state = RwSignal::new(CopyState::Idle);
    let copy = Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            state.set(match write_text(&text).await {
                Ok(()) => CopyState::Copied,
                Err(message) => CopyState::Failed(message),
            });
        }
    });
    view! {
        <button
            type="button"
            class="copy"
            aria-label=format!("Copy {what}")
            on:click=move |_| {
                state.set(CopyState::Idle);
                copy.dispatch_local(text.clone());
            }
        >
            "Copy"
        </button>
        <span class="copy-status" role="status">
            {move || match state.get() {
                CopyState::Idle => None,
                CopyState::Copied => Some(view! { <span class="copied">"Copied"</span> }.into_any()),
                CopyState::Failed(message) => Some(view! { <span class="error">{message}</span> }.into_any()),
            }}
        </span>
    }
}
