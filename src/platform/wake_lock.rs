//! The screen kept awake during a call (Wake Lock API, where it exists).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

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
                        // The DOMException's message (the release build
                        // prints no `{:?}`: `-Zfmt-debug=none`).
                        let why = js_sys::Reflect::get(&error, &"message".into())
                            .ok()
                            .and_then(|m| m.as_string())
                            .unwrap_or_default();
                        leptos::logging::warn!("vri-invite: screen wake lock refused: {why}")
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
