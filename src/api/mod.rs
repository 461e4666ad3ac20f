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

/// The request's abort handle: aborted by a timer after `ms` (the timeout;
/// an `AbortController` and a timer work where `AbortSignal.timeout` does
/// not, Safari before 16 and older kiosk tablets) or by a [`session::reset`].
/// `None` only if the browser has no `AbortController`.
fn abort_after(ms: u32) -> Option<web_sys::AbortController> {
    use wasm_bindgen::JsCast;
    let controller = web_sys::AbortController::new().ok()?;
    let timer = controller.clone();
    let abort = wasm_bindgen::closure::Closure::once_into_js(move || timer.abort());
    let _ = web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), ms as i32);
    Some(controller)
}

/// The kick body for an invite answer: the answer exactly as received, or,
/// when it is longer than `limit` bytes, the same text with
/// `secondRequest.providerList` emptied (`[]`) and every other byte kept.
/// The interpreter list has nothing to do with removing a person, and a
/// body of megabytes fails against ASP.NET's default request limit (4 MB).
pub fn kick_body(answer: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    if answer.len() <= limit {
        return answer.into();
    }
    match interpreter_list_span(answer) {
        Some((start, end)) => format!("{}[]{}", &answer[..start], &answer[end..]).into(),
        None => answer.into(),
    }
}

/// Where `secondRequest.providerList`'s value lies in `answer` (byte range),
/// if it is there, is a list and is not empty.
fn interpreter_list_span(answer: &str) -> Option<(usize, usize)> {
    use serde::Deserialize;
    use serde_json::value::RawValue;
    #[derive(Deserialize)]
    struct Outer<'a> {
        #[serde(rename = "secondRequest", borrow)]
        second_request: Option<&'a RawValue>,
    }
    #[derive(Deserialize)]
    struct Inner<'a> {
        #[serde(rename = "providerList", borrow)]
        provider_list: Option<&'a RawValue>,
    }
    let outer: Outer = serde_json::from_str(answer).ok()?;
    let inner: Inner = serde_json::from_str(outer.second_request?.get()).ok()?;
    let list = inner.provider_list?.get();
    if !list.starts_with('[') || list == "[]" {
        return None;
    }
    // A raw value borrows from `answer`: its place is its pointer's offset.
    let start = list.as_ptr() as usize - answer.as_ptr() as usize;
    Some((start, start + list.len()))
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
/// answer as received ([`kick_body`]). Any 2xx answer from the API itself is
/// success, its body ignored; a redirect or a web page is not ([`send`]).
pub async fn kick(
    config: &Config,
    invite_answer: &str,
    idempotency_key: &str,
) -> Result<(), ApiError> {
    let body = kick_body(invite_answer, config.kick_body_max_bytes).into_owned();
    post(config, KICK_PATH, body, idempotency_key)
        .await
        .map(drop)
}

/// Sends one POST with the host's bearer token, if any, and returns the body
/// text of a 2xx answer. After a 401, when a host can sign the user in again,
/// waits for a new token and sends the same request once more (same
/// Idempotency-Key: it is the same user action). A reset (kiosk or host)
/// aborts it wherever it is, and it is never sent again after one.
async fn post(
    config: &Config,
    path: &str,
    json: String,
    idempotency_key: &str,
) -> Result<String, ApiError> {
    let generation = session::generation();
    let token = session::token();
    let first = send(
        config,
        path,
        &json,
        idempotency_key,
        token.as_deref(),
        generation,
    )
    .await;
    match first {
        Err(expired @ ApiError::Status { status: 401, .. }) => {
            let wait_ms = config.token_wait_s.saturating_mul(1000) as i32;
            match session::renew(token, generation, wait_ms).await {
                Some(fresh) => {
                    send(
                        config,
                        path,
                        &json,
                        idempotency_key,
                        Some(&fresh),
                        generation,
                    )
                    .await
                }
                None if session::generation() != generation => Err(ApiError::Cancelled),
                None => Err(expired),
            }
        }
        other => other,
    }
}

/// One attempt of [`post`], aborted by its timeout or a reset.
async fn send(
    config: &Config,
    path: &str,
    json: &str,
    idempotency_key: &str,
    token: Option<&str>,
    generation: u64,
) -> Result<String, ApiError> {
    // One abort handle covers the whole exchange, headers and body alike.
    let controller = abort_after(config.timeout_ms);
    let request_id = match &controller {
        Some(c) => Some(session::begin_request(generation, c.clone()).ok_or(ApiError::Cancelled)?),
        None => None,
    };
    let signal = controller.as_ref().map(|c| c.signal());
    let result = exchange(config, path, json, idempotency_key, token, signal.as_ref()).await;
    if let Some(id) = request_id {
        session::finished(id);
    }
    match result {
        Err(_) if session::generation() != generation => Err(ApiError::Cancelled),
        other => other,
    }
}

/// The HTTP exchange of [`send`]: the headers, the status, the body.
async fn exchange(
    config: &Config,
    path: &str,
    json: &str,
    idempotency_key: &str,
    token: Option<&str>,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<String, ApiError> {
    use gloo_net::http::Request;

    let seconds = config.timeout_ms.div_ceil(1000);
    let url = config.endpoint(path);
    let failed = |e: gloo_net::Error| match e {
        gloo_net::Error::JsError(js) if js.name == "TimeoutError" || js.name == "AbortError" => {
            ApiError::Timeout { seconds }
        }
        // fetch says no more than "Failed to fetch": the network is down,
        // or the request was blocked before it reached the API (CORS, the
        // page's CSP, mixed content, a refused connection).
        gloo_net::Error::JsError(_) => ApiError::Unreachable {
            origin: origin_of(&url),
        },
        other => ApiError::Undecodable {
            detail: other.to_string(),
        },
    };
    let mut request = Request::post(&url)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    // Only where the API honours it: a strict CORS policy allows
    // Content-Type, Authorization and Accept, and refuses anything else.
    if config.idempotency_keys {
        request = request.header("Idempotency-Key", idempotency_key);
    }
    if let Some(token) = token {
        request = request.header("Authorization", &format!("Bearer {token}"));
    }
    let response = request
        .abort_signal(signal)
        .body(json.to_string())
        .map_err(failed)?
        .send()
        .await
        .map_err(failed)?;
    let status = response.status();
    let content_type = response.headers().get("content-type");
    let retry_after = retry_after_seconds(response.headers().get("retry-after").as_deref());
    let redirected = response.redirected();
    let text = response.text().await.map_err(failed)?;
    if (200..300).contains(&status) && (redirected || is_web_page(content_type.as_deref(), &text)) {
        // A sign-in page or a proxy's notice, reached through a redirect or
        // in place of the API's answer: whatever was asked did not happen.
        return Err(ApiError::NotApi);
    }
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

/// Whether a 2xx answer is an HTML page rather than the API's answer.
fn is_web_page(content_type: Option<&str>, body: &str) -> bool {
    content_type.is_some_and(|t| t.contains("html"))
        || body.trim_start().get(..1).is_some_and(|c| c == "<")
}

/// The origin a request to `url` goes to, for messages: the page's own for
/// a relative URL.
fn origin_of(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            format!("{scheme}://{host}")
        }
        None => web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_answer_is_sent_back_without_its_interpreters_and_nothing_else_changed() {
        let answer = r#"{"RequestConferenceSessionVideoParticipantId":7, "Num":3.50,
            "secondRequest":{"a":"x\"y","providerList":[{"Name":"A"},{"Name":"B"}],"z":[1]},"Tail":"é"}"#;
        assert_eq!(
            kick_body(answer, answer.len()),
            answer,
            "within the limit: as received"
        );
        let trimmed = kick_body(answer, 10);
        assert_eq!(
            trimmed,
            answer.replace(r#"[{"Name":"A"},{"Name":"B"}]"#, "[]"),
            "every other byte as received"
        );
        // Nothing to empty: as received, whatever the size.
        for odd in [
            r#"{"secondRequest":null}"#,
            r#"{"secondRequest":{"providerList":[]}}"#,
            r#"{"secondRequest":{"providerList":"x"}}"#,
            r#"{"PersonName":"Ana"}"#,
            r#"not json"#,
        ] {
            assert_eq!(kick_body(odd, 0), odd);
        }
    }

    #[test]
    fn web_pages_are_told_from_api_answers() {
        assert!(is_web_page(Some("text/html; charset=utf-8"), ""));
        assert!(is_web_page(None, "  <!DOCTYPE html><title>Sign in</title>"));
        assert!(!is_web_page(Some("application/json"), "{}"));
        assert!(
            !is_web_page(None, ""),
            "an empty 200 is a kick's usual answer"
        );
        assert_eq!(
            origin_of("https://api.example.com:8443/v1/A/B"),
            "https://api.example.com:8443"
        );
    }

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
