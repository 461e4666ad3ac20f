//! How the third party is reached: email or phone.

use crate::domain::invite::Mode;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// The email / phone choice, as two radio buttons in a fieldset.
#[component]
pub fn ModeChoice(
    /// The chosen mode.
    mode: RwSignal<Mode>,
    /// While sending, nothing can be changed.
    disabled: Signal<bool>,
) -> impl IntoView {
    let tr = use_tr();
    let choice =
        move |value: &'static str, this: Mode, text: fn(&crate::i18n::Texts) -> &'static str| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="mode"
                        value=value
                        prop:checked=move || mode.get() == this
                        // The attribute too, for what reads the DOM rather
                        // than the browser's state (a saved page, the
                        // virtual screen reader): it says which is picked.
                        checked=move || (mode.get() == this).then_some("")
                        on:change=move |_| mode.set(this)
                    />
                    {move || text(tr.t())}
                </label>
            }
        };
    view! {
        <fieldset class="mode" disabled=disabled>
            <legend>{move || tr.t().how_to_reach}</legend>
            {choice("email", Mode::Email, |t| t.mode_email)}
            {choice("phone", Mode::Phone, |t| t.mode_phone)}
        </fieldset>
    }
}
