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

use crate::config::Config;
use crate::domain::format;
use crate::domain::interpreters::{visible, window, Entry, Sort, ROW_PX};
use crate::domain::labels::{label, CodeKind};
use crate::i18n::{fill, number};
use crate::state::language::use_tr;
use leptos::prelude::*;

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
    let num = move |n: usize| number(lang, n as i64);
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(Sort::Listed);
    let scroll_top = RwSignal::new(0.0);
    let viewport_px = RwSignal::new(480.0);
    let viewport = NodeRef::<leptos::html::Div>::new();

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
                    {move || if count() == total() { format!("({})", num(total())) } else { format!("({})", fill(t.of_total, &[("count", &num(count())), ("total", &num(total()))])) }}
                </span>
            </h2>
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
                            back_to_top();
                        }
                    />
                </div>
                <div class="field">
                    <label for="interpreter-sort">{t.sort_by}</label>
                    <select
                        id="interpreter-sort"
                        on:change=move |ev| {
                            sort.set(Sort::from_value(&event_target_value(&ev)));
                            back_to_top();
                        }
                    >
                        <option value="listed">{t.sort_listed}</option>
                        <option value="rating">{t.sort_rating}</option>
                        <option value="performance">{t.sort_performance}</option>
                    </select>
                </div>
            </div>
            <p class="visually-hidden" role="status">
                {move || fill(t.shown_status, &[("count", &num(count())), ("total", &num(total()))])}
            </p>
            <Show when=move || { count() == 0 }>
                <p class="empty">
                    {move || if total() == 0 { t.no_interpreters } else { t.no_match }}
                </p>
            </Show>
            <div
                class="interpreter-viewport"
                node_ref=viewport
                on:scroll=on_scroll
                tabindex="0"
                role="region"
                aria-label=t.interpreter_list
                class:hidden=move || count() == 0
            >
                <ul
                    class="interpreter-rows"
                    style:block-size=move || format!("{}px", count() * ROW_PX as usize)
                    style:padding-block-start=move || format!("{}px", range.get().start * ROW_PX as usize)
                >
                    <For
                        each=rows
                        key=|(position, entry)| (*position, entry.id, entry.index)
                        children=move |(position, entry)| view! {
                            <InterpreterRow
                                entry=entry
                                position=position
                                set_size=Signal::derive(count)
                                selected=selected
                                on_select=on_select
                                config=config
                            />
                        }
                    />
                </ul>
            </div>
        </section>
    }
}

/// One interpreter in the list.
#[component]
fn InterpreterRow(
    /// The interpreter, prepared.
    entry: Entry,
    /// Position in the filtered, sorted list (0-based).
    position: usize,
    /// How many the filtered list has (for `aria-setsize`).
    set_size: Signal<usize>,
    /// Whose appointment is shown.
    selected: Signal<Option<usize>>,
    /// Shows this interpreter's appointment.
    on_select: Callback<usize>,
    /// Labels for the special type.
    config: StoredValue<Config>,
) -> impl IntoView {
    let index = entry.index;
    let lang = use_tr().0.get_untracked();
    let t = lang.texts();
    let special = entry
        .special_type
        .map(|code| config.with_value(|c| label(&c.labels.special_type, CodeKind::Type, Some(code), lang)));
    let avatar = match entry.image.clone() {
        Some(src) => view! { <img class="avatar" src=src alt="" width="48" height="48" /> }.into_any(),
        None => view! { <span class="avatar initials" aria-hidden="true">{entry.initials.clone()}</span> }.into_any(),
    };
    let score = |what: &'static str, value: Option<f64>| {
        match value {
        Some(v) => view! {
            <span class="score" role="img" aria-label=fill(t.score_of, &[("what", what), ("score", &format::score_number(v))])>
                <span class="score-name" aria-hidden="true">{what}</span>
                <span class="bar" aria-hidden="true"><span class="fill" style:inline-size=format!("{}%", format::score_percent(v))></span></span>
                <span class="score-value" aria-hidden="true">{format::score_number(v)}</span>
            </span>
        }
        .into_any(),
        None => view! { <span class="score none">{fill(t.not_rated, &[("what", what)])}</span> }.into_any(),
    }
    };
    // Text, not emoji: kiosk tablets and headless browsers may lack an
    // emoji font, and a tick with a word reads the same for everyone.
    let capability = |what: &'static str, value: Option<bool>| {
        let (mark, state, class) = match value {
            Some(true) => ("✓", t.yes, "cap on"),
            Some(false) => ("✗", t.no, "cap off"),
            None => ("?", t.not_stated, "cap unknown"),
        };
        view! {
            <li class=class aria-label=format!("{what}: {state}")>
                <span aria-hidden="true">{mark} " " {what}</span>
            </li>
        }
    };
    let name = entry.name.clone();
    let schedule_label = fill(t.show_appointment_of, &[("name", &name)]);
    let meeting = entry
        .any_meeting
        .map(|m| if m { t.has_meetings } else { t.no_meetings });

    view! {
        <li
            class="interpreter"
            class:selected=move || selected.get() == Some(index)
            aria-setsize=move || set_size.get()
            aria-posinset=position + 1
        >
            {avatar}
            <div class="interpreter-main">
                <div class="interpreter-head">
                    <bdi class="name" title=name.clone()>{name.clone()}</bdi>
                    {special.map(|s| view! { <span class="tag">{s}</span> })}
                </div>
                <p class="langs">
                    {entry.native.clone().map(|l| view! { <span><span class="muted">{t.native}</span><bdi>{l}</bdi></span> })}
                    {entry.other.clone().map(|l| view! { <span><span class="muted">{t.also}</span><bdi>{l}</bdi></span> })}
                    {(entry.native.is_none() && entry.other.is_none()).then(|| view! { <span class="muted">{t.no_languages}</span> })}
                </p>
                <div class="scores">
                    {score(t.rating, entry.rate)}
                    {score(t.performance, entry.performance)}
                </div>
                <div class="interpreter-foot">
                    <ul class="caps" aria-label=t.takes>
                        {capability(t.calls, entry.call)}
                        {capability(t.video, entry.video)}
                        {capability(t.text_cap, entry.text)}
                    </ul>
                    {entry.need_help.clone().map(|l| view! { <span class="need-help"><span class="muted">{t.help_language}</span><bdi>{l}</bdi></span> })}
                    {meeting.map(|m| view! { <span class="meeting">{m}</span> })}
                </div>
            </div>
            {if entry.has_schedule {
                view! {
                    <button
                        type="button"
                        class="show-appointment"
                        aria-label=schedule_label
                        aria-pressed=move || if selected.get() == Some(index) { "true" } else { "false" }
                        on:click=move |_| on_select.run(index)
                    >
                        {t.appointment_button}
                    </button>
                }
                .into_any()
            } else {
                view! { <span class="no-appointment muted">{t.no_appointment}</span> }.into_any()
            }}
        </li>
    }
}

