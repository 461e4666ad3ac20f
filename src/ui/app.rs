//! The app's root: load the runtime configuration, then provide the shared
//! state by context and mount the views around it.
//!
//! Data flows one way: API answer → typed model (`api::model`) → state
//! (`state::roster`) → view (`ui::invite`, `ui::roster`, `ui::panels`).

use crate::config::{Config, CONFIG_PATH};
use crate::host::bridge::{self, Hooks};
use crate::i18n::Lang;
use crate::platform::{catalogue, page, storage, wake_lock};
use crate::state::events::Events;
use crate::state::invite::FormSlot;
use crate::state::language::{Language, Tr};
use crate::state::roster::{Roster, StatusReport};
use crate::state::selection::Selection;
use crate::ui::chunk::Chunk;
use crate::ui::config_error::ConfigError;
use crate::ui::idle_guard::kiosk_view;
use crate::ui::invite::InviteForm;
use crate::ui::language_picker::LanguagePicker;
use crate::ui::panels::lazy::LazyDetailsPanels;
use crate::ui::roster::RosterPanel;
use crate::ui::session_notice::SessionNotice;
use leptos::prelude::*;

/// Starts the app: reads `config.json`, then mounts the app, or a screen
/// that names the configuration problem (never a blank page).
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        // The language is known before the first paint: the tab's earlier
        // choice or the browser's is fetched while config.json is (config's
        // `default_language` may then ask for another, fetched after it).
        // Only that one language's file is fetched.
        let guess = page::initial("");
        catalogue::prefetch(guess);
        let loaded = load_config().await;
        let wanted = match &loaded {
            Ok(config) => page::initial(&config.default_language),
            Err(_) => guess,
        };
        // A file that does not come in time: English first, then the switch.
        catalogue::ready_within(wanted, FIRST_PAINT_WAIT_MS).await;
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        match loaded {
            Ok(config) => mount_to_body(move || view! { <App config=config /> }),
            Err(problem) => mount_to_body(move || view! { <ConfigError problem=problem /> }),
        }
    });
}

/// How long the first screen waits for its language's texts.
const FIRST_PAINT_WAIT_MS: i32 = 5_000;

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
    let start_lang = page::initial(&config.default_language);
    let (saved, notice) = Roster::load_saved(start_lang);
    let roster = Roster::restore(saved);
    roster.persist();
    let events = Events::new();
    // Standalone, events go to the console, where a support person can see
    // them (type and ids; in full only with config's `debug_log`); the host
    // bridge adds its own listener when embedded.
    let debug_log = config.debug_log;
    events.subscribe(move |event| match debug_log {
        true => {
            if let Ok(json) = serde_json::to_string(event) {
                leptos::logging::log!("vri-invite event: {json}");
            }
        }
        false => leptos::logging::log!("vri-invite event {}", event.summary()),
    });
    let kiosk_settings = StoredValue::new(config.kiosk.clone());
    // Kiosk mode: from config.json, or switched by the host.
    let kiosk = RwSignal::new(config.kiosk.enabled);
    let language = Language::new(start_lang);
    let form = FormSlot::default();
    provide_context(config.clone());
    provide_context(roster);
    provide_context(events);
    provide_context(Selection::new(roster));
    provide_context(Tr(language.shown()));
    provide_context(form);
    // One clock for every "2 minutes ago" and countdown (not one per row).
    provide_context(crate::state::clock::Clock::ticking());
    page::apply_to_page(language.shown());
    // A reset remounts the form and the roster panel, so nothing typed or
    // shown (messages, open dialogs) survives for the next person.
    let generation = RwSignal::new(0_u32);
    // The language goes back to the one a fresh start picks (config, else
    // the browser), not the last person's choice.
    let default_language = config.default_language.clone();
    let reset = Callback::new(move |()| {
        // First: every request on its way is aborted and no token wait
        // outlives the person who started it.
        crate::api::session::reset();
        roster.clear();
        storage::clear_tab();
        language.choose(page::initial(&default_language));
        generation.update(|g| *g += 1);
    });
    bridge::start(
        config.clone(),
        events,
        hooks(form, reset, language, kiosk, start_lang, roster),
    );
    wake_lock::keep_awake(Signal::derive(move || kiosk.get() && !roster.is_empty()));
    let notice = StoredValue::new(notice);

    view! {
        <main class="app" class:kiosk=move || kiosk.get()>
            <header class="app-header">
                <h1>{move || language.shown().get().texts().app_title}</h1>
                <LanguagePicker language=language />
            </header>
            <SessionNotice />
            // Keyed by the reset count: a reset drops this subtree and builds
            // a fresh one. (A plain `move ||` child would do the same but
            // compiles a "rebuild" of the whole form: ~20 KB more wasm.)
            <For each=move || [generation.get()] key=|g| *g let:g>
                {notice
                    .get_value()
                    .filter(|_| g == 0)
                    .map(|n| {
                        view! {
                            <p class="notice saved-notice" role="status">
                                {n}
                            </p>
                        }
                    })}
                <InviteForm />
                <RosterPanel />
                <LazyDetailsPanels />
            </For>
            // Kiosk mode's idle guard: its own chunk, fetched when kiosk mode is on.
            <Show when=move || kiosk.get()>
                <Chunk load=move || kiosk_view(kiosk_settings, reset) />
            </Show>
        </main>
    }
}

/// What the host's messages act on.
fn hooks(
    form: FormSlot,
    reset: Callback<()>,
    language: Language,
    kiosk: RwSignal<bool>,
    start_lang: Lang,
    roster: Roster,
) -> Hooks {
    Hooks {
        prefill: Box::new(move |p| bridge::apply_prefill(form, p)),
        reset: Box::new(move || reset.run(())),
        // A tag the app does not speak falls back to English, as at start.
        set_language: Box::new(move |tag| {
            language.choose(Lang::from_tag(&tag).unwrap_or_default())
        }),
        set_kiosk: Box::new(move |on| kiosk.set(on)),
        participant_status: Box::new(move |s| {
            roster.report_status(StatusReport {
                participant_id: s.participant_id,
                status_code: s.status_code,
                at: s.at_ms.unwrap_or_else(crate::domain::time::now_ms),
                detail: s.detail,
            })
        }),
        ready_payload: serde_json::json!({
            "app": "vri-invite",
            "language": start_lang.tag(),
            "kiosk": kiosk.get_untracked(),
        }),
    }
}
