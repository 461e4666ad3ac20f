//! What can go wrong talking to the API, and the words for it.
//!
//! gloo-net hands back 4xx/5xx answers as `Ok(Response)`, so the client
//! checks the status before decoding; a server's error text is read here
//! from its `{"Message": …}` body (ASP.NET Web API's shape) or its plain
//! text, never from an HTML error page.

use crate::i18n::Lang;
use serde_json::Value;

/// What can go wrong talking to the API, told apart so that each gets the
/// sentence (and the next step) that fits it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request never reached the API at `origin`: the network is down,
    /// the server stopped, or the browser blocked it first (CORS, the page's
    /// CSP, mixed content); fetch does not say which.
    Unreachable { origin: String },
    /// A reset (kiosk or host) stopped it; nothing of it is applied.
    Cancelled,
    /// A 2xx answer that came through a redirect, or as a web page (a
    /// sign-in page, a proxy's notice): not the API's answer, so not done.
    NotApi,
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
impl ApiError {
    /// Builds the error for a non-2xx answer from its status and body.
    pub fn from_response(status: u16, content_type: Option<&str>, body: &str) -> ApiError {
        ApiError::Status {
            status,
            message: server_message(content_type, body),
            retry_after: None,
        }
    }

    /// One or two sentences for the person at the screen, in `lang`: what
    /// happened and what they can do about it. The server's own words are
    /// quoted as sent.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::{count, fill, number};
        let t = lang.texts();
        match self {
            // The origin is isolated left-to-right inside Arabic text.
            ApiError::Unreachable { origin } => fill(
                t.err_network,
                &[("origin", &format!("\u{2066}{origin}\u{2069}"))],
            ),
            ApiError::Cancelled => t.err_cancelled.into(),
            ApiError::NotApi => t.err_not_api.into(),
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

/// Keeps a server message to a readable length.
fn clip(text: &str) -> String {
    const MAX: usize = 300;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
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
        let unreachable = ApiError::Unreachable {
            origin: "https://api.example.com".into(),
        }
        .message(Lang::En);
        assert!(unreachable
            .contains("Could not reach the server at \u{2066}https://api.example.com\u{2069}"));
        assert!(unreachable.contains("CORS"), "{unreachable}");
        assert!(ApiError::NotApi.message(Lang::En).contains("web page"));
        assert!(ApiError::Timeout { seconds: 15 }
            .message(Lang::En)
            .contains("within 15 seconds"));
        let e500 = ApiError::from_response(
            500,
            Some("application/json"),
            r#"{"Message":"Database unavailable"}"#,
        );
        assert_eq!(e500.message(Lang::En), "The server had a problem (error 500). The server said: \"Database unavailable\" Try again in a moment.");
        let html = ApiError::from_response(502, Some("text/html"), "<h1>Bad Gateway</h1>");
        assert_eq!(
            html.message(Lang::En),
            "The server had a problem (error 502). Try again in a moment."
        );
        assert!(ApiError::from_response(401, None, "")
            .message(Lang::En)
            .contains("session has expired"));
        assert!(
            ApiError::from_response(404, None, r#"{"Message":"No participant 7"}"#)
                .message(Lang::En)
                .contains("No participant 7")
        );
        assert!(ApiError::Undecodable { detail: "x".into() }
            .message(Lang::En)
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
            busy.message(Lang::En).contains("Wait 30 seconds"),
            "{}",
            busy.message(Lang::En)
        );
        let busy = ApiError::Status {
            status: 429,
            message: None,
            retry_after: None,
        };
        assert!(busy.message(Lang::En).contains("Wait a moment"));
    }
}
