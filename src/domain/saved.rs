//! The roster as the tab keeps it (sessionStorage text): versioned, so a
//! roster written by another version of the app is discarded with a
//! notice, never misread; each answer kept as its exact text, so the kick
//! body is what the server sent.

use crate::api::model::ParaThirdPartyVideoParticipant;
use crate::domain::participant::Participant;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// What is kept in sessionStorage. Versioned: a roster written by another
/// version of the app is discarded with a notice, never misread.
#[derive(Deserialize)]
struct Stored {
    version: u32,
    participants: Vec<StoredParticipant>,
}

#[derive(Deserialize)]
struct StoredParticipant {
    sent: ParaThirdPartyVideoParticipant,
    /// The invite answer's text as received.
    answer: String,
}

const STORAGE_VERSION: u32 = 1;
/// The sessionStorage key of the roster.
pub const STORAGE_KEY: &str = "vri-invite.roster";

/// [`Stored`] as written: borrowed, so saving copies nothing but the text.
#[derive(Serialize)]
struct StoredRef<'a> {
    version: u32,
    participants: Vec<StoredParticipantRef<'a>>,
}

#[derive(Serialize)]
struct StoredParticipantRef<'a> {
    sent: &'a ParaThirdPartyVideoParticipant,
    answer: std::borrow::Cow<'a, str>,
}

/// The roster as sessionStorage text.
pub fn encode<'a>(participants: impl IntoIterator<Item = &'a Participant>) -> String {
    let stored = StoredRef {
        version: STORAGE_VERSION,
        participants: participants
            .into_iter()
            .map(|p| StoredParticipantRef {
                sent: &p.sent,
                answer: std::borrow::Cow::Borrowed(&p.raw),
            })
            .collect(),
    };
    serde_json::to_string(&stored).expect("the roster is always encodable")
}

/// The roster as sessionStorage text without the interpreter lists, for
/// when the browser refuses the full text: everyone stays listed and
/// removable after a reload (the kick needs the ids, not the list).
pub fn encode_lean<'a>(participants: impl IntoIterator<Item = &'a Participant>) -> String {
    let stored = StoredRef {
        version: STORAGE_VERSION,
        participants: participants
            .into_iter()
            .map(|p| StoredParticipantRef {
                sent: &p.sent,
                answer: crate::api::kick_body(&p.raw, 0),
            })
            .collect(),
    };
    serde_json::to_string(&stored).expect("the roster is always encodable")
}

/// Reads a stored roster; `Err` says (in `lang`) why it was discarded.
pub fn decode(text: &str, lang: Lang) -> Result<Vec<Participant>, String> {
    let t = lang.texts();
    let stored: Stored = serde_json::from_str(text).map_err(|_| t.saved_unreadable.to_string())?;
    if stored.version != STORAGE_VERSION {
        return Err(t.saved_other_version.into());
    }
    stored
        .participants
        .into_iter()
        .map(|p| {
            // Read as the answer was when it arrived: an object, its fields
            // each on their own.
            let invited = crate::api::decode_invite(&p.answer)
                .map_err(|_| t.saved_participant_bad.to_string())?;
            Ok(Participant::new(p.sent, invited.raw, invited.answer))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::participant::tests::participant;
    use serde_json::json;

    #[test]
    fn storage_round_trip_keeps_unmodelled_fields() {
        let p = participant(
            json!({"Name": "Ana"}),
            json!({"RequestConferenceSessionVideoParticipantId": 7, "Unmodelled": {"x": [1, 2]}}),
        );
        let back = decode(&encode([&p]), Lang::En).unwrap();
        assert_eq!(back, vec![p]);
        assert!(back[0].raw.contains(r#""Unmodelled":{"x":[1,2]}"#));
    }

    #[test]
    fn the_lean_form_keeps_everyone_and_drops_only_the_interpreters() {
        let p = participant(
            json!({"Name": "Ana"}),
            json!({"RequestConferenceSessionVideoParticipantId": 7, "PersonName": "Ana",
                   "secondRequest": {"RequestStatusCodeId": 2, "providerList": [{"Name": "A"}]}}),
        );
        let back = decode(&encode_lean([&p]), Lang::En).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].id(), Some(7));
        assert_eq!(back[0].sent, p.sent);
        assert_eq!(back[0].raw, p.raw.replace(r#"[{"Name":"A"}]"#, "[]"));
        assert!(encode_lean([&p]).len() < encode([&p]).len());
    }

    #[test]
    fn old_or_corrupt_storage_is_discarded_with_a_notice() {
        assert!(decode("{not json", Lang::En)
            .unwrap_err()
            .contains("could not be read"));
        assert!(decode(r#"{"version":99,"participants":[]}"#, Lang::En)
            .unwrap_err()
            .contains("another version"));
        assert!(decode(
            r#"{"version":1,"participants":[{"sent":{},"answer":"[5]"}]}"#,
            Lang::En
        )
        .is_err());
        assert_eq!(
            decode(r#"{"version":1,"participants":[]}"#, Lang::En).unwrap(),
            vec![]
        );
    }
}
