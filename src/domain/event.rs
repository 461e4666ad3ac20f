//! What the app tells the world outside it (the host page, or the console):
//! the events themselves. The seam that delivers them is `state::events`.

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
        /// When the answer came (ISO 8601, UTC), for the portal's audit log.
        at: String,
        /// A Call again: the same person, a new leg.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        again: bool,
        /// With `again`: the leg it follows.
        #[serde(skip_serializing_if = "Option::is_none")]
        previous_participant_id: Option<i64>,
    },
    /// A third party was removed from the conference.
    Removed {
        conference_id: Option<i64>,
        participant_id: Option<i64>,
        /// When the removal was confirmed (ISO 8601, UTC).
        at: String,
    },
    /// The user asked to join a scheduled appointment.
    JoinRequested {
        scheduled_request_id: Option<i64>,
        scheduled_request_provider_id: Option<i64>,
        request_provider_id: Option<i64>,
        confirmation_number: Option<String>,
    },
}

impl AppEvent {
    /// Every event's `type` on the wire, as `ready` lists them (a new
    /// variant adds its name here and in [`AppEvent::kind`]).
    pub const TYPES: &'static [&'static str] = &["invited", "removed", "join-requested"];

    /// This event's `type` on the wire (serde's kebab-case name).
    pub fn kind(&self) -> &'static str {
        match self {
            AppEvent::Invited { .. } => "invited",
            AppEvent::Removed { .. } => "removed",
            AppEvent::JoinRequested { .. } => "join-requested",
        }
    }

    /// The event for a console: its type and ids, nothing personal (no
    /// name, email, phone number, PIN or confirmation number).
    pub fn summary(&self) -> String {
        let ids = |pairs: &[(&str, Option<i64>)]| {
            pairs
                .iter()
                .filter_map(|(name, id)| id.map(|id| format!(" {name} {id}")))
                .collect::<String>()
        };
        match self {
            AppEvent::Invited {
                conference_id,
                participant_id,
                ..
            } => format!(
                "invited:{}",
                ids(&[
                    ("conference", *conference_id),
                    ("participant", *participant_id)
                ])
            ),
            AppEvent::Removed {
                conference_id,
                participant_id,
                ..
            } => format!(
                "removed:{}",
                ids(&[
                    ("conference", *conference_id),
                    ("participant", *participant_id)
                ])
            ),
            AppEvent::JoinRequested {
                scheduled_request_id,
                ..
            } => format!(
                "join-requested:{}",
                ids(&[("scheduled request", *scheduled_request_id)])
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_carry_ids_and_nothing_personal() {
        let invited = AppEvent::Invited {
            participant: serde_json::json!({
                "PersonName": "Ana Ruiz", "AppClientEmail": "ana@clinic.example",
                "AppClientPhoneNumber": "+34911234567",
                "secondRequest": {"providerList": [{"isSchedule": {"PIN": "4321"}}]}
            }),
            conference_id: Some(5001),
            participant_id: Some(42),
            video_account_identity: Some("va-42".into()),
            at: "2026-12-01T10:00:00Z".into(),
            again: false,
            previous_participant_id: None,
        };
        assert_eq!(invited.summary(), "invited: conference 5001 participant 42");
        let join = AppEvent::JoinRequested {
            scheduled_request_id: Some(7),
            scheduled_request_provider_id: Some(8),
            request_provider_id: None,
            confirmation_number: Some("VRI-640112".into()),
        };
        assert_eq!(join.summary(), "join-requested: scheduled request 7");
        let removed = AppEvent::Removed {
            conference_id: None,
            participant_id: Some(42),
            at: "2026-12-01T10:00:00Z".into(),
        };
        assert_eq!(removed.summary(), "removed: participant 42");
    }

    /// One event of each kind.
    fn one_of_each() -> Vec<AppEvent> {
        vec![
            AppEvent::Invited {
                participant: serde_json::json!({}),
                conference_id: None,
                participant_id: None,
                video_account_identity: None,
                at: String::new(),
                again: false,
                previous_participant_id: None,
            },
            AppEvent::Removed {
                conference_id: None,
                participant_id: None,
                at: String::new(),
            },
            AppEvent::JoinRequested {
                scheduled_request_id: None,
                scheduled_request_provider_id: None,
                request_provider_id: None,
                confirmation_number: None,
            },
        ]
    }

    #[test]
    fn every_kind_is_listed_under_its_wire_name() {
        let kinds: Vec<&str> = one_of_each().iter().map(AppEvent::kind).collect();
        assert_eq!(kinds, AppEvent::TYPES, "one sample of each kind, in order");
        for event in one_of_each() {
            let json = serde_json::to_value(&event).unwrap();
            assert_eq!(json["type"], event.kind());
        }
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
