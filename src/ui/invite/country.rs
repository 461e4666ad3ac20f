//! The phone number's country: a search box and a native select (the
//! browser's own list, which every screen reader and keyboard knows and a
//! kiosk shows full-size), every country the phone data knows (or only
//! those `config.json` allows), named by the browser in the UI language.

use crate::domain::phone::{matches, Country};
use crate::state::invite::InviteFields;
use crate::state::language::use_tr;
use crate::state::phone;
use leptos::prelude::*;

/// The country picker. `countries` are the ones offered, sorted by name.
#[component]
pub fn CountryPicker(
    /// The form's fields: the picked country lives there.
    fields: InviteFields,
    /// The countries offered, in the UI language.
    countries: Memo<Vec<Country>>,
) -> impl IntoView {
    let tr = use_tr();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let query = query.get();
        let key = search_key(&query);
        let picked = fields.country();
        countries.with(|all| {
            all.iter()
                .filter(|c| c.iso == picked || matches(c, &query, &key))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let none_found = move || {
        !query.with(|q| q.trim().is_empty())
            && found.with(|f| f.iter().all(|c| c.iso == fields.country()))
    };
    // Enter in the search box picks the first match, and does not send.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            let picked = fields.country();
            let query = query.get_untracked();
            let key = search_key(&query);
            let first = countries.with_untracked(|all| {
                all.iter()
                    .find(|c| c.iso != picked && matches(c, &query, &key))
                    .or_else(|| all.iter().find(|c| c.iso == picked))
                    .map(|c| c.iso.clone())
            });
            if let Some(iso) = first {
                fields.picked_country.set(iso);
                crate::platform::focus::focus_id("invite-country");
            }
        }
    };
    view! {
        <div class="field country">
            <label for="invite-country">{move || tr.t().country}</label>
            <input
                id="invite-country-search"
                type="search"
                autocomplete="off"
                aria-label=move || tr.t().country_search
                placeholder=move || tr.t().country_search
                aria-controls="invite-country"
                bind:value=query
                on:keydown=on_key
            />
            <select
                id="invite-country"
                name="country"
                prop:value=move || fields.country()
                on:change=move |ev| fields.picked_country.set(event_target_value(&ev))
                aria-describedby="invite-country-none"
            >
                <option value="" selected=move || fields.country().is_empty()>
                    {move || tr.t().country_none}
                </option>
                <For each=move || found.get() key=|c| (c.iso.clone(), c.name.clone()) let:c>
                    <option value=c.iso.clone() selected=move || fields.country() == c.iso>
                        {option_text(&c, tr.lang().dir() == "rtl")}
                    </option>
                </For>
            </select>
            <p class="hint" id="invite-country-none" aria-live="polite">
                {move || none_found().then(|| tr.t().country_no_match)}
            </p>
        </div>
    }
}

/// "Italia (+39)"; the code kept left to right in a right-to-left page.
fn option_text(country: &Country, rtl: bool) -> String {
    if rtl {
        format!("{} (\u{2066}+{}\u{2069})", country.name, country.code)
    } else {
        format!("{} (+{})", country.name, country.code)
    }
}

/// The query as a search key (no accents or case), the phone data's way.
fn search_key(query: &str) -> String {
    phone::engine()
        .map(|e| e.search_key(query))
        .unwrap_or_else(|| query.to_lowercase())
}
