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

/// Starts the app: reads `config.json`, then mounts the app, or a screen
/// that names the configuration problem (never a blank page).
pub fn start() {
    console_error_panic_hook::set_once();
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
    provide_context(config);
    provide_context(roster);
    provide_context(events);
    provide_context(Selection::new(roster));

    view! {
        <main class="app">
            <h1>"Third parties in this call"</h1>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <InviteForm />
            <RosterPanel />
            <DetailsPanels />
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
