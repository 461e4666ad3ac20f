//! One shared clock for everything that updates with time (relative start
//! times, the Join countdown): a single one-second interval writes one
//! signal, instead of a timer per row.

use crate::domain::time;
use leptos::prelude::*;
use std::time::Duration;

/// The current time in milliseconds since 1970, shared through context.
#[derive(Clone, Copy)]
pub struct Clock {
    now: RwSignal<f64>,
}

impl Clock {
    /// A clock that ticks every second until its owner is cleaned up.
    pub fn ticking() -> Clock {
        let now = RwSignal::new(time::now_ms());
        // Syncing with the outside world (time) is what an interval is for.
        if let Ok(handle) =
            set_interval_with_handle(move || now.set(time::now_ms()), Duration::from_secs(1))
        {
            on_cleanup(move || handle.clear());
        }
        Clock { now }
    }

    /// A clock that stands still at `ms` until [`Clock::set`] (tests).
    pub fn fixed(ms: f64) -> Clock {
        Clock {
            now: RwSignal::new(ms),
        }
    }

    /// Moves a fixed clock (tests).
    pub fn set(&self, ms: f64) {
        self.now.set(ms);
    }

    /// Now, tracked: a view that reads it updates every tick.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        time::from_ms(self.now.get())
    }
}
