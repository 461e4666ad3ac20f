//! axe-core (npm, from `node_modules/axe-core`, injected through WebDriver)
//! on the page as it is now, and the check that no text overflows its box.

use crate::browser::App;
use serde_json::json;

fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run `npm ci`; `cargo xtask test` does)",
            path.display()
        )
    })
}

/// Runs axe-core on the page as it is now and returns its violations (one
/// line each: rule, impact, help, the offending elements).
pub async fn axe(app: &App) -> Vec<String> {
    let loaded = app.run_js("return typeof window.axe;", vec![]).await;
    if loaded != json!("object") {
        // Sent as the script itself (WebDriver's scripts are not subject to
        // the page's CSP; an `eval` inside the page would be).
        app.run_js(&format!("{}\nreturn true;", axe_source()), vec![])
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
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

/// Every element of the app wider than its box (its content, `scrollWidth`,
/// beyond its `clientWidth`: text that spills out of a button or a label),
/// every box with hidden overflow whose content is taller than it, and the
/// page scrolling sideways. Form fields (which scroll their own text) and
/// deliberate ellipses (server names in a row) are not overflow.
pub async fn overflowing(app: &App) -> Vec<String> {
    let found = app
        .run_js(
            r#"const out = [];
               const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                 (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
                 ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
               for (const e of document.querySelectorAll('main.app *, dialog *')) {
                 if (!e.getClientRects().length || e.closest('.visually-hidden')) continue;
                 const s = getComputedStyle(e);
                 if (s.display === 'inline' || s.display === 'contents' || s.visibility === 'hidden') continue;
                 if (['INPUT', 'SELECT', 'TEXTAREA', 'OPTION'].includes(e.tagName)) continue;
                 if (s.textOverflow === 'ellipsis') continue;
                 if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
                   out.push(`${name(e)}: ${e.scrollWidth}px wide in ${e.clientWidth}px`);
                 const clips = ['hidden', 'clip'].includes(s.overflowY);
                 if (clips && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 1)
                   out.push(`${name(e)}: ${e.scrollHeight}px tall in ${e.clientHeight}px`);
               }
               const root = document.documentElement;
               if (root.scrollWidth > root.clientWidth + 1)
                 out.push(`the page scrolls sideways: ${root.scrollWidth}px in ${root.clientWidth}px`);
               return out;"#,
            vec![],
        )
        .await;
    serde_json::from_value(found).expect("a list")
}
