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
    let digest = Sha256::digest(script.as_bytes());
    let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("loader-{hash}.js");
    let integrity =
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(script.as_bytes()));
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
}
