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

/// How long to wait for something to appear before failing.
pub const PATIENCE: Duration = Duration::from_secs(10);

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
}

impl Sandbox {
    pub fn start() -> Sandbox {
        let bin = path_from_env("SANDBOX_BIN", workspace().join("target/debug/sandbox"));
        let dist = path_from_env("APP_DIST", workspace().join("dist"));
        assert!(
            dist.join("index.html").exists(),
            "the app is not built at {}: run `cargo xtask test`",
            dist.display()
        );
        let mut child = Command::new(&bin)
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
        // Keep reading its one-line-per-request log, to show it if a test fails.
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Sandbox { child, base, log }
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

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The app open in a fresh headless Chromium, against a fresh sandbox.
pub struct App {
    pub client: Client,
    pub sandbox: Sandbox,
    /// chromedriver's own URL, for WebDriver extensions fantoccini lacks.
    pub driver_url: String,
    _driver: Driver,
}

impl App {
    /// Starts a sandbox and a browser, opens the app and waits until it is up.
    pub async fn start() -> App {
        let sandbox = Sandbox::start();
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
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
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
        let app = App {
            client,
            sandbox,
            driver_url: url.clone(),
            _driver: driver,
        };
        app.open().await;
        app
    }

    /// Loads (or reloads) the app's page and waits for it to be mounted.
    pub async fn open(&self) {
        self.client
            .goto(&self.sandbox.base)
            .await
            .expect("open the app");
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

    /// The names in the roster, top to bottom.
    pub async fn roster(&self) -> Vec<String> {
        let mut names = Vec::new();
        for el in self
            .client
            .find_all(Locator::Css(".participant .name"))
            .await
            .unwrap()
        {
            match el.text().await {
                Ok(name) => names.push(name),
                // The row went away while we read it (a removal landing):
                // report a roster that is changing, so waiters look again.
                Err(_) => return vec!["<changing>".into()],
            }
        }
        names
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
