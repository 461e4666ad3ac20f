//! One invited third party, as the rules see it: what was sent, what the
//! server answered (typed, and as its exact text), and how the person is
//! named and reached on screen.

use crate::api::model::{ParaThirdPartyVideoParticipant, ResultVideoConferenceParticipant};
use crate::domain::phone::{self, PhoneData};
use crate::i18n::Lang;

/// One invited third party: what we asked for and what the server answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// The invite body we sent; fills in what the answer leaves out.
    pub sent: ParaThirdPartyVideoParticipant,
    /// The invite answer exactly as received. It is the body of the kick
    /// request, so fields this app does not model reach the server again.
    pub raw: String,
    /// The same answer, typed, for display.
    pub answer: ResultVideoConferenceParticipant,
}

impl Participant {
    pub fn new(
        sent: ParaThirdPartyVideoParticipant,
        raw: String,
        answer: ResultVideoConferenceParticipant,
    ) -> Self {
        Participant { sent, raw, answer }
    }

    /// The server's id for this video participant, if it sent a usable one
    /// (an id of 0 or below is what a .NET default looks like: no id).
    pub fn id(&self) -> Option<i64> {
        self.answer
            .request_conference_session_video_participant_id
            .filter(|id| *id > 0)
    }

    /// How the person is shown: the server's name for them, else ours, else
    /// "unnamed" said in `lang`.
    pub fn name(&self, lang: Lang) -> String {
        [
            &self.answer.person_name,
            &self.answer.app_client_name,
            &self.sent.name,
        ]
        .into_iter()
        .flatten()
        .map(|n| n.trim())
        .find(|n| !n.is_empty())
        .unwrap_or(lang.texts().unnamed)
        .to_string()
    }

    /// How they were reached: the email, or the phone masked but for its last
    /// four digits (with the words a screen reader should say instead),
    /// written the country's way when the phone data is at hand.
    pub fn contact(&self, data: Option<&dyn PhoneData>) -> Contact {
        let non_empty = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        let pstn = self.sent.is_pstn.unwrap_or(false);
        if pstn {
            let number = non_empty(&self.answer.app_client_phone_number)
                .or_else(|| non_empty(&self.sent.phone_number));
            if let Some(number) = number {
                let shown = data
                    .and_then(|data| {
                        let reading = data.read(&phone::ascii(&number).ok()?, "");
                        reading.problem.is_none().then_some(reading.international?)
                    })
                    .unwrap_or(number);
                return Contact::Phone {
                    masked: phone::mask(&shown),
                    last_digits: phone::last_digits(&shown),
                };
            }
        } else if let Some(email) =
            non_empty(&self.answer.app_client_email).or_else(|| non_empty(&self.sent.email))
        {
            return Contact::Email(email);
        }
        Contact::Unknown
    }

    /// The server's message to show while waiting for them to join.
    pub fn waiting_message(&self) -> Option<String> {
        let second = self.answer.second_request.as_ref()?;
        second
            .waiting_msg
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(String::from)
    }
}

/// How a participant was reached, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    Phone { masked: String, last_digits: String },
    Unknown,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    /// A participant from the JSON sent and answered (tests).
    pub(crate) fn participant(sent: serde_json::Value, answer: serde_json::Value) -> Participant {
        Participant::new(
            serde_json::from_value(sent).unwrap(),
            answer.to_string(),
            serde_json::from_value(answer).unwrap(),
        )
    }

    #[test]
    fn name_prefers_the_server_then_what_we_sent() {
        let p = participant(
            json!({"Name": "Typed"}),
            json!({"PersonName": " Ana ", "AppClientName": "B"}),
        );
        assert_eq!(p.name(Lang::En), "Ana");
        let p = participant(
            json!({"Name": "Typed"}),
            json!({"PersonName": null, "AppClientName": "  "}),
        );
        assert_eq!(p.name(Lang::En), "Typed");
        assert_eq!(
            participant(json!({}), json!({})).name(Lang::En),
            "Unnamed participant"
        );
    }

    #[test]
    fn phone_contact_is_masked_but_for_the_last_digits() {
        let p = participant(
            json!({"isPSTN": true, "PhoneNumber": "+442079460958"}),
            json!({"AppClientPhoneNumber": null}),
        );
        // Without the phone data, as sent; with it, the country's way.
        assert_eq!(
            p.contact(None),
            Contact::Phone {
                masked: "+••••••••0958".into(),
                last_digits: "0958".into()
            }
        );
        assert_eq!(
            p.contact(Some(&crate::domain::phone::tests::Two)),
            Contact::Phone {
                masked: "+•• ••••••0958".into(),
                last_digits: "0958".into()
            }
        );
        let email = participant(
            json!({"isPSTN": false, "Email": "a@b.org"}),
            json!({"AppClientEmail": "ana@clinic.org"}),
        );
        assert_eq!(email.contact(None), Contact::Email("ana@clinic.org".into()));
        assert_eq!(
            participant(json!({"isPSTN": false}), json!({})).contact(None),
            Contact::Unknown
        );
    }

    #[test]
    fn waiting_message_is_trimmed_and_optional() {
        let p = participant(
            json!({}),
            json!({"secondRequest": {"waitingMsg": " Waiting for Ana. "}}),
        );
        assert_eq!(p.waiting_message().as_deref(), Some("Waiting for Ana."));
        assert_eq!(
            participant(json!({}), json!({"secondRequest": null})).waiting_message(),
            None
        );
    }
}
