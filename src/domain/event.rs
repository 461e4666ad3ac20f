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

#[cfg(test)]
mod tests {
    use super::*;

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
