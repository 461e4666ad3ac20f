//! The end-to-end harness: a fresh sandbox API (serving the built app) and a
//! fresh headless Chromium for every test, driven over WebDriver, and torn
//! down even when an assertion fails.
//!
//! Tests find things as a person does: fields by their label, buttons by
//! their text, messages by what they say.
//!
//! Paths come from the environment `cargo xtask test` sets: `SANDBOX_BIN`,
//! `APP_DIST`, `CHROMEDRIVER` (and optionally `CHROME_BIN`).

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait for something to appear before failing: longer than the
/// app's 15 s request timeout, which some tests wait out.
pub const PATIENCE: Duration = Duration::from_secs(20);

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn path_from_env(var: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or(default)
}

/// The sandbox API, on a free port, with its own empty conference.
pub struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    log: Arc<Mutex<Vec<String>>>,
    /// `http://127.0.0.1:PORT` of the example host page, when asked for.
    pub host: Option<String>,
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
        let mut config_file = None;
        if options.host_page || options.config.is_some() {
            let built =
                std::fs::read_to_string(dist.join("config.json")).expect("dist/config.json");
            let mut config: Value = serde_json::from_str(&built).expect("config.json is JSON");
            if let Some(port) = host_port {
                config["allowed_host_origins"] = json!([format!("http://127.0.0.1:{port}")]);
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

/// chromedriver and the Chromium it starts, killed as one process group.
struct Driver {
    child: Child,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SAFETY: kill(2) on our own child's process group; no memory involved.
        unsafe {
            libc::kill(-(self.child.id() as i32), libc::SIGKILL);
        }
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A TCP forwarder in front of the sandbox that can be taken down and put
/// back on the same port: while down, connecting is refused, exactly as when
/// the server is stopped, but the sandbox keeps its conference.
pub struct Proxy {
    port: u16,
    upstream: String,
    accept: Mutex<Option<tokio::task::JoinHandle<()>>>,
    connections: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Proxy {
    async fn start(upstream: &str) -> Proxy {
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

/// The app open in a fresh headless Chromium, against a fresh sandbox.
pub struct App {
    pub client: Client,
    pub sandbox: Sandbox,
    /// Present when started with [`App::start_behind_proxy`].
    pub proxy: Option<Proxy>,
    /// The URL the browser opens: the sandbox's, or the proxy's.
    pub url: String,
    /// chromedriver's own URL, for WebDriver extensions fantoccini lacks.
    pub driver_url: String,
    _driver: Driver,
}

impl App {
    /// Starts a sandbox and a browser, opens the app and waits until it is up.
    pub async fn start() -> App {
        let app = App::launch(&Options::default()).await;
        app.open().await;
        app
    }

    /// Like [`App::start`], with the browser reaching the sandbox through a
    /// [`Proxy`] that a test can take down ("server stopped") and bring back.
    pub async fn start_behind_proxy() -> App {
        let app = App::launch(&Options {
            behind_proxy: true,
            ..Options::default()
        })
        .await;
        app.open().await;
        app
    }

    /// Starts a sandbox as `options` say and a browser, and opens nothing.
    pub async fn launch(options: &Options) -> App {
        let sandbox = Sandbox::start_with(options);
        let proxy = match options.behind_proxy {
            true => Some(Proxy::start(&sandbox.base).await),
            false => None,
        };
        let url = match &proxy {
            Some(p) => format!("http://127.0.0.1:{}", p.port),
            None => sandbox.base.clone(),
        };
        let port = free_port();
        let chromedriver = path_from_env("CHROMEDRIVER", PathBuf::from("chromedriver"));
        use std::os::unix::process::CommandExt;
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromedriver.display()));
        let profile =
            std::env::temp_dir().join(format!("vri-e2e-chromium-{}-{port}", std::process::id()));
        let driver = Driver {
            child,
            profile: profile.clone(),
        };

        let mut options = json!({
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1024,900",
                format!("--user-data-dir={}", profile.display()),
            ]
        });
        if let Some(bin) = std::env::var_os("CHROME_BIN") {
            options["binary"] = json!(bin.to_string_lossy());
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        let driver_url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&driver_url)
                .await
            {
                Ok(client) => break client,
                Err(e) if started.elapsed() < PATIENCE => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("no WebDriver session from chromedriver: {e}"),
            }
        };
        App {
            client,
            sandbox,
            proxy,
            url,
            driver_url: driver_url.clone(),
            _driver: driver,
        }
    }

    /// Loads (or reloads) the app's page and waits for it to be mounted.
    pub async fn open(&self) {
        self.client.goto(&self.url).await.expect("open the app");
        self.wait_for(Locator::Css("main.app h1")).await;
    }

    /// Closes the browser session (the driver is killed on drop regardless).
    pub async fn finish(self) {
        let _ = self.client.clone().close().await;
    }

    pub async fn wait_for(&self, locator: Locator<'_>) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(locator)
            .await
            .unwrap_or_else(|e| panic!("waited for {locator:?}: {e}"))
    }

    /// The form control whose `<label>` reads `label`.
    pub async fn field(&self, label: &str) -> Element {
        let label_el = self
            .wait_for(Locator::XPath(&format!(
                "//label[normalize-space(.)={}]",
                xpath_text(label)
            )))
            .await;
        let id = label_el
            .attr("for")
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("label {label} is not tied to a field"));
        self.wait_for(Locator::Id(&id)).await
    }

    pub async fn type_in(&self, label: &str, text: &str) {
        self.field(label).await.send_keys(text).await.unwrap();
    }

    pub async fn value_of(&self, label: &str) -> String {
        self.field(label)
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    pub async fn choose(&self, label: &str, option: &str) {
        self.field(label)
            .await
            .select_by_label(option)
            .await
            .unwrap();
    }

    /// Clicks the label of a radio button or checkbox, as a person does.
    pub async fn pick(&self, label_text: &str) {
        self.wait_for(Locator::XPath(&format!(
            "//label[normalize-space(.)={}]",
            xpath_text(label_text)
        )))
        .await
        .click()
        .await
        .unwrap();
    }

    /// The button whose visible text is `text`.
    pub async fn button(&self, text: &str) -> Element {
        self.wait_for(Locator::XPath(&format!(
            "//button[normalize-space(.)={}]",
            xpath_text(text)
        )))
        .await
    }

    pub async fn click(&self, text: &str) {
        self.button(text).await.click().await.unwrap();
    }

    /// The text of the first element matching `css`, or "" if there is none.
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => el.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Waits until the element matching `css` has text containing `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.text(css).await;
            if text.contains(needle) {
                return text;
            }
            if started.elapsed() > PATIENCE {
                panic!("waited for {css} to say {needle:?}; it says {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Fills the email invite form: Name, Email, and Region "Europe".
    pub async fn fill_email_invite(&self, name: &str, email: &str) {
        self.type_in("Name", name).await;
        self.type_in("Email", email).await;
        self.choose("Region", "Europe").await;
    }

    /// Fills and sends an email invite, then waits until the app says it
    /// was sent to `name`.
    pub async fn invite_by_email(&self, name: &str, email: &str) {
        self.fill_email_invite(name, email).await;
        self.click("Send invitation").await;
        self.wait_text(".outcome", &format!("Invitation sent to {name}."))
            .await;
    }

    /// Presses Remove on `name`'s row and waits for the confirmation.
    pub async fn ask_to_remove(&self, name: &str) {
        self.wait_for(Locator::Css(&format!("button[aria-label='Remove {name}']")))
            .await
            .click()
            .await
            .unwrap();
        self.wait_text("dialog[open] #confirm-title", &format!("Remove {name}?"))
            .await;
    }

    /// Removes `name`: Remove on their row, then the confirmation's button.
    pub async fn remove(&self, name: &str) {
        self.ask_to_remove(name).await;
        self.click(&format!("Remove {name}")).await;
    }

    /// The names in the roster, top to bottom. Read in one script, so a row
    /// that disappears meanwhile cannot make the read fail (stale element).
    pub async fn roster(&self) -> Vec<String> {
        let names = self
            .client
            .execute(
                "return [...document.querySelectorAll('.participant .name')].map(e => e.textContent.trim());",
                vec![],
            )
            .await
            .expect("read the roster");
        serde_json::from_value(names).expect("a list of names")
    }

    /// Waits until the roster lists exactly `expected`.
    pub async fn wait_roster(&self, expected: &[&str]) {
        let started = Instant::now();
        loop {
            let names = self.roster().await;
            if names == expected {
                return;
            }
            if started.elapsed() > PATIENCE {
                panic!("waited for the roster to be {expected:?}; it is {names:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// An XPath string literal for any text (XPath 1.0 has no escapes).
fn xpath_text(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else {
        format!("\"{text}\"")
    }
}

/// The example host page on its own origin, with the app in its frame.
impl App {
    /// The host page's origin, `http://127.0.0.1:PORT`.
    pub fn host_origin(&self) -> &str {
        self.sandbox
            .host
            .as_deref()
            .expect("start with Options { host_page: true, .. }")
    }

    /// Opens `url` (a host page) and waits for the app inside its frame to
    /// be mounted; the driver stays on the host page.
    pub async fn open_host_at(&self, url: &str) {
        self.client.goto(url).await.expect("open the host page");
        self.enter_app().await;
        self.wait_for(Locator::Css("main.app h1")).await;
        self.leave_app().await;
    }

    /// Opens the example host page on its allowed origin.
    pub async fn open_host(&self) {
        let url = format!("{}/host-example.html", self.host_origin());
        self.open_host_at(&url).await;
    }

    /// Switches the driver into the app's frame.
    pub async fn enter_app(&self) {
        self.client.enter_parent_frame().await.ok();
        self.wait_for(Locator::Css("#app-frame"))
            .await
            .enter_frame()
            .await
            .expect("enter the app's frame");
    }

    /// Back to the host page.
    pub async fn leave_app(&self) {
        self.client
            .enter_parent_frame()
            .await
            .expect("leave the frame");
    }

    /// Every message on the host page's log, as `(direction, message)`
    /// with direction `from-app` or `to-app`. Call on the host page.
    pub async fn host_log(&self) -> Vec<(String, Value)> {
        let entries = self
            .client
            .execute(
                "return [...document.querySelectorAll('#log li')].map(li => [li.className, li.textContent]);",
                vec![],
            )
            .await
            .expect("read the host log");
        entries
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|entry| {
                let direction = entry[0].as_str().unwrap_or_default().to_string();
                let message = serde_json::from_str(entry[1].as_str().unwrap_or("null"))
                    .unwrap_or(Value::Null);
                (direction, message)
            })
            .collect()
    }

    /// The messages of `kind` the app sent to the host, in order.
    pub async fn from_app(&self, kind: &str) -> Vec<Value> {
        self.host_log()
            .await
            .into_iter()
            .filter(|(direction, m)| direction == "from-app" && m["type"] == kind)
            .map(|(_, m)| m)
            .collect()
    }

    /// Waits until the app has sent at least `count` messages of `kind`.
    pub async fn wait_from_app(&self, kind: &str, count: usize) -> Vec<Value> {
        let started = Instant::now();
        loop {
            let found = self.from_app(kind).await;
            if found.len() >= count {
                return found;
            }
            if started.elapsed() > PATIENCE {
                panic!(
                    "waited for {count} {kind:?} message(s) from the app; the host log is {:?}",
                    self.host_log().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs `script` (a function body; `arguments` holds `args`) where the driver is.
    pub async fn run_js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }
}

/// One row of the fault matrix (README, "Faults"): appended to
/// `target/fault-matrix.tsv`, which `cargo xtask test` prints at the end.
pub fn record_fault_row(
    scenario: &str,
    action: &str,
    message: &str,
    input_kept: bool,
    requests: u64,
    recovered: bool,
) {
    use std::io::Write;
    let path = workspace().join("target/fault-matrix.tsv");
    let yes = |b: bool| if b { "yes" } else { "NO" };
    let line = format!(
        "{scenario}\t{action}\t{}\t{}\t{requests}\t{}\n",
        message.replace(['\t', '\n'], " "),
        yes(input_kept),
        yes(recovered)
    );
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .unwrap();
    file.write_all(line.as_bytes()).unwrap();
}
