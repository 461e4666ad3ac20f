//! The app's root: load the runtime configuration, then mount the invite form
//! and the roster around one shared state.
//!
//! Data flows one way: API answer → typed model ([`crate::model`]) → state
//! ([`Roster`]) → view ([`InviteForm`], [`RosterPanel`]).

use crate::config::{Config, CONFIG_PATH};
use crate::events::Events;
use crate::invite::InviteForm;
use crate::panels::{DetailsPanels, Selection};
use crate::roster::{self, Roster, RosterPanel};
use leptos::prelude::*;
// Host embedding and kiosk mode.
use crate::auth::SessionNotice;
use crate::host::{self, Hooks, Language};
use crate::invite::FormSlot;
use crate::kiosk::{self, IdleGuard};

/// Starts the app: reads `config.json`, then mounts the app, or a screen
/// that names the configuration problem (never a blank page).
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        crate::host::report_crash(&info.to_string());
        if let Some(body) = document().body() {
            body.set_text_content(None);
            show_crash_screen(&body);
        }
    }));
    wasm_bindgen_futures::spawn_local(async {
        let loaded = load_config().await;
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        match loaded {
            Ok(config) => mount_to_body(move || view! { <App config=config /> }),
            Err(problem) => mount_to_body(move || view! { <ConfigError problem=problem /> }),
        }
    });
}

/// Fetches and checks `config.json` from beside `index.html`.
async fn load_config() -> Result<Config, String> {
    use gloo_net::http::Request;
    let response = Request::get(CONFIG_PATH)
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| format!("{CONFIG_PATH} could not be loaded: the server did not answer."))?;
    if !response.ok() {
        return Err(format!(
            "{CONFIG_PATH} could not be loaded: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let text = response
        .text()
        .await
        .map_err(|_| format!("{CONFIG_PATH} could not be read."))?;
    Config::parse(&text)
}

/// The whole app for a loaded configuration.
#[component]
pub fn App(
    /// The deployment's settings from `config.json`.
    config: Config,
) -> impl IntoView {
    let (saved, notice) = roster::load_saved();
    let roster = Roster::new(saved);
    roster.persist();
    let events = Events::new();
    // Standalone, events go to the console, where a support person can see
    // them; the host bridge adds its own listener when embedded.
    events.subscribe(|event| {
        if let Ok(json) = serde_json::to_string(event) {
            leptos::logging::log!("vri-invite event: {json}");
        }
    });
    let host_config = config.clone();
    provide_context(config);
    provide_context(roster);
    provide_context(events);
    provide_context(Selection::new(roster));

    // Kiosk mode: from config.json, or switched by the host.
    let kiosk = RwSignal::new(host_config.kiosk.enabled);
    let language = Language(RwSignal::new(host_config.default_language.clone()));
    provide_context(language);
    let form = FormSlot::default();
    provide_context(form);
    // A reset remounts the form and the roster panel, so nothing typed or
    // shown (messages, open dialogs) survives for the next person.
    let generation = RwSignal::new(0_u32);
    let reset = Callback::new(move |()| {
        roster.clear();
        kiosk::clear_tab_storage();
        generation.update(|g| *g += 1);
    });
    host::install(
        &host_config,
        events,
        Hooks {
            prefill: Box::new(move |p| host::apply_prefill(form, p)),
            reset: Box::new(move || reset.run(())),
            set_language: Box::new(move |tag| language.0.set(tag)),
            set_kiosk: Box::new(move |on| kiosk.set(on)),
            ready_payload: serde_json::json!({
                "app": "vri-invite",
                "language": host_config.default_language,
                "kiosk": host_config.kiosk.enabled,
            }),
        },
    );
    kiosk::keep_awake(Signal::derive(move || kiosk.get() && !roster.is_empty()));
    let notice = StoredValue::new(notice);

    view! {
        <main class="app" class:kiosk=move || kiosk.get()>
            <h1>"Third parties in this call"</h1>
            <SessionNotice />
            // Keyed by the reset count: a reset drops this subtree and builds
            // a fresh one. (A plain `move ||` child would do the same but
            // compiles a "rebuild" of the whole form: ~20 KB more wasm.)
            <For each=move || [generation.get()] key=|g| *g let:g>
                {notice.get_value().filter(|_| g == 0).map(|n| view! { <p class="notice saved-notice" role="status">{n}</p> })}
                <InviteForm />
                <RosterPanel />
                <DetailsPanels />
            </For>
            <IdleGuard enabled=kiosk.into() settings=host_config.kiosk.clone() on_reset=reset />
        </main>
    }
}

/// Shown instead of the app when its configuration is missing or wrong.
#[component]
pub fn ConfigError(
    /// What is wrong, naming the file and the setting.
    problem: String,
) -> impl IntoView {
    view! {
        <main class="app config-error" role="alert">
            <h1>"This app is not set up correctly"</h1>
            <p>{problem}</p>
            <p>"Ask the person who installed it to check its configuration file. Reloading the page tries again."</p>
            <button type="button" class="primary" on:click=|_| { let _ = window().location().reload(); }>"Reload"</button>
        </main>
    }
}

/// What a panic leaves on screen instead of a blank page: what happened,
/// that nothing saved is lost, and a way back.
///
/// Built with plain DOM calls, not Leptos: after a panic the app's runtime
/// is stopped, so only what exists without it can be shown. "Reload" is a
/// link to the page itself, so it works with no script running (and under
/// the CSP, which forbids inline handlers and form posts).
pub fn show_crash_screen(parent: &web_sys::Element) {
    let doc = document();
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
    let _ = screen.append_child(&make("h1", "", "Something went wrong"));
    let _ = screen.append_child(&make(
        "p",
        "",
        "The app stopped because of an error on this device. The people you invited are still in the call, and the list is kept for this tab.",
    ));
    let reload = make("a", "button primary", "Reload");
    let _ = reload.set_attribute("href", "");
    let _ = screen.append_child(&reload);
    let _ = parent.append_child(&screen);
}
