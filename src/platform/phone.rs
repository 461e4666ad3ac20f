//! The phone data in the browser: the ES module `cargo xtask build` bundles
//! from `phone/entry.js` and libphonenumber-js (`phone-<hash>.js` beside
//! `index.html`, ~49 KB brotli), imported the first time phone mode is
//! chosen (`state::phone`) and never in the initial load. Once it is here,
//! [`Engine`] answers synchronously: it is the [`PhoneData`] the rules in
//! `domain::phone` read numbers with.

use crate::domain::phone::{Country, PhoneData, Problem, Reading};
use js_sys::{Function, Promise, Reflect};
use serde::Deserialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

// `FILE`: the served name, from `build.rs` (`catalogue::phone_file_name`).
include!(concat!(env!("OUT_DIR"), "/phone.rs"));

// A dynamic `import()` cannot be written in Rust; this one line becomes a
// file of wasm-bindgen's (`snippets/`), served from the app's origin as the
// CSP (`script-src 'self'`) wants.
#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn import_module(url: &str) -> Result<Promise, JsValue>;
}

thread_local! {
    /// The imported module, once it is here.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Where to import it from instead of beside the page (tests).
    static SOURCE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Imports the phone data from `url` instead (the component tests give a
/// Blob URL of the bundle: their server has no `dist/`).
#[doc(hidden)]
pub fn set_source(url: String) {
    SOURCE.with(|s| *s.borrow_mut() = Some(url));
}

/// The module's address: absolute, because `import()` resolves a relative
/// one against the snippet's folder, not the page.
fn address() -> String {
    if let Some(url) = SOURCE.with(|s| s.borrow().clone()) {
        return url;
    }
    let base = leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    web_sys::Url::new_with_base(FILE, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| FILE.to_string())
}

/// Imports the phone data (at once if it is already here). The error says
/// what happened, for the console; the user sees `phone_unavailable`.
pub async fn load() -> Result<(), String> {
    if is_loaded() {
        return Ok(());
    }
    let promise = import_module(&address()).map_err(|_| "import() is not supported")?;
    let module = JsFuture::from(promise)
        .await
        .map_err(|_| format!("the phone data ({FILE}) could not be fetched"))?;
    MODULE.with(|m| *m.borrow_mut() = Some(module));
    Ok(())
}

/// Whether the phone data is here.
pub fn is_loaded() -> bool {
    MODULE.with(|m| m.borrow().is_some())
}

/// Calls the module's function `name` with text arguments; its text answer.
fn call(name: &str, args: &[&str]) -> Option<String> {
    let module = MODULE.with(|m| m.borrow().clone())?;
    let f: Function = Reflect::get(&module, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    let list: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    f.apply(&JsValue::NULL, &list).ok()?.as_string()
}

/// The phone data, once it is here ([`engine`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Engine(());

/// The phone data, if it has been imported.
pub fn engine() -> Option<Engine> {
    is_loaded().then_some(Engine(()))
}

/// What the field shows as you type, and the country it points to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Typed {
    pub text: String,
    /// ISO code, once the digits tell (`+39` → `IT`).
    pub country: Option<String>,
}

impl PhoneData for Engine {
    fn read(&self, text: &str, country: &str) -> Reading {
        call("read", &[text, country])
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or(Reading {
                problem: Some(Problem::NotValid),
                ..Reading::default()
            })
    }
}

impl Engine {
    /// Every country, named in `locale` and sorted by that name.
    pub fn countries(&self, locale: &str) -> Vec<Country> {
        call("countries", &[locale])
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default()
    }

    /// `text` (ASCII digits) laid out the way `country` writes numbers.
    pub fn typing(&self, text: &str, country: &str) -> Typed {
        call("typing", &[text, country])
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_else(|| Typed {
                text: text.to_string(),
                country: None,
            })
    }

    /// A search key: no accents or case (`Perú` → `peru`).
    pub fn search_key(&self, text: &str) -> String {
        call("searchKey", &[text]).unwrap_or_else(|| text.to_lowercase())
    }
}
