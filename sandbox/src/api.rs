//! The two platform endpoints the app calls: invite a third party into the
//! conference, and kick one out.
//!
//! Errors look like ASP.NET Web API's: a status and `{"Message": "..."}`
//! ([`crate::error`]).
//!
//! Imports: [`crate::domain`], [`crate::error`], [`crate::providers`],
//! [`crate::state`].

use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Map, Value};

pub use crate::domain::{INVITE_PATH, KICK_PATH};

use crate::domain::CONFERENCE_ID;
use crate::error::{ApiError, ApiJson};
use crate::providers::{provider_list, provider_list_of};
use crate::state::Sandbox;

/// The API's own sample answer: the sandbox fills it in rather than building
/// its own, so every field the docs list is present.
const INVITE_RESPONSE_SAMPLE: &str = include_str!("../../tests/fixtures/invite-response.json");

/// The interpreter already in the call, who sends the invites.
const PROVIDER_NAME: &str = "Ana Ruiz";

const PARTICIPANT_ID: &str = "RequestConferenceSessionVideoParticipantId";

const VIDEO_TYPE_EMAIL: u64 = 1;
const VIDEO_TYPE_PSTN: u64 = 2;
const VIDEO_STATUS_INVITED: u64 = 1;

pub(crate) fn routes() -> Router<Sandbox> {
    Router::new()
        .route(INVITE_PATH, post(invite))
        .route(KICK_PATH, post(kick))
}

/// `ParaThirdPartyVideoParticipant`. Names are case-sensitive (unlike
/// ASP.NET's binder) so that a misspelt field in the app shows up here.
#[derive(Debug, Deserialize)]
// RegionId, DTMF and isPSTNStr are only checked for type: a wrongly typed
// field is an app bug worth a 400 even though the sandbox has no use for it.
#[allow(dead_code)]
struct InviteRequest {
    #[serde(rename = "Email")]
    email: Option<String>,
    #[serde(rename = "RegionId")]
    region_id: Option<i64>,
    #[serde(rename = "PhoneNumber")]
    phone_number: Option<String>,
    #[serde(rename = "Name")]
    name: Option<String>,
    #[serde(rename = "DTMF")]
    dtmf: Option<String>,
    #[serde(rename = "isPSTN")]
    is_pstn: Option<bool>,
    #[serde(rename = "isPSTNStr")]
    is_pstn_str: Option<String>,
}

/// A validated invite: who, and how to reach them.
struct Invitee {
    name: String,
    reach: Reach,
}

enum Reach {
    Email(String),
    Phone(String),
}

impl InviteRequest {
    fn validate(self) -> Result<Invitee, ApiError> {
        let name = match self.name {
            Some(name) if !name.trim().is_empty() => name,
            _ => "Guest".to_owned(),
        };
        let reach = if self.is_pstn.unwrap_or(false) {
            match self.phone_number {
                Some(phone) if !phone.trim().is_empty() => Reach::Phone(phone),
                _ => {
                    return Err(ApiError::bad_request(
                        "A phone number is required to dial a participant.",
                    ))
                }
            }
        } else {
            match self.email {
                Some(email) if email.contains('@') => Reach::Email(email),
                _ => {
                    return Err(ApiError::bad_request(
                        "An email address is required to invite a participant by video link.",
                    ))
                }
            }
        };
        Ok(Invitee { name, reach })
    }
}

async fn invite(
    State(sandbox): State<Sandbox>,
    ApiJson(body): ApiJson<Map<String, Value>>,
) -> Result<Json<Value>, ApiError> {
    let body = Value::Object(body);
    sandbox.lock().record_invite(body.clone());
    let request: InviteRequest = serde_json::from_value(body).map_err(|error| {
        ApiError::bad_request(format!(
            "The request is not a valid ParaThirdPartyVideoParticipant: {error}"
        ))
    })?;
    let invitee = request.validate()?;
    let mut conference = sandbox.lock();
    let id = conference.next_participant_id();
    let mut answer = invite_answer(id, &invitee, SystemTime::now(), conference.interpreters());
    if conference.odd_types() {
        crate::oddities::apply(&mut answer);
    }
    conference.admit(id, answer.clone());
    Ok(Json(answer))
}

/// `ResultVideoConferenceParticipant` for a new participant: the API's sample
/// with the sandbox's values, plus two fields the docs do not have. The app
/// must send this back verbatim to kick the participant, and those extra
/// fields show whether it kept what it does not model.
fn invite_answer(
    id: u64,
    invitee: &Invitee,
    now: SystemTime,
    interpreters: Option<usize>,
) -> Value {
    let mut answer: Value =
        serde_json::from_str(INVITE_RESPONSE_SAMPLE).expect("the invite-response fixture is JSON");
    let (type_code, email, phone) = match &invitee.reach {
        Reach::Email(email) => (VIDEO_TYPE_EMAIL, Some(email), None),
        Reach::Phone(phone) => (VIDEO_TYPE_PSTN, None, Some(phone)),
    };
    let fields = [
        ("RequestConferenceSessionId", json!(CONFERENCE_ID)),
        (PARTICIPANT_ID, json!(id)),
        ("RequestConferenceSessionVideoTypeCodeId", json!(type_code)),
        (
            "RequestConferenceSessionVideoStatusCodeId",
            json!(VIDEO_STATUS_INVITED),
        ),
        ("PersonName", json!(invitee.name)),
        ("ProviderName", json!(PROVIDER_NAME)),
        ("AppClientEmail", json!(email)),
        ("AppClientPhoneNumber", json!(phone)),
        ("AppClientName", json!(invitee.name)),
        (
            "VideoAccountIdentity",
            json!(format!("sbx-{CONFERENCE_ID}-{id}")),
        ),
        ("SandboxTrace", json!(trace(id, now))),
    ];
    for (key, value) in fields {
        answer[key] = value;
    }
    let second = &mut answer["secondRequest"];
    second["RequestStatusCodeId"] = json!(1);
    second["providerList"] = match interpreters {
        Some(n) => provider_list_of(now, n),
        None => provider_list(now),
    };
    second["waitingMsg"] = json!(format!("Waiting for {} to join the call.", invitee.name));
    second[PARTICIPANT_ID] = json!(id);
    second["ToLanguageId"] = json!(2);
    second["ToLanguage"] = json!("Spanish");
    second["additionalInfo"] = json!(format!("Sandbox conference {CONFERENCE_ID}"));
    second["SandboxNote"] = json!("unmodelled field");
    answer
}

/// Unique across resets and restarts (ids alone repeat after a reset), so a
/// test can tell a stale answer from a fresh one.
fn trace(id: u64, now: SystemTime) -> String {
    let nanos = now
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    format!("trace-{id}-{nanos:x}")
}

async fn kick(
    State(sandbox): State<Sandbox>,
    ApiJson(body): ApiJson<Map<String, Value>>,
) -> Result<StatusCode, ApiError> {
    let body = Value::Object(body);
    let id = body.get(PARTICIPANT_ID).and_then(Value::as_u64);
    let mut conference = sandbox.lock();
    let Some(id) = id else {
        conference.record_kick(body, false, StatusCode::BAD_REQUEST);
        return Err(ApiError::bad_request(format!(
            "The request has no {PARTICIPANT_ID}: send the participant as the invite returned it."
        )));
    };
    // The app may send a large answer back with its interpreter list
    // emptied (`kick_body_max_bytes`); everything else must be as given.
    let matches_answer = conference.answer_for(id).is_some_and(|answer| {
        json_equal(answer, &body) || json_equal(&without_interpreters(answer), &body)
    });
    if conference.remove(id) {
        conference.record_kick(body, matches_answer, StatusCode::OK);
        Ok(StatusCode::OK)
    } else {
        conference.record_kick(body, matches_answer, StatusCode::NOT_FOUND);
        Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!(
                "No participant {id} is in this conference; they may have been removed already."
            ),
        ))
    }
}

/// The answer with `secondRequest.providerList` emptied, as the app sends a
/// large one back.
pub fn without_interpreters(answer: &Value) -> Value {
    let mut answer = answer.clone();
    if let Some(list) = answer.pointer_mut("/secondRequest/providerList") {
        if list.is_array() {
            *list = Value::Array(Vec::new());
        }
    }
    answer
}

/// Equal as JSON values: key order is irrelevant and `3` equals `3.0`
/// (serde_json's `==` tells those numbers apart; JSON does not).
pub fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => match (x.as_u64(), y.as_u64()) {
                (Some(x), Some(y)) => x == y,
                _ => x.as_f64() == y.as_f64(),
            },
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_equal(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(key, x)| y.get(key).is_some_and(|y| json_equal(x, y)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_equal_ignores_number_spelling_and_key_order() {
        assert!(json_equal(
            &json!({"a": 3, "b": [1.5, "x"]}),
            &json!({"b": [1.5, "x"], "a": 3.0})
        ));
        assert!(!json_equal(&json!({"a": 3}), &json!({"a": 3.5})));
        assert!(!json_equal(&json!({"a": 1, "b": null}), &json!({"a": 1})));
        assert!(!json_equal(&json!([1, 2]), &json!([2, 1])));
        assert!(!json_equal(&json!(-1), &json!(u64::MAX)));
    }
}
