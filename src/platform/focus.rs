//! Keyboard focus, moved by id (after a send, a removal, a rejected form).

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Moves focus to the element with this id, if it is there.
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Whether focus is inside the element with this id.
pub fn focus_within(id: &str) -> bool {
    match (
        document().get_element_by_id(id),
        document().active_element(),
    ) {
        (Some(el), Some(active)) => el.contains(Some(&active)),
        _ => false,
    }
}

/// The element that has focus now, to give it back later.
pub fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

/// Gives focus back to `el`, if it is still in the page.
pub fn restore(el: &web_sys::Element) {
    if el.is_connected() {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
