//! What the last invite came to: sent (with the server's waiting message),
//! or why not, in live regions that exist from the start.

use crate::api::ApiError;
use crate::domain::invite::Sent;
use crate::i18n::fill;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// The invite's outcome under the form.
#[component]
pub fn Outcome(
    /// The last outcome: `None` before the first, or after a reset.
    outcome: Signal<Option<Result<Option<Sent>, ApiError>>>,
    /// While sending, an old error is not shown.
    pending: Signal<bool>,
) -> impl IntoView {
    let tr = use_tr();
    view! {
        <div class="outcome" role="status" aria-live="polite">
            {move || match outcome.get() {
                Some(Ok(Some(sent))) => {
                    Some(
                        view! {
                            <p class="sent">{fill(tr.t().sent_to, &[("name", &sent.name)])}</p>
                            <p class="waiting">{sent.waiting}</p>
                        },
                    )
                }
                _ => None,
            }}
        </div>
        <div class="outcome-error" role="alert">
            {move || match outcome.get() {
                Some(Err(error)) if !pending.get() => {
                    Some(view! { <p class="error">{error.message(tr.lang())}</p> })
                }
                _ => None,
            }}
        </div>
    }
}
