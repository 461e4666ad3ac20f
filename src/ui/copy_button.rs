//! The Copy button: copies to the clipboard with a confirmation a person sees and a screen
//! reader hears, and a plain message when the browser refuses.

use crate::i18n::fill;
use crate::platform::clipboard::write_text;
use crate::state::language::use_tr;
use leptos::prelude::*;

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
    let tr = use_tr();
    let copy = Action::new_local(move |text: &String| {
        let text = text.clone();
        let refused = tr.0.get_untracked().texts().copy_refused;
        async move {
            state.set(match write_text(&text, refused).await {
                Ok(()) => CopyState::Copied,
                Err(message) => CopyState::Failed(message),
            });
        }
    });
    view! {
        <button
            type="button"
            class="copy"
            aria-label=move || fill(tr.t().copy_what, &[("what", what)])
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
                CopyState::Copied => {
                    Some(view! { <span class="copied">{move || tr.t().copied}</span> }.into_any())
                }
                CopyState::Failed(message) => {
                    Some(view! { <span class="error">{message}</span> }.into_any())
                }
            }}
        </span>
    }
}
