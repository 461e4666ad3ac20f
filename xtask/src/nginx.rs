//! `cargo xtask nginx-config`: the nginx `server` block that serves the
//! built app the way the sandbox does (`sandbox/src/files.rs`), for a
//! clinic's IT or the platform's ops team to copy.
//!
//! [`server_block`] is a pure function of the options and the text of the
//! `config.json` that will be served: `allowed_host_origins` becomes
//! `frame-ancestors`, an `api_base` on another origin joins `connect-src`.
//! Everything put into the file is checked first, so no option or config
//! value can add a directive (no `;`, `{`, quotes, `$` or spaces).
//!
//! `tests/e2e/tests/nginx.rs` includes this file and runs a real nginx with
//! its output.

use std::fmt::Write;

/// A year without revalidation, for files whose name carries their hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Revalidated on every load: `index.html`, `config.json`, the rest.
pub const REVALIDATE: &str = "no-cache";
/// Trunk's content hash: `-` and up to 16 hex digits (a 64-bit hash printed
/// without leading zeros: `vri-invite-c0a9d700a2794a8_bg.wasm` has 15)
/// before the extension (or `_bg.wasm`), as `sandbox/src/caching.rs` reads it.
const HASHED: &str = r#""-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$""#;
/// The host SDK with its content hash (`cargo xtask build`, `sdk.rs`).
const SDK_HASHED: &str = r#""/vri-invite-host-[0-9a-f]{12,16}\.(js|d\.ts)$""#;
/// The host SDK under its stable name.
const SDK_STABLE: &str = r#""/vri-invite-host\.(js|d\.ts)$""#;
/// The largest request body proxied to the API. The kick body is the
/// invite answer as received: with thousands of interpreters and their
/// photos (up to 512 KB each) it runs to megabytes.
pub const MAX_BODY: &str = "64m";
/// Longer than the app's own timeout (`timeout_ms`, at most 120 s), so the
/// app's message, not nginx's 504, is what the user sees.
pub const API_TIMEOUT: &str = "130s";

/// What `cargo xtask nginx-config` was asked for.
#[derive(Clone, Debug)]
pub struct Site {
    /// The built app's folder, an absolute path.
    pub dist: String,
    /// nginx's `listen`: a port, or `address:port`.
    pub listen: String,
    /// The platform API, `http(s)://host[:port][/path]`: `/Provider/…` and
    /// `/Client/…` are proxied to it.
    pub api: String,
    /// Where the app is mounted: `/` or `/vri/`.
    pub base: String,
    /// Where CSP violation reports go: `None` answers them with 204.
    pub report: Option<String>,
}

/// The `server { … }` block for `site`, the app served with the
/// `config.json` whose text is `config_json`.
pub fn server_block(site: &Site, config_json: &str) -> Result<String, String> {
    let base = normalize_base(&site.base)?;
    let dist = site.dist.trim_end_matches('/');
    if !dist.starts_with('/') || !safe(dist, "/._-+@") {
        return Err(format!(
            "--dist {dist}: give an absolute path of letters, digits and / . _ - + @"
        ));
    }
    if site.listen.is_empty() || !safe(&site.listen, ".:[]") {
        return Err(format!("--listen {}: a port, or address:port", site.listen));
    }
    let api = checked_url(&site.api, "--api")?;
    let api = api.trim_end_matches('/');
    let report = match &site.report {
        Some(url) => Some(checked_url(url, "--report")?),
        None => None,
    };
    let config: serde_json::Value =
        serde_json::from_str(config_json).map_err(|e| format!("config.json is not JSON: {e}"))?;
    let mut ancestors = String::from("'self'");
    for origin in config["allowed_host_origins"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let origin = origin.as_str().unwrap_or_default();
        if origin_of(origin).as_deref() != Some(origin) {
            return Err(format!(
                "config.json: allowed_host_origins has {origin:?}, which is not an origin (scheme://host[:port])"
            ));
        }
        write!(ancestors, " {origin}").unwrap();
    }
    let mut connect = String::from("'self'");
    let api_base = config["api_base"].as_str().unwrap_or_default().trim();
    if api_base.contains("://") {
        let origin = origin_of(api_base)
            .ok_or_else(|| format!("config.json: api_base {api_base:?} is not an http(s) URL"))?;
        write!(connect, " {origin}").unwrap();
    }
    let report_path = format!("{base}csp-report");
    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src {connect}; object-src 'none'; \
         base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}; report-uri {report_path}"
    );
    let headers_for = |cache: &str, indent: &str, cors: bool| {
        let mut out = String::new();
        for (name, value) in [
            ("Cache-Control", cache),
            ("Vary", "Accept-Encoding"),
            ("Content-Security-Policy", csp.as_str()),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
        ] {
            writeln!(out, "{indent}add_header {name} \"{value}\" always;").unwrap();
        }
        if cors {
            writeln!(
                out,
                "{indent}add_header Access-Control-Allow-Origin \"*\" always;"
            )
            .unwrap();
        }
        out
    };
    let headers = |cache: &str, indent: &str| headers_for(cache, indent, false);

    let mut out = String::new();
    let o = &mut out;
    writeln!(
        o,
        "# vri-invite, written by `cargo xtask nginx-config` from {dist}/config.json:"
    )
    .unwrap();
    writeln!(
        o,
        "# write it again when allowed_host_origins or api_base change there."
    )
    .unwrap();
    writeln!(o, "server {{").unwrap();
    writeln!(o, "    listen {};", site.listen).unwrap();
    writeln!(o, "    server_tokens off;").unwrap();
    writeln!(o, "    charset utf-8;").unwrap();
    writeln!(
        o,
        "    charset_types text/css application/javascript application/json image/svg+xml text/plain;"
    )
    .unwrap();
    writeln!(o).unwrap();
    writeln!(o, "    # Only the types the app ships.").unwrap();
    writeln!(o, "    types {{").unwrap();
    for (mime, ext) in [
        ("text/html", "html"),
        ("text/css", "css"),
        ("application/javascript", "js"),
        ("application/json", "json"),
        ("application/wasm", "wasm"),
        ("image/svg+xml", "svg"),
        ("text/plain", "ts"),
    ] {
        writeln!(o, "        {mime} {ext};").unwrap();
    }
    writeln!(o, "    }}").unwrap();
    writeln!(o, "    default_type application/octet-stream;").unwrap();
    writeln!(o).unwrap();
    writeln!(
        o,
        "    # The platform API (config.json's api_base empty: this origin)."
    )
    .unwrap();
    for path in ["/Provider/", "/Client/"] {
        writeln!(o, "    location {path} {{").unwrap();
        writeln!(o, "        proxy_pass {api}{path};").unwrap();
        writeln!(o, "        proxy_http_version 1.1;").unwrap();
        writeln!(o, "        proxy_set_header Host $proxy_host;").unwrap();
        writeln!(
            o,
            "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"
        )
        .unwrap();
        writeln!(o, "        proxy_set_header X-Forwarded-Proto $scheme;").unwrap();
        if api.starts_with("https://") {
            writeln!(o, "        proxy_ssl_server_name on;").unwrap();
        }
        writeln!(o, "        proxy_connect_timeout 10s;").unwrap();
        writeln!(o, "        proxy_send_timeout {API_TIMEOUT};").unwrap();
        writeln!(o, "        proxy_read_timeout {API_TIMEOUT};").unwrap();
        writeln!(o, "        # The kick body is the whole invite answer.").unwrap();
        writeln!(o, "        client_max_body_size {MAX_BODY};").unwrap();
        writeln!(o, "        client_body_buffer_size 1m;").unwrap();
        writeln!(o, "    }}").unwrap();
    }
    writeln!(o).unwrap();
    writeln!(
        o,
        "    # CSP violation reports: point this at your collector."
    )
    .unwrap();
    writeln!(o, "    location = {report_path} {{").unwrap();
    match &report {
        Some(url) => {
            writeln!(o, "        proxy_pass {url};").unwrap();
            writeln!(o, "        client_max_body_size 64k;").unwrap();
        }
        None => writeln!(o, "        return 204;").unwrap(),
    }
    writeln!(o, "    }}").unwrap();
    writeln!(o).unwrap();
    if base != "/" {
        writeln!(o, "    location = {} {{", base.trim_end_matches('/')).unwrap();
        writeln!(o, "        absolute_redirect off;").unwrap();
        writeln!(o, "        return 301 {base};").unwrap();
        writeln!(o, "    }}").unwrap();
    }
    writeln!(
        o,
        "    # The app. `cargo xtask build` wrote FILE.br and FILE.gz beside each file."
    )
    .unwrap();
    writeln!(o, "    location {base} {{").unwrap();
    writeln!(o, "        alias {dist}/;").unwrap();
    writeln!(o, "        index index.html;").unwrap();
    writeln!(o, "        brotli_static on;").unwrap();
    writeln!(o, "        gzip_static on;").unwrap();
    o.push_str(&headers(REVALIDATE, "        "));
    writeln!(o).unwrap();
    writeln!(
        o,
        "        # The host SDK, imported by portal pages on other origins: CORS."
    )
    .unwrap();
    writeln!(o, "        location ~ {SDK_HASHED} {{").unwrap();
    o.push_str(&headers_for(IMMUTABLE, "            ", true));
    writeln!(o, "        }}").unwrap();
    writeln!(o, "        location ~ {SDK_STABLE} {{").unwrap();
    o.push_str(&headers_for(REVALIDATE, "            ", true));
    writeln!(o, "        }}").unwrap();
    writeln!(o).unwrap();
    writeln!(
        o,
        "        # A content hash in the name: never changes under it."
    )
    .unwrap();
    writeln!(o, "        location ~ {HASHED} {{").unwrap();
    o.push_str(&headers(IMMUTABLE, "            "));
    writeln!(o, "        }}").unwrap();
    writeln!(o).unwrap();
    writeln!(
        o,
        "        # Edited per deployment: the file as it is, never a stale compressed copy."
    )
    .unwrap();
    writeln!(o, "        location = {base}config.json {{").unwrap();
    writeln!(o, "            brotli_static off;").unwrap();
    writeln!(o, "            gzip_static off;").unwrap();
    o.push_str(&headers(REVALIDATE, "            "));
    writeln!(o, "        }}").unwrap();
    writeln!(o, "    }}").unwrap();
    writeln!(o, "}}").unwrap();
    Ok(out)
}

/// `/vri/` from `/vri`, `vri/` or `/vri/`; `/` stays `/`.
fn normalize_base(base: &str) -> Result<String, String> {
    let inner = base.trim_matches('/');
    if inner.is_empty() {
        return Ok("/".into());
    }
    if !safe(inner, "/._-~") || inner.contains("//") || inner.split('/').any(|s| s == "..") {
        return Err(format!(
            "--base {base}: a path of letters, digits and / . _ - ~, such as /vri/"
        ));
    }
    Ok(format!("/{inner}/"))
}

/// An http(s) URL made only of characters safe in nginx's configuration.
fn checked_url(url: &str, flag: &str) -> Result<String, String> {
    if origin_of(url).is_none() || !safe(url, ":/._-~%[]") {
        return Err(format!(
            "{flag} {url}: give an http(s) URL, such as http://10.0.0.5:9000"
        ));
    }
    Ok(url.to_string())
}

/// Whether `text` has only ASCII letters, digits and `extra`.
fn safe(text: &str, extra: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// The origin of an absolute http(s) URL (`scheme://host[:port]`), if its
/// host is plain (letters, digits, `.`, `-`, `:` and brackets for IPv6).
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    if host.is_empty() || !safe(host, ".-:[]") {
        return None;
    }
    Some(format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(base: &str) -> Site {
        Site {
            dist: "/srv/vri/dist".into(),
            listen: "8080".into(),
            api: "http://10.0.0.5:9000/".into(),
            base: base.into(),
            report: None,
        }
    }

    const CONFIG: &str = r#"{"api_base": "", "allowed_host_origins": ["https://portal.example.com", "http://localhost:8081"]}"#;

    /// The lines of the block for `location`, up to its closing brace.
    fn location<'a>(block: &'a str, location: &str) -> &'a str {
        let start = block
            .find(&format!("location {location} {{"))
            .unwrap_or_else(|| panic!("no location {location} in\n{block}"));
        let rest = &block[start..];
        &rest[..rest.find("}\n").unwrap_or(rest.len())]
    }

    #[test]
    fn serves_the_app_under_its_base_with_the_static_policy() {
        let block = server_block(&site("vri"), CONFIG).unwrap();
        assert!(block.contains("    listen 8080;\n"), "{block}");
        let app = location(&block, "/vri/");
        assert!(app.contains("alias /srv/vri/dist/;"), "{app}");
        assert!(app.contains("brotli_static on;") && app.contains("gzip_static on;"));
        assert!(app.contains("add_header Cache-Control \"no-cache\" always;"));
        assert!(app.contains("add_header Vary \"Accept-Encoding\" always;"));
        assert!(app.contains("script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"));
        assert!(app.contains(
            "frame-ancestors 'self' https://portal.example.com http://localhost:8081; report-uri /vri/csp-report\""
        ), "{app}");
        assert!(app.contains("connect-src 'self';"));
        assert!(app.contains("add_header X-Content-Type-Options \"nosniff\" always;"));
        assert!(app.contains("add_header Referrer-Policy \"no-referrer\" always;"));
        assert!(!block.contains("unsafe-inline") && !block.contains("sha256"));
        assert!(block.contains(
            "location = /vri {\n        absolute_redirect off;\n        return 301 /vri/;"
        ));
        assert!(block.contains("application/wasm wasm;"));
    }

    #[test]
    fn hashed_files_are_immutable_and_config_json_is_never_precompressed() {
        let block = server_block(&site("/vri/"), CONFIG).unwrap();
        let hashed = location(&block, &format!("~ {HASHED}"));
        assert!(hashed.contains(&format!("add_header Cache-Control \"{IMMUTABLE}\" always;")));
        // add_header in a nested location replaces the outer ones: all repeated.
        assert_eq!(hashed.matches("add_header").count(), 5, "{hashed}");
        let sdk = location(&block, &format!("~ {SDK_HASHED}"));
        assert!(sdk.contains(&format!("add_header Cache-Control \"{IMMUTABLE}\" always;")));
        assert!(sdk.contains("add_header Access-Control-Allow-Origin \"*\" always;"));
        assert_eq!(sdk.matches("add_header").count(), 6, "{sdk}");
        let sdk = location(&block, &format!("~ {SDK_STABLE}"));
        assert!(sdk.contains("add_header Cache-Control \"no-cache\" always;"));
        assert!(sdk.contains("add_header Access-Control-Allow-Origin \"*\" always;"));
        // nginx takes the first regex location that matches: the SDK's
        // come before the other hashed files'.
        assert!(block.find(SDK_HASHED).unwrap() < block.find(HASHED).unwrap());
        assert!(
            !hashed.contains("Access-Control"),
            "the app's own files stay closed"
        );
        let config = location(&block, "= /vri/config.json");
        assert!(config.contains("brotli_static off;") && config.contains("gzip_static off;"));
        assert!(config.contains("add_header Cache-Control \"no-cache\" always;"));
        assert_eq!(config.matches("add_header").count(), 5, "{config}");
    }

    #[test]
    fn the_api_is_proxied_with_room_for_a_large_kick() {
        let block = server_block(&site("/"), CONFIG).unwrap();
        for path in ["/Provider/", "/Client/"] {
            let api = location(&block, path);
            assert!(
                api.contains(&format!("proxy_pass http://10.0.0.5:9000{path};")),
                "{api}"
            );
            assert!(api.contains("client_max_body_size 64m;"));
            assert!(api.contains("proxy_read_timeout 130s;"));
        }
        assert!(!block.contains("return 301"), "no redirect at /");
        assert!(location(&block, "/").contains("alias /srv/vri/dist/;"));
        assert!(location(&block, "= /csp-report").contains("return 204;"));
    }

    #[test]
    fn reports_go_where_asked_and_another_api_origin_may_be_called() {
        let mut site = site("/vri/");
        site.report = Some("https://csp.example.com/collect".into());
        site.api = "https://api.example.com/v1".into();
        let config = r#"{"api_base": "https://api.example.com/v1/", "allowed_host_origins": []}"#;
        let block = server_block(&site, config).unwrap();
        assert!(location(&block, "= /vri/csp-report")
            .contains("proxy_pass https://csp.example.com/collect;"));
        assert!(block.contains("connect-src 'self' https://api.example.com;"));
        assert!(block.contains("frame-ancestors 'self'; report-uri"));
        assert!(block.contains("proxy_pass https://api.example.com/v1/Provider/;"));
        assert!(block.contains("proxy_ssl_server_name on;"));
    }

    #[test]
    fn nothing_can_add_a_directive() {
        let refused = |site: &Site, config: &str| server_block(site, config).unwrap_err();
        let bad_origin = r#"{"allowed_host_origins": ["https://a.example; add_header X 1"]}"#;
        assert!(refused(&site("/"), bad_origin).contains("not an origin"));
        let wildcard = r#"{"allowed_host_origins": ["https://*.example.com"]}"#;
        assert!(refused(&site("/"), wildcard).contains("not an origin"));
        let mut s = site("/");
        s.api = "http://x;}".into();
        assert!(refused(&s, CONFIG).contains("--api"));
        assert!(refused(&site("/a b/"), CONFIG).contains("--base"));
        assert!(refused(&site("/../etc/"), CONFIG).contains("--base"));
        let mut s = site("/");
        s.dist = "dist".into();
        assert!(refused(&s, CONFIG).contains("absolute"));
        let mut s = site("/");
        s.listen = "80; include /etc/x".into();
        assert!(refused(&s, CONFIG).contains("--listen"));
        assert!(refused(&site("/"), "{").contains("not JSON"));
    }
}
