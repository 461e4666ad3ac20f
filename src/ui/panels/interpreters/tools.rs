//! The list's filter (by name or language) and sort (listed, rating,
//! performance).

use crate::domain::interpreters::Sort;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// The filter box and the sort select above the interpreter list.
#[component]
pub fn ListTools(
    /// What is typed in the filter.
    query: RwSignal<String>,
    /// The order.
    sort: RwSignal<Sort>,
    /// Called after either changes (the list goes back to the top).
    on_change: Callback<()>,
) -> impl IntoView {
    let t = use_tr().0.get_untracked().texts();
    view! {
        <div class="list-tools">
            <div class="field">
                <label for="interpreter-filter">{t.filter_label}</label>
                <input
                    id="interpreter-filter"
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        on_change.run(());
                    }
                />
            </div>
            <div class="field">
                <label for="interpreter-sort">{t.sort_by}</label>
                <select
                    id="interpreter-sort"
                    on:change=move |ev| {
                        sort.set(Sort::from_value(&event_target_value(&ev)));
                        on_change.run(());
                    }
                >
                    <option value="listed">{t.sort_listed}</option>
                    <option value="rating">{t.sort_rating}</option>
                    <option value="performance">{t.sort_performance}</option>
                </select>
            </div>
        </div>
    }
}
