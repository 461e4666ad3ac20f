//! The browser: chromedriver and the headless Chromium it starts (a fresh
//! profile each time, the whole process group killed on drop, so a failed
//! assertion leaves nothing running), the WebDriver session, and the
//! element finders every test uses: fields by their label, buttons by
//! their text, text by CSS.

use crate::sandbox::{Options, Proxy, Sandbox};
use crate::waiting::{eventually, PATIENCE};
use crate::{free_port, path_from_env};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// chromedriver and the Chromium it starts, killed as one process group.
/// Both get `scratch` as their TMPDIR and the profile lives in it, so the
/// temporary folders a killed Chromium cannot clean up itself (about
/// 150 MB each) go with it on drop instead of filling the disk.
struct Driver {
    child: Child,
    scratch: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SAFETY: kill(2) on our own child's process group; no memory involved.
        unsafe {
            libc::kill(-(self.child.id() as i32), libc::SIGKILL);
        }
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
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
        let scratch =
            std::env::temp_dir().join(format!("vri-e2e-chromium-{}-{port}", std::process::id()));
        let profile = scratch.join("profile");
        std::fs::create_dir_all(&profile).expect("the browser's scratch folder");
        use std::os::unix::process::CommandExt;
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .env("TMPDIR", &scratch)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromedriver.display()));
        let driver = Driver { child, scratch };

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
        // The browser's console (errors, failed loads, CSP refusals), for
        // [`App::console_errors`].
        caps.insert("goog:loggingPrefs".into(), json!({"browser": "ALL"}));
        let driver_url = format!("http://127.0.0.1:{port}");
        let client = session(&driver_url, caps).await;
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

    /// Waits until an element matches `locator`, and returns it.
    pub async fn wait_for(&self, locator: Locator<'_>) -> Element {
        eventually(format!("an element {locator:?}"), PATIENCE, async || {
            self.client.find(locator).await
        })
        .await
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

    /// Picks a language as a person does: opens the picker (its toggle is
    /// `#language-select`) and presses the language's own name.
    pub async fn pick_language(&self, own_name: &str) {
        self.wait_for(Locator::Id("language-select"))
            .await
            .click()
            .await
            .unwrap();
        self.wait_for(Locator::Css("#language-panel:not([hidden])"))
            .await;
        self.wait_for(Locator::XPath(&format!(
            "//ul[@class='language-list']//button[normalize-space(.)={}]",
            xpath_text(own_name)
        )))
        .await
        .click()
        .await
        .unwrap();
    }

    /// The text of the first element matching `css`, or "" if there is none.
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => el.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Whether anything on the page matches `css` now.
    pub async fn exists(&self, css: &str) -> bool {
        self.run_js(
            "return !!document.querySelector(arguments[0]);",
            vec![Value::from(css)],
        )
        .await
            == Value::Bool(true)
    }

    /// The names in the roster, top to bottom. Read in one script, so a row
    /// that disappears meanwhile cannot make the read fail (stale element).
    /// The rows come in a wasm chunk of their own (`src/ui/chunk.rs`): with
    /// people in the roster, it waits until their list is there (or the
    /// page says it could not be fetched), as a person would.
    pub async fn roster(&self) -> Vec<String> {
        let names = crate::eventually("the roster's rows", crate::PATIENCE, async || {
            self.client
                .execute(
                    "const settled = document.querySelector('.roster .empty')
                       || document.querySelector('ul.participants')
                       || document.querySelector('.roster .part-failed');
                     return settled
                       ? [...document.querySelectorAll('.participant .name')].map(e => e.textContent.trim())
                       : null;",
                    vec![],
                )
                .await
                .ok()
                .filter(|v| !v.is_null())
        })
        .await;
        serde_json::from_value(names).expect("a list of names")
    }

    /// The console's errors since the last call, as Chromium logged them:
    /// failed loads (a 404), CSP refusals and `console.error`, page loads
    /// included (a script added after the load would miss those).
    pub async fn console_errors(&self) -> Vec<String> {
        let session = self
            .client
            .session_id()
            .await
            .expect("the session id")
            .expect("a session");
        let mut response = ureq::post(&format!("{}/session/{session}/se/log", self.driver_url))
            .send_json(json!({"type": "browser"}))
            .expect("chromedriver's browser log");
        let log: Value = response.body_mut().read_json().expect("the log is JSON");
        log["value"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Runs `script` (a function body; `arguments` holds `args`) where the driver is.
    pub async fn run_js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs `script` in every page this browser loads from now on, before
    /// the page's own scripts (DevTools' `addScriptToEvaluateOnNewDocument`):
    /// to take browser APIs away as an older browser lacks them, or to keep
    /// what the page writes to the console.
    pub async fn before_every_load(&self, script: &str) {
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({"source": script}),
        )
        .await;
    }

    /// Runs one DevTools command in the page (chromedriver's
    /// `goog/cdp/execute`): the network's own failures, for instance
    /// (`Network.setBlockedURLs` makes a fetch fail as a dropped
    /// connection does).
    pub async fn devtools(&self, cmd: &str, params: Value) {
        let session = self.client.session_id().await.unwrap().expect("a session");
        ureq::post(&format!(
            "{}/session/{session}/goog/cdp/execute",
            self.driver_url
        ))
        .send_json(json!({ "cmd": cmd, "params": params }))
        .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"));
    }

    /// Injects an inline script into the page, as a cross-site script would,
    /// and waits (10 s at most) until the sandbox has a CSP report. Returns
    /// whether the script ran and the directives the page saw violated.
    pub async fn inject_inline_script(&self) -> (bool, Vec<String>) {
        self.run_js(
            "window.__violations = [];
             document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
             const s = document.createElement('script');
             s.textContent = 'window.__ran = true';
             document.head.append(s);",
            vec![],
        )
        .await;
        eventually(
            "a CSP report to reach the sandbox",
            std::time::Duration::from_secs(10),
            async || {
                self.sandbox.state()["csp_reports"]
                    .as_array()
                    .is_some_and(|r| !r.is_empty())
            },
        )
        .await;
        let ran = self.run_js("return window.__ran === true;", vec![]).await;
        let seen = self.run_js("return window.__violations;", vec![]).await;
        (
            ran == json!(true),
            serde_json::from_value(seen).unwrap_or_default(),
        )
    }

    /// Keeps every console call of each page loaded from now on in
    /// `window.__console` (`level: text`), read by [`App::console`].
    pub async fn record_console(&self) {
        self.before_every_load(
            "window.__console = [];
             for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
               const original = console[level].bind(console);
               console[level] = (...args) => {
                 window.__console.push(level + ': ' + args.map(String).join(' '));
                 original(...args);
               };
             }",
        )
        .await;
    }

    /// What the page wrote to the console since it loaded (see
    /// [`App::record_console`]).
    pub async fn console(&self) -> Vec<String> {
        let lines = self.run_js("return window.__console || [];", vec![]).await;
        serde_json::from_value(lines).unwrap_or_default()
    }
}

/// An XPath string literal for any text (XPath 1.0 has no escapes).
pub(crate) fn xpath_text(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else {
        format!("\"{text}\"")
    }
}

/// A WebDriver session from the chromedriver at `driver_url` (which may
/// still be starting), with these capabilities.
pub async fn session(driver_url: &str, caps: serde_json::Map<String, Value>) -> Client {
    eventually(
        format!("a WebDriver session from chromedriver at {driver_url}"),
        PATIENCE,
        async || {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(driver_url)
                .await
        },
    )
    .await
}
