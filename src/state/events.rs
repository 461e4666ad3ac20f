//! What the app tells the world outside it, through one seam.
//!
//! Components never talk to a host page, a log or an analytics tool
//! directly: they [`Events::emit`] an [`AppEvent`], and whoever listens
//! (the host bridge when the app is embedded; the console otherwise)
//! receives it. This keeps the invite, roster and appointment code free of
//! any knowledge of where the app runs.

pub use crate::domain::event::AppEvent;
use leptos::prelude::*;

type Listener = Box<dyn Fn(&AppEvent)>;

/// The seam itself, shared through context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Events {
    listeners: StoredValue<Vec<Listener>, LocalStorage>,
}

impl Default for Events {
    fn default() -> Self {
        Self::new()
    }
}

impl Events {
    pub fn new() -> Events {
        Events {
            listeners: StoredValue::new_local(Vec::new()),
        }
    }

    /// Calls `listener` for every event emitted from now on.
    pub fn subscribe(&self, listener: impl Fn(&AppEvent) + 'static) {
        self.listeners.update_value(|l| l.push(Box::new(listener)));
    }

    /// Tells every listener.
    pub fn emit(&self, event: AppEvent) {
        self.listeners.with_value(|listeners| {
            for listener in listeners {
                listener(&event);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[test]
    fn every_listener_hears_every_event_in_order() {
        let owner = Owner::new();
        owner.with(|| {
            let events = Events::new();
            let heard = Rc::new(RefCell::new(Vec::new()));
            for who in ["a", "b"] {
                let heard = heard.clone();
                events.subscribe(move |e| heard.borrow_mut().push((who, e.clone())));
            }
            let removed = AppEvent::Removed {
                conference_id: Some(1),
                participant_id: Some(2),
                at: "2026-12-01T10:00:00Z".into(),
            };
            events.emit(removed.clone());
            assert_eq!(
                *heard.borrow(),
                vec![("a", removed.clone()), ("b", removed)]
            );
        });
    }
}
