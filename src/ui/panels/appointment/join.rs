//! Join: enabled when the platform says the appointment can be joined;
//! otherwise disabled, with the reason and a live countdown to the start.

use crate::domain::event::AppEvent;
use crate::domain::time;
use crate::state::clock::Clock;
use crate::state::events::Events;
use crate::state::language::use_tr;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The Join button; pressing it asks the host once (`join-requested`).
#[component]
pub fn JoinButton(
    /// `JoinAvailable`.
    available: bool,
    /// The start, for the countdown while Join is not yet available.
    start: Option<DateTime<Utc>>,
    /// What the host is told when Join is pressed.
    event: AppEvent,
) -> impl IntoView {
    let clock = expect_context::<Clock>();
    let events = expect_context::<Events>();
    let t = use_tr().0.get_untracked().texts();
    let requested = RwSignal::new(false);
    let join = move |_| {
        // Once: a double click asks the portal once.
        if available && !requested.get_untracked() {
            requested.set(true);
            events.emit(event.clone());
        }
    };
    let reason = move || {
        if available {
            return None;
        }
        Some(
            match start.and_then(|start| time::countdown(start, clock.now())) {
                Some(left) => view! {
                    {t.join_opens}
                    <span class="countdown" role="timer" dir="ltr">
                        {left}
                    </span>
                }
                .into_any(),
                None => view! { {t.join_unavailable} }.into_any(),
            },
        )
    };
    view! {
        <div class="join">
            <button
                type="button"
                class="primary join-button"
                disabled=move || !available || requested.get()
                aria-describedby="join-reason"
                on:click=join
            >
                {move || if requested.get() { t.join_requested } else { t.join }}
            </button>
            <p id="join-reason" class="join-reason">
                {reason}
            </p>
            <p class="join-status" role="status">
                {move || requested.get().then_some(t.join_requested_text)}
            </p>
        </div>
    }
}
