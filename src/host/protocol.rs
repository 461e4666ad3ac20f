//! The host protocol: how the page that embeds the app in an `<iframe>` (the
//! provider portal) talks to it, by `postMessage`. Pure rules only; the
//! bridge that listens and posts is [`bridge`](super::bridge).
//!
//! Every message, both ways, is `{ "type", "version", "id", "payload" }`
//! ([`PROTOCOL_VERSION`]). The rules that keep another page from driving the
//! app or reading its data are pure functions here, tested on the host:
//! a message counts only if it comes from `window.parent` *and* from an
//! origin listed exactly in `allowed_host_origins` ([`parse_host_message`]);
//! the app posts only to that verified origin, never to `*`
//! ([`post_targets`]). Nothing from a message is ever put into the page as
//! markup: fields become signal values, theme values pass a strict check.

use super::messages::{self, HostMessage};
use crate::config::check_origin;
use crate::domain::event::AppEvent;
use serde_json::{json, Map, Value};

/// The protocol version this app speaks, in every message's `version`.
pub const PROTOCOL_VERSION: u64 = 1;

/// The protocol versions this app speaks, listed in `ready`.
pub const PROTOCOL_VERSIONS: &[u64] = &[PROTOCOL_VERSION];

/// What the bridge posts on its own, besides the [`AppEvent`]s (a test
/// reads `bridge.rs` to keep this list whole).
pub const BRIDGE_MESSAGES: &[&str] = &["ready", "ack", "error", "resize", "token-expired"];

/// Host messages longer than this (as JSON) are refused unread.
pub const MAX_MESSAGE_BYTES: usize = 32 * 1024;

/// A host message that passed every check, with the id the host gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub id: String,
    pub message: HostMessage,
}

/// Why a message was not acted on.
#[derive(Clone, Debug, PartialEq)]
pub enum Rejection {
    /// Not from `window.parent` (another window, a popup, a sibling frame).
    NotFromParent { origin: String },
    /// From the parent, but its origin is not in `allowed_host_origins`.
    OriginNotAllowed { origin: String },
    /// From the verified host, but not a message this app understands. The
    /// host is told (an `error` message answering `id`).
    Invalid { id: Option<String>, reason: String },
}

impl Rejection {
    /// One line for the console.
    pub fn describe(&self) -> String {
        match self {
            Rejection::NotFromParent { origin } => format!(
                "vri-invite: ignored a message from {origin}: it does not come from the embedding page (window.parent)."
            ),
            Rejection::OriginNotAllowed { origin } => format!(
                "vri-invite: ignored a message from {origin}: that origin is not in config.json's allowed_host_origins."
            ),
            Rejection::Invalid { reason, .. } => {
                format!("vri-invite: refused a host message: {reason}")
            }
        }
    }
}

fn invalid(id: Option<&str>, reason: impl Into<String>) -> Rejection {
    Rejection::Invalid {
        id: id.map(String::from),
        reason: reason.into(),
    }
}

/// Checks a `message` event: where it comes from first (the parent window,
/// an allowed origin, compared exactly), then its envelope, then the
/// payload of its type ([`messages`](super::messages)).
pub fn parse_host_message(
    origin: &str,
    is_parent: bool,
    allowed: &[String],
    data: &Value,
) -> Result<Incoming, Rejection> {
    if !is_parent {
        return Err(Rejection::NotFromParent {
            origin: origin.into(),
        });
    }
    if !allowed.iter().any(|a| a == origin) {
        return Err(Rejection::OriginNotAllowed {
            origin: origin.into(),
        });
    }
    let (id, kind, payload) = open_envelope(data)?;
    let message = messages::parse(kind, payload).map_err(|reason| invalid(Some(id), reason))?;
    Ok(Incoming {
        id: id.into(),
        message,
    })
}

/// The envelope `{ type, version, id, payload }`: its id, type and payload
/// (an empty object when absent), or why it is not one.
fn open_envelope(data: &Value) -> Result<(&str, &str, Map<String, Value>), Rejection> {
    let Value::Object(envelope) = data else {
        return Err(invalid(
            None,
            "a message must be an object { type, version, id, payload }.",
        ));
    };
    let id = match envelope.get("id") {
        Some(Value::String(id)) if !id.is_empty() && id.len() <= 100 => id.as_str(),
        _ => {
            return Err(invalid(
                None,
                "\"id\" must be a string of 1 to 100 characters.",
            ))
        }
    };
    if let Some(extra) = envelope
        .keys()
        .find(|k| !matches!(k.as_str(), "type" | "version" | "id" | "payload"))
    {
        return Err(invalid(
            Some(id),
            format!("unknown envelope key \"{extra}\"."),
        ));
    }
    if envelope.get("version").and_then(Value::as_u64) != Some(PROTOCOL_VERSION) {
        return Err(invalid(
            Some(id),
            format!("\"version\" must be {PROTOCOL_VERSION}."),
        ));
    }
    let kind = envelope
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let payload = match envelope.get("payload") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(p)) => p.clone(),
        Some(_) => return Err(invalid(Some(id), "\"payload\" must be an object.")),
    };
    Ok((id, kind, payload))
}

/// The origins to post to: the verified host once a valid message came from
/// it; before that, the parent's origin if the browser tells it
/// (`location.ancestorOrigins`) and it is allowed; else every allowed origin
/// (the browser delivers only the one matching the parent). Never `*`.
pub fn post_targets(verified: Option<&str>, hint: Option<&str>, allowed: &[String]) -> Vec<String> {
    let allowed: Vec<String> = allowed
        .iter()
        .filter(|o| check_origin(o).is_ok())
        .cloned()
        .collect();
    if let Some(origin) = verified {
        return allowed.into_iter().filter(|o| o == origin).collect();
    }
    // "null": an opaque parent origin (`referrerpolicy="no-referrer"`), no hint.
    match hint.filter(|h| *h != "null") {
        Some(parent) => allowed.into_iter().filter(|o| o == parent).collect(),
        None => allowed,
    }
}

/// An app → host message.
pub fn envelope(kind: &str, id: &str, payload: Value) -> Value {
    json!({ "type": kind, "version": PROTOCOL_VERSION, "id": id, "payload": payload })
}

/// The `ready` payload: the root's `facts` (`app`, `language`, `kiosk`)
/// and what this build speaks, for the host's capability discovery: its
/// `app_version`, the `protocol_versions`, the host messages it accepts
/// (`commands`, from the parsers themselves) and the messages it posts
/// (`events`).
pub fn ready_payload(facts: Value) -> Value {
    let mut payload = match facts {
        Value::Object(facts) => facts,
        _ => Map::new(),
    };
    payload.insert("app_version".into(), json!(env!("CARGO_PKG_VERSION")));
    payload.insert("protocol_versions".into(), json!(PROTOCOL_VERSIONS));
    payload.insert(
        "commands".into(),
        json!(messages::types().collect::<Vec<_>>()),
    );
    let events: Vec<&str> = BRIDGE_MESSAGES
        .iter()
        .chain(AppEvent::TYPES)
        .copied()
        .collect();
    payload.insert("events".into(), json!(events));
    Value::Object(payload)
}

/// The `ack` payload: the host message `id` passed every check and was
/// acted on (a refused one is answered with `error`, quoting its id too).
pub fn ack_payload(id: &str) -> Value {
    json!({ "in_reply_to": id })
}

/// An [`AppEvent`] as an app → host message (`invited`, `removed`, …).
pub fn event_message(event: &AppEvent, id: &str) -> Value {
    let tagged = serde_json::to_value(event).unwrap_or(Value::Null);
    let kind = tagged["type"].as_str().unwrap_or("event").to_string();
    envelope(&kind, id, tagged["payload"].clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::messages::{is_safe_css_value, Prefill, PrefillMode};

    const HOST: &str = "https://portal.example.com";

    fn allowed() -> Vec<String> {
        vec![HOST.into(), "http://127.0.0.1:8081".into()]
    }

    fn parse(data: Value) -> Result<Incoming, Rejection> {
        parse_host_message(HOST, true, &allowed(), &data)
    }

    fn msg(kind: &str, payload: Value) -> Value {
        json!({"type": kind, "version": 1, "id": "h-1", "payload": payload})
    }

    #[test]
    fn accepts_only_the_parent_from_an_exact_allowed_origin() {
        let auth = msg("auth", json!({"token": "abc.def"}));
        assert_eq!(
            parse(auth.clone()).unwrap(),
            Incoming {
                id: "h-1".into(),
                message: HostMessage::Auth {
                    token: "abc.def".into()
                }
            }
        );
        assert!(matches!(
            parse_host_message(HOST, false, &allowed(), &auth),
            Err(Rejection::NotFromParent { .. })
        ));
        for origin in [
            "https://evil.example.com",
            "https://portal.example.com.evil.com",
            "https://sub.portal.example.com",
            "http://portal.example.com",
            "https://portal.example.com:8443",
            "null",
            "",
        ] {
            assert_eq!(
                parse_host_message(origin, true, &allowed(), &auth),
                Err(Rejection::OriginNotAllowed {
                    origin: origin.into()
                }),
                "{origin}"
            );
        }
        assert!(matches!(
            parse_host_message(HOST, true, &[], &auth),
            Err(Rejection::OriginNotAllowed { .. })
        ));
    }

    #[test]
    fn envelope_must_be_complete_and_versioned() {
        let reason = |data: Value| match parse(data) {
            Err(Rejection::Invalid { reason, .. }) => reason,
            other => panic!("expected Invalid, got {other:?}"),
        };
        assert!(reason(json!("auth")).contains("object"));
        assert!(reason(json!({"type": "auth", "version": 1, "payload": {}})).contains("\"id\""));
        assert!(reason(json!({"type": "reset", "version": 2, "id": "x"})).contains("version"));
        assert!(reason(json!({"type": "reset", "id": "x"})).contains("version"));
        assert!(
            reason(json!({"type": "reset", "version": 1, "id": "x", "extra": 1})).contains("extra")
        );
        assert!(reason(msg("launch-missiles", json!({}))).contains("unknown message type"));
        assert!(reason(msg("auth", json!([]))).contains("payload"));
        assert_eq!(
            parse(json!({"type": "reset", "version": 1, "id": "r"}))
                .unwrap()
                .message,
            HostMessage::Reset
        );
        // The id of a refused message is kept, so the host can match the error.
        assert_eq!(
            parse(msg("nope", json!({}))),
            Err(Rejection::Invalid {
                id: Some("h-1".into()),
                reason: "unknown message type \"nope\".".into()
            })
        );
    }

    #[test]
    fn tokens_are_non_empty_header_safe_text() {
        for bad in [
            json!(""),
            json!("a b"),
            json!("a\nb"),
            json!(5),
            json!("é"),
            json!("x".repeat(8193)),
        ] {
            assert!(parse(msg("auth", json!({"token": bad}))).is_err(), "{bad}");
        }
        assert!(parse(msg("auth", json!({}))).is_err());
    }

    #[test]
    fn prefill_takes_known_fields_only() {
        let m = parse(msg(
            "prefill",
            json!({"mode": "phone", "name": "Ana <b>", "phone": "06 1234 5678", "country": "IT", "region": 3}),
        ))
        .unwrap()
        .message;
        assert_eq!(
            m,
            HostMessage::Prefill(Prefill {
                mode: Some(PrefillMode::Phone),
                name: Some("Ana <b>".into()),
                phone: Some("06 1234 5678".into()),
                country: Some("IT".into()),
                region: Some(3),
                ..Prefill::default()
            })
        );
        assert!(parse(msg("prefill", json!({"nmae": "Ana"}))).is_err());
        assert!(parse(msg("prefill", json!({"mode": "fax"}))).is_err());
        assert!(parse(msg("prefill", json!({"name": "x".repeat(201)}))).is_err());
        for bad in ["it", "ITA", "Italy", ""] {
            let refused = parse(msg("prefill", json!({"country": bad})));
            assert!(
                matches!(&refused, Err(Rejection::Invalid { reason, .. }) if reason.contains("two-letter country code")),
                "{bad}"
            );
        }
    }

    #[test]
    fn participant_status_is_checked() {
        use crate::host::messages::ParticipantStatus;
        let ok = parse(msg(
            "participant-status",
            json!({"participant_id": 101, "status_code": 3, "at": "2026-12-01T10:02:13Z", "detail": " busy "}),
        ))
        .unwrap();
        assert_eq!(
            ok.message,
            HostMessage::ParticipantStatus(ParticipantStatus {
                participant_id: 101,
                status_code: 3,
                at_ms: Some(1_796_119_333_000.0),
                detail: Some("busy".into()),
            })
        );
        let bare = parse(msg(
            "participant-status",
            json!({"participant_id": 7, "status_code": 2}),
        ))
        .unwrap();
        assert!(matches!(
            bare.message,
            HostMessage::ParticipantStatus(ParticipantStatus {
                at_ms: None,
                detail: None,
                ..
            })
        ));
        for bad in [
            json!({"status_code": 3}),
            json!({"participant_id": "101", "status_code": 3}),
            json!({"participant_id": 0, "status_code": 3}),
            json!({"participant_id": 101, "status_code": 3, "at": "yesterday"}),
            json!({"participant_id": 101, "status_code": 3, "at": "2026-12-01T10:02:13"}),
            json!({"participant_id": 101, "status_code": 3, "detail": "x".repeat(201)}),
            json!({"participant_id": 101, "status_code": 3, "detail": "a\u{7}b"}),
            json!({"participant_id": 101, "status_code": 3, "extra": 1}),
        ] {
            assert!(
                matches!(
                    parse(msg("participant-status", bad.clone())),
                    Err(Rejection::Invalid { .. })
                ),
                "{bad} is refused"
            );
        }
    }

    #[test]
    fn language_and_kiosk_are_checked() {
        assert_eq!(
            parse(msg("set-language", json!({"language": "pt-BR"})))
                .unwrap()
                .message,
            HostMessage::SetLanguage {
                language: "pt-BR".into()
            }
        );
        assert!(parse(msg("set-language", json!({"language": "<script>"}))).is_err());
        assert_eq!(
            parse(msg("set-kiosk", json!({"enabled": true})))
                .unwrap()
                .message,
            HostMessage::SetKiosk { enabled: true }
        );
        assert!(parse(msg("set-kiosk", json!({"enabled": "yes"}))).is_err());
    }

    #[test]
    fn theme_sets_allowlisted_properties_to_plain_values() {
        let m = parse(msg(
            "set-theme",
            json!({"properties": {"--accent": "#7a1fa2", "--radius": "12px", "--bg": "rgb(250, 250, 250)"}}),
        ))
        .unwrap()
        .message;
        let HostMessage::SetTheme { properties } = m else {
            panic!("{m:?}")
        };
        assert_eq!(properties.len(), 3);
        assert!(parse(msg("set-theme", json!({"properties": {"color": "red"}}))).is_err());
        assert!(parse(msg("set-theme", json!({"properties": {"--evil": "red"}}))).is_err());
        for bad in [
            "url(https://x.example/a.png)",
            "URL(x)",
            "red; background: url(x)",
            "red}body{display:none",
            "\"red\"",
            "image-set(x)",
            "var(--x)",
            "red /* */",
            "",
            "\\75rl(x)",
        ] {
            assert!(!is_safe_css_value(bad), "{bad}");
            assert!(
                parse(msg("set-theme", json!({"properties": {"--accent": bad}}))).is_err(),
                "{bad}"
            );
        }
        assert!(is_safe_css_value("hsl(210 40% 50% / 0.9)"));
    }

    #[test]
    fn posts_go_to_one_verified_origin_never_to_a_wildcard() {
        let allowed = allowed();
        assert_eq!(
            post_targets(Some(HOST), None, &allowed),
            vec![HOST.to_string()]
        );
        // Before the host spoke: the parent's origin if the browser says it...
        assert_eq!(
            post_targets(None, Some("http://127.0.0.1:8081"), &allowed),
            vec!["http://127.0.0.1:8081".to_string()]
        );
        // ...nothing to a parent that is not allowed...
        assert!(post_targets(None, Some("https://evil.example.com"), &allowed).is_empty());
        // ...else each allowed origin (the browser drops the ones that do not match).
        assert_eq!(post_targets(None, None, &allowed), allowed);
        // A frame with referrerpolicy="no-referrer" reads "null": no hint.
        assert_eq!(post_targets(None, Some("null"), &allowed), allowed);
        assert!(post_targets(None, None, &["*".to_string()]).is_empty());
        assert!(post_targets(Some("https://evil.example.com"), None, &allowed).is_empty());
    }

    #[test]
    fn ready_lists_what_the_app_accepts_and_posts() {
        let ready = ready_payload(json!({"app": "vri-invite", "language": "es", "kiosk": false}));
        assert_eq!(ready["app"], "vri-invite");
        assert_eq!(ready["language"], "es");
        assert_eq!(ready["app_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(ready["protocol_versions"], json!([1]));
        assert_eq!(
            ready["commands"],
            json!([
                "auth",
                "prefill",
                "reset",
                "set-language",
                "set-theme",
                "set-kiosk",
                "participant-status"
            ])
        );
        assert_eq!(
            ready["events"],
            json!([
                "ready",
                "ack",
                "error",
                "resize",
                "token-expired",
                "invited",
                "removed",
                "join-requested"
            ])
        );
    }

    #[test]
    fn every_listed_command_is_accepted_and_nothing_else() {
        // The payload each command needs to pass its own checks.
        let payload = |kind: &str| match kind {
            "auth" => json!({"token": "t"}),
            "set-language" => json!({"language": "es"}),
            "set-theme" => json!({"properties": {}}),
            "set-kiosk" => json!({"enabled": true}),
            "participant-status" => json!({"participant_id": 101, "status_code": 2}),
            _ => json!({}),
        };
        for kind in messages::types() {
            let accepted = parse(msg(kind, payload(kind))).unwrap();
            assert_eq!(accepted.message.kind(), kind, "{kind} parses as itself");
        }
        let listed: Vec<Value> = ready_payload(json!({}))["commands"]
            .as_array()
            .unwrap()
            .clone();
        for kind in ["ack", "ready", "invited", "resize", "Auth", "set_theme"] {
            assert!(!listed.contains(&json!(kind)), "{kind}");
            assert!(parse(msg(kind, json!({}))).is_err(), "{kind} is refused");
        }
    }

    #[test]
    fn every_message_the_bridge_posts_is_listed() {
        // The bridge posts its own messages as `.post("type", …)`; read them
        // off its source, so a new one cannot go unlisted in `ready`.
        let source = include_str!("bridge.rs");
        // (`error` for a crash is posted by the page's loader, the wasm
        // having stopped: `xtask/src/loader.rs`; the bridge posts it for
        // refused messages.)
        let posted: Vec<&str> = source
            .split(".post(")
            .skip(1)
            .filter_map(|rest| rest.trim_start().strip_prefix('"'))
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(posted.len() >= 5, "{posted:?}");
        for kind in &posted {
            assert!(
                BRIDGE_MESSAGES.contains(kind),
                "{kind} is posted but not listed"
            );
        }
        for kind in BRIDGE_MESSAGES {
            assert!(posted.contains(kind), "{kind} is listed but never posted");
        }
    }

    #[test]
    fn an_accepted_message_is_acknowledged_by_its_id() {
        assert_eq!(ack_payload("host-7"), json!({"in_reply_to": "host-7"}));
    }

    #[test]
    fn app_events_become_versioned_messages() {
        let event = AppEvent::Removed {
            conference_id: Some(5001),
            participant_id: Some(101),
            at: "2026-12-01T10:09:40Z".into(),
        };
        assert_eq!(
            event_message(&event, "app-3"),
            json!({"type": "removed", "version": 1, "id": "app-3",
                   "payload": {"conference_id": 5001, "participant_id": 101, "at": "2026-12-01T10:09:40Z"}})
        );
    }
}
