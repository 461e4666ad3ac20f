//! Kiosk mode: the app on a shared tablet in a clinic. Large touch targets
//! (the `kiosk` class, style/main.css), an idle reset so the next patient
//! sees nothing of the last, and the screen kept awake during a call.

use crate::config::Kiosk;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsValue;

/// Where the idle timer stands after `idle_s` seconds without input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Idle {
    Active,
    /// The warning shows, with this many whole seconds left.
    Warning(u32),
    /// Time is up: clear everything.
    Expired,
}

/// The idle rule: warn after `idle_timeout_s`, count `warning_s` down, then expire.
pub fn idle_state(settings: &Kiosk, idle_s: f64) -> Idle {
    let warn_at = f64::from(settings.idle_timeout_s);
    let end = warn_at + f64::from(settings.warning_s);
    if idle_s < warn_at {
        Idle::Active
    } else if idle_s < end {
        Idle::Warning((end - idle_s).ceil() as u32)
    } else {
        Idle::Expired
    }
}

/// Removes everything the app stored for this tab (sessionStorage).
pub fn clear_tab_storage() {
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.clear();
    }
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
    let tr = crate::i18n::use_tr();
    // Move focus to the one thing to do, for keyboards and screen readers.
    Effect::new(move || {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });

    view! {
        <Show when=move || matches!(state.get(), Idle::Warning(_))>
            <div class="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
                <div class="idle-box">
                    <h2 id="idle-title">{move || tr.t().idle_title}</h2>
                    <p id="idle-text">
                        {move || crate::i18n::count(tr.lang(), &tr.t().idle_text, i64::from(seconds()))}
                    </p>
                    <button type="button" class="primary" node_ref=button on:click=move |_| touched()>
                        {move || tr.t().still_here}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// Keeps the screen awake while `active` (a call with people in it, in
/// kiosk mode), where the browser offers the Wake Lock API; releases it
/// when the call empties. Browsers drop the lock when the page is hidden,
/// so it is taken again when the page shows.
pub fn keep_awake(active: Signal<bool>) {
    let sentinel = StoredValue::new_local(None::<JsValue>);
    let sync = move || {
        let want = active.get_untracked();
        let held = sentinel.with_value(|s| s.is_some());
        if want && !held {
            let Some(promise) = request_wake_lock() else {
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(lock) if active.get_untracked() => {
                        sentinel.set_value(Some(lock));
                    }
                    Ok(lock) => release(&lock),
                    Err(error) => {
                        leptos::logging::warn!("vri-invite: screen wake lock refused: {error:?}")
                    }
                }
            });
        } else if !want && held {
            if let Some(lock) = sentinel.try_update_value(Option::take).flatten() {
                release(&lock);
            }
        }
    };
    Effect::new(move || {
        active.track();
        sync();
    });
    let visible = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            // The browser released it while hidden.
            sentinel.set_value(None);
            sync();
        }
    });
    on_cleanup(move || visible.remove());
}

fn request_wake_lock() -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let navigator = window().navigator();
    let wake_lock = js_sys::Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    if wake_lock.is_undefined() {
        return None;
    }
    let request: js_sys::Function = js_sys::Reflect::get(&wake_lock, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    request
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into()
        .ok()
}

fn release(lock: &JsValue) {
    use wasm_bindgen::JsCast;
    if let Ok(release) = js_sys::Reflect::get(lock, &"release".into()) {
        if let Ok(release) = release.dyn_into::<js_sys::Function>() {
            let _ = release.call0(lock);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_then_counts_down_then_expires() {
        let k = Kiosk {
            enabled: true,
            idle_timeout_s: 60,
            warning_s: 10,
        };
        assert_eq!(idle_state(&k, 0.0), Idle::Active);
        assert_eq!(idle_state(&k, 59.9), Idle::Active);
        assert_eq!(idle_state(&k, 60.0), Idle::Warning(10));
        assert_eq!(idle_state(&k, 65.2), Idle::Warning(5));
        assert_eq!(idle_state(&k, 69.5), Idle::Warning(1));
        assert_eq!(idle_state(&k, 70.0), Idle::Expired);
    }
}
