//! The interpreters offered for a request (`providerList`): filter by name
//! or language, sort by rating or performance, and a windowed list that
//! stays smooth with thousands of entries.
//!
//! Shown per interpreter: name, photo (or initials), native and other
//! languages, rating and performance (numbers, and bars read as text),
//! call / video / text support, `NeedHelpLanguage`, special type (label from
//! config.json), whether any meeting exists, and a button that shows their
//! appointment (`isSchedule`) in the appointment panel. Deliberately hidden:
//! `RequestProviderId` (internal id; the list key and part of a join
//! request), `ProfileImage.FileName` (the uploaded file's name means nothing
//! to a reader) and `ProfileImage.ServerImageId` (internal id).

mod row;
mod tools;

use crate::config::Config;
use crate::domain::interpreters::{visible, window, Entry, Sort, ROW_PX};
use crate::i18n::{fill, number, Lang};
use crate::state::language::use_tr;
use leptos::prelude::*;
use row::InterpreterRow;
use tools::ListTools;

/// The interpreter list with its filter and sort controls.
#[component]
pub fn InterpreterList(
    /// The prepared interpreters of the request being shown.
    entries: Signal<Vec<Entry>>,
    /// The interpreter whose appointment is shown (position in `providerList`).
    selected: Signal<Option<usize>>,
    /// Shows an interpreter's appointment.
    on_select: Callback<usize>,
) -> impl IntoView {
    let config = StoredValue::new(expect_context::<Config>());
    // The panels are rebuilt when the language changes (panels.rs).
    let lang = use_tr().0.get_untracked();
    let t = lang.texts();
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(Sort::Listed);
    let scroll_top = RwSignal::new(0.0);
    let viewport_px = RwSignal::new(480.0);
    let viewport = NodeRef::<leptos::html::Section>::new();

    let order = Memo::new(move |_| entries.with(|e| visible(e, &query.get(), sort.get())));
    let total = move || entries.with(Vec::len);
    let count = move || order.with(Vec::len);
    let range = Memo::new(move |_| window(scroll_top.get(), viewport_px.get(), count()));
    let rows = move || {
        let range = range.get();
        entries.with(|all| {
            order.with(|order| {
                order[range.clone()]
                    .iter()
                    .enumerate()
                    .map(|(offset, &i)| (range.start + offset, all[i].clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let on_scroll = move |_| {
        if let Some(el) = viewport.get_untracked() {
            scroll_top.set(el.scroll_top() as f64);
            viewport_px.set(el.client_height() as f64);
        }
    };
    // A new filter or order starts at the top of the list.
    let back_to_top = move || {
        scroll_top.set(0.0);
        if let Some(el) = viewport.get_untracked() {
            el.set_scroll_top(0);
        }
    };

    view! {
        <section class="panel interpreters" aria-labelledby="interpreters-title">
            <h2 id="interpreters-title">
                {t.interpreters_title}
                <span class="count">
                    {move || format!("({})", shown_of(count(), total(), lang))}
                </span>
            </h2>
            <ListTools query=query sort=sort on_change=Callback::new(move |()| back_to_top()) />
            <p class="visually-hidden" role="status">
                {move || with_counts(t.shown_status, count(), total(), lang)}
            </p>
            <Show when=move || { count() == 0 }>
                <p class="empty">
                    {move || if total() == 0 { t.no_interpreters } else { t.no_match }}
                </p>
            </Show>
            // A named section is a region: the scrolling list is a place a
            // keyboard reaches (tabindex) and a screen reader can jump to.
            <section
                class="interpreter-viewport"
                node_ref=viewport
                on:scroll=on_scroll
                tabindex="0"
                aria-label=t.interpreter_list
                class:hidden=move || count() == 0
            >
                <ul
                    class="interpreter-rows"
                    style:block-size=move || format!("{}px", count() * ROW_PX as usize)
                    style:padding-block-start=move || {
                        format!("{}px", range.get().start * ROW_PX as usize)
                    }
                >
                    <For
                        each=rows
                        key=|(position, entry)| (*position, entry.id, entry.index)
                        children=move |(position, entry)| {
                            view! {
                                <InterpreterRow
                                    entry=entry
                                    position=position
                                    set_size=Signal::derive(count)
                                    selected=selected
                                    on_select=on_select
                                    config=config
                                />
                            }
                        }
                    />
                </ul>
            </section>
        </section>
    }
}

/// How many are shown: "1,000", or "12 of 1,000" when a filter hides some.
fn shown_of(count: usize, total: usize, lang: Lang) -> String {
    if count == total {
        number(lang, total as i64)
    } else {
        with_counts(lang.texts().of_total, count, total, lang)
    }
}

/// `template` with `{count}` and `{total}` written the language's way.
fn with_counts(template: &str, count: usize, total: usize, lang: Lang) -> String {
    let (count, total) = (number(lang, count as i64), number(lang, total as i64));
    fill(template, &[("count", &count), ("total", &total)])
}
