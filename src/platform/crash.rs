//! What the page's crash screen needs from the app. The release wasm aborts
//! on a panic (no panic hook runs), so the crash screen is drawn by the
//! loader's `error` listener in plain JS (`xtask/src/loader.rs`), with no
//! wasm: the app keeps its texts, in the language shown, and the origins a
//! crash may be reported to in the frame's host, in `window.__vriInviteCrash`.

use crate::i18n::Lang;
use wasm_bindgen::JsValue;

/// The global the loader's listener reads.
const GLOBAL: &str = "__vriInviteCrash";

/// The object behind [`GLOBAL`], made on first use.
fn slot() -> Option<js_sys::Object> {
    let global: JsValue = js_sys::global().into();
    let key = JsValue::from_str(GLOBAL);
    let current = js_sys::Reflect::get(&global, &key).ok()?;
    if current.is_object() {
        return Some(current.into());
    }
    let made = js_sys::Object::new();
    js_sys::Reflect::set(&global, &key, &made).ok()?;
    Some(made)
}

fn set(field: &str, value: &JsValue) {
    if let Some(slot) = slot() {
        let _ = js_sys::Reflect::set(&slot, &JsValue::from_str(field), value);
    }
}

/// The crash screen's heading, text and button in `lang`.
pub fn set_texts(lang: Lang) {
    let t = lang.texts();
    set("title", &JsValue::from_str(t.crash_title));
    set("text", &JsValue::from_str(t.crash_text));
    set("reload", &JsValue::from_str(t.reload));
}

/// Where the host bridge would post now (its protocol `version` too): the
/// crash is reported to the same origins, never to `*`.
pub fn set_host_targets(version: u64, origins: &[String]) {
    let list: js_sys::Array = origins.iter().map(|o| JsValue::from_str(o)).collect();
    set("targets", &list);
    set("version", &JsValue::from_f64(version as f64));
}
