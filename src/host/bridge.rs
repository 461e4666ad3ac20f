//! The host bridge at run time: listens for the embedding page's messages,
//! checks each with [`protocol`](super::protocol), acts on it through the
//! [`Hooks`] the app's root supplies, forwards the app's [`Events`], reports
//! the content height, and says `ready`. Standalone, it does nothing.

use super::messages::{HostMessage, ParticipantStatus, Prefill, PrefillMode};
use super::protocol::{
    ack_payload, envelope, event_message, parse_host_message, post_targets, ready_payload,
    Incoming, Rejection, MAX_MESSAGE_BYTES, PROTOCOL_VERSION,
};
use crate::api::session;
use crate::config::Config;
use crate::domain::invite::Mode;
use crate::state::events::Events;
use crate::state::invite::FormSlot;
use leptos::prelude::*;
use serde_json::{json, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Fills the mounted invite form from a host's `prefill`; fields the host
/// leaves out keep what the user typed.
pub fn apply_prefill(slot: FormSlot, prefill: Prefill) {
    let Some(fields) = slot.0.get_value() else {
        return;
    };
    match prefill.mode {
        Some(PrefillMode::Email) => fields.mode.set(Mode::Email),
        Some(PrefillMode::Phone) => fields.mode.set(Mode::Phone),
        None => {}
    }
    let fill = |field: RwSignal<String>, value: Option<String>| {
        if let Some(value) = value {
            field.set(value);
        }
    };
    fill(fields.name, prefill.name);
    fill(fields.email, prefill.email);
    fill(fields.phone, prefill.phone);
    fill(fields.picked_country, prefill.country);
    fill(fields.dtmf, prefill.dtmf);
    fill(fields.region, prefill.region.map(|r| r.to_string()));
}

/// What host messages act on, supplied by the app's root.
pub struct Hooks {
    pub prefill: Box<dyn Fn(Prefill)>,
    pub reset: Box<dyn Fn()>,
    pub set_language: Box<dyn Fn(String)>,
    pub set_kiosk: Box<dyn Fn(bool)>,
    /// A participant's status from the portal; `Err` names what is wrong
    /// (no such participant), for the `error` reply.
    pub participant_status: Box<dyn Fn(ParticipantStatus) -> Result<(), String>>,
    /// Facts for the `ready` message.
    pub ready_payload: Value,
}

struct Bridge {
    allowed: Vec<String>,
    verified: RefCell<Option<String>>,
    next_id: Cell<u64>,
}

impl Bridge {
    fn post(&self, kind: &str, payload: Value) {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        self.send(envelope(kind, &format!("app-{id}"), payload));
    }

    fn send(&self, message: Value) {
        let Some(parent) = parent() else { return };
        let Ok(data) = js_sys::JSON::parse(&message.to_string()) else {
            return;
        };
        let verified = self.verified.borrow().clone();
        let hint = parent_origin_hint();
        let targets = post_targets(verified.as_deref(), hint.as_deref(), &self.allowed);
        // A crash is reported by the page itself (the wasm has stopped):
        // to the origins this message went to.
        crate::platform::crash::set_host_targets(PROTOCOL_VERSION, &targets);
        for origin in targets {
            let _ = parent.post_message(&data, &origin);
        }
    }
}

/// The embedding window, if the app is in a frame.
fn parent() -> Option<web_sys::Window> {
    let parent = window().parent().ok().flatten()?;
    let own: &wasm_bindgen::JsValue = &window();
    (wasm_bindgen::JsValue::from(parent.clone()) != *own).then_some(parent)
}

/// The parent's origin as the browser reports it (Chromium, Safari); `None`
/// where `location.ancestorOrigins` does not exist (Firefox), and where it
/// reads `"null"` (a frame with `referrerpolicy="no-referrer"`): no hint.
fn parent_origin_hint() -> Option<String> {
    let list = js_sys::Reflect::get(&window().location(), &"ancestorOrigins".into()).ok()?;
    if list.is_undefined() {
        return None;
    }
    let item: js_sys::Function =
        wasm_bindgen::JsCast::dyn_into(js_sys::Reflect::get(&list, &"item".into()).ok()?).ok()?;
    item.call1(&list, &0.into())
        .ok()?
        .as_string()
        .filter(|origin| origin != "null")
}

/// The loader's global queue of host messages that came before the bridge.
const EARLY_QUEUE: &str = "__vriInviteEarly";

/// Takes the messages the loader kept while the app was loading, and stops
/// its listener. Empty when there is no loader (tests) or nothing came.
fn take_early_messages() -> Vec<wasm_bindgen::JsValue> {
    let global = js_sys::global();
    let Ok(queue) = js_sys::Reflect::get(&global, &EARLY_QUEUE.into()) else {
        return Vec::new();
    };
    if !js_sys::Array::is_array(&queue) {
        return Vec::new();
    }
    let _ = js_sys::Reflect::delete_property(&global, &EARLY_QUEUE.into());
    let queue: js_sys::Array = wasm_bindgen::JsCast::unchecked_into(queue);
    // The listener stops keeping once the queue is gone (see the loader).
    queue.iter().collect()
}

/// Starts the bridge when the app is in a frame: its code is the `host`
/// chunk (`xtask/src/split.rs`), fetched only then. A fetch that fails is
/// tried again after 1, 3 and 10 s (the loader keeps the host's messages
/// meanwhile); then it gives up with a warning. Standalone, it only stops
/// the loader keeping messages.
pub fn start(config: Config, events: Events, hooks: Hooks) {
    if parent().is_none() {
        take_early_messages();
        return;
    }
    leptos::task::spawn_local(async move {
        for wait_ms in [0, 1_000, 3_000, 10_000] {
            crate::platform::page::sleep(wait_ms).await;
            if preload_host().await.is_ok() {
                let _ = install_split(config, events, hooks).await;
                return;
            }
        }
        leptos::logging::warn!(
            "vri-invite: the host bridge could not be fetched: the portal will not hear from the app."
        );
    });
}

/// [`install`], in the `host` chunk.
#[leptos::wasm_split::wasm_split(
    host,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(preload_host)
)]
fn install_split(
    config: Config,
    events: Events,
    hooks: Hooks,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    install(&config, events, hooks);
    Ok(())
}

/// Starts the bridge when the app is framed and the deployment allows hosts:
/// listens for host messages, forwards [`Events`], reports the content
/// height, and says `ready`. Standalone, it does nothing.
pub fn install(config: &Config, events: Events, hooks: Hooks) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    // Always taken, so the loader's listener stops keeping messages.
    let early = take_early_messages();
    let Some(parent) = parent() else { return };
    if config.allowed_host_origins.is_empty() {
        leptos::logging::warn!(
            "vri-invite: embedded, but config.json lists no allowed_host_origins: the host bridge is off."
        );
        return;
    }
    if let Some(hint) = parent_origin_hint() {
        if !config.allowed_host_origins.contains(&hint) {
            leptos::logging::warn!(
                "vri-invite: embedded by {hint}, which is not in config.json's allowed_host_origins: the app will not talk to it."
            );
        }
    }
    let ready = ready_payload(hooks.ready_payload.clone());
    let bridge = Rc::new(Bridge {
        allowed: config.allowed_host_origins.clone(),
        verified: RefCell::new(None),
        next_id: Cell::new(1),
    });
    // Incoming messages. The cheap checks (source, origin, shape, size) run
    // on the JS side, before any of the data is copied into wasm memory.
    let on_message = {
        let bridge = bridge.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let is_parent = event
                .source()
                .is_some_and(|source| JsValue::from(source) == JsValue::from(parent.clone()));
            let origin = event.origin();
            let trusted = is_parent && bridge.allowed.contains(&origin);
            let raw = event.data();
            let data = match trusted && raw.is_object() {
                false => Value::Null,
                true => js_sys::JSON::stringify(&raw)
                    .ok()
                    .filter(|s| s.length() as usize <= MAX_MESSAGE_BYTES)
                    .and_then(|s| s.as_string())
                    .filter(|s| s.len() <= MAX_MESSAGE_BYTES)
                    .and_then(|s| serde_json::from_str(&s).ok())
                    .unwrap_or(Value::Null),
            };
            match parse_host_message(&origin, is_parent, &bridge.allowed, &data) {
                Ok(Incoming { id, message }) => {
                    bridge.verified.replace(Some(origin));
                    match act(&hooks, message) {
                        Ok(()) => bridge.post("ack", ack_payload(&id)),
                        Err(reason) => bridge.post(
                            "error",
                            json!({ "code": "unknown-participant", "message": reason, "in_reply_to": id }),
                        ),
                    }
                }
                Err(rejection) => {
                    leptos::logging::warn!("{}", rejection.describe());
                    if let Rejection::Invalid { id, reason } = rejection {
                        bridge.verified.replace(Some(origin));
                        bridge.post(
                            "error",
                            json!({ "code": "invalid-message", "message": reason, "in_reply_to": id }),
                        );
                    }
                }
            }
        })
    };
    window()
        .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref())
        .expect("message listener");
    // What the host sent while the app was loading (kept by the loader),
    // in the order it came, once the app is mounted (a `prefill` needs the
    // form): nothing is lost to a host that talks first.
    if !early.is_empty() {
        let handler: js_sys::Function = on_message
            .as_ref()
            .unchecked_ref::<js_sys::Function>()
            .clone();
        set_timeout(
            move || {
                for event in early {
                    let _ = handler.call1(&JsValue::UNDEFINED, &event);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    // The listener lives as long as the page.
    on_message.forget();

    // What happened in the app goes to the host.
    {
        let bridge = bridge.clone();
        events.subscribe(move |event| {
            let id = bridge.next_id.get();
            bridge.next_id.set(id + 1);
            bridge.send(event_message(event, &format!("app-{id}")));
        });
    }
    {
        let bridge = bridge.clone();
        session::on_expired(move || bridge.post("token-expired", json!({ "status": 401 })));
    }
    report_height(bridge.clone());
    bridge.post("ready", ready);
}

/// Carries out a checked host message; `Err` when the app cannot (a status
/// for a participant it does not list).
fn act(hooks: &Hooks, message: HostMessage) -> Result<(), String> {
    match message {
        HostMessage::ParticipantStatus(status) => return (hooks.participant_status)(status),
        HostMessage::Auth { token } => session::set_token(token),
        HostMessage::Prefill(prefill) => (hooks.prefill)(prefill),
        HostMessage::Reset => (hooks.reset)(),
        HostMessage::SetLanguage { language } => (hooks.set_language)(language),
        HostMessage::SetKiosk { enabled } => (hooks.set_kiosk)(enabled),
        HostMessage::SetTheme { properties } => {
            if let Some(root) = document().document_element() {
                let style =
                    wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(root).style();
                for (name, value) in properties {
                    let _ = style.set_property(&name, &value);
                }
            }
        }
    }
    Ok(())
}

/// Posts `resize` with the content height whenever it changes, so the host
/// can size the frame and no scrollbar appears inside it.
fn report_height(bridge: Rc<Bridge>) {
    use wasm_bindgen::prelude::*;
    let Some(body) = document().body() else {
        return;
    };
    let last = Rc::new(Cell::new(-1.0_f64));
    let measure = {
        let body = body.clone();
        move || {
            let height = body.get_bounding_client_rect().height().ceil();
            if height != last.get() {
                last.set(height);
                bridge.post("resize", json!({ "height": height as u64 }));
            }
        }
    };
    let callback = Closure::<dyn Fn()>::new(measure);
    if let Ok(observer) =
        web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(callback.as_ref()))
    {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}
