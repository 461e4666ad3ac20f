//! The roster as the tab keeps it (sessionStorage text): versioned, so a
//! roster written by another version of the app is discarded with a
//! notice, never misread; each answer kept as its exact text, so the kick
//! body is what the server sent.

use crate::api::model::ParaThirdPartyVideoParticipant;
use crate::domain::participant::Participant;
use crate::domain::timeline::Step;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// What is kept in sessionStorage. Versioned: a roster written by another
/// version of the app is discarded with a notice, never misread.
#[derive(Deserialize)]
struct Stored {
    version: u32,
    participants: Vec<StoredParticipant>,
    /// People removed in this tab, kept for their timeline (answers lean).
    #[serde(default)]
    removed: Vec<StoredParticipant>,
}

#[derive(Deserialize)]
struct StoredParticipant {
    sent: ParaThirdPartyVideoParticipant,
    /// The invite answer's text as received.
    answer: String,
    #[serde(default)]
    timeline: Vec<Step>,
}

/// A person as the tab kept them: who, and what happened to them.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub participant: Participant,
    pub timeline: Vec<Step>,
}

/// The roster as the tab kept it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Restored {
    /// Still in the call, in the order invited.
    pub people: Vec<Kept>,
    /// Removed in this tab, in the order removed.
    pub removed: Vec<Kept>,
}

const STORAGE_VERSION: u32 = 1;
/// The sessionStorage key of the roster.
pub const STORAGE_KEY: &str = "vri-invite.roster";

/// [`Stored`] as written: borrowed, so saving copies nothing but the text.
#[derive(Serialize)]
struct StoredRef<'a> {
    version: u32,
    participants: Vec<StoredParticipantRef<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    removed: Vec<StoredParticipantRef<'a>>,
}

#[derive(Serialize)]
struct StoredParticipantRef<'a> {
    sent: &'a ParaThirdPartyVideoParticipant,
    answer: std::borrow::Cow<'a, str>,
    #[serde(skip_serializing_if = "<[Step]>::is_empty")]
    timeline: &'a [Step],
}

/// A person to keep: who, and their timeline.
pub type Keep<'a> = (&'a Participant, &'a [Step]);

fn encode_with<'a>(
    people: impl IntoIterator<Item = Keep<'a>>,
    removed: impl IntoIterator<Item = Keep<'a>>,
    lean: bool,
) -> String {
    let keep = |(p, timeline): Keep<'a>, lean: bool| StoredParticipantRef {
        sent: &p.sent,
        answer: match lean {
            true => crate::api::kick_body(&p.raw, 0),
            false => std::borrow::Cow::Borrowed(&p.raw),
        },
        timeline,
    };
    let stored = StoredRef {
        version: STORAGE_VERSION,
        participants: people.into_iter().map(|k| keep(k, lean)).collect(),
        // Only their names, contact and timeline are shown: always lean.
        removed: removed.into_iter().map(|k| keep(k, true)).collect(),
    };
    serde_json::to_string(&stored).expect("the roster is always encodable")
}

/// The roster as sessionStorage text.
pub fn encode<'a>(
    people: impl IntoIterator<Item = Keep<'a>>,
    removed: impl IntoIterator<Item = Keep<'a>>,
) -> String {
    encode_with(people, removed, false)
}

/// The roster as sessionStorage text without the interpreter lists, for
/// when the browser refuses the full text: everyone stays listed and
/// removable after a reload (the kick needs the ids, not the list).
pub fn encode_lean<'a>(
    people: impl IntoIterator<Item = Keep<'a>>,
    removed: impl IntoIterator<Item = Keep<'a>>,
) -> String {
    encode_with(people, removed, true)
}

/// Reads a stored roster; `Err` says (in `lang`) why it was discarded.
pub fn decode(text: &str, lang: Lang) -> Result<Restored, String> {
    let t = lang.texts();
    let stored: Stored = serde_json::from_str(text).map_err(|_| t.saved_unreadable.to_string())?;
    if stored.version != STORAGE_VERSION {
        return Err(t.saved_other_version.into());
    }
    let read = |list: Vec<StoredParticipant>| -> Result<Vec<Kept>, String> {
        list.into_iter()
            .map(|p| {
                // Read as the answer was when it arrived: an object, its
                // fields each on their own.
                let invited = crate::api::decode_invite(&p.answer)
                    .map_err(|_| t.saved_participant_bad.to_string())?;
                Ok(Kept {
                    participant: Participant::new(p.sent, invited.raw, invited.answer),
                    timeline: p.timeline,
                })
            })
            .collect()
    };
    Ok(Restored {
        people: read(stored.participants)?,
        removed: read(stored.removed)?,
    })
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
        let timeline = vec![Step::Invited {
            at: 1.0,
            by_phone: false,
            participant_id: Some(7),
        }];
        let back = decode(&encode([(&p, &timeline[..])], []), Lang::En).unwrap();
        assert_eq!(back.people.len(), 1);
        assert_eq!(back.people[0].participant, p);
        assert_eq!(back.people[0].timeline, timeline);
        assert!(back.people[0]
            .participant
            .raw
            .contains(r#""Unmodelled":{"x":[1,2]}"#));
        // The removed keep their timeline, not their interpreter lists.
        let gone = decode(&encode([], [(&p, &timeline[..])]), Lang::En).unwrap();
        assert!(gone.people.is_empty());
        assert_eq!(gone.removed[0].timeline, timeline);
    }

    #[test]
    fn the_lean_form_keeps_everyone_and_drops_only_the_interpreters() {
        let p = participant(
            json!({"Name": "Ana"}),
            json!({"RequestConferenceSessionVideoParticipantId": 7, "PersonName": "Ana",
                   "secondRequest": {"RequestStatusCodeId": 2, "providerList": [{"Name": "A"}]}}),
        );
        let back = decode(&encode_lean([(&p, &[][..])], []), Lang::En).unwrap();
        assert_eq!(back.people.len(), 1);
        let back = &back.people[0].participant;
        assert_eq!(back.id(), Some(7));
        assert_eq!(back.sent, p.sent);
        assert_eq!(back.raw, p.raw.replace(r#"[{"Name":"A"}]"#, "[]"));
        assert!(encode_lean([(&p, &[][..])], []).len() < encode([(&p, &[][..])], []).len());
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
            Restored::default()
        );
    }
}
