//! Deployed on a real web server: Debian's nginx (with its brotli static
//! module) runs the server block `cargo xtask nginx-config` writes, in a
//! temporary prefix on a free port, serving a copy of `dist/` under `/vri/`
//! with the sandbox as the API upstream. Killed on drop: nothing is left
//! running, and no system service is involved.
//!
//! `cargo xtask test` installs nginx (`NGINX_BIN`, default `/usr/sbin/nginx`;
//! modules from `NGINX_MODULES`, default `/usr/lib/nginx/modules`).

#[path = "../../../xtask/src/nginx.rs"]
#[allow(dead_code)] // the constants and host tests are for xtask
mod nginx;

use e2e::{eventually, free_port, App, Options};
use fantoccini::Locator;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// nginx in its own prefix, with the generated site and, for the framing
/// test, two plain pages on other origins.
struct Nginx {
    child: Child,
    prefix: PathBuf,
    /// `http://127.0.0.1:PORT`: the site.
    base: String,
    /// The copy of `dist/` it serves (a test may edit its config.json).
    site: PathBuf,
    /// A page framing the app, on an origin in `allowed_host_origins`.
    allowed_host: String,
    /// The same page on an origin that is not.
    other_host: String,
}

impl Nginx {
    fn start(api: &str, report: &str) -> Nginx {
        let dist = std::env::var_os("APP_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
        let prefix = std::env::temp_dir().join(format!(
            "vri-e2e-nginx-{}-{}",
            std::process::id(),
            free_port()
        ));
        let site = prefix.join("site");
        std::fs::create_dir_all(prefix.join("logs")).unwrap();
        std::fs::create_dir_all(prefix.join("outside")).unwrap();
        copy_dir(&dist, &site);
        let (port, allowed_port, other_port) = (free_port(), free_port(), free_port());
        let allowed_host = format!("http://127.0.0.1:{allowed_port}");
        let other_host = format!("http://127.0.0.1:{other_port}");
        let config_path = site.join("config.json");
        let mut config: Value =
            serde_json::from_str(&std::fs::read_to_string(&config_path).unwrap()).unwrap();
        config["allowed_host_origins"] = json!([allowed_host]);
        std::fs::write(&config_path, config.to_string()).unwrap();

        let server = nginx::server_block(
            &nginx::Site {
                dist: site.to_string_lossy().into_owned(),
                listen: format!("127.0.0.1:{port}"),
                api: api.to_string(),
                base: "/vri/".into(),
                report: Some(report.to_string()),
            },
            &config.to_string(),
        )
        .expect("the server block");
        std::fs::write(
            prefix.join("outside/frame.html"),
            format!(
                "<!DOCTYPE html><title>host</title><iframe src=\"http://127.0.0.1:{port}/vri/\" style=\"width:900px;height:700px\"></iframe>"
            ),
        )
        .unwrap();
        // A portal page that imports the host SDK from the app's origin and
        // lets it build the frame; its title tells how `ready` went.
        std::fs::write(
            prefix.join("outside/sdk.html"),
            format!(
                "<!DOCTYPE html><title>portal</title><div id=\"slot\"></div><script type=\"module\">
import {{ VriInvite }} from \"http://127.0.0.1:{port}/vri/vri-invite-host.js\";
const app = VriInvite.create(document.getElementById(\"slot\"), {{ src: \"http://127.0.0.1:{port}/vri/\", origin: \"http://127.0.0.1:{port}\" }});
app.ready.then((ready) => app.setLanguage(\"es\").then(() => {{ document.title = \"ready \" + ready.commands.join(\",\"); }}),
  (error) => {{ document.title = \"failed \" + error.code; }});
</script>"
            ),
        )
        .unwrap();
        let modules = std::env::var("NGINX_MODULES").unwrap_or("/usr/lib/nginx/modules".into());
        let p = prefix.display();
        let conf = format!(
            "load_module {modules}/ngx_http_brotli_static_module.so;
pid {p}/nginx.pid;
error_log {p}/logs/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log {p}/logs/access.log;
    client_body_temp_path {p}/client_body;
    proxy_temp_path {p}/proxy;
    fastcgi_temp_path {p}/fastcgi;
    uwsgi_temp_path {p}/uwsgi;
    scgi_temp_path {p}/scgi;
{server}
    server {{ listen 127.0.0.1:{allowed_port}; root {p}/outside; }}
    server {{ listen 127.0.0.1:{other_port}; root {p}/outside; }}
}}
"
        );
        std::fs::write(prefix.join("nginx.conf"), conf).unwrap();
        let bin = std::env::var("NGINX_BIN").unwrap_or("/usr/sbin/nginx".into());
        let child = Command::new(&bin)
            .arg("-p")
            .arg(&prefix)
            .arg("-c")
            .arg(prefix.join("nginx.conf"))
            .args(["-g", "daemon off;"])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin}: {e} (run `cargo xtask test`)"));
        let nginx = Nginx {
            child,
            prefix,
            base: format!("http://127.0.0.1:{port}"),
            site,
            allowed_host,
            other_host,
        };
        let url = format!("{}/vri/", nginx.base);
        std::thread::sleep(Duration::from_millis(100));
        for _ in 0..100 {
            if ureq::get(&url).call().is_ok() {
                return nginx;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "nginx did not answer on {url}: {}",
            std::fs::read_to_string(nginx.prefix.join("logs/error.log")).unwrap_or_default()
        );
    }

    /// The response headers for `path`, asked for as a browser asks.
    fn headers(&self, path: &str) -> Vec<(String, String)> {
        let response = ureq::get(&format!("{}{path}", self.base))
            .header("Accept-Encoding", "br, gzip")
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let mut headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "date" | "last-modified" | "etag"))
            .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_string()))
            .collect();
        headers.insert(0, ("status".into(), response.status().as_u16().to_string()));
        eprintln!("GET {path}\n{}", show(&headers));
        headers
    }

    fn text(&self, path: &str) -> String {
        ureq::get(&format!("{}{path}", self.base))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
            .body_mut()
            .read_to_string()
            .unwrap()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM: the master stops its workers and exits.
        // SAFETY: kill(2) on our own child; no memory involved.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!(
                "--- nginx error log ---\n{}",
                std::fs::read_to_string(self.prefix.join("logs/error.log")).unwrap_or_default()
            );
        }
        let _ = std::fs::remove_dir_all(&self.prefix);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        // With its folders: wasm-bindgen's `snippets/` (the phone data's
        // `import()`) is part of the app.
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

fn show(headers: &[(String, String)]) -> String {
    headers
        .iter()
        .map(|(name, value)| format!("  {name}: {value}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} header in\n{}", show(headers)))
}

/// The sandbox for the API and the CSP reports, nginx in front, a browser.
async fn deployment() -> (App, Nginx) {
    let mut app = App::launch(&Options::default()).await;
    let report = format!("{}/__sandbox/csp-report", app.sandbox.base);
    let nginx = Nginx::start(&app.sandbox.base, &report);
    app.url = format!("{}/vri/", nginx.base);
    (app, nginx)
}

async fn js(app: &App, script: &str) -> Value {
    app.client.execute(script, vec![]).await.expect(script)
}

#[tokio::test]
async fn the_app_works_under_a_path_behind_nginx_with_its_headers() {
    let (app, nginx) = deployment().await;

    // The page: no inline script, every URL relative.
    let page = nginx.text("/vri/");
    assert!(
        !page.contains("<script type=\"module\">")
            && page.contains("<script type=\"module\" src=\"./loader-"),
        "the loader is a file: {page}"
    );
    assert!(
        !page.contains("href=\"/") && !page.contains("src=\"/"),
        "relative URLs only: {page}"
    );
    let wasm = page
        .split('"')
        .find(|s| s.ends_with("_bg.wasm"))
        .expect("the page preloads the wasm")
        .trim_start_matches("./")
        .to_string();
    let loader = page
        .split('"')
        .find(|s| s.starts_with("./loader-"))
        .unwrap()
        .trim_start_matches("./")
        .to_string();
    let loader_text = nginx.text(&format!("/vri/{loader}"));
    assert!(
        loader_text.contains("from './vri-invite-") && !loader_text.contains("'/"),
        "the loader's URLs are relative: {loader_text}"
    );

    // The headers.
    let html = nginx.headers("/vri/");
    assert_eq!(header(&html, "cache-control"), "no-cache");
    assert_eq!(header(&html, "content-type"), "text/html; charset=utf-8");
    assert_eq!(header(&html, "content-encoding"), "br");
    assert_eq!(header(&html, "vary"), "Accept-Encoding");
    assert_eq!(header(&html, "x-content-type-options"), "nosniff");
    assert_eq!(header(&html, "referrer-policy"), "no-referrer");
    let csp = header(&html, "content-security-policy");
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
        "{csp}"
    );
    assert!(
        csp.contains(&format!("frame-ancestors 'self' {};", nginx.allowed_host)),
        "{csp}"
    );
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("sha256"),
        "{csp}"
    );
    let wasm_headers = nginx.headers(&format!("/vri/{wasm}"));
    assert_eq!(header(&wasm_headers, "content-type"), "application/wasm");
    assert_eq!(header(&wasm_headers, "content-encoding"), "br");
    assert_eq!(
        header(&wasm_headers, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(header(&wasm_headers, "vary"), "Accept-Encoding");
    assert_eq!(header(&wasm_headers, "content-security-policy"), csp);
    let loader_headers = nginx.headers(&format!("/vri/{loader}"));
    assert_eq!(
        header(&loader_headers, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert!(header(&loader_headers, "content-type").starts_with("application/javascript"));
    let config = nginx.headers("/vri/config.json");
    assert_eq!(header(&config, "cache-control"), "no-cache");
    assert_eq!(
        header(&config, "content-type"),
        "application/json; charset=utf-8"
    );
    assert!(
        !config.iter().any(|(n, _)| n == "content-encoding"),
        "config.json as it is"
    );
    // `/vri` without its slash goes to the app.
    let redirect = ureq::get(&format!("{}/vri", nginx.base))
        .config()
        .max_redirects(0)
        .build()
        .call()
        .unwrap();
    assert_eq!(redirect.status().as_u16(), 301);
    assert_eq!(redirect.headers()["location"], "/vri/");

    // The page loads with no console error (no 404, favicon included) and
    // no CSP violation.
    app.open().await;
    let errors = app.console_errors().await;
    assert!(errors.is_empty(), "console errors on load: {errors:?}");
    let icon = js(
        &app,
        "return document.querySelector('link[rel=icon]').href;",
    )
    .await;
    assert!(
        icon.as_str()
            .unwrap()
            .starts_with(&format!("{}/vri/favicon-", nginx.base)),
        "{icon}"
    );
    js(&app, "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));").await;

    // Invite and remove, through nginx's proxy.
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.remove("Ana Ruiz").await;
    app.wait_roster(&[]).await;
    let state = app.sandbox.state();
    assert_eq!(state["invite_requests"], json!(1), "{state}");
    assert_eq!(state["kick_requests"], json!(1), "{state}");
    assert_eq!(state["participants"], json!([]), "removed on the server");
    assert_eq!(js(&app, "return window.__violations;").await, json!([]));
    let errors = app.console_errors().await;
    assert!(
        errors.is_empty(),
        "console errors while working: {errors:?}"
    );
    assert_eq!(state["csp_reports"], json!([]), "no violation reported");

    // An edited config.json is what the app gets (the build's compressed
    // copies must not win).
    let path = nginx.site.join("config.json");
    let mut edited: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edited["regions"] = json!([{"id": 3, "name": "Europe"}, {"id": 9, "name": "Antarctica"}]);
    std::fs::write(&path, edited.to_string()).unwrap();
    for encoding in ["br, gzip", "gzip", "identity"] {
        let body = ureq::get(&format!("{}/vri/config.json", nginx.base))
            .header("Accept-Encoding", encoding)
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        assert!(body.contains("Antarctica"), "{encoding}: {body}");
    }
    app.open().await;
    let options = js(
        &app,
        "return [...document.querySelectorAll('option')].map(o => o.textContent.trim());",
    )
    .await;
    assert!(
        options.as_array().unwrap().contains(&json!("Antarctica")),
        "the app reads the edited file: {options}"
    );
    assert!(app.console_errors().await.is_empty());

    // The policy holds and reports through nginx: an injected inline
    // script is blocked, and its report reaches the collector.
    let (ran, violations) = app.inject_inline_script().await;
    assert!(!ran, "the injected script did not run");
    assert_eq!(
        violations,
        ["script-src-elem"],
        "one refusal, of the inline script"
    );
    let errors = app.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("Content Security Policy")),
        "the console check sees a refusal: {errors:?}"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_portal_imports_the_host_sdk_across_origins() {
    let (app, nginx) = deployment().await;
    // The module and its declarations, stable and hashed, open to every
    // origin; the app's own files are not.
    let hashed = std::fs::read_dir(&nginx.site)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("vri-invite-host-") && n.ends_with(".js"))
        .expect("the hashed SDK in dist/");
    for (path, cache, mime) in [
        (
            "vri-invite-host.js".to_string(),
            "no-cache",
            "application/javascript",
        ),
        (
            hashed.clone(),
            "public, max-age=31536000, immutable",
            "application/javascript",
        ),
        ("vri-invite-host.d.ts".to_string(), "no-cache", "text/plain"),
        (
            hashed.replace(".js", ".d.ts"),
            "public, max-age=31536000, immutable",
            "text/plain",
        ),
    ] {
        let headers = nginx.headers(&format!("/vri/{path}"));
        assert_eq!(
            header(&headers, "access-control-allow-origin"),
            "*",
            "{path}"
        );
        assert_eq!(header(&headers, "cache-control"), cache, "{path}");
        assert!(header(&headers, "content-type").starts_with(mime), "{path}");
        assert_eq!(header(&headers, "content-encoding"), "br", "{path}");
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    }
    for path in ["/vri/", "/vri/config.json"] {
        let headers = nginx.headers(path);
        assert!(
            !headers
                .iter()
                .any(|(n, _)| n == "access-control-allow-origin"),
            "{path}: {headers:?}"
        );
    }

    // In the browser: the portal's module imports the SDK, which builds the
    // frame, hears `ready` and has a command accepted, all through nginx.
    app.client
        .goto(&format!("{}/sdk.html", nginx.allowed_host))
        .await
        .unwrap();
    let title = eventually("the portal's SDK to be ready", e2e::PATIENCE, async || {
        let title = app.client.title().await.unwrap();
        if title.starts_with("ready") || title.starts_with("failed") {
            Ok(title)
        } else {
            Err(title)
        }
    })
    .await;
    assert_eq!(
        title,
        "ready auth,prefill,reset,set-language,set-theme,set-kiosk,participant-status"
    );
    let frame = app.wait_for(Locator::Css("iframe")).await;
    frame.enter_frame().await.unwrap();
    assert_eq!(
        js(&app, "return document.documentElement.lang;").await,
        "es"
    );
    app.client.enter_parent_frame().await.unwrap();
    app.finish().await;
}

#[tokio::test]
async fn only_an_allowed_origin_can_frame_the_app() {
    let (app, nginx) = deployment().await;

    // An allowed host: the app runs in its frame.
    app.client
        .goto(&format!("{}/frame.html", nginx.allowed_host))
        .await
        .unwrap();
    let frame = app.wait_for(Locator::Css("iframe")).await;
    frame.enter_frame().await.unwrap();
    app.wait_for(Locator::Css("main.app h1")).await;
    app.client.enter_parent_frame().await.unwrap();
    assert_eq!(app.sandbox.state()["csp_reports"], json!([]));

    // Another origin: the browser refuses to show the app in its frame.
    app.client
        .goto(&format!("{}/frame.html", nginx.other_host))
        .await
        .unwrap();
    let report = eventually(
        "a frame-ancestors report",
        Duration::from_secs(10),
        async || {
            app.sandbox.state()["csp_reports"]
                .as_array()
                .unwrap()
                .first()
                .cloned()
        },
    )
    .await;
    assert_eq!(
        report["csp-report"]["effective-directive"],
        json!("frame-ancestors"),
        "{report}"
    );
    let frame = app.wait_for(Locator::Css("iframe")).await;
    frame.enter_frame().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert!(
        app.client.find(Locator::Css("main.app")).await.is_err(),
        "the app is not shown in a frame of {}",
        nginx.other_host
    );
    app.client.enter_parent_frame().await.unwrap();
    app.finish().await;
}
