//! The outside judges of accessibility, all from `node_modules` at the
//! versions `package.json` pins (`npm ci`; `cargo xtask test` runs it):
//!
//! - [`axe`]: axe-core, injected into the page through WebDriver;
//! - [`html_validate`]: html-validate (`.htmlvalidate.json`: its
//!   `html-validate:a11y` and `html-validate:document` presets), run by
//!   node on the page's rendered DOM;
//! - [`Judges`]: both on each state a test visits, failing at the end with
//!   every finding of either;
//! - [`ScreenReader`]: `@guidepup/virtual-screen-reader`, loaded into the
//!   page, walking a part of it and saying what a screen reader would.

use crate::browser::App;
use crate::workspace;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::Duration;

/// A file of an npm package in `node_modules`; panics, saying what to run,
/// when it is missing.
pub fn node_module(path: &str) -> String {
    let path = workspace().join("node_modules").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run `npm ci`; `cargo xtask test` does)",
            path.display()
        )
    })
}

// ---------------------------------------------------------------- axe-core

/// Runs axe-core on the page as it is now and returns its violations (one
/// line each: rule, impact, help, the offending elements).
pub async fn axe(app: &App) -> Vec<String> {
    let loaded = app.run_js("return typeof window.axe;", vec![]).await;
    if loaded != json!("object") {
        // Sent as the script itself (WebDriver's scripts are not subject to
        // the page's CSP; an `eval` inside the page would be).
        app.run_js(
            &format!("{}\nreturn true;", node_module("axe-core/axe.min.js")),
            vec![],
        )
        .await;
    }
    let result = app
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { resultTypes: ["violations"] })
                 .then(r => done(r.violations.map(v =>
                    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(" ") + " " + (n.failureSummary || "").replace(/\s+/g, " ")).join(" | ")}`)))
                 .catch(e => done(["axe failed: " + e]));"#,
            vec![],
        )
        .await
        .expect("axe.run");
    strings(&result)
}

// ---------------------------------------------------------------- html-validate

/// The page's rendered DOM as an HTML document: what a screen reader reads,
/// as opposed to the `index.html` the server sends (which is nearly empty).
pub async fn rendered_html(app: &App) -> String {
    let html = app
        .run_js(
            "return (document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>\\n' : '')
                 + document.documentElement.outerHTML;",
            vec![],
        )
        .await;
    html.as_str().expect("the page's HTML").to_string()
}

/// Runs html-validate (node, `.htmlvalidate.json`) on `files` at once and
/// returns each file's messages (one line each: rule, line:column, message,
/// the element), in the order given.
pub fn html_validate(files: &[PathBuf]) -> Vec<Vec<String>> {
    if files.is_empty() {
        return Vec::new();
    }
    let root = workspace();
    let cli = root.join("node_modules/html-validate/bin/html-validate.mjs");
    assert!(
        cli.exists(),
        "{}: missing (run `npm ci`; `cargo xtask test` does)",
        cli.display()
    );
    // The report goes to a file: node cuts a piped stdout short at 64 KiB
    // when it exits.
    let report = files[0].with_extension("report.json");
    let _ = std::fs::remove_file(&report);
    let out = std::process::Command::new("node")
        .arg(&cli)
        .arg("--config")
        .arg(root.join(".htmlvalidate.json"))
        .arg("--formatter")
        .arg(format!("json={}", report.display()))
        .args(files)
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| panic!("cannot start node for html-validate: {e}"));
    // Exit 0: no message; 1: messages (in the report); anything else: it failed.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "html-validate failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    let _ = std::fs::remove_file(&report);
    let results: Value = if text.trim().is_empty() {
        json!([])
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("html-validate's JSON: {e}: {text}"))
    };
    files
        .iter()
        .map(|file| {
            let file = std::fs::canonicalize(file).expect("a saved file");
            let same = |r: &&Value| {
                r["filePath"]
                    .as_str()
                    .and_then(|p| std::fs::canonicalize(root.join(p)).ok())
                    .is_some_and(|p| p == file)
            };
            let Some(result) = results.as_array().into_iter().flatten().find(same) else {
                return Vec::new();
            };
            result["messages"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|m| {
                    format!(
                        "{} ({}:{}): {} — {}",
                        m["ruleId"].as_str().unwrap_or("?"),
                        m["line"],
                        m["column"],
                        m["message"].as_str().unwrap_or_default(),
                        m["selector"].as_str().unwrap_or_default()
                    )
                })
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------- both, per state

/// One state a test visited: its name, axe's violations, and the file its
/// rendered DOM was saved to for html-validate.
struct State {
    name: String,
    axe: Vec<String>,
    html: PathBuf,
}

/// axe-core and html-validate on every state a test visits, so the two
/// cannot drift apart: [`Judges::check`] on each state, then
/// [`Judges::assert_clean`] fails with every finding of either.
#[derive(Default)]
pub struct Judges(Vec<State>);

impl Judges {
    /// Runs axe on the page as it is now and saves its DOM (in
    /// `target/html-validate/`, named after the state) for html-validate.
    pub async fn check(&mut self, app: &App, state: &str) {
        // Let transitions and live text settle.
        tokio::time::sleep(Duration::from_millis(150)).await;
        let axe = axe(app).await;
        println!("axe: {state}: {} violation(s)", axe.len());
        for v in &axe {
            println!("    {v}");
        }
        let dir = workspace().join("target/html-validate");
        std::fs::create_dir_all(&dir).expect("target/html-validate");
        let slug: String = state
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let html = dir.join(format!("{slug}.html"));
        assert!(
            self.0.iter().all(|s| s.html != html),
            "two states named {state:?}"
        );
        std::fs::write(&html, rendered_html(app).await).expect("save the DOM");
        self.0.push(State {
            name: state.to_string(),
            axe,
            html,
        });
    }

    /// Runs html-validate on every state's DOM, prints each state's counts
    /// (and records them for `cargo xtask test`), and fails with every
    /// finding of either judge.
    pub fn assert_clean(self) {
        let files: Vec<PathBuf> = self.0.iter().map(|s| s.html.clone()).collect();
        let messages = html_validate(&files);
        let mut bad = Vec::new();
        for (state, html) in self.0.iter().zip(&messages) {
            println!(
                "html-validate: {}: {} message(s) ({})",
                state.name,
                html.len(),
                state.html.display()
            );
            for m in html {
                println!("    {m}");
            }
            record(&state.name, state.axe.len(), html.len());
            let findings: Vec<String> = state
                .axe
                .iter()
                .map(|v| format!("axe: {v}"))
                .chain(html.iter().map(|m| format!("html-validate: {m}")))
                .collect();
            if !findings.is_empty() {
                bad.push(format!("{}:\n    {}", state.name, findings.join("\n    ")));
            }
        }
        assert!(
            bad.is_empty(),
            "accessibility findings:\n{}",
            bad.join("\n")
        );
    }
}

/// One line per state in `target/a11y-report.tsv` (state, axe violations,
/// html-validate messages), which `cargo xtask test` prints at the end.
fn record(state: &str, axe: usize, html_validate: usize) {
    use std::io::Write;
    let path = workspace().join("target/a11y-report.tsv");
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(file, "{state}\t{axe}\t{html_validate}");
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

// ---------------------------------------------------------------- the virtual screen reader

/// `@guidepup/virtual-screen-reader`'s browser build, made a classic
/// script: its one `export { a as B, … }` becomes `window.__vsr = { B: a, … }`
/// (WebDriver runs a script as a function body, where `export` cannot be).
fn screen_reader_source() -> String {
    let module = node_module("@guidepup/virtual-screen-reader/lib/esm/index.browser.js");
    let at = module
        .rfind("export{")
        .expect("the virtual screen reader's browser build ends with its exports");
    let end = at + module[at..].find('}').expect("the exports close");
    let fields: Vec<String> = module[at + "export{".len()..end]
        .split(',')
        .map(|item| match item.trim().split_once(" as ") {
            Some((local, exported)) => format!("{exported}: {local}"),
            None => item.trim().to_string(),
        })
        .collect();
    format!(
        "'use strict';\n{}\nwindow.__vsr = {{ {} }};\n{}",
        &module[..at],
        fields.join(", "),
        &module[end + 1..]
    )
}

/// The virtual screen reader in the page: [`ScreenReader::read`] walks an
/// element from its first item to its last, as a person pressing "next"
/// does, and returns every phrase it spoke; [`ScreenReader::listen`] and
/// [`ScreenReader::heard`] catch what live regions announce meanwhile.
pub struct ScreenReader;

impl ScreenReader {
    /// Loads it into the page (once per page load).
    pub async fn load(app: &App) {
        let loaded = app
            .run_js("return typeof window.__vsr === 'object';", vec![])
            .await;
        if loaded != json!(true) {
            app.run_js(&format!("{}\nreturn true;", screen_reader_source()), vec![])
                .await;
        }
    }

    /// Walks the first element matching `css` with "next" until the end
    /// (at most 400 steps) and returns the phrases spoken.
    pub async fn read(app: &App, css: &str) -> Vec<String> {
        Self::load(app).await;
        let phrases = app
            .client
            .execute_async(
                r#"const [css, done] = arguments;
                   (async () => {
                     const el = document.querySelector(css);
                     if (!el) return ["no element " + css];
                     const sr = new window.__vsr.Virtual();
                     await sr.start({ container: el });
                     // At its last item, "next" goes round to the first:
                     // the walk ends there.
                     const first = [sr.activeNode, await sr.lastSpokenPhrase()];
                     for (let i = 0; i < 400; i++) {
                       await sr.next();
                       if (sr.activeNode === first[0] && await sr.lastSpokenPhrase() === first[1]) break;
                     }
                     const log = await sr.spokenPhraseLog();
                     await sr.stop();
                     return log.slice(0, -1);
                   })().then(done, e => done(["screen reader failed: " + e]));"#,
                vec![json!(css)],
            )
            .await
            .expect("the virtual screen reader");
        strings(&phrases)
    }

    /// Starts a second screen reader over the whole page that stays on,
    /// hearing what live regions announce, until [`ScreenReader::heard`].
    pub async fn listen(app: &App) {
        Self::load(app).await;
        app.client
            .execute_async(
                r#"const done = arguments[0];
                   window.__listener = new window.__vsr.Virtual();
                   window.__listener.start({ container: document.body })
                     .then(() => done(true), e => done("screen reader failed: " + e));"#,
                vec![],
            )
            .await
            .expect("the listening screen reader");
    }

    /// What live regions announced since [`ScreenReader::listen`]
    /// ("polite: …", "assertive: …"), in order; stops listening.
    pub async fn heard(app: &App) -> Vec<String> {
        let phrases = app
            .client
            .execute_async(
                r#"const done = arguments[0];
                   (async () => {
                     const log = await window.__listener.spokenPhraseLog();
                     await window.__listener.stop();
                     return log.filter(p => /^(polite|assertive): ./.test(p));
                   })().then(done, e => done(["screen reader failed: " + e]));"#,
                vec![],
            )
            .await
            .expect("what the screen reader heard");
        strings(&phrases)
    }
}
