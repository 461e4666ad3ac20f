//! The Content Security Policy the app is served with, and the other
//! security headers a deployment should send (the README quotes them).
//!
//! The page has no inline script (`cargo xtask build` moves Trunk's loader
//! into `loader-<hash>.js`), so the policy is the same for every build:
//! `script-src 'self' 'wasm-unsafe-eval'`, no hash, no `'unsafe-inline'`.
//! `frame-ancestors` and `connect-src` come from the app's own
//! `config.json`, so the portals allowed to frame it are the ones the app
//! accepts messages from, and the API it may call is the one it is set up
//! for. `cargo xtask nginx-config` writes the same policy for nginx.

use std::path::Path;

/// Where browsers send violation reports (see `/__sandbox/state`).
pub const REPORT_PATH: &str = "/__sandbox/csp-report";

/// The policy for the app set up by the `config.json` at `config` (the one
/// the sandbox serves).
pub fn content_security_policy(config: &Path) -> String {
    let config: serde_json::Value = std::fs::read_to_string(config)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let hosts: String = config["allowed_host_origins"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o.as_str())
        .filter(|o| is_origin(o))
        .map(|o| format!(" {o}"))
        .collect();
    let api = config["api_base"]
        .as_str()
        .and_then(origin_of)
        .map(|o| format!(" {o}"))
        .unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'{api}; object-src 'none'; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'self'{hosts}; report-uri {REPORT_PATH}"
    )
}

/// `https://host[:port]` with nothing after it: what CSP and postMessage compare.
fn is_origin(text: &str) -> bool {
    origin_of(text).as_deref() == Some(text)
}

/// The origin of an absolute http(s) URL.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    if host.is_empty() || host.contains(['*', ' ', '\'', ';']) {
        return None;
    }
    Some(format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_is_static_and_reads_the_config() {
        let dir = std::env::temp_dir().join(format!("sandbox-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("config.json"),
            r#"{"api_base":"https://api.example.com/v1/","allowed_host_origins":["https://portal.example.com","https://*.evil.com","https://x.com/path"]}"#,
        )
        .unwrap();
        let csp = content_security_policy(&dir.join("config.json"));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "no hash, no inline: {csp}"
        );
        assert!(
            csp.contains("connect-src 'self' https://api.example.com;"),
            "{csp}"
        );
        assert!(
            csp.contains("frame-ancestors 'self' https://portal.example.com;"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline") && !csp.contains("sha256"));
        assert!(
            !csp.contains("evil"),
            "wildcards and paths are not origins: {csp}"
        );
    }

    #[test]
    fn without_a_config_the_policy_is_still_strict() {
        let csp = content_security_policy(Path::new("/nonexistent/c.json"));
        assert!(csp.starts_with(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
        ));
        assert!(csp.contains("frame-ancestors 'self';"));
    }
}
