//! What the app tells the world outside it, through one seam.
//!
//! Components never talk to a host page, a log or an analytics tool
//! directly: they [`Events::emit`] an [`AppEvent`], and whoever listens
//! (the host bridge when the app is embedded; the console otherwise)
//! receives it. This keeps the invite, roster and appointment code free of
//! any knowledge of where the app runs.

use leptos::prelude::*;
use serde::Serialize;
use serde_json::Value;

/// Something that happened that the app's surroundings may need to act on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", content = "payload", rename_all = "kebab-case")]
pub enum AppEvent {
    /// A third party was invited. `participant` is the invite answer as
    /// received; the ids are what the host needs for its next step
    /// (`GetVideoEngineAccounts`).
    Invited {
        participant: Value,
        conference_id: Option<i64>,
        participant_id: Option<i64>,
        video_account_identity: Option<String>,
    },
    /// A third party was removed from the conference.
    Removed {
        conference_id: Option<i64>,
        participant_id: Option<i64>,
    },
    /// The user asked to join a scheduled appointment.
    JoinRequested {
        scheduled_request_id: Option<i64>,
        scheduled_request_provider_id: Option<i64>,
        request_provider_id: Option<i64>,
        confirmation_number: Option<String>,
    },
}

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
            };
            events.emit(removed.clone());
            assert_eq!(
                *heard.borrow(),
                vec![("a", removed.clone()), ("b", removed)]
            );
        });
    }

    #[test]
    fn events_serialize_as_type_and_payload() {
        let join = AppEvent::JoinRequested {
            scheduled_request_id: Some(7),
            scheduled_request_provider_id: Some(8),
            request_provider_id: Some(9),
            confirmation_number: Some("C-1".into()),
        };
        let json = serde_json::to_value(&join).unwrap();
        assert_eq!(json["type"], "join-requested");
        assert_eq!(json["payload"]["scheduled_request_id"], 7);
    }
}
