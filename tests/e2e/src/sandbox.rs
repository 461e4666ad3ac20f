//! The sandbox API process: spawned on a free port with its own empty
//! conference (and, when asked, the example host page and a changed
//! config.json), controlled through its `/__sandbox/` routes (fault plans,
//! latency, state), killed on drop; and a TCP [`Proxy`] in front of it that a
//! test can take down ("server stopped") and bring back.

use crate::{free_port, path_from_env, workspace};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

/// The sandbox API, on a free port, with its own empty conference.
pub struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    log: Arc<Mutex<Vec<String>>>,
    /// `http://127.0.0.1:PORT` of the example host page, when asked for.
    pub host: Option<String>,
    /// `http://127.0.0.1:PORT` of the API on its own origin, when asked for
    /// (the app's `api_base` then points there).
    pub api: Option<String>,
    config_file: Option<PathBuf>,
}

/// How a test wants its sandbox (the default: as `Sandbox::start`).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Serve the example host page on a second origin, and allow that
    /// origin in the app's config.json.
    pub host_page: bool,
    /// Refuse API requests without a valid bearer token.
    pub require_token: bool,
    /// Keys to set in the app's config.json (the built one, changed).
    pub config: Option<Value>,
    /// Reach the sandbox through a [`Proxy`] a test can take down.
    pub behind_proxy: bool,
    /// Serve the app without its CSP (`--no-csp`).
    pub no_csp: bool,
    /// Serve the API on a second origin behind a strict CORS policy
    /// (`--api-port`) and point the app's `api_base` at it.
    pub cross_origin_api: bool,
}

impl Sandbox {
    pub fn start() -> Sandbox {
        Sandbox::start_with(&Options::default())
    }

    pub fn start_with(options: &Options) -> Sandbox {
        let bin = path_from_env("SANDBOX_BIN", workspace().join("target/debug/sandbox"));
        let dist = path_from_env("APP_DIST", workspace().join("dist"));
        assert!(
            dist.join("index.html").exists(),
            "the app is not built at {}: run `cargo xtask test`",
            dist.display()
        );
        let mut command = Command::new(&bin);
        let host_port = options.host_page.then(free_port);
        let api_port = options.cross_origin_api.then(free_port);
        let mut config_file = None;
        if options.host_page || options.config.is_some() || api_port.is_some() {
            let built =
                std::fs::read_to_string(dist.join("config.json")).expect("dist/config.json");
            let mut config: Value = serde_json::from_str(&built).expect("config.json is JSON");
            if let Some(port) = host_port {
                config["allowed_host_origins"] = json!([format!("http://127.0.0.1:{port}")]);
            }
            if let Some(port) = api_port {
                config["api_base"] = json!(format!("http://127.0.0.1:{port}/"));
            }
            if let Some(Value::Object(keys)) = &options.config {
                for (key, value) in keys {
                    config[key] = value.clone();
                }
            }
            let path = std::env::temp_dir().join(format!(
                "vri-e2e-config-{}-{}.json",
                std::process::id(),
                free_port()
            ));
            std::fs::write(&path, config.to_string()).unwrap();
            command.arg("--config").arg(&path);
            config_file = Some(path);
        }
        if let Some(port) = host_port {
            command.args(["--host-port", &port.to_string()]);
        }
        if options.require_token {
            command.arg("--require-token");
        }
        if options.no_csp {
            command.arg("--no-csp");
        }
        if let Some(port) = api_port {
            command.args(["--api-port", &port.to_string()]);
        }
        let mut child = command
            .args(["--port", "0", "--dist"])
            .arg(&dist)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start the sandbox {}: {e} (run `cargo xtask test`)",
                    bin.display()
                )
            });
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().expect("the sandbox printed nothing").unwrap();
        let base = first
            .strip_prefix("sandbox listening on ")
            .unwrap_or_else(|| panic!("unexpected first line from the sandbox: {first}"))
            .trim()
            .to_string();
        let host = host_port.map(|_| {
            let line = lines
                .next()
                .expect("the sandbox did not print the host page")
                .unwrap();
            line.strip_prefix("sandbox host page on ")
                .and_then(|url| url.trim().strip_suffix("/host-example.html"))
                .unwrap_or_else(|| panic!("unexpected second line from the sandbox: {line}"))
                .to_string()
        });
        let api = api_port.map(|_| {
            let line = lines
                .next()
                .expect("the sandbox did not print its API")
                .unwrap();
            line.strip_prefix("sandbox cross-origin api on ")
                .unwrap_or_else(|| panic!("unexpected line from the sandbox: {line}"))
                .trim()
                .to_string()
        });
        // Keep reading its one-line-per-request log, to show it if a test fails.
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Sandbox {
            child,
            base,
            log,
            host,
            api,
            config_file,
        }
    }

    /// Expires the current bearer token: the next API request with it gets 401.
    pub fn expire_token(&self) -> Value {
        self.post("/__sandbox/expire-token", json!({}))
    }

    /// Which token each API request carried, and its status.
    pub fn tokens(&self) -> Value {
        let mut response = ureq::get(&format!("{}/__sandbox/tokens", self.base))
            .call()
            .expect("sandbox tokens");
        response.body_mut().read_json().expect("tokens are JSON")
    }

    fn post(&self, path: &str, body: Value) -> Value {
        let mut response = ureq::post(&format!("{}{path}", self.base))
            .send_json(&body)
            .unwrap_or_else(|e| panic!("sandbox control {path}: {e}"));
        response.body_mut().read_json().unwrap_or(Value::Null)
    }

    /// What the sandbox has seen and holds: participants, requests, kicks.
    pub fn state(&self) -> Value {
        let mut response = ureq::get(&format!("{}/__sandbox/state", self.base))
            .call()
            .expect("sandbox state");
        response
            .body_mut()
            .read_json()
            .expect("sandbox state is JSON")
    }

    /// Arms a fault for the next API request(s): a `/__sandbox/fail` plan
    /// (`status`, `count`, `message`, `body`, `content_type`, `headers`, `delay_ms`).
    pub fn fail(&self, plan: Value) {
        self.post("/__sandbox/fail", plan);
    }

    /// Makes the next `count` API requests fail with `status` and `{"Message": message}`.
    pub fn fail_next(&self, status: u16, count: u32, message: &str) {
        self.post(
            "/__sandbox/fail",
            json!({"status": status, "count": count, "message": message}),
        );
    }

    /// Adds latency before every API answer.
    pub fn latency(&self, ms: u64) {
        self.post("/__sandbox/latency", json!({"ms": ms}));
    }

    /// Later invites list `count` interpreters (`None`: the curated few).
    pub fn interpreters(&self, count: Option<usize>) {
        self.post("/__sandbox/interpreters", json!({ "count": count }));
    }

    /// Later invite answers are typed as .NET servers do (sandbox `oddities`).
    pub fn odd_types(&self, on: bool) {
        self.post("/__sandbox/odd-types", json!({ "on": on }));
    }

    pub fn invite_requests(&self) -> u64 {
        self.state()["invite_requests"]
            .as_u64()
            .expect("invite_requests")
    }

    pub fn kick_requests(&self) -> u64 {
        self.state()["kick_requests"]
            .as_u64()
            .expect("kick_requests")
    }

    pub fn participants(&self) -> Vec<Value> {
        self.state()["participants"]
            .as_array()
            .cloned()
            .expect("participants")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(path) = &self.config_file {
            let _ = std::fs::remove_file(path);
        }
        if std::thread::panicking() {
            eprintln!(
                "--- sandbox log ---\n{}",
                self.log.lock().unwrap().join("\n")
            );
        }
    }
}

/// A TCP forwarder in front of the sandbox that can be taken down and put
/// back on the same port: while down, connecting is refused, exactly as when
/// the server is stopped, but the sandbox keeps its conference.
pub struct Proxy {
    pub(crate) port: u16,
    upstream: String,
    accept: Mutex<Option<tokio::task::JoinHandle<()>>>,
    connections: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Proxy {
    pub(crate) async fn start(upstream: &str) -> Proxy {
        let upstream = upstream.trim_start_matches("http://").to_string();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let proxy = Proxy {
            port,
            upstream,
            accept: Mutex::new(None),
            connections: Arc::default(),
        };
        proxy.serve(listener);
        proxy
    }

    fn serve(&self, listener: tokio::net::TcpListener) {
        let upstream = self.upstream.clone();
        let connections = self.connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let upstream = upstream.clone();
                let handle = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                connections.lock().unwrap().push(handle.abort_handle());
            }
        });
        *self.accept.lock().unwrap() = Some(task);
    }

    /// Closes the port and every open connection: new requests are refused.
    pub async fn down(&self) {
        let task = self.accept.lock().unwrap().take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
        for connection in self.connections.lock().unwrap().drain(..) {
            connection.abort();
        }
    }

    /// Listens on the same port again.
    pub async fn up(&self) {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("rebind the proxy port");
        self.serve(listener);
    }
}
