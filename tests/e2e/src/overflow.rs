//! The check that no text overflows its box (issue 18: the kiosk length
//! check in every language).

use crate::browser::App;

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
