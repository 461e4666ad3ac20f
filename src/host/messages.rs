//! The payload of each host message type, checked: what a host may set,
//! and within which limits. Each parser says why a payload is refused, in
//! words for the portal developer's console.

use crate::config::{is_country_code, is_language_tag};
use serde::Deserialize;
use serde_json::{Map, Value};

/// What the host may ask of the app.
#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    /// The bearer token for API calls (kept in memory only).
    Auth { token: String },
    /// Values for the invite form's fields.
    Prefill(Prefill),
    /// Clear the form, the roster and what the app stored for the tab.
    Reset,
    /// The language to show the app in.
    SetLanguage { language: String },
    /// CSS custom properties, checked against [`THEME_PROPERTIES`].
    SetTheme { properties: Vec<(String, String)> },
    /// Turn kiosk mode on or off.
    SetKiosk { enabled: bool },
    /// A participant's call progress, as the portal hears it from the
    /// video engine.
    ParticipantStatus(ParticipantStatus),
}

/// `participant-status`: which participant, its new status code, when
/// (ms since 1970; `None`: now) and an optional short text from the portal.
#[derive(Clone, Debug, PartialEq)]
pub struct ParticipantStatus {
    pub participant_id: i64,
    pub status_code: i64,
    pub at_ms: Option<f64>,
    pub detail: Option<String>,
}

/// The longest `detail` a portal may send (shown as text on the timeline).
pub const MAX_DETAIL_CHARS: usize = 200;

/// The invite fields a host can fill in; each is optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prefill {
    /// `"email"` or `"phone"`.
    pub mode: Option<PrefillMode>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The phone number's country, as an ISO 3166 code (`"IT"`).
    pub country: Option<String>,
    pub dtmf: Option<String>,
    /// A region id from `config.json`'s `regions`.
    pub region: Option<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PrefillMode {
    Email,
    Phone,
}

/// The CSS custom properties a host may set with `set-theme`.
pub const THEME_PROPERTIES: &[&str] = &[
    "--bg",
    "--surface",
    "--text",
    "--muted",
    "--border",
    "--accent",
    "--accent-text",
    "--danger",
    "--ok",
    "--focus",
    "--radius",
];

/// A payload's parser: the message it asks for, or why it is refused.
type Parser = fn(Map<String, Value>) -> Result<HostMessage, String>;

/// Every host message type with its parser. [`parse`] looks a type up here
/// and `ready` lists these names as the app's commands ([`types`]), so
/// what the app says it supports is what it accepts.
const PARSERS: &[(&str, Parser)] = &[
    ("auth", auth),
    ("prefill", prefill),
    ("reset", |_| Ok(HostMessage::Reset)),
    ("set-language", set_language),
    ("set-theme", set_theme),
    ("set-kiosk", set_kiosk),
    ("participant-status", participant_status),
];

/// The host message types the app accepts, in the protocol table's order.
pub fn types() -> impl Iterator<Item = &'static str> {
    PARSERS.iter().map(|(kind, _)| *kind)
}

impl HostMessage {
    /// The message's `type` on the wire.
    pub fn kind(&self) -> &'static str {
        match self {
            HostMessage::Auth { .. } => "auth",
            HostMessage::Prefill(_) => "prefill",
            HostMessage::Reset => "reset",
            HostMessage::SetLanguage { .. } => "set-language",
            HostMessage::SetTheme { .. } => "set-theme",
            HostMessage::SetKiosk { .. } => "set-kiosk",
            HostMessage::ParticipantStatus(_) => "participant-status",
        }
    }
}

/// The message a `type` and its `payload` ask for, each type by its own
/// parser.
pub fn parse(kind: &str, payload: Map<String, Value>) -> Result<HostMessage, String> {
    match PARSERS.iter().find(|(name, _)| *name == kind) {
        Some((_, parser)) => parser(payload),
        None => Err(format!("unknown message type \"{kind}\".")),
    }
}

/// `participant-status`: ids are positive integers, `at` an RFC 3339 time
/// with its zone (`2026-12-01T10:02:13Z`), `detail` short plain text.
fn participant_status(payload: Map<String, Value>) -> Result<HostMessage, String> {
    if let Some(extra) = payload.keys().find(|k| {
        !matches!(
            k.as_str(),
            "participant_id" | "status_code" | "at" | "detail"
        )
    }) {
        return Err(format!("participant-status: unknown field \"{extra}\"."));
    }
    let id = |key: &str| {
        payload
            .get(key)
            .and_then(Value::as_i64)
            .filter(|n| *n > 0 && *n <= i64::from(i32::MAX))
            .ok_or_else(|| format!("participant-status: \"{key}\" must be a positive integer."))
    };
    let at_ms = match payload.get("at") {
        None | Some(Value::Null) => None,
        Some(Value::String(at)) => {
            // The app's own ISO parser (chrono's costs 8 KB of wasm); the
            // zone is required here: a portal's local time would be a guess.
            let at = at.trim();
            let zoned =
                at.ends_with(['Z', 'z']) || at.get(19..).is_some_and(|t| t.contains(['+', '-']));
            let instant = zoned.then(|| crate::api::dates::parse_utc(at)).flatten().ok_or_else(|| {
                "participant-status: \"at\" must be an ISO 8601 time with its zone, such as 2026-12-01T10:02:13Z.".to_string()
            })?;
            Some(instant.timestamp_millis() as f64)
        }
        Some(_) => return Err("participant-status: \"at\" must be a string.".into()),
    };
    let detail = match payload.get("detail") {
        None | Some(Value::Null) => None,
        Some(Value::String(d))
            if d.chars().count() <= MAX_DETAIL_CHARS && !d.chars().any(char::is_control) =>
        {
            Some(d.trim().to_string()).filter(|d| !d.is_empty())
        }
        Some(_) => {
            return Err(format!(
                "participant-status: \"detail\" must be plain text of at most {MAX_DETAIL_CHARS} characters."
            ))
        }
    };
    Ok(HostMessage::ParticipantStatus(ParticipantStatus {
        participant_id: id("participant_id")?,
        status_code: id("status_code")?,
        at_ms,
        detail,
    }))
}

/// `auth`: the bearer token, which must be header-safe text.
fn auth(payload: Map<String, Value>) -> Result<HostMessage, String> {
    let token = payload
        .get("token")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if token.is_empty() || token.len() > 8192 || !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err("auth: \"token\" must be 1 to 8192 visible ASCII characters.".into());
    }
    Ok(HostMessage::Auth {
        token: token.into(),
    })
}

/// `prefill`: known fields only, each at most 200 characters.
fn prefill(payload: Map<String, Value>) -> Result<HostMessage, String> {
    let prefill: Prefill =
        serde_json::from_value(Value::Object(payload)).map_err(|e| format!("prefill: {e}."))?;
    let texts = [&prefill.name, &prefill.email, &prefill.phone, &prefill.dtmf];
    if texts
        .iter()
        .any(|t| t.as_ref().is_some_and(|t| t.chars().count() > 200))
    {
        return Err("prefill: a field is longer than 200 characters.".into());
    }
    if let Some(country) = &prefill.country {
        if !is_country_code(country) {
            return Err(
                "prefill: \"country\" must be a two-letter country code in capitals, such as \"IT\".".into(),
            );
        }
    }
    Ok(HostMessage::Prefill(prefill))
}

/// `set-language`: a language tag.
fn set_language(payload: Map<String, Value>) -> Result<HostMessage, String> {
    let language = payload
        .get("language")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !is_language_tag(language) {
        return Err(
            "set-language: \"language\" must be a language tag such as \"es\" or \"pt-BR\".".into(),
        );
    }
    Ok(HostMessage::SetLanguage {
        language: language.into(),
    })
}

/// `set-theme`: allowlisted custom properties with plain values.
fn set_theme(payload: Map<String, Value>) -> Result<HostMessage, String> {
    let Some(Value::Object(properties)) = payload.get("properties") else {
        return Err("set-theme: \"properties\" must be an object.".into());
    };
    let mut checked = Vec::new();
    for (name, value) in properties {
        if !THEME_PROPERTIES.contains(&name.as_str()) {
            return Err(format!(
                "set-theme: \"{name}\" is not one of {}.",
                THEME_PROPERTIES.join(", ")
            ));
        }
        let value = value.as_str().unwrap_or_default();
        if !is_safe_css_value(value) {
            return Err(format!(
                "set-theme: the value of {name} is not a plain color or length."
            ));
        }
        checked.push((name.clone(), value.trim().to_string()));
    }
    Ok(HostMessage::SetTheme {
        properties: checked,
    })
}

/// `set-kiosk`: on or off.
fn set_kiosk(payload: Map<String, Value>) -> Result<HostMessage, String> {
    match payload.get("enabled") {
        Some(Value::Bool(enabled)) => Ok(HostMessage::SetKiosk { enabled: *enabled }),
        _ => Err("set-kiosk: \"enabled\" must be true or false.".into()),
    }
}

/// A theme value a host may set: a color or a length, as plain text. No
/// `url(`, no `;`, braces, quotes, backslashes or comments: nothing that
/// could load a resource or escape the property.
pub fn is_safe_css_value(value: &str) -> bool {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" #(),.%-/".contains(&b))
        && !["url", "image", "expression", "var", "attr", "env", "/*"]
            .iter()
            .any(|bad| lower.contains(bad))
}
