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
    let shown = value.clone();
    // No `aria-label` on the span: ARIA prohibits a name on a generic
    // element, and a screen reader reading the page would say "bullet
    // bullet…". The dots are hidden from it; it reads "PIN hidden" instead,
    // and the digits themselves once shown.
    view! {
        <span class="pin">
            {move || {
                if revealed.get() {
                    view! { <span dir="ltr">{shown.clone()}</span> }.into_any()
                } else {
                    view! {
                        <span dir="ltr" aria-hidden="true">
                            "••••••"
                        </span>
                        <span class="visually-hidden">{t.pin_hidden}</span>
                    }
                        .into_any()
                }
            }}
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
