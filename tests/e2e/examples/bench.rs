//! The browser half of `cargo xtask bench`: serves the benchmark page
//! (`bench/`, built by Trunk with the `bench` feature into `BENCH_DIST`)
//! from the sandbox, opens it in headless Chromium over WebDriver, runs
//! the render benchmark (app and hand-written JS alternating in one
//! session) and the memory run, and prints one JSON object on stdout.
//!
//! With `APP_DIST` (the shipped, split app), it also loads the app once in
//! the same fresh browser, over real HTTP from a second sandbox, and reads
//! the network log (the Resource Timing entries: every file the page
//! fetched, with its bytes on the wire) once the first screen is usable;
//! then it sends an invite and times the details panels from the click to
//! their first paint, their chunk not cached yet.
//!
//! Environment: `SANDBOX_BIN`, `BENCH_DIST`, `CHROMEDRIVER`, and
//! optionally `APP_DIST`, `BENCH_RUNS` (default 10) and `BENCH_WARMUP`
//! (default 3).

use e2e::{eventually, free_port};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A child killed with its whole process group on drop (chromedriver
/// starts Chromium; the sandbox is alone).
struct Group(Child);

impl Drop for Group {
    fn drop(&mut self) {
        // SAFETY: kill(2) on our own child's process group; no memory involved.
        unsafe {
            libc::kill(-(self.0.id() as i32), libc::SIGKILL);
        }
        let _ = self.0.wait();
    }
}

fn env_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

fn env_num(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    use std::os::unix::process::CommandExt;
    let runs = env_num("BENCH_RUNS", 10);
    let warmup = env_num("BENCH_WARMUP", 3);
    let dist = env_path("BENCH_DIST", "target/bench-dist");
    let (sandbox, base) = serve(&dist, &["--no-csp"]);

    let port = free_port();
    let driver = Group(
        Command::new(env_path("CHROMEDRIVER", "chromedriver"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start chromedriver"),
    );
    let profile = std::env::temp_dir().join(format!("vri-bench-chromium-{port}"));
    let mut options = json!({
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-extensions", "--window-size=1400,900",
            "--js-flags=--expose-gc", "--enable-precise-memory-info",
            format!("--user-data-dir={}", profile.display()),
        ]
    });
    if let Some(bin) = std::env::var_os("CHROME_BIN") {
        options["binary"] = json!(bin.to_string_lossy());
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    let client = e2e::browser::session(&format!("http://127.0.0.1:{port}"), caps).await;

    // Memory first, the bench page alone in a fresh tab.
    client
        .goto(&format!("{base}/index.html"))
        .await
        .expect("open");
    wait_for(
        &client,
        "return !!(window.wasmBindings && document.querySelector('section.roster'))",
        60,
    )
    .await;
    client
        .execute(include_str!("../../../bench/memory.js"), vec![])
        .await
        .expect("memory script");
    let memory = wait_for(&client, "return window.memoryResult", 120).await;

    // Rendering: app and hand-written JS side by side, alternating.
    client
        .goto(&format!("{base}/harness.html"))
        .await
        .expect("open harness");
    wait_for(
        &client,
        "return typeof window.startBench === 'function'",
        60,
    )
    .await;
    client
        .execute(
            "window.startBench(arguments[0], arguments[1])",
            vec![json!(runs), json!(warmup)],
        )
        .await
        .expect("start");
    let render = wait_for(&client, "return window.benchResult", 1200).await;
    let first_load = match std::env::var_os("APP_DIST") {
        Some(app) => first_load(&client, &PathBuf::from(app)).await,
        None => Value::Null,
    };
    let _ = client.close().await;
    drop(driver);
    drop(sandbox);
    let _ = std::fs::remove_dir_all(&profile);
    for (what, result) in [("memory", &memory), ("render", &render)] {
        if result["ok"] != json!(true) {
            eprintln!("{what} benchmark failed: {}", result["error"]);
            std::process::exit(1);
        }
    }
    println!(
        "{}",
        json!({ "runs": runs, "warmup": warmup, "render": render["rows"], "memory": memory, "first_load": first_load })
    );
}

/// The shipped app, served by a sandbox of its own (with its CSP): what
/// the first load fetched, from the network log, and the first opening of
/// the details panels.
async fn first_load(client: &fantoccini::Client, dist: &std::path::Path) -> Value {
    let (_sandbox, base) = serve(dist, &[]);
    client
        .goto(&format!("{base}/"))
        .await
        .expect("open the app");
    // Usable: the form is there; then a second for anything the load
    // still starts on its own (none is expected).
    wait_for(
        client,
        "return !!document.querySelector('form #invite-name')",
        60,
    )
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let log = client
        .execute(
            "const nav = performance.getEntriesByType('navigation')[0];
             const files = [nav, ...performance.getEntriesByType('resource')].map(e => ({
               file: new URL(e.name).pathname.replace(/^\\//, '') || 'index.html',
               transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize }));
             return files;",
            vec![],
        )
        .await
        .expect("read the network log");
    // The details panels, their chunk not fetched yet: from the click on
    // Send to the first frame that shows them.
    let js_type = "const [sel, value] = arguments; const el = document.querySelector(sel);
        const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
        set.call(el, value); el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));";
    for (sel, value) in [
        ("#invite-name", "Dr. Ana Ruiz"),
        ("#invite-email", "ana.ruiz@clinic.example"),
    ] {
        client
            .execute(js_type, vec![json!(sel), json!(value)])
            .await
            .expect("type");
    }
    client
        .execute(
            "const s = document.querySelector('select[name=region]') || document.querySelector('form select');
             s.selectedIndex = 1; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("choose a region");
    let before = log.as_array().map(Vec::len).unwrap_or(0);
    let panel_ms = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const t0 = performance.now();
             document.querySelector('#invite-send').click();
             const tick = () => document.querySelector('.details .request-status')
               ? requestAnimationFrame(() => done(performance.now() - t0))
               : requestAnimationFrame(tick);
             tick();",
            vec![],
        )
        .await
        .expect("time the details panels");
    let chunks = client
        .execute(
            "return performance.getEntriesByType('resource').slice(arguments[0])
               .map(e => new URL(e.name).pathname.replace(/^\\//, ''))
               .filter(f => f.endsWith('.wasm'));",
            vec![json!(before.saturating_sub(1))],
        )
        .await
        .expect("read the chunks fetched");
    json!({ "files": log, "details_panels_ms": panel_ms, "fetched_for_details": chunks })
}

/// A sandbox serving `dist` on a free port (with `args`), killed on drop,
/// and the URL it listens on.
fn serve(dist: &std::path::Path, args: &[&str]) -> (Group, String) {
    use std::os::unix::process::CommandExt;
    let mut sandbox = Command::new(env_path("SANDBOX_BIN", "target/debug/sandbox"))
        .args(["--port", "0"])
        .args(args)
        .arg("--dist")
        .arg(dist)
        .stdout(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("start the sandbox");
    let mut lines = BufReader::new(sandbox.stdout.take().unwrap()).lines();
    let sandbox = Group(sandbox);
    let base = lines
        .next()
        .expect("sandbox output")
        .unwrap()
        .strip_prefix("sandbox listening on ")
        .expect("sandbox listening on URL")
        .trim()
        .to_string();
    std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    (sandbox, base)
}

/// Polls `script` until it returns something other than null/false.
async fn wait_for(client: &fantoccini::Client, script: &str, seconds: u64) -> Value {
    eventually(script, Duration::from_secs(seconds), async || {
        let value = client.execute(script, vec![]).await.expect("poll");
        (!value.is_null() && value != json!(false)).then_some(value)
    })
    .await
}
