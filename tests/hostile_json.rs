//! Property tests: whatever a server sends, decoding yields a model or a
//! decode error, never a panic; and everything the app derives from a
//! decoded answer (names, contacts, the saved roster) is as robust.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{Map, Number, Value};
use vri_invite::api::decode_invite;
use vri_invite::api::model::ResultVideoConferenceParticipant;
use vri_invite::domain::invite::{dial_preview, validate, Draft, FieldErrors, Mode};
use vri_invite::domain::participant::Participant;
use vri_invite::domain::phone::{Data, DialRules, Kind, PhoneData, Problem, Reading};
use vri_invite::domain::saved::{decode, encode};
use vri_invite::i18n::Lang;

/// Every wire name of the model, so generated objects hit real fields with
/// wrong types, nulls and odd values, not only unknown keys.
const KEYS: &[&str] = &[
    "RequestConferenceSessionId",
    "RequestConferenceSessionVideoParticipantId",
    "RequestConferenceSessionVideoTypeCodeId",
    "RequestConferenceSessionVideoStatusCodeId",
    "PersonName",
    "ProviderName",
    "AppClientEmail",
    "AppClientPhoneNumber",
    "AppClientName",
    "VideoAccountIdentity",
    "secondRequest",
    "RequestStatusCodeId",
    "providerList",
    "waitingMsg",
    "ToLanguageId",
    "ToLanguage",
    "additionalInfo",
    "RequestProviderId",
    "Name",
    "NativeLanguage",
    "OtherLanguage",
    "ProviderRate",
    "ProviderPerformance",
    "NeedHelpLanguage",
    "SupportCall",
    "SupportVideo",
    "SupportText",
    "ProfileImage",
    "FileName",
    "MimeType",
    "ImageData",
    "ServerImageId",
    "ProviderSpecialTypeId",
    "isSchedule",
    "AnyMeetingExist",
    "ScheduledRequestId",
    "startUtcDate",
    "startUtcDateStr",
    "ScheduleDuration",
    "PIN",
    "ConfirmationNumber",
    "JoinAvailable",
    "IsOffered",
    "Email",
    "PhoneNumber",
    "isPSTN",
    "DTMF",
];

fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        Just("<script>alert(1)</script>".to_string()),
        Just("\u{202E}gnp.exe\u{200F}مرحبا 你好 Привет".to_string()),
        Just("2025-04-25T15:19:26.2846051".to_string()),
        Just("0001-01-01T00:00:00".to_string()),
        (1usize..12_000).prop_map(|n| "W".repeat(n)),
        any::<String>(),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<u64>().prop_map(|n| Value::Number(n.into())),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        odd_string().prop_map(Value::String),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(8, 256, 12, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner.clone()), 0..12).prop_map(
                |fields| Value::Object(
                    fields
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect()
                )
            ),
            prop::collection::vec((".{0,8}", inner), 0..4)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// An invite answer shaped like the real one, with any value in any field.
fn answer_like() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec((prop::sample::select(KEYS), json()), 0..20),
        prop::collection::vec(json(), 0..10),
    )
        .prop_map(|(fields, providers)| {
            let mut map: Map<String, Value> = fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            let mut second = Map::new();
            second.insert("providerList".into(), Value::Array(providers));
            map.insert("secondRequest".into(), Value::Object(second));
            Value::Object(map)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_json_decodes_or_errors(value in json()) {
        let text = value.to_string();
        if let Ok(invited) = decode_invite(&text) {
            prop_assert_eq!(&invited.raw, &text, "the answer's text is kept exactly");
            exercise(invited.raw, invited.answer)?;
        }
    }


    #[test]
    fn any_text_decodes_or_errors(text in any::<String>()) {
        let _ = decode_invite(&text);
        let _ = decode(&text, Lang::En);
    }

    #[test]
    fn any_typing_validates_or_explains(name in odd_string(), contact in odd_string(), dtmf in odd_string(), phone_mode in any::<bool>()) {
        let draft = Draft {
            mode: if phone_mode { Mode::Phone } else { Mode::Email },
            name, email: contact.clone(), phone: contact, country: "IT".into(), region: String::new(), dtmf,
        };
        let name = |iso: &str| iso.to_string();
        let rules = DialRules { data: Data::Ready(&Lenient), allowed: &[], name: &name };
        for lang in Lang::ALL {
            match validate(&draft, &[], rules, lang) {
                // Validates: a body for the chosen mode only, with what was typed, trimmed.
                Ok(body) => {
                    prop_assert_eq!(body.is_pstn, Some(phone_mode));
                    prop_assert_eq!(body.is_pstn_str.as_deref(), Some(if phone_mode { "true" } else { "false" }));
                    prop_assert_eq!(body.name.as_deref(), Some(draft.name.trim()));
                    prop_assert!(!draft.name.trim().is_empty());
                    if phone_mode {
                        prop_assert!(body.email.is_none());
                        let number = body.phone_number.clone().unwrap_or_default();
                        prop_assert!(number.starts_with('+') && number[1..].bytes().all(|b| b.is_ascii_digit()), "E.164: {}", number);
                        // What the preview says will be dialed is what is sent.
                        let preview = dial_preview(&draft, rules, lang).unwrap_or_default();
                        let digits: String = preview.chars().filter(char::is_ascii_digit).collect();
                        prop_assert!(digits.starts_with(&number[1..]), "{} vs {}", preview, number);
                    } else {
                        prop_assert!(body.phone_number.is_none() && body.dtmf.is_none());
                        prop_assert_eq!(body.email.as_deref(), Some(draft.email.trim()));
                    }
                }
                // Explains: at least one field says, in words, what to fix.
                Err(errors) => {
                    let FieldErrors { name, email, phone, region, dtmf } = errors;
                    let messages: Vec<String> = [name, email, phone, region, dtmf].into_iter().flatten().collect();
                    prop_assert!(!messages.is_empty(), "rejected without a message");
                    prop_assert!(messages.iter().all(|m| m.trim().chars().count() > 3), "{:?}", messages);
                }
            }
        }
    }
}

/// Phone data that takes any six digits or more (the real data is checked
/// by `phone/test/`): what matters here is what the rules do with odd text.
struct Lenient;

impl PhoneData for Lenient {
    fn read(&self, text: &str, _country: &str) -> Reading {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < 6 {
            return Reading {
                problem: Some(Problem::TooShort),
                ..Reading::default()
            };
        }
        let e164 = if text.trim_start().starts_with('+') {
            format!("+{digits}")
        } else {
            format!("+39{digits}")
        };
        Reading {
            problem: None,
            international: Some(e164.clone()),
            e164: Some(e164),
            calling_code: None,
            country: Some("IT".into()),
            kind: Some(Kind::Landline),
            national: Some(digits),
        }
    }
}

/// Everything the roster derives from an answer, and the saved form.
fn exercise(raw: String, answer: ResultVideoConferenceParticipant) -> Result<(), TestCaseError> {
    let sent = serde_json::from_value(
        serde_json::json!({"Name": "Typed", "isPSTN": true, "PhoneNumber": "+442079460958"}),
    )
    .unwrap();
    let participant = Participant::new(sent, raw, answer);
    let _ = (
        participant.name(Lang::En),
        participant.contact(None),
        participant.waiting_message(),
    );
    let saved = encode([(&participant, &[][..])], []);
    let back = decode(&saved, Lang::En).map_err(TestCaseError::fail)?;
    prop_assert_eq!(back.people.len(), 1);
    prop_assert_eq!(&back.people[0].participant, &participant);
    Ok(())
}

proptest! {
    // Fewer cases: each answer is large (up to 10 providers of any shape).
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn answers_with_wrong_types_anywhere_decode_or_error(value in answer_like()) {
        if let Ok(invited) = decode_invite(&value.to_string()) {
            exercise(invited.raw, invited.answer)?;
        }
    }

    /// Any JSON value in any display field, at any level (the answer, the
    /// request, an interpreter, the appointment), never loses the person:
    /// the answer decodes and keeps the ids the roster and the kick need.
    #[test]
    fn any_value_in_any_display_field_keeps_the_participant(
        fields in prop::collection::vec((prop::sample::select(KEYS), json(), 0..4_usize), 1..12)
    ) {
        const ID: &str = "RequestConferenceSessionVideoParticipantId";
        let mut answer = serde_json::json!({
            ID: 42, "RequestConferenceSessionId": 5001,
            "secondRequest": {"providerList": [{"isSchedule": {}}]}
        });
        for (key, value, level) in fields {
            let ids = [ID, "RequestConferenceSessionId", "secondRequest", "providerList", "isSchedule"];
            if ids.contains(&key) {
                continue;
            }
            let slot = match level {
                0 => &mut answer,
                1 => &mut answer["secondRequest"],
                2 => &mut answer["secondRequest"]["providerList"][0],
                _ => &mut answer["secondRequest"]["providerList"][0]["isSchedule"],
            };
            slot[key] = value;
        }
        let text = answer.to_string();
        let invited = decode_invite(&text);
        prop_assert!(invited.is_ok(), "{:?} for {}", invited.err(), text);
        let invited = invited.unwrap();
        prop_assert_eq!(invited.answer.request_conference_session_video_participant_id, Some(42));
        prop_assert_eq!(invited.answer.request_conference_session_id, Some(5001));
        let providers = invited.answer.second_request.and_then(|s| s.provider_list);
        prop_assert_eq!(providers.map(|p| p.len()), Some(1), "the interpreter is kept");
        exercise(invited.raw, serde_json::from_str(&text).unwrap())?;
    }
}

#[test]
fn nesting_deeper_than_the_parser_allows_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(decode_invite(&deep).is_err());
    // Deep nesting inside a field we do not model: skipped without
    // recursing, so it neither overflows the stack nor fails the answer.
    let deep_field = format!(
        "{{\"secondRequest\":{{\"providerList\":[{{\"Extra\":{}1{}}}]}}}}",
        "{\"a\":".repeat(500_000),
        "}".repeat(500_000)
    );
    let providers = decode_invite(&deep_field)
        .unwrap()
        .answer
        .second_request
        .unwrap()
        .provider_list
        .unwrap();
    assert_eq!(providers.len(), 1);
}

#[test]
fn a_huge_provider_list_decodes() {
    let provider = serde_json::json!({"Name": "x", "NativeLanguage": ["a"], "isSchedule": {"JoinAvailable": true}});
    let answer = serde_json::json!({"secondRequest": {"providerList": vec![provider; 50_000]}});
    let invited = decode_invite(&answer.to_string()).unwrap();
    assert_eq!(
        invited
            .answer
            .second_request
            .unwrap()
            .provider_list
            .unwrap()
            .len(),
        50_000
    );
}
