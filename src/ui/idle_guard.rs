//! Kiosk mode: the app on a shared tablet in a clinic. Large touch targets
//! (the `kiosk` class, style/main.css), an idle reset so the next patient
//! sees nothing of the last, and the screen kept awake during a call.

use crate::config::Kiosk;
use crate::domain::idle::{idle_state, Idle};
use crate::i18n::count;
use crate::state::language::use_tr;
use leptos::prelude::*;
use std::time::Duration;

/// The idle guard, in the `kiosk` chunk: shown while kiosk mode is on.
#[leptos::wasm_split::wasm_split(kiosk, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn kiosk_view(
    settings: StoredValue<Kiosk>,
    on_reset: Callback<()>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <IdleGuard enabled=Signal::stored(true) settings=settings.get_value() on_reset=on_reset /> }.into_any())
}

/// Watches for a touch, click, key or scroll while kiosk mode is on; after
/// the configured idle time it warns with a countdown ("I'm still here"
/// dismisses it), then calls `on_reset`.
#[component]
pub fn IdleGuard(
    /// Whether kiosk mode is on (config or host).
    enabled: Signal<bool>,
    /// Idle and warning durations from `config.json`.
    settings: Kiosk,
    /// Clears the form, the roster and the tab's storage.
    on_reset: Callback<()>,
) -> impl IntoView {
    let now = RwSignal::new(js_sys::Date::now());
    let last_input = RwSignal::new(now.get_untracked());
    let touched = move || last_input.set(js_sys::Date::now());
    let handles = [
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
        window_event_listener(leptos::ev::wheel, move |_| touched()),
        window_event_listener(leptos::ev::input, move |_| touched()),
    ];
    let settings_ = settings.clone();
    let ticker = set_interval_with_handle(
        move || {
            let t = js_sys::Date::now();
            now.set(t);
            if !enabled.get_untracked() {
                last_input.set(t);
                return;
            }
            let idle = (t - last_input.get_untracked()) / 1000.0;
            if idle_state(&settings_, idle) == Idle::Expired {
                last_input.set(t);
                on_reset.run(());
            }
        },
        Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        for handle in handles {
            handle.remove();
        }
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });

    let state = Memo::new(move |_| {
        if enabled.get() {
            idle_state(&settings, (now.get() - last_input.get()) / 1000.0)
        } else {
            Idle::Active
        }
    });
    let seconds = move || match state.get() {
        Idle::Warning(s) => s,
        _ => 0,
    };
    let button = NodeRef::<leptos::html::Button>::new();
    let tr = use_tr();
    // Move focus to the one thing to do, for keyboards and screen readers.
    Effect::new(move || {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });

    view! {
        <Show when=move || matches!(state.get(), Idle::Warning(_))>
            <div
                class="idle-warning"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="idle-title"
                aria-describedby="idle-text"
            >
                <div class="idle-box">
                    <h2 id="idle-title">{move || tr.t().idle_title}</h2>
                    <p id="idle-text">
                        {move || count(tr.lang(), &tr.t().idle_text, i64::from(seconds()))}
                    </p>
                    <button
                        type="button"
                        class="primary"
                        node_ref=button
                        on:click=move |_| touched()
                    >
                        {move || tr.t().still_here}
                    </button>
                </div>
            </div>
        </Show>
    }
}
