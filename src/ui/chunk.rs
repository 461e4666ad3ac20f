//! A part of the app that lives in a wasm chunk of its own (`cargo xtask
//! build` splits each `#[wasm_split(NAME)]` function, and the code only it
//! reaches, into `NAME-<hash>.wasm`; `xtask/src/split.rs`). The first screen
//! does not download it: [`Chunk`] fetches it when the part is first shown.
//!
//! A chunk that cannot be fetched (a poor clinic network) is said in the
//! page's language with a "Try again" button; it never stops the app, and
//! a failed fetch is never remembered, so the button fetches anew.

use crate::state::language::use_tr;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A part's view, once its chunk is there.
type Loading = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>> + Send>>;

/// How a part is loaded: a `#[wasm_split]` function with its arguments,
/// behind one pointer, so that [`Chunk`] is compiled once for every part
/// (a generic component would be compiled again for each).
#[derive(Clone)]
pub struct Load(Arc<dyn Fn() -> Loading + Send + Sync>);

impl<F, Fut> From<F> for Load
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + Send + 'static,
{
    fn from(load: F) -> Self {
        Load(Arc::new(move || Box::pin(load())))
    }
}

/// What `load` builds, once its chunk is there (nothing before).
#[component]
pub fn Chunk(
    /// Builds the part's view; an `Err` when its chunk could not be fetched.
    #[prop(into)]
    load: Load,
) -> impl IntoView {
    let tr = use_tr();
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        let loading = (load.0)();
        Suspend::new(async move {
            match loading.await {
                Ok(view) => view,
                Err(_) => view! {
                    <div class="notice part-failed" role="alert">
                        <p>{move || tr.t().part_failed}</p>
                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {move || tr.t().retry}
                        </button>
                    </div>
                }
                .into_any(),
            }
        })
    }
}
