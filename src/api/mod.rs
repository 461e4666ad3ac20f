//! The platform API: its wire model ([`model`]), its dates ([`dates`]), the
//! two calls this app makes over `fetch` (gloo-net, JSON in and out), the
//! one error type that says what went wrong ([`error`]), and the bearer
//! token the host hands over ([`session`]).
//!
//! No Leptos view lives here; the layer above turns answers into state.

pub mod dates;
pub mod error;
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
pub fn new_idempotency_key() -> String {
    window_crypto_uuid().unwrap_or_else(|| {
        // Every browser this app supports has crypto.randomUUID; this is
        // only a fallback for an odd embedded webview.
        format!(
            "{:x}-{:x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 1e16) as u64
        )
    })
}

fn window_crypto_uuid() -> Option<String> {
    Some(web_sys::window()?.crypto().ok()?.random_uuid())
}

/// Decodes an invite answer: it must be a JSON object; fields may be null or
/// missing. The text is kept as received so that fields we do not model
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
    let signal = web_sys::AbortSignal::timeout_with_u32(config.timeout_ms);
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
        .abort_signal(Some(&signal))
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
    fn invite_answer_must_be_an_object() {
        assert!(matches!(
            decode_invite("<html>"),
            Err(ApiError::Undecodable { .. })
        ));
        assert!(matches!(
            decode_invite("[1,2]"),
            Err(ApiError::Undecodable { .. })
        ));
        assert!(matches!(
            decode_invite(r#"{"PersonName": 5}"#),
            Err(ApiError::Undecodable { .. })
        ));
        let ok = decode_invite(r#"{"PersonName":"Ana","Extra":{"a":1}}"#).unwrap();
        assert_eq!(ok.answer.person_name.as_deref(), Some("Ana"));
        assert_eq!(ok.raw, r#"{"PersonName":"Ana","Extra":{"a":1}}"#);
        assert!(matches!(
            decode_invite(r#"{"PersonName":"Ana"} trailing"#),
            Err(ApiError::Undecodable { .. })
        ));
    }
}
