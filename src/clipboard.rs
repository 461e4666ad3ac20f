//! Copying to the clipboard, with a confirmation a person sees and a screen
//! reader hears, and a plain message when the browser refuses.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Writes `text` with `navigator.clipboard.writeText`. Called through
/// `Reflect` because web-sys still marks the Clipboard API unstable
/// (`--cfg=web_sys_unstable_apis` for the whole crate graph).
pub async fn write_text(text: &str) -> Result<(), String> {
    let refused = crate::i18n::use_tr().t().copy_refused;
    write_text_or(text, refused).await
}

async fn write_text_or(text: &str, refused: &'static str) -> Result<(), String> {
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
    let tr = crate::i18n::use_tr();
    let copy = Action::new_local(move |text: &String| {
        let text = text.clone();
        let refused = tr.0.get_untracked().texts().copy_refused;
        async move {
            state.set(match write_text_or(&text, refused).await {
                Ok(()) => CopyState::Copied,
                Err(message) => CopyState::Failed(message),
            });
        }
    });
    view! {
        <button
            type="button"
            class="copy"
            aria-label=move || crate::i18n::fill(tr.t().copy_what, &[("what", what)])
            on:click=move |_| {
                state.set(CopyState::Idle);
                copy.dispatch_local(text.clone());
            }
        >
            {move || tr.t().copy}
        </button>
        <span class="copy-status" role="status">
            {move || match state.get() {
                CopyState::Idle => None,
                CopyState::Copied => Some(view! { <span class="copied">{move || tr.t().copied}</span> }.into_any()),
                CopyState::Failed(message) => Some(view! { <span class="error">{message}</span> }.into_any()),
            }}
        </span>
    }
}
