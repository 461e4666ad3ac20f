//! The details panels in a wasm chunk of their own: the first screen (the
//! form and an empty roster) never runs them, so they are not in the first
//! download. `cargo xtask build` splits every `#[wasm_split]` function, and
//! what only it reaches, into a chunk (`xtask/src/split.rs`); the chunk is
//! fetched when the panels are first shown, or earlier with
//! [`preload_details`] (the invite form calls it while its request is on
//! its way, so the answer's panels paint without a wait).
//!
//! A chunk that cannot be fetched (a poor clinic network) says so, with a
//! button that tries again; it never stops the app.

use super::DetailsPanels;
use crate::state::language::use_tr;
use crate::state::selection::Selection;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// The panels' view, built by the chunk's code once it is there.
#[leptos::wasm_split::wasm_split(
    details,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(preload_details)
)]
pub fn details_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <DetailsPanels /> }.into_any())
}

/// [`DetailsPanels`], fetched the first time there is a participant to
/// show; until it is there, nothing (the roster above already shows the
/// participant).
#[component]
pub fn LazyDetailsPanels() -> impl IntoView {
    let selection = expect_context::<Selection>();
    let tr = use_tr();
    let wanted = Memo::new(move |_| selection.shown().is_some());
    // Bumped by "Try again": the load is tried anew (a failed load is
    // never remembered by the loader).
    let attempt = RwSignal::new(0_u32);
    move || {
        if !wanted.get() {
            return None;
        }
        attempt.track();
        Some(Suspend::new(async move {
            match details_view().await {
                Ok(panels) => panels,
                Err(_) => view! {
                    <div class="notice details-failed" role="alert">
                        <p>{move || tr.t().details_failed}</p>
                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {move || tr.t().retry}
                        </button>
                    </div>
                }
                .into_any(),
            }
        }))
    }
}
