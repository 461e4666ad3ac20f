//! The platform API client: the two calls this app makes, over `fetch`
//! (gloo-net), JSON in and out, and one error type that says what went wrong.
//!
//! gloo-net hands back 4xx/5xx answers as `Ok(Response)`, so the status is
//! checked before anything is decoded; a server's error text is read from
//! its `{"Message": …}` body (ASP.NET Web API's shape) or its plain text,
//! never from an HTML error page.

use crate::config::Config;
use crate::model::{ParaThirdPartyVideoParticipant, ResultVideoConferenceParticipant};
use serde_json::Value;

/// Invites a third party into the conference.
pub const INVITE_PATH: &str = "Provider/Task/InviteThirdPartyVideoConference";
/// Removes a third party; the body is the invite answer as received.
pub const KICK_PATH: &str = "Client/Request/KickThirdPartyVideoParticipant";

/// What can go wrong talking to the API, told apart so that each gets the
/// sentence (and the next step) that fits it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request never reached a server (network down, server stopped).
    Offline,
    /// No complete answer within the configured time; the request was aborted.
    Timeout { seconds: u32 },
    /// The server answered with an error status.
    Status {
        status: u16,
        message: Option<String>,
        /// Seconds the server asked us to wait (`Retry-After`), if it did.
        retry_after: Option<u32>,
    },
    /// A success status, but an answer this app cannot read.
    Undecodable { detail: String },
}

/// The invite answer, typed for display and as its exact text for sending back.
#[derive(Clone, Debug, PartialEq)]
pub struct Invited {
    pub answer: ResultVideoConferenceParticipant,
    /// The answer's JSON text exactly as received: no field, number or key
    /// order can change on its way back in the kick request.
    pub raw: String,
}

impl ApiError {
    /// Builds the error for a non-2xx answer from its status and body.
    pub fn from_response(status: u16, content_type: Option<&str>, body: &str) -> ApiError {
        ApiError::Status {
            status,
            message: server_message(content_type, body),
            retry_after: None,
        }
    }

    /// One or two sentences for the person at the screen: what happened and
    /// what they can do about it (in English; see [`ApiError::message_in`]).
    pub fn message(&self) -> String {
        self.message_in(crate::i18n::Lang::En)
    }

    /// [`ApiError::message`] in `lang`; the server's own words are quoted as sent.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{count, fill, number};
        let t = lang.texts();
        match self {
            ApiError::Offline => t.err_network.into(),
            ApiError::Timeout { seconds } => count(lang, &t.err_timeout, i64::from(*seconds)),
            ApiError::Undecodable { .. } => t.err_undecodable.into(),
            ApiError::Status {
                status,
                message,
                retry_after,
            } => {
                let said = message
                    .as_deref()
                    .map(|m| fill(t.server_said, &[("m", m)]))
                    .unwrap_or_default();
                let code = number(lang, i64::from(*status));
                let args = [("status", code.as_str()), ("said", said.as_str())];
                let template = match status {
                    400 => t.err_400,
                    401 => t.err_401,
                    403 => t.err_403,
                    404 => t.err_404,
                    408 | 504 => t.err_slow,
                    429 => match retry_after {
                        Some(seconds) => {
                            return fill(&count(lang, &t.err_busy_wait, i64::from(*seconds)), &args)
                        }
                        None => t.err_busy,
                    },
                    500..=599 => t.err_5xx,
                    _ => t.err_other,
                };
                fill(template, &args)
            }
        }
    }
}

/// The server's own words from an error body: `{"Message": …}` (plus any
/// `ModelState` field messages), or short plain text. HTML error pages and
/// empty bodies give `None`: their markup means nothing to a user.
pub fn server_message(content_type: Option<&str>, body: &str) -> Option<String> {
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    if let Ok(Value::Object(map)) = serde_json::from_str::<Value>(body) {
        let mut parts: Vec<String> = Vec::new();
        for key in ["Message", "message", "ExceptionMessage"] {
            if let Some(Value::String(m)) = map.get(key) {
                parts.push(m.trim().to_string());
                break;
            }
        }
        if let Some(Value::Object(fields)) = map.get("ModelState") {
            for messages in fields.values() {
                if let Value::Array(list) = messages {
                    parts.extend(
                        list.iter()
                            .filter_map(Value::as_str)
                            .map(|s| s.trim().to_string()),
                    );
                }
            }
        }
        parts.retain(|p| !p.is_empty());
        return (!parts.is_empty()).then(|| clip(&parts.join(" ")));
    }
    let html = content_type.is_some_and(|t| t.contains("html")) || body.starts_with('<');
    if html {
        return None;
    }
    Some(clip(body))
}

/// `Retry-After` in seconds; the HTTP-date form is not used by this API and
/// gives `None` (the message then says "wait a moment").
pub fn retry_after_seconds(header: Option<&str>) -> Option<u32> {
    header?.trim().parse::<u32>().ok().map(|s| s.min(3600))
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

/// Keeps a server message to a readable length.
fn clip(text: &str) -> String {
    const MAX: usize = 300;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
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
    let token = crate::auth::token();
    match send(config, path, &json, idempotency_key, token.as_deref()).await {
        Err(expired @ ApiError::Status { status: 401, .. }) => {
            match crate::auth::renew(token).await {
                Some(fresh) => send(config, path, &json, idempotency_key, Some(&fresh)).await,
                None => Err(expired),
            }
        }
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
    fn reads_the_message_body_of_aspnet() {
        assert_eq!(
            server_message(
                Some("application/json"),
                r#"{"Message":"Database unavailable"}"#
            ),
            Some("Database unavailable".into())
        );
        let model_state = r#"{"Message":"The request is invalid.","ModelState":{"model.Email":["Email is not valid."]}}"#;
        assert_eq!(
            server_message(None, model_state),
            Some("The request is invalid. Email is not valid.".into())
        );
    }

    #[test]
    fn plain_text_is_the_message_and_html_is_not() {
        assert_eq!(
            server_message(Some("text/plain"), " Service down \n"),
            Some("Service down".into())
        );
        assert_eq!(
            server_message(
                Some("text/html"),
                "<html><body>Server Error in '/' Application.</body></html>"
            ),
            None
        );
        assert_eq!(server_message(None, "<!DOCTYPE html><html></html>"), None);
        assert_eq!(server_message(None, "  "), None);
        assert_eq!(server_message(None, r#"{"Message":""}"#), None);
    }

    #[test]
    fn long_messages_are_clipped() {
        let long = "x".repeat(1000);
        let m = server_message(None, &long).unwrap();
        assert_eq!(m.chars().count(), 301);
        assert!(m.ends_with('…'));
    }

    #[test]
    fn each_error_reads_as_a_sentence_with_a_next_step() {
        assert!(ApiError::Offline
            .message()
            .contains("Could not reach the server"));
        assert!(ApiError::Timeout { seconds: 15 }
            .message()
            .contains("within 15 seconds"));
        let e500 = ApiError::from_response(
            500,
            Some("application/json"),
            r#"{"Message":"Database unavailable"}"#,
        );
        assert_eq!(e500.message(), "The server had a problem (error 500). The server said: \"Database unavailable\" Try again in a moment.");
        let html = ApiError::from_response(502, Some("text/html"), "<h1>Bad Gateway</h1>");
        assert_eq!(
            html.message(),
            "The server had a problem (error 502). Try again in a moment."
        );
        assert!(ApiError::from_response(401, None, "")
            .message()
            .contains("session has expired"));
        assert!(
            ApiError::from_response(404, None, r#"{"Message":"No participant 7"}"#)
                .message()
                .contains("No participant 7")
        );
        assert!(ApiError::Undecodable { detail: "x".into() }
            .message()
            .contains("could not be read"));
    }

    #[test]
    fn busy_server_says_how_long_to_wait() {
        assert_eq!(retry_after_seconds(Some(" 30 ")), Some(30));
        assert_eq!(
            retry_after_seconds(Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            None
        );
        assert_eq!(retry_after_seconds(None), None);
        let busy = ApiError::Status {
            status: 429,
            message: None,
            retry_after: Some(30),
        };
        assert!(
            busy.message().contains("Wait 30 seconds"),
            "{}",
            busy.message()
        );
        let busy = ApiError::Status {
            status: 429,
            message: None,
            retry_after: None,
        };
        assert!(busy.message().contains("Wait a moment"));
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
