//! Trunk writes its loader (the few lines that import wasm-bindgen's JS and
//! start the wasm) inline into `index.html`, so a Content Security Policy
//! would have to name its hash, which changes with every build. After the
//! build, [`externalize`] moves it into `loader-<hash>.js` beside the page
//! and loads it with `<script type="module" src>`: the policy is
//! `script-src 'self' 'wasm-unsafe-eval'`, the same for every build.
//!
//! Trunk's lines are kept as they are; with `public_url = "./"` (Trunk.toml)
//! their URLs are relative, and a module resolves its imports against its
//! own URL, which is beside the page: the build works under any path. The
//! tag carries the file's `integrity` (sha384), as Trunk's own tags do.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;

const OPEN: &str = "<script type=\"module\">";

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
const CLOSE: &str = "</script>";

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

/// The page without its inline loader, the loader's file name and its text.
/// Fails if the page has no inline module script, or more than one inline
/// script (anything else inline would be blocked by the policy anyway).
pub fn externalize(html: &str) -> Result<(String, String, String), String> {
    let start = html
        .find(OPEN)
        .ok_or("index.html has no inline <script type=\"module\"> (Trunk's loader)")?;
    let body_start = start + OPEN.len();
    let body_len = html[body_start..]
        .find(CLOSE)
        .ok_or("index.html: the loader's <script> is not closed")?;
    let script = format!(
        "{EARLY_QUEUE}{}\n",
        html[body_start..body_start + body_len].trim()
    );
    let (name, integrity) = name_and_integrity(&script);
    let page = format!(
        "{}<script type=\"module\" src=\"./{name}\" integrity=\"sha384-{integrity}\"></script>{}",
        &html[..start],
        &html[body_start + body_len + CLOSE.len()..]
    );
    if inline_scripts(&page) > 0 {
        return Err("index.html has an inline <script> besides Trunk's loader".into());
    }
    Ok((page, name, script))
}

/// Writes the app's loader for the split build (`split.rs`) beside
/// `dir/index.html` as `loader-<hash>.js`, and into the page's head: the
/// loader's tag (with its `integrity`), and preloads for what the first
/// screen needs at once (the glue, the split loader, the main wasm and
/// `config.json`), so the browser fetches them in parallel with the page's
/// other files instead of one after the other.
pub fn install(dir: &Path, built: &crate::split::Built) -> Result<(), String> {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let (page, name, script) = with_loader(dir, &html, built)?;
    std::fs::write(dir.join(&name), script).map_err(|e| format!("{name}: {e}"))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))
}

/// The page with the loader's tags, the loader's file name and its text.
fn with_loader(
    dir: &Path,
    html: &str,
    built: &crate::split::Built,
) -> Result<(String, String, String), String> {
    let script = format!(
        "{EARLY_QUEUE}{CRASH_SCREEN}import init from './{}';\nawait init({{ module_or_path: './{}' }});\n",
        built.glue, built.wasm
    );
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

/// Rewrites `dir/index.html` and writes the loader beside it (a page
/// already without an inline loader is left as it is).
pub fn externalize_dir(dir: &Path) -> Result<(), String> {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if !html.contains(OPEN) && inline_scripts(&html) == 0 {
        return Ok(());
    }
    let (page, name, script) = externalize(&html)?;
    std::fs::write(dir.join(&name), script).map_err(|e| format!("{name}: {e}"))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head>\n<script type=\"module\">\nimport init from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\n</script>\n<link rel=\"stylesheet\" href=\"./main.css\"/></head>";

    #[test]
    fn the_loader_moves_to_a_hashed_file() {
        let (page, name, script) = externalize(TRUNK).unwrap();
        assert!(
            name.starts_with("loader-") && name.ends_with(".js"),
            "{name}"
        );
        let hash = &name["loader-".len()..name.len() - 3];
        assert!(
            hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
            "{name}: 16 hex digits, as Trunk hashes its files"
        );
        assert_eq!(
            script,
            format!("{EARLY_QUEUE}import init from './app-1.js';\nconst wasm = await init({{ module_or_path: './app-1_bg.wasm' }});\n")
        );
        assert!(script.starts_with("// Host messages sent while the app loads"));
        // The integrity as `openssl dgst -sha384 -binary | base64` gives it.
        assert_eq!(
            page,
            format!("<head>\n<script type=\"module\" src=\"./{name}\" integrity=\"sha384-flsFD9AoN5SoWJbVwh9geRMVPGR2Dt6+pf+z+v5kIsua/864YrcLCAgPRwQxt9b0\"></script>\n<link rel=\"stylesheet\" href=\"./main.css\"/></head>")
        );
        assert_eq!(inline_scripts(&page), 0);
    }

    #[test]
    fn another_loader_gets_another_name() {
        let (_, a, _) = externalize(TRUNK).unwrap();
        let (_, b, _) = externalize(&TRUNK.replace("app-1", "app-2")).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn a_page_with_another_inline_script_is_refused() {
        let page = format!("{TRUNK}<script>alert(1)</script>");
        assert!(externalize(&page).unwrap_err().contains("besides"));
        assert!(externalize("<head></head>").is_err());
        assert_eq!(
            inline_scripts("<script src=\"a.js\"></script><script>x</script>"),
            1
        );
    }

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
        let (page, name, script) = with_loader(&dir, html, &built).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
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
