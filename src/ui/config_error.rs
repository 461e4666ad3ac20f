//! The screen shown instead of the app when `config.json` is missing or wrong.

use crate::platform::page;
use leptos::prelude::*;

/// Shown instead of the app when its configuration is missing or wrong.
#[component]
pub fn ConfigError(
    /// What is wrong, naming the file and the setting.
    problem: String,
) -> impl IntoView {
    // No config: the tab's choice, else the browser's language.
    let lang = page::initial("");
    page::apply_to_page(Signal::stored(lang));
    let t = lang.texts();
    view! {
        <main class="app config-error" role="alert">
            <h1>{t.config_error_title}</h1>
            // The problem names files and settings: for the installer, in English.
            <p lang="en" dir="ltr">
                {problem}
            </p>
            <p>{t.config_error_help}</p>
            <button
                type="button"
                class="primary"
                on:click=|_| {
                    let _ = window().location().reload();
                }
            >
                {t.reload}
            </button>
        </main>
    }
}
