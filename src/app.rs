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
// Languages.
use crate::i18n::{self, Lang, LanguagePicker, Tr};

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
    // The language: the tab's own choice, else config, else the browser;
    // the host's `set-language` and the picker change it.
    let start_lang = i18n::initial(&config.default_language);
    let (saved, notice) = roster::load_saved_in(start_lang);
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
    let language = Language(RwSignal::new(start_lang.tag().to_string()));
    provide_context(language);
    let lang = Memo::new(move |_| Lang::from_tag(&language.0.get()).unwrap_or_default());
    provide_context(Tr(lang.into()));
    i18n::apply_to_page(lang.into());
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
                "language": start_lang.tag(),
                "kiosk": host_config.kiosk.enabled,
            }),
        },
    );
    kiosk::keep_awake(Signal::derive(move || kiosk.get() && !roster.is_empty()));
    let notice = StoredValue::new(notice);

    view! {
        <main class="app" class:kiosk=move || kiosk.get()>
            <header class="app-header">
                <h1>{move || lang.get().texts().app_title}</h1>
                <LanguagePicker language=language.0 />
            </header>
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
    // No config: the tab's choice, else the browser's language.
    let lang = i18n::initial("");
    i18n::apply_to_page(Signal::stored(lang));
    let t = lang.texts();
    view! {
        <main class="app config-error" role="alert">
            <h1>{t.config_error_title}</h1>
            // The problem names files and settings: for the installer, in English.
            <p lang="en" dir="ltr">{problem}</p>
            <p>{t.config_error_help}</p>
            <button type="button" class="primary" on:click=|_| { let _ = window().location().reload(); }>{t.reload}</button>
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
