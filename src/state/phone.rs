//! Whether the phone data is here: fetched the first time phone mode is
//! chosen or a phone participant is shown, once for the whole page (it
//! holds nothing personal, so a reset keeps it), and again on the next wish
//! after a failed fetch.

use crate::platform::phone::{self, Engine};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the phone data is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nobody has needed it yet.
    NotLoaded,
    Loading,
    Ready,
    /// The fetch failed; the next wish tries again.
    Failed,
}

thread_local! {
    /// Reference counted, under no component's owner: the first view to
    /// want the data may be gone (a reset) when it arrives.
    static STATUS: ArcRwSignal<Status> = ArcRwSignal::new(Status::NotLoaded);
}

fn status_signal() -> ArcRwSignal<Status> {
    STATUS.with(ArcRwSignal::clone)
}

/// Where the phone data is (tracked).
pub fn status() -> Status {
    status_signal().get()
}

/// The phone data, once it is here (tracked: a view that reads it is
/// drawn again when it arrives).
pub fn engine() -> Option<Engine> {
    (status() == Status::Ready).then(phone::engine).flatten()
}

/// Starts fetching the phone data unless it is here or on its way.
pub fn want() {
    let signal = status_signal();
    if matches!(signal.get_untracked(), Status::NotLoaded | Status::Failed) {
        signal.set(Status::Loading);
        spawn_local(async move {
            let done = phone::load().await;
            if let Err(why) = &done {
                leptos::logging::warn!("{why}");
            }
            signal.set(if done.is_ok() {
                Status::Ready
            } else {
                Status::Failed
            });
        });
    }
}
