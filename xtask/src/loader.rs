//! The page's loader: the few lines that start the wasm, in a file of its
//! own (`loader-<hash>.js`, loaded with `<script type="module" src>`), so
//! that the Content Security Policy is `script-src 'self' 'wasm-unsafe-eval'`
//! for every build, with no inline script. Before it starts the app it keeps
//! the host's early messages and sets up the crash screen. Its URLs are
//! relative (a module resolves its imports against its own URL, beside the
//! page), so the build works under any path; its tag carries its
//! `integrity` (sha384).

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;

/// Put before Trunk's lines: keeps the host page's messages that arrive
/// while the wasm downloads (at most 64), for the app's host bridge, which
/// takes the queue when it starts (`src/host/bridge.rs`); the listener
/// then goes away with the next message.
const EARLY_QUEUE: &str = "// Host messages sent while the app loads, kept for its host bridge.
window.__vriInviteEarly = [];
addEventListener(\"message\", function keep(event) {
  const queue = window.__vriInviteEarly;
  if (!queue) removeEventListener(\"message\", keep);
  else if (queue.length < 64) queue.push(event);
});
";

/// Put before the app starts: the crash screen, drawn by the page itself.
/// The release wasm aborts on a panic (`split.rs`: no panic hook runs), so
/// a trap (`WebAssembly.RuntimeError`) that reaches the page replaces the
/// app with what happened and a way back, in the page's language (the app
/// keeps the texts in `window.__vriInviteCrash`, `src/ui/crash.rs`), and
/// tells the embedding host, at the origins the host bridge last allowed.
const CRASH_SCREEN: &str = r#"// The crash screen: a trap in the wasm stops the app; the page says so.
function vriInviteCrashed(event) {
  const error = event.error || event.reason;
  if (!(error instanceof WebAssembly.RuntimeError) || document.querySelector("main.app.crash")) return;
  const c = window.__vriInviteCrash || {};
  const make = (tag, className, text) => {
    const el = document.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  };
  const screen = make("main", "app crash", "");
  screen.setAttribute("role", "alert");
  screen.append(
    make("h1", "", c.title || "Something went wrong"),
    make("p", "", c.text || "The app stopped because of an error on this device. The people you invited are still in the call, and the list is kept for this tab."),
  );
  const reload = make("a", "button primary", c.reload || "Reload");
  reload.setAttribute("href", "");
  screen.append(reload);
  document.body.replaceChildren(screen);
  const message = { type: "error", version: c.version || 1, id: "app-crash",
    payload: { code: "crash", message: String(error).slice(0, 500) } };
  if (window.parent !== window) for (const origin of c.targets || []) window.parent.postMessage(message, origin);
}
addEventListener("error", vriInviteCrashed);
addEventListener("unhandledrejection", vriInviteCrashed);
"#;

/// Whether the page's scripts may call the wasm's exports.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Bindings {
    /// The app: nothing is exposed.
    Private,
    /// The benchmark page: `window.wasmBindings`, which its harness calls.
    Exposed,
}

/// Writes the app's loader for the split build (`split.rs`) beside
/// `dir/index.html` as `loader-<hash>.js`, and into the page's head: the
/// loader's tag (with its `integrity`), and preloads for what the first
/// screen needs at once (the glue, the split loader, the main wasm and
/// `config.json`), so the browser fetches them in parallel with the page's
/// other files instead of one after the other.
pub fn install(dir: &Path, built: &crate::split::Built, bindings: Bindings) -> Result<(), String> {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let (page, name, script) = with_loader(dir, &html, built, bindings)?;
    std::fs::write(dir.join(&name), script).map_err(|e| format!("{name}: {e}"))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))
}

/// The page with the loader's tags, the loader's file name and its text.
fn with_loader(
    dir: &Path,
    html: &str,
    built: &crate::split::Built,
    bindings: Bindings,
) -> Result<(String, String, String), String> {
    let start = match bindings {
        Bindings::Private => format!(
            "import init from './{}';\nawait init({{ module_or_path: './{}' }});\n",
            built.glue, built.wasm
        ),
        Bindings::Exposed => format!(
            "import init, * as bindings from './{}';\nawait init({{ module_or_path: './{}' }});\nwindow.wasmBindings = bindings;\n",
            built.glue, built.wasm
        ),
    };
    let script = format!("{EARLY_QUEUE}{CRASH_SCREEN}{start}");
    let (name, integrity) = name_and_integrity(&script);
    let read =
        |file: &str| std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"));
    let (_, glue_sri) = name_and_integrity(&read(&built.glue)?);
    let (_, link_sri) = name_and_integrity(&read(&built.link)?);
    let tags = format!(
        "<link rel=\"modulepreload\" href=\"./{glue}\" integrity=\"sha384-{glue_sri}\">\
         <link rel=\"modulepreload\" href=\"./{link}\" integrity=\"sha384-{link_sri}\">\
         <link rel=\"preload\" href=\"./{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
         <link rel=\"preload\" href=\"./config.json\" as=\"fetch\" crossorigin>\
         <script type=\"module\" src=\"./{name}\" integrity=\"sha384-{integrity}\"></script>",
        glue = built.glue,
        link = built.link,
        wasm = built.wasm,
    );
    // Trunk leaves the skipped `rust` link (`data-trunk-skip`) in its output.
    let html: String = html
        .lines()
        .filter(|line| !line.contains("data-trunk-skip"))
        .map(|line| format!("{line}\n"))
        .collect();
    let at = html
        .find("</head>")
        .ok_or("index.html has no </head> for the loader's tags")?;
    let page = format!("{}{tags}\n{}", html[..at].trim_end(), &html[at..]);
    if inline_scripts(&page) > 0 {
        return Err("index.html has an inline <script>: the CSP would block it".into());
    }
    Ok((page, name, script))
}

/// `loader-<16 hex digits of sha256>.js` and the sha384 for `integrity`.
fn name_and_integrity(script: &str) -> (String, String) {
    let digest = Sha256::digest(script.as_bytes());
    let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let integrity =
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(script.as_bytes()));
    (format!("loader-{hash}.js"), integrity)
}

/// How many `<script>` elements of `html` have no `src`.
fn inline_scripts(html: &str) -> usize {
    html.match_indices("<script")
        .filter(|(at, _)| {
            let tag = &html[*at..];
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            !tag.contains(" src=")
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_build_gets_a_loader_file_the_preloads_and_the_crash_screen() {
        let dir = std::env::temp_dir().join(format!("vri-loader-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("vri-invite-1.js"), "export default 1;").unwrap();
        std::fs::write(dir.join("vri-invite-split-1.js"), "export const a = 1;").unwrap();
        let built = crate::split::Built {
            glue: "vri-invite-1.js".into(),
            wasm: "vri-invite-2_bg.wasm".into(),
            link: "vri-invite-split-1.js".into(),
            chunks: vec!["split-details-3.wasm".into()],
            named_wasm: dir.join("named.wasm"),
        };
        let html = "<html><head>\n<link data-trunk rel=\"rust\" href=\"Cargo.toml\" data-trunk-skip data-trunk-id=\"0\"/>\n</head><body></body></html>";
        let (page, name, script) = with_loader(&dir, html, &built, Bindings::Private).unwrap();
        let (_, _, bench) = with_loader(&dir, html, &built, Bindings::Exposed).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            bench.ends_with("window.wasmBindings = bindings;\n"),
            "the bench page's harness calls the exports"
        );
        assert!(
            !page.contains("data-trunk"),
            "Trunk's skipped link is gone: {page}"
        );
        assert!(page.contains(
            "<link rel=\"modulepreload\" href=\"./vri-invite-1.js\" integrity=\"sha384-"
        ));
        assert!(page.contains(
            "<link rel=\"modulepreload\" href=\"./vri-invite-split-1.js\" integrity=\"sha384-"
        ));
        assert!(page.contains("<link rel=\"preload\" href=\"./vri-invite-2_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>"));
        assert!(
            page.contains("<link rel=\"preload\" href=\"./config.json\" as=\"fetch\" crossorigin>")
        );
        assert!(page.contains(&format!(
            "<script type=\"module\" src=\"./{name}\" integrity=\"sha384-"
        )));
        assert!(!page.contains("split-details"), "a chunk is not preloaded");
        assert_eq!(inline_scripts(&page), 0);
        assert!(script.starts_with(EARLY_QUEUE));
        assert!(
            script.contains("WebAssembly.RuntimeError"),
            "the crash screen"
        );
        assert!(script.ends_with(
            "import init from './vri-invite-1.js';\nawait init({ module_or_path: './vri-invite-2_bg.wasm' });\n"
        ));
    }
}
