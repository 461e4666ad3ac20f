//! One fact of the appointment: a term and its value.

use leptos::prelude::*;

/// A term and its value, left out entirely when there is no value.
pub fn fact(term: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value.map(|v| {
        view! {
            <div class="fact">
                <dt>{term}</dt>
                <dd dir="auto">{v}</dd>
            </div>
        }
    })
}
