//! How the built app's files are served: precompressed when the browser
//! accepts it, cached for a year when the name carries a content hash,
//! revalidated otherwise.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use sandbox::{app, Config, Sandbox};
use tower::ServiceExt;

struct Served {
    status: StatusCode,
    encoding: Option<String>,
    cache: Option<String>,
    vary: Option<String>,
    body: Vec<u8>,
}

async fn get(dist: &std::path::Path, path: &str, accept: Option<&str>) -> Served {
    let router = app(Sandbox::new(Config {
        dist: dist.to_path_buf(),
        no_csp: true,
        ..Config::default()
    }));
    let mut request = Request::builder().uri(path);
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT_ENCODING, accept);
    }
    let response = router
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let h = |name| {
        response
            .headers()
            .get(name)
            .map(|v: &header::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (encoding, cache, vary) = (
        h(header::CONTENT_ENCODING),
        h(header::CACHE_CONTROL),
        h(header::VARY),
    );
    Served {
        status: response.status(),
        encoding,
        cache,
        vary,
        body: response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    }
}

#[tokio::test]
async fn precompressed_files_and_cache_lifetimes() {
    let dist = std::env::temp_dir().join(format!("sandbox-serving-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    let wasm = "app-0123456789abcdef_bg.wasm";
    std::fs::write(dist.join("index.html"), "<title>VRI</title>").unwrap();
    std::fs::write(dist.join(wasm), b"plain").unwrap();
    std::fs::write(dist.join(format!("{wasm}.br")), b"brotli").unwrap();
    std::fs::write(dist.join(format!("{wasm}.gz")), b"gzip").unwrap();

    let br = get(&dist, &format!("/{wasm}"), Some("gzip, deflate, br")).await;
    let gz = get(&dist, &format!("/{wasm}"), Some("gzip")).await;
    let plain = get(&dist, &format!("/{wasm}"), None).await;
    let index = get(&dist, "/", Some("br")).await;
    std::fs::remove_dir_all(&dist).unwrap();

    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.encoding.as_deref(), Some("br"));
    assert_eq!(br.body, b"brotli");
    assert_eq!(gz.encoding.as_deref(), Some("gzip"));
    assert_eq!(gz.body, b"gzip");
    assert_eq!(plain.encoding, None);
    assert_eq!(plain.body, b"plain");
    for served in [&br, &gz, &plain] {
        assert_eq!(
            served.cache.as_deref(),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(served.vary.as_deref(), Some("accept-encoding"));
    }
    // index.html names the hashed files: it must be revalidated.
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.cache.as_deref(), Some("no-cache"));
    assert_eq!(index.body, b"<title>VRI</title>");
}
