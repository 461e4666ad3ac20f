//! The browser half of `cargo xtask bench`: serves the benchmark page
//! (`bench/`, built by Trunk with the `bench` feature into `BENCH_DIST`)
//! from the sandbox, opens it in headless Chromium over WebDriver, runs
//! the render benchmark (app and hand-written JS alternating in one
//! session) and the memory run, and prints one JSON object on stdout.
//!
//! Environment: `SANDBOX_BIN`, `BENCH_DIST`, `CHROMEDRIVER`, and
//! optionally `BENCH_RUNS` (default 10) and `BENCH_WARMUP` (default 3).

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
    let mut sandbox = Command::new(env_path("SANDBOX_BIN", "target/debug/sandbox"))
        .args(["--port", "0", "--no-csp", "--dist"])
        .arg(&dist)
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
        json!({ "runs": runs, "warmup": warmup, "render": render["rows"], "memory": memory })
    );
}

/// Polls `script` until it returns something other than null/false.
async fn wait_for(client: &fantoccini::Client, script: &str, seconds: u64) -> Value {
    eventually(script, Duration::from_secs(seconds), async || {
        let value = client.execute(script, vec![]).await.expect("poll");
        (!value.is_null() && value != json!(false)).then_some(value)
    })
    .await
}
