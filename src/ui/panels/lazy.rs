//! The details panels come in the `participants` chunk, with the roster's
//! rows (`ui::roster::participants_view`): the first screen (the form and
//! an empty roster) never runs them, so they are not in the first download.

use super::DetailsPanels;
use crate::state::selection::Selection;
use crate::ui::chunk::Chunk;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// The panels' view, built by the chunk's code once it is there.
#[leptos::wasm_split::wasm_split(participants, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn details_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <DetailsPanels /> }.into_any())
}

/// [`DetailsPanels`], fetched the first time there is a participant to
/// show; until then nothing (the roster above shows the participant).
#[component]
pub fn LazyDetailsPanels() -> impl IntoView {
    let selection = expect_context::<Selection>();
    let wanted = Memo::new(move |_| selection.shown().is_some());
    view! {
        <Show when=move || wanted.get()>
            <Chunk load=details_view />
        </Show>
    }
}
