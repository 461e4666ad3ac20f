//! The language picker at the top of the app.

use crate::i18n::{Lang, STORAGE_KEY};
use crate::platform::storage;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// The language picker: a select labelled with the word "Language" in all
/// three languages, each option in its own language and script, so a person
/// who reads none of the current one still finds theirs.
#[component]
pub fn LanguagePicker(
    /// The language the app runs in (the host's `set-language` writes it too).
    language: RwSignal<Lang>,
) -> impl IntoView {
    let tr = use_tr();
    view! {
        <div class="language-picker">
            <label for="language-select">
                {Lang::ALL
                    .iter()
                    .map(|l| {
                        view! {
                            <span lang=l.tag() dir=l.dir()>
                                {l.texts().language_label}
                            </span>
                        }
                    })
                    .collect_view()}
            </label>
            <select
                id="language-select"
                on:change=move |ev| {
                    let Some(lang) = Lang::from_tag(&event_target_value(&ev)) else {
                        return;
                    };
                    storage::write(STORAGE_KEY, lang.tag());
                    language.set(lang);
                }
            >
                {Lang::ALL
                    .iter()
                    .map(|&l| {
                        view! {
                            <option value=l.tag() lang=l.tag() prop:selected=move || tr.lang() == l>
                                {l.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
