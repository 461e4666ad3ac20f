//! The Content Security Policy the app is served with, and the other
//! security headers a deployment should send (the README quotes them).
//!
//! Trunk's loader is one inline `<script type="module">`; instead of
//! `'unsafe-inline'` the policy names its SHA-256 hash, computed from the
//! built `index.html` (it changes with every build, so it is read per
//! request). `frame-ancestors` and `connect-src` come from the app's own
//! `config.json`, so the portals allowed to frame it are the ones the app
//! accepts messages from, and the API it may call is the one it is set up for.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Where browsers send violation reports (see `/__sandbox/state`).
pub const REPORT_PATH: &str = "/__sandbox/csp-report";

/// The policy for the app built in `dist`, set up by the `config.json` at
/// `config` (the one the sandbox serves).
pub fn content_security_policy(dist: &Path, config: &Path) -> String {
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let hashes: String = inline_scripts(&index)
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
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
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'{api}; object-src 'none'; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'self'{hosts}; report-uri {REPORT_PATH}"
    )
}

/// The bodies of `<script>` elements that have no `src`, byte for byte.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_and_rest = &after[tag_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            scripts.push(&body_and_rest[..close]);
        }
        rest = &body_and_rest[close..];
    }
    scripts
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
    fn finds_inline_scripts_only() {
        let html = "<script type=\"module\">\nimport x;\n</script><script src=\"/a.js\"></script><script>b()</script>";
        assert_eq!(inline_scripts(html), vec!["\nimport x;\n", "b()"]);
    }

    #[test]
    fn policy_hashes_the_loader_and_reads_the_config() {
        let dist = std::env::temp_dir().join(format!("sandbox-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<script type=\"module\">init()</script>",
        )
        .unwrap();
        std::fs::write(
            dist.join("config.json"),
            r#"{"api_base":"https://api.example.com/v1/","allowed_host_origins":["https://portal.example.com","https://*.evil.com","https://x.com/path"]}"#,
        )
        .unwrap();
        let csp = content_security_policy(&dist, &dist.join("config.json"));
        std::fs::remove_dir_all(&dist).unwrap();
        // sha256("init()"), base64.
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init()"));
        assert!(
            csp.contains(&format!(
                "script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}';"
            )),
            "{csp}"
        );
        assert!(
            csp.contains("connect-src 'self' https://api.example.com;"),
            "{csp}"
        );
        assert!(
            csp.contains("frame-ancestors 'self' https://portal.example.com;"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert!(
            !csp.contains("evil"),
            "wildcards and paths are not origins: {csp}"
        );
    }

    #[test]
    fn without_a_build_the_policy_is_still_strict() {
        let csp =
            content_security_policy(Path::new("/nonexistent"), Path::new("/nonexistent/c.json"));
        assert!(csp.starts_with(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
        ));
        assert!(csp.contains("frame-ancestors 'self';"));
    }
}
