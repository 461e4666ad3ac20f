//! Serving the built app from `dist/`: precompressed files, their
//! `Cache-Control` ([`crate::caching`]), the security headers with the
//! Content Security Policy ([`crate::csp`]), the `config.json` override for
//! tests, the host SDK open to every origin ([`is_host_sdk`]), and the
//! API-shaped 404 for a non-GET to an unknown path.
//!
//! Imports: [`crate::caching`], [`crate::csp`], [`crate::error`], [`crate::state`].

use std::path::PathBuf;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::caching;
use crate::csp;
use crate::error::ApiError;
use crate::state::{Config, Sandbox};

/// `/config.json` from `config_json` instead of `dist` (`--config`), if set.
pub(crate) fn config_override<S: Clone + Send + Sync + 'static>(
    config_json: Option<PathBuf>,
) -> Router<S> {
    let router = Router::new();
    match config_json {
        Some(path) => router.route(
            "/config.json",
            get(move || async move {
                match tokio::fs::read_to_string(&path).await {
                    Ok(text) => {
                        ([(header::CONTENT_TYPE, "application/json")], text).into_response()
                    }
                    Err(error) => (
                        StatusCode::INTERNAL_SERVER_ERROR,
                        format!("cannot read {}: {error}\n", path.display()),
                    )
                        .into_response(),
                }
            }),
        ),
        None => router,
    }
}

/// Serves the built app. The `dist` check happens per request rather than at
/// start-up so that building the app while the sandbox runs just works.
pub(crate) async fn static_files(State(sandbox): State<Sandbox>, request: Request) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        // A POST to a misspelt API path should look like the real server's
        // answer, not like a 405 from the file server.
        return ApiError::new(
            StatusCode::NOT_FOUND,
            format!(
                "No HTTP resource was found that matches the request URI '{}'.",
                request.uri()
            ),
        )
        .into_response();
    }
    if request.uri().path() == "/" && !sandbox.config().dist.is_dir() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "The app is not built: run `cargo xtask serve`\n",
        )
            .into_response();
    }
    let cache = caching::cache_control(request.uri().path());
    let host_sdk = is_host_sdk(request.uri().path());
    let types = host_sdk && request.uri().path().ends_with(".d.ts");
    match sandbox.files().clone().try_call(request).await {
        Ok(response) => {
            let mut response = response.into_response();
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
                let headers = response.headers_mut();
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
                headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
                if host_sdk {
                    // Portal pages on other origins import the module: a
                    // cross-origin module script needs CORS. It is public code.
                    headers.insert(
                        header::ACCESS_CONTROL_ALLOW_ORIGIN,
                        HeaderValue::from_static("*"),
                    );
                }
                if types {
                    headers.insert(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static(TYPES_CONTENT_TYPE),
                    );
                }
            }
            with_security_headers(response, sandbox.config())
        }
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("Could not read the file: {error}\n"),
        )
            .into_response(),
    }
}

/// The `Content-Type` of the SDK's declarations (`.ts` would otherwise be
/// guessed as an MPEG transport stream).
pub const TYPES_CONTENT_TYPE: &str = "text/plain; charset=utf-8";

/// Whether a request path is the host SDK's module or declarations
/// (`vri-invite-host.js`, `vri-invite-host-<hash>.js`, and `.d.ts`), which
/// portal pages on other origins load.
pub fn is_host_sdk(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let Some(rest) = name.strip_prefix("vri-invite-host") else {
        return false;
    };
    let rest = match rest.strip_prefix('-') {
        Some(hashed) => match hashed.split_once('.') {
            Some((hash, ext))
                if (12..=16).contains(&hash.len())
                    && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
            {
                ext
            }
            _ => return false,
        },
        None => match rest.strip_prefix('.') {
            Some(ext) => ext,
            None => return false,
        },
    };
    matches!(rest, "js" | "d.ts")
}

/// The headers a deployment should send with the app (README, "Deploying").
fn with_security_headers(mut response: Response, config: &Config) -> Response {
    let config_json = config
        .config_json
        .clone()
        .unwrap_or_else(|| config.dist.join("config.json"));
    let headers = response.headers_mut();
    if config.no_csp {
        return response;
    }
    if let Ok(policy) = HeaderValue::from_str(&csp::content_security_policy(&config_json)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_host_sdk_is_open_to_other_origins() {
        for path in [
            "/vri-invite-host.js",
            "/vri-invite-host.d.ts",
            "/vri/vri-invite-host-04c4723b19dc0890.js",
            "/vri-invite-host-04c4723b19dc089.d.ts",
        ] {
            assert!(is_host_sdk(path), "{path}");
        }
        for path in [
            "/",
            "/index.html",
            "/config.json",
            "/vri-invite-d7dd19e815cb6716.js",
            "/vri-invite-d7dd19e815cb6716_bg.wasm",
            "/loader-04c4723b19dc0890.js",
            "/vri-invite-host.js.map",
            "/vri-invite-host.json",
            "/vri-invite-host-evil.js",
            "/vri-invite-host-04C4723B19DC0890.js",
            "/vri-invite-hostile.js",
            "/vri-invite-host",
        ] {
            assert!(!is_host_sdk(path), "{path}");
        }
    }
}
