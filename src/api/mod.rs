//! The platform API: its wire model ([`model`]), its dates ([`dates`]), the
//! two calls this app makes over `fetch` (gloo-net, JSON in and out), the
//! one error type that says what went wrong ([`error`]), and the bearer
//! token the host hands over ([`session`]).
//!
//! No Leptos view lives here; the layer above turns answers into state.

pub mod dates;
pub mod error;
pub mod lenient;
pub mod model;
pub mod session;

use error::retry_after_seconds;
pub use error::ApiError;

use crate::config::Config;
use model::{ParaThirdPartyVideoParticipant, ResultVideoConferenceParticipant};

/// Invites a third party into the conference.
pub const INVITE_PATH: &str = "Provider/Task/InviteThirdPartyVideoConference";
/// Removes a third party; the body is the invite answer as received.
pub const KICK_PATH: &str = "Client/Request/KickThirdPartyVideoParticipant";

/// The invite answer, typed for display and as its exact text for sending back.
#[derive(Clone, Debug, PartialEq)]
pub struct Invited {
    pub answer: ResultVideoConferenceParticipant,
    /// The answer's JSON text exactly as received: no field, number or key
    /// order can change on its way back in the kick request.
    pub raw: String,
}

/// A fresh `Idempotency-Key`: one per user action, reused when the user
/// retries that action, so a request that reached the server before a
/// timeout or a dropped connection is not carried out twice.
///
/// `crypto.randomUUID` exists only in secure contexts (https, localhost)
/// and newer browsers; a kiosk on a plain-http intranet lacks it, so the
/// key is then built from `crypto.getRandomValues` (everywhere since 2014),
/// and as a last resort from the clock and `Math.random`. No call here can
/// throw into the action that asked for a key.
pub fn new_idempotency_key() -> String {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if let Some(crypto) = &crypto {
        if has_function(crypto, "randomUUID") {
            return crypto.random_uuid();
        }
        let mut bytes = [0_u8; 16];
        if has_function(crypto, "getRandomValues")
            && crypto.get_random_values_with_u8_array(&mut bytes).is_ok()
        {
            return uuid_v4(bytes);
        }
    }
    format!(
        "{:x}-{:x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e16) as u64
    )
}

/// Whether `object.name` is a function (a browser API that may be missing).
fn has_function(object: &wasm_bindgen::JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &name.into()).is_ok_and(|f| f.is_function())
}

/// An RFC 9562 version-4 UUID from 16 random bytes, as `randomUUID` writes it.
fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0x0f)] as char);
    }
    out
}

/// A signal that aborts the request after `ms`: `AbortSignal.timeout` where
/// the browser has it, else an `AbortController` and a timer (Safari before
/// 16, older kiosk tablets). `None` only if neither exists.
fn timeout_signal(ms: u32) -> Option<web_sys::AbortSignal> {
    use wasm_bindgen::JsCast;
    let class = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into()).ok()?;
    if has_function(&class, "timeout") {
        return Some(web_sys::AbortSignal::timeout_with_u32(ms));
    }
    let controller = web_sys::AbortController::new().ok()?;
    let signal = controller.signal();
    let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
    let _ = web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), ms as i32);
    Some(signal)
}

/// Decodes an invite answer: it must be a JSON object; fields may be null,
/// missing or oddly typed (each is read on its own, see [`lenient`]). The text is kept as received so that fields we do not model
/// (and numbers exactly as written) survive into the kick request.
pub fn decode_invite(text: &str) -> Result<Invited, ApiError> {
    // serde would also read a struct from an array of its fields in order;
    // the API never sends that, so anything but an object is refused.
    if !text.trim_start().starts_with('{') {
        return Err(ApiError::Undecodable {
            detail: "not a JSON object".into(),
        });
    }
    let answer = serde_json::from_str(text).map_err(|e| ApiError::Undecodable {
        detail: e.to_string(),
    })?;
    Ok(Invited {
        answer,
        raw: text.to_string(),
    })
}

/// `POST Provider/Task/InviteThirdPartyVideoConference`.
pub async fn invite(
    config: &Config,
    body: &ParaThirdPartyVideoParticipant,
    idempotency_key: &str,
) -> Result<Invited, ApiError> {
    let json = serde_json::to_string(body).expect("the invite body is always encodable");
    let text = post(config, INVITE_PATH, json, idempotency_key).await?;
    decode_invite(&text)
}

/// `POST Client/Request/KickThirdPartyVideoParticipant` with the invite
/// answer as received. Any 2xx is success; its body, if any, is ignored.
pub async fn kick(
    config: &Config,
    invite_answer: &str,
    idempotency_key: &str,
) -> Result<(), ApiError> {
    post(
        config,
        KICK_PATH,
        invite_answer.to_string(),
        idempotency_key,
    )
    .await
    .map(drop)
}

/// Sends one POST with the host's bearer token, if any, and returns the body
/// text of a 2xx answer. After a 401, when a host can sign the user in again,
/// waits for a new token and sends the same request once more (same
/// Idempotency-Key: it is the same user action).
async fn post(
    config: &Config,
    path: &str,
    json: String,
    idempotency_key: &str,
) -> Result<String, ApiError> {
    let token = session::token();
    match send(config, path, &json, idempotency_key, token.as_deref()).await {
        Err(expired @ ApiError::Status { status: 401, .. }) => match session::renew(token).await {
            Some(fresh) => send(config, path, &json, idempotency_key, Some(&fresh)).await,
            None => Err(expired),
        },
        other => other,
    }
}

/// One attempt of [`post`].
async fn send(
    config: &Config,
    path: &str,
    json: &str,
    idempotency_key: &str,
    token: Option<&str>,
) -> Result<String, ApiError> {
    use gloo_net::http::Request;

    let seconds = config.timeout_ms.div_ceil(1000);
    // One signal covers the whole exchange, headers and body alike.
    let signal = timeout_signal(config.timeout_ms);
    let failed = |e: gloo_net::Error| match e {
        gloo_net::Error::JsError(js) if js.name == "TimeoutError" || js.name == "AbortError" => {
            ApiError::Timeout { seconds }
        }
        gloo_net::Error::JsError(_) => ApiError::Offline,
        other => ApiError::Undecodable {
            detail: other.to_string(),
        },
    };
    let mut request = Request::post(&config.endpoint(path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Idempotency-Key", idempotency_key);
    if let Some(token) = token {
        request = request.header("Authorization", &format!("Bearer {token}"));
    }
    let response = request
        .abort_signal(signal.as_ref())
        .body(json.to_string())
        .map_err(failed)?
        .send()
        .await
        .map_err(failed)?;
    let status = response.status();
    let content_type = response.headers().get("content-type");
    let retry_after = retry_after_seconds(response.headers().get("retry-after").as_deref());
    let text = response.text().await.map_err(failed)?;
    if !(200..300).contains(&status) {
        let mut error = ApiError::from_response(status, content_type.as_deref(), &text);
        if let ApiError::Status {
            retry_after: slot, ..
        } = &mut error
        {
            *slot = retry_after;
        }
        return Err(error);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_keys_are_version_4_uuids() {
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
        let key = uuid_v4(*b"0123456789abcdef");
        assert_eq!(key.len(), 36);
        assert_eq!(key.as_bytes()[14], b'4');
    }

    #[test]
    fn invite_answer_must_be_an_object() {
        assert!(matches!(
            decode_invite("<html>"),
            Err(ApiError::Undecodable { .. })
        ));
        assert!(matches!(
            decode_invite("[1,2]"),
            Err(ApiError::Undecodable { .. })
        ));
        // A field in an unexpected shape is read as it allows, or left out;
        // the person is never lost over a display field.
        let odd = decode_invite(
            r#"{"RequestConferenceSessionVideoParticipantId":"42","PersonName":5,
                "secondRequest":{"providerList":[{"NativeLanguage":"Spanish","ProviderRate":"4.5",
                "isSchedule":{"ScheduleDuration":30.0,"PIN":4321,"JoinAvailable":"true"}},"junk"]}}"#,
        )
        .unwrap();
        assert_eq!(
            odd.answer.request_conference_session_video_participant_id,
            Some(42)
        );
        assert_eq!(odd.answer.person_name.as_deref(), Some("5"));
        let providers = odd.answer.second_request.unwrap().provider_list.unwrap();
        assert_eq!(
            providers.len(),
            1,
            "the element that is no object is left out"
        );
        assert_eq!(
            providers[0].native_language,
            Some(vec!["Spanish".to_string()])
        );
        assert_eq!(providers[0].provider_rate, Some(4.5));
        let schedule = providers[0].is_schedule.as_ref().unwrap();
        assert_eq!(schedule.schedule_duration, Some(30));
        assert_eq!(schedule.pin.as_deref(), Some("4321"));
        assert_eq!(schedule.join_available, Some(true));
        let ok = decode_invite(r#"{"PersonName":"Ana","Extra":{"a":1}}"#).unwrap();
        assert_eq!(ok.answer.person_name.as_deref(), Some("Ana"));
        assert_eq!(ok.raw, r#"{"PersonName":"Ana","Extra":{"a":1}}"#);
        assert!(matches!(
            decode_invite(r#"{"PersonName":"Ana"} trailing"#),
            Err(ApiError::Undecodable { .. })
        ));
    }
}
