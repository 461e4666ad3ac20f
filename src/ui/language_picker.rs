//! The language picker at the top of the app: a button that shows a globe
//! and the language in use, in its own name; pressed, it opens (below it,
//! in the page) a search field and one large button per language, each
//! written in its own language and script, so a patient who reads none of
//! the current one still finds theirs, by sight or by typing any of its
//! names ("viet", "kreyol", "中文", "creole"). Escape or a choice closes it.

use crate::i18n::{fill, Lang};
use crate::platform::focus;
use crate::state::language::{use_tr, Language};
use leptos::prelude::*;

const TOGGLE: &str = "language-select";

/// The language picker.
#[component]
pub fn LanguagePicker(
    /// The language the app runs in (the host's `set-language` switches it too).
    language: Language,
) -> impl IntoView {
    let tr = use_tr();
    let open = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let close = move || {
        open.set(false);
        query.set(String::new());
        focus::focus_id(TOGGLE);
    };
    let none_match = move || !Lang::ALL.iter().any(|l| l.matches(&query.get()));
    view! {
        <div
            class="language-picker"
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <button
                type="button"
                id=TOGGLE
                class="language-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="language-panel"
                aria-busy=move || (language.wanted() != tr.lang()).to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <circle
                        cx="12"
                        cy="12"
                        r="9"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="1.8"
                    />
                    <path
                        d="M3 12h18M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="1.8"
                    />
                </svg>
                <span class="language-word">{move || tr.t().language_label}</span>
                <span class="language-now" lang=move || tr.lang().tag() dir=move || tr.lang().dir()>
                    {move || tr.lang().own_name()}
                </span>
            </button>
            <p class="language-failed" role="alert">
                {move || {
                    language
                        .failed()
                        .map(|l| fill(tr.t().language_failed, &[("language", l.own_name())]))
                }}
            </p>
            <div id="language-panel" class="language-panel" hidden=move || !open.get()>
                <label for="language-search">{move || tr.t().language_search}</label>
                <input
                    id="language-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <ul class="language-list">
                    {Lang::ALL
                        .iter()
                        .map(|&l| {
                            view! {
                                <li hidden=move || !l.matches(&query.get())>
                                    <button
                                        type="button"
                                        lang=l.tag()
                                        dir=l.dir()
                                        aria-current=move || (tr.lang() == l).then_some("true")
                                        on:click=move |_| {
                                            language.pick(l);
                                            close();
                                        }
                                    >
                                        {l.own_name()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="language-none" role="status">
                    {move || none_match().then(|| tr.t().language_none)}
                </p>
            </div>
        </div>
    }
}
