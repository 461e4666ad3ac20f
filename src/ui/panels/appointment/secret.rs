//! A secret read out on the phone (the appointment's PIN): masked until
//! the person asks to see it, and copyable either way.

use crate::state::language::use_tr;
use crate::ui::copy_button::CopyButton;
use leptos::prelude::*;

/// The PIN, masked, with Show PIN / Hide PIN and Copy.
#[component]
pub fn SecretValue(
    /// The secret itself.
    value: String,
) -> impl IntoView {
    let t = use_tr().0.get_untracked().texts();
    let revealed = RwSignal::new(false);
    let read = value.clone();
    let shown = value.clone();
    view! {
        <span
            class="pin"
            dir="ltr"
            aria-label=move || if revealed.get() { read.clone() } else { t.pin_hidden.to_string() }
        >
            {move || if revealed.get() { shown.clone() } else { "••••••".to_string() }}
        </span>
        " "
        <button
            type="button"
            class="reveal"
            aria-pressed=move || if revealed.get() { "true" } else { "false" }
            on:click=move |_| revealed.update(|r| *r = !*r)
        >
            {move || if revealed.get() { t.hide_pin } else { t.show_pin }}
        </button>
        " "
        <CopyButton text=value what=t.pin />
    }
}
