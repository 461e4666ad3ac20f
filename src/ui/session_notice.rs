//! The notice shown while a request waits for a new token.

use crate::api::session::waiting;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// Shown while a request waits for the host to sign the user in again.
#[component]
pub fn SessionNotice() -> impl IntoView {
    let waiting: Signal<u32> = waiting().into();
    let tr = use_tr();
    view! {
        <p
            class="notice session-notice"
            role="status"
            aria-live="polite"
            hidden=move || waiting.get() == 0
        >
            {move || (waiting.get() > 0).then(|| tr.t().session_expired)}
        </p>
    }
}
