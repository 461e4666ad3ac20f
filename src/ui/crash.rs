//! The screen a panic leaves instead of a blank page.

use crate::i18n::Lang;
use leptos::prelude::document;

/// What a panic leaves on screen instead of a blank page: what happened,
/// that nothing saved is lost, and a way back.
///
/// Built with plain DOM calls, not Leptos: after a panic the app's runtime
/// is stopped, so only what exists without it can be shown. "Reload" is a
/// link to the page itself, so it works with no script running (and under
/// the CSP, which forbids inline handlers and form posts).
pub fn show_crash_screen(parent: &web_sys::Element) {
    let doc = document();
    // In the language the page was in (set on <html> by the app).
    let lang = doc
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let t = lang.texts();
    let make = |tag: &str, class: &str, text: &str| {
        let el = doc.create_element(tag).expect("create_element");
        if !class.is_empty() {
            el.set_class_name(class);
        }
        el.set_text_content(Some(text));
        el
    };
    let screen = make("main", "app crash", "");
    let _ = screen.set_attribute("role", "alert");
    let _ = screen.append_child(&make("h1", "", t.crash_title));
    let _ = screen.append_child(&make("p", "", t.crash_text));
    let reload = make("a", "button primary", t.reload);
    let _ = reload.set_attribute("href", "");
    let _ = screen.append_child(&reload);
    let _ = parent.append_child(&screen);
}
