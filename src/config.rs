//! Runtime configuration: `config.json`, served beside `index.html`.
//!
//! A deployment changes these without rebuilding the app. Nothing here is
//! ever read from the page URL: a link must not be able to point the app at
//! another API.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Where the app looks for its configuration, relative to `index.html`.
pub const CONFIG_PATH: &str = "config.json";

/// The deployment's settings, as read from `config.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Base URL of the platform API, e.g. `https://api.example.com/api/`.
    /// Empty: the same origin that served the app.
    pub api_base: String,
    /// How long to wait for the API before giving up, in milliseconds.
    pub timeout_ms: u32,
    /// The regions a call can be placed in (`RegionId`), as the user picks them.
    pub regions: Vec<Region>,
    /// Labels for the code ids the API sends as bare integers.
    pub labels: Labels,
    /// Exact origins (`https://portal.example.com`) of the pages allowed to
    /// embed the app and talk to it by postMessage. Empty: no host bridge.
    pub allowed_host_origins: Vec<String>,
    /// The language the app starts in (a BCP 47 tag such as `en`, `es-MX`);
    /// empty: the browser's (`navigator.languages`).
    pub default_language: String,
    /// Kiosk mode: touch sizes, idle reset, screen kept awake.
    pub kiosk: Kiosk,
    /// Logs each event in full to the console (the invite answer with its
    /// names, numbers and PIN), for debugging a deployment. Off: the console
    /// gets the event's type and ids only, nothing personal.
    pub debug_log: bool,
    /// Sends an `Idempotency-Key` header with each request, so a retry after
    /// a lost answer is not carried out twice. Only for an API that honours
    /// it and, on another origin, whose CORS policy allows the header: off,
    /// the app sends only `Content-Type`, `Accept` and `Authorization`.
    pub idempotency_keys: bool,
    /// An invite answer longer than this (bytes) is sent back in the kick
    /// with `secondRequest.providerList` emptied; everything else as received.
    pub kick_body_max_bytes: usize,
    /// How long a request that got a 401 waits for the host to send a new
    /// token (after `token-expired`) before it shows the 401, in seconds.
    pub token_wait_s: u32,
    /// The status codes (`RequestConferenceSessionVideoStatusCodeId`, as the
    /// portal reports them) after which a phone participant can be called
    /// again: declined, no answer, ended. Empty: no Call again.
    pub call_again_statuses: Vec<i64>,
    /// Phone dial-out: the country picked at first, and where calls may go.
    pub dial_out: DialOut,
}

/// Whether `code` is written as an ISO 3166 country code: two capital
/// letters (`IT`). Which codes exist is the phone data's to say.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Phone dial-out settings. Countries are ISO 3166 codes (`"IT"`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DialOut {
    /// The country the picker starts with; empty: none, the user picks.
    pub default_country: String,
    /// The country picked first per region id (as text), over the default.
    pub region_countries: BTreeMap<String, String>,
    /// The only countries dial-out may reach, and the picker offers;
    /// empty: every country.
    pub allowed_countries: Vec<String>,
}

impl DialOut {
    /// The country the picker starts with in `region` (a region id as text).
    pub fn first_country(&self, region: &str) -> String {
        self.region_countries
            .get(region)
            .unwrap_or(&self.default_country)
            .clone()
    }

    fn validate(&self) -> Result<(), String> {
        let named = [("default_country", &self.default_country)]
            .into_iter()
            .filter(|(_, c)| !c.is_empty())
            .chain(
                self.region_countries
                    .values()
                    .map(|c| ("region_countries", c)),
            )
            .chain(
                self.allowed_countries
                    .iter()
                    .map(|c| ("allowed_countries", c)),
            );
        for (key, country) in named {
            if !is_country_code(country) {
                return Err(format!(
                    "config.json: dial_out.{key} must hold two-letter country codes in capitals, such as \"IT\"; it has \"{country}\"."
                ));
            }
            if !self.allowed_countries.is_empty() && !self.allowed_countries.contains(country) {
                return Err(format!(
                    "config.json: dial_out.{key} has \"{country}\", which dial_out.allowed_countries does not allow."
                ));
            }
        }
        Ok(())
    }
}

/// 256 KiB: far above an answer with a few dozen interpreters, far below
/// ASP.NET's default request limit (4 MB).
pub const KICK_BODY_MAX_BYTES: usize = 256 * 1024;

/// Kiosk settings: for shared tablets in clinics.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Kiosk {
    /// Starts in kiosk mode (the host can also turn it on with `set-kiosk`).
    pub enabled: bool,
    /// Seconds without a touch or key before the idle warning appears.
    pub idle_timeout_s: u32,
    /// Seconds the warning counts down before everything is cleared.
    pub warning_s: u32,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            enabled: false,
            idle_timeout_s: 120,
            warning_s: 30,
        }
    }
}

/// A region a call can be placed in.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: i64,
    pub name: String,
}

/// Human labels for code ids, keyed by the id as text (JSON keys are text).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Labels {
    /// `RequestConferenceSessionVideoStatusCodeId`.
    pub video_status: BTreeMap<String, String>,
    /// `RequestConferenceSessionVideoTypeCodeId`.
    pub video_type: BTreeMap<String, String>,
    /// `secondRequest.RequestStatusCodeId`.
    pub request_status: BTreeMap<String, String>,
    /// An interpreter's `ProviderSpecialTypeId`.
    pub special_type: BTreeMap<String, String>,
    /// An appointment's `GenderOptionCode` (a text code, e.g. `"F"`).
    pub gender_option: BTreeMap<String, String>,
    /// An appointment's `VideoOptionCode` (a text code, e.g. `"V"`).
    pub video_option: BTreeMap<String, String>,
    /// `ScheduleStatusId`, when the server sends no `ScheduleStatusDescription`.
    pub schedule_status: BTreeMap<String, String>,
    /// `ScheduledRequestRoutingStatusCodeId`, when the server sends no
    /// `ScheduledRequestRoutingStatus`.
    pub routing_status: BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            api_base: String::new(),
            timeout_ms: 15_000,
            regions: Vec::new(),
            labels: Labels::default(),
            allowed_host_origins: Vec::new(),
            default_language: String::new(),
            kiosk: Kiosk::default(),
            debug_log: false,
            idempotency_keys: false,
            kick_body_max_bytes: KICK_BODY_MAX_BYTES,
            token_wait_s: 120,
            call_again_statuses: Vec::new(),
            dial_out: DialOut::default(),
        }
    }
}

impl Config {
    /// Reads and checks `config.json`'s text; the error names the problem in
    /// words a deployer can act on.
    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config =
            serde_json::from_str(text).map_err(|e| format!("config.json is not valid: {e}"))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        let base = self.api_base.trim();
        if !(base.is_empty()
            || base.starts_with('/')
            || base.starts_with("https://")
            || base.starts_with("http://"))
        {
            return Err(format!(
                "config.json: api_base must be empty (same origin), a path starting with \"/\", or an http(s) URL; it is \"{base}\"."
            ));
        }
        if !(1..=3_600).contains(&self.token_wait_s) {
            return Err(format!(
                "config.json: token_wait_s must be between 1 and 3600; it is {}.",
                self.token_wait_s
            ));
        }
        if !(1_000..=120_000).contains(&self.timeout_ms) {
            return Err(format!(
                "config.json: timeout_ms must be between 1000 and 120000; it is {}.",
                self.timeout_ms
            ));
        }
        for (i, region) in self.regions.iter().enumerate() {
            if region.name.trim().is_empty() {
                return Err(format!("config.json: region {} has no name.", region.id));
            }
            if self.regions[..i].iter().any(|r| r.id == region.id) {
                return Err(format!(
                    "config.json: region id {} is listed twice.",
                    region.id
                ));
            }
        }
        self.dial_out.validate()?;
        self.validate_host_settings()
    }

    /// Checks the embedding, language and kiosk settings.
    fn validate_host_settings(&self) -> Result<(), String> {
        for (i, origin) in self.allowed_host_origins.iter().enumerate() {
            check_origin(origin).map_err(|why| {
                format!("config.json: allowed_host_origins has \"{origin}\", which {why}")
            })?;
            if self.allowed_host_origins[..i].contains(origin) {
                return Err(format!(
                    "config.json: allowed_host_origins lists \"{origin}\" twice."
                ));
            }
        }
        if !self.default_language.is_empty() && !is_language_tag(&self.default_language) {
            return Err(format!(
                "config.json: default_language must be a language tag such as \"en\" or \"es-MX\"; it is \"{}\".",
                self.default_language
            ));
        }
        if !(5..=86_400).contains(&self.kiosk.idle_timeout_s) {
            return Err(format!(
                "config.json: kiosk.idle_timeout_s must be between 5 and 86400 seconds; it is {}.",
                self.kiosk.idle_timeout_s
            ));
        }
        if !(1..=600).contains(&self.kiosk.warning_s) {
            return Err(format!(
                "config.json: kiosk.warning_s must be between 1 and 600 seconds; it is {}.",
                self.kiosk.warning_s
            ));
        }
        Ok(())
    }

    /// The full URL of an API endpoint such as `Provider/Task/Invite…`.
    pub fn endpoint(&self, path: &str) -> String {
        let base = self.api_base.trim();
        if base.is_empty() {
            format!("/{path}")
        } else {
            format!("{}/{path}", base.trim_end_matches('/'))
        }
    }
}

/// Checks that `origin` is exactly what a browser puts in `event.origin`:
/// `scheme://host[:port]`, lower case, http(s), no path, query, user,
/// wildcard or trailing slash. The error finishes the sentence "…, which".
pub fn check_origin(origin: &str) -> Result<(), &'static str> {
    let rest = if let Some(rest) = origin.strip_prefix("https://") {
        rest
    } else if let Some(rest) = origin.strip_prefix("http://") {
        rest
    } else {
        return Err("is not an http(s) origin such as \"https://portal.example.com\".");
    };
    if rest.contains('*') {
        return Err("has a wildcard; list each origin exactly.");
    }
    if rest.is_empty() || rest.contains(['/', '?', '#', '@', '\\']) {
        return Err("must be only scheme, host and port (no path, not even a trailing \"/\").");
    }
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    if let Some(port) = port {
        if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
            return Err("has a port that is not a number.");
        }
        if port.parse::<u32>().map_or(true, |p| p == 0 || p > 65_535) {
            return Err("has a port out of range.");
        }
        let default = if origin.starts_with("https") {
            "443"
        } else {
            "80"
        };
        if port == default {
            return Err("names the default port, which browsers leave out of the origin.");
        }
    }
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'));
    if !host_ok {
        return Err("has a host that is not lower-case letters, digits, dots and hyphens.");
    }
    Ok(())
}

/// A BCP 47-shaped language tag: `en`, `es-MX`, `zh-Hant-TW`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        && tag.len() <= 35
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_object_gives_defaults() {
        assert_eq!(Config::parse("{}").unwrap(), Config::default());
        assert_eq!(Config::default().timeout_ms, 15_000);
    }

    #[test]
    fn reads_regions_and_labels() {
        let c = Config::parse(
            r#"{"api_base":"https://api.example.com/api/","regions":[{"id":1,"name":"US East"}],
                "labels":{"video_status":{"1":"Invited"}}}"#,
        )
        .unwrap();
        assert_eq!(
            c.regions,
            vec![Region {
                id: 1,
                name: "US East".into()
            }]
        );
        assert_eq!(c.labels.video_status["1"], "Invited");
        assert_eq!(
            c.endpoint("Provider/Task/X"),
            "https://api.example.com/api/Provider/Task/X"
        );
    }

    #[test]
    fn same_origin_endpoint_is_absolute_path() {
        assert_eq!(
            Config::default().endpoint("Client/Request/Kick"),
            "/Client/Request/Kick"
        );
        let c = Config {
            api_base: "/api".into(),
            ..Config::default()
        };
        assert_eq!(c.endpoint("A/B"), "/api/A/B");
    }

    #[test]
    fn rejects_what_a_deployer_got_wrong() {
        assert!(Config::parse("not json").unwrap_err().contains("not valid"));
        assert!(Config::parse(r#"{"api_base":"javascript:alert(1)"}"#)
            .unwrap_err()
            .contains("api_base"));
        assert!(Config::parse(r#"{"timeout_ms":5}"#)
            .unwrap_err()
            .contains("timeout_ms"));
        assert!(
            Config::parse(r#"{"regions":[{"id":1,"name":"A"},{"id":1,"name":"B"}]}"#)
                .unwrap_err()
                .contains("twice")
        );
        assert!(Config::parse(r#"{"api_bsae":""}"#)
            .unwrap_err()
            .contains("api_bsae"));
    }

    #[test]
    fn reads_host_language_and_kiosk_settings() {
        let c = Config::parse(
            r#"{"allowed_host_origins":["https://portal.example.com","http://127.0.0.1:8081"],
                "default_language":"es-MX","kiosk":{"enabled":true,"idle_timeout_s":60,"warning_s":10}}"#,
        )
        .unwrap();
        assert_eq!(c.allowed_host_origins.len(), 2);
        assert_eq!(c.default_language, "es-MX");
        assert_eq!(
            c.kiosk,
            Kiosk {
                enabled: true,
                idle_timeout_s: 60,
                warning_s: 10
            }
        );
        let d = Config::default();
        assert!(d.allowed_host_origins.is_empty() && !d.kiosk.enabled);
        assert_eq!(d.default_language, "", "none: the browser's language");
    }

    #[test]
    fn host_origins_must_be_bare_exact_origins() {
        for good in [
            "https://portal.example.com",
            "http://127.0.0.1:8081",
            "http://localhost:8081",
            "https://a-b.example.co.uk:8443",
        ] {
            assert_eq!(check_origin(good), Ok(()), "{good}");
        }
        for (bad, why) in [
            ("*", "http(s)"),
            ("https://*.example.com", "wildcard"),
            ("https://portal.example.com/", "no path"),
            ("https://portal.example.com/app", "no path"),
            ("portal.example.com", "http(s)"),
            ("javascript:alert(1)", "http(s)"),
            ("https://Portal.example.com", "lower-case"),
            ("https://portal.example.com:443", "default port"),
            ("https://portal.example.com:99999", "out of range"),
            ("https://portal.example.com:x", "not a number"),
            ("https://user@portal.example.com", "no path"),
            ("https://portal.example.com?x", "no path"),
            ("https://", "no path"),
        ] {
            let err = check_origin(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
        let err =
            Config::parse(r#"{"allowed_host_origins":["https://p.example.com/"]}"#).unwrap_err();
        assert!(
            err.contains("allowed_host_origins") && err.contains("https://p.example.com/"),
            "{err}"
        );
        assert!(Config::parse(
            r#"{"allowed_host_origins":["https://p.example.com","https://p.example.com"]}"#
        )
        .unwrap_err()
        .contains("twice"));
    }

    #[test]
    fn dial_out_countries_are_checked() {
        let config = Config::parse(
            r#"{"dial_out": {"default_country": "US", "region_countries": {"2": "IT"},
                "allowed_countries": ["US", "IT"]}}"#,
        )
        .unwrap();
        assert_eq!(config.dial_out.first_country("2"), "IT");
        assert_eq!(config.dial_out.first_country("1"), "US");
        for (bad, says) in [
            (r#"{"dial_out": {"default_country": "it"}}"#, "capitals"),
            (
                r#"{"dial_out": {"allowed_countries": ["Italy"]}}"#,
                "two-letter",
            ),
            (
                r#"{"dial_out": {"default_country": "FR", "allowed_countries": ["IT"]}}"#,
                "does not allow",
            ),
            (r#"{"dial_out": {"default": "IT"}}"#, "unknown field"),
        ] {
            let error = Config::parse(bad).unwrap_err();
            assert!(error.contains(says), "{bad}: {error}");
        }
    }

    #[test]
    fn language_and_kiosk_limits_are_checked() {
        assert!(is_language_tag("en") && is_language_tag("es-MX") && is_language_tag("zh-Hant-TW"));
        for bad in [
            "",
            "e",
            "english",
            "en_US",
            "en-",
            "<b>",
            "en-toolongsubtag",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        assert!(Config::parse(r#"{"default_language":"xx_YY"}"#)
            .unwrap_err()
            .contains("default_language"));
        assert!(Config::parse(r#"{"kiosk":{"idle_timeout_s":1}}"#)
            .unwrap_err()
            .contains("idle_timeout_s"));
        assert!(Config::parse(r#"{"kiosk":{"warning_s":0}}"#)
            .unwrap_err()
            .contains("warning_s"));
        assert!(Config::parse(r#"{"kiosk":{"enabeld":true}}"#)
            .unwrap_err()
            .contains("enabeld"));
    }
}
