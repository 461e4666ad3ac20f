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

use crate::config::{label, Config};
use crate::format::{self, shown};
use crate::i18n::fill;
use crate::images;
use crate::model::ParaRequestProvider;
use leptos::prelude::*;
use std::ops::Range;

/// One interpreter, prepared once when the list arrives (so filtering and
/// scrolling never re-decode images or re-join languages).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Position in `providerList`.
    pub index: usize,
    /// `RequestProviderId`, for keys (not unique in every answer: the
    /// samples repeat it, so keys pair it with `index`).
    pub id: Option<i64>,
    pub name: String,
    pub native: Option<String>,
    pub other: Option<String>,
    pub rate: Option<f64>,
    pub performance: Option<f64>,
    pub call: Option<bool>,
    pub video: Option<bool>,
    pub text: Option<bool>,
    pub need_help: Option<String>,
    pub special_type: Option<i64>,
    pub any_meeting: Option<bool>,
    /// A `data:` URL that passed the allowlist, else `None` (initials).
    pub image: Option<String>,
    pub initials: String,
    pub has_schedule: bool,
    /// Name and languages, lower-cased, for filtering.
    haystack: String,
}

/// Prepares the list for display.
pub fn entries(list: &[ParaRequestProvider]) -> Vec<Entry> {
    list.iter()
        .enumerate()
        .map(|(index, p)| {
            let name = shown(p.name.as_deref()).unwrap_or_else(|| "Unnamed interpreter".into());
            let native = format::languages(p.native_language.as_deref());
            let other = format::languages(p.other_language.as_deref());
            let haystack = [Some(&name), native.as_ref(), other.as_ref()]
                .into_iter()
                .flatten()
                .map(|s| s.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            Entry {
                index,
                id: p.request_provider_id,
                initials: format::initials(&name),
                name,
                native,
                other,
                rate: format::score(p.provider_rate),
                performance: format::score(p.provider_performance),
                call: p.support_call,
                video: p.support_video,
                text: p.support_text,
                need_help: shown(p.need_help_language.as_deref()),
                special_type: p.provider_special_type_id,
                any_meeting: p.any_meeting_exist,
                image: images::profile_src(p.profile_image.as_ref()),
                has_schedule: p.is_schedule.is_some(),
                haystack,
            }
        })
        .collect()
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// As the server listed them.
    Listed,
    /// Highest rating first; no rating last.
    Rating,
    /// Highest performance first; no score last.
    Performance,
}

impl Sort {
    fn from_value(value: &str) -> Sort {
        match value {
            "rating" => Sort::Rating,
            "performance" => Sort::Performance,
            _ => Sort::Listed,
        }
    }
}

/// The entries to show, as indices into `entries`: those matching every
/// word of `query` in their name or languages (any case, any script), in
/// `sort` order (stable: ties keep the server's order).
pub fn visible(entries: &[Entry], query: &str, sort: Sort) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut shown: Vec<usize> = entries
        .iter()
        .filter(|e| words.iter().all(|w| e.haystack.contains(w.as_str())))
        .map(|e| e.index)
        .collect();
    let score = |i: &usize| match sort {
        Sort::Listed => None,
        Sort::Rating => entries[*i].rate,
        Sort::Performance => entries[*i].performance,
    };
    if sort != Sort::Listed {
        shown.sort_by(|a, b| {
            let (a, b) = (score(a), score(b));
            // Descending, None last.
            b.partial_cmp(&a).unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    shown
}

/// Height of one row in CSS pixels; `.interpreter` has exactly this height,
/// which is what lets the list render only the rows in view.
pub const ROW_PX: f64 = 132.0;
/// Rows rendered above and below the visible ones, so fast scrolling does
/// not show blank space before the next frame.
pub const MARGIN_ROWS: usize = 6;

/// The rows to render for a viewport scrolled to `scroll_top` and
/// `viewport` pixels tall, out of `count`.
pub fn window(scroll_top: f64, viewport: f64, count: usize) -> Range<usize> {
    let first = (scroll_top.max(0.0) / ROW_PX).floor() as usize;
    let in_view = (viewport.max(ROW_PX) / ROW_PX).ceil() as usize + 1;
    let start = first.saturating_sub(MARGIN_ROWS).min(count);
    let end = (first + in_view + MARGIN_ROWS).min(count);
    start..end
}

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
    let lang = crate::i18n::use_tr().0.get_untracked();
    let t = lang.texts();
    let num = move |n: usize| crate::i18n::number(lang, n as i64);
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
    let t = crate::i18n::use_tr().0.get_untracked().texts();
    let special = entry
        .special_type
        .map(|code| config.with_value(|c| label(&c.labels.special_type, "Type", Some(code))));
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn list() -> Vec<Entry> {
        let raw = json!([
            {"RequestProviderId": 1, "Name": "María González", "NativeLanguage": ["Spanish"], "OtherLanguage": ["English"], "ProviderRate": 4.9, "ProviderPerformance": 3.0},
            {"RequestProviderId": 2, "Name": "王小明", "NativeLanguage": ["Mandarin"], "ProviderRate": null, "ProviderPerformance": 4.5},
            {"RequestProviderId": 3, "Name": "Ольга Смирнова", "NativeLanguage": ["Russian"], "OtherLanguage": ["Spanish"], "ProviderRate": 4.1, "ProviderPerformance": 4.8},
            {"RequestProviderId": 4, "Name": null, "ProviderRate": 4.9}
        ]);
        entries(&serde_json::from_value::<Vec<ParaRequestProvider>>(raw).unwrap())
    }

    #[test]
    fn filter_by_name_or_language_in_any_case_and_script() {
        let l = list();
        assert_eq!(visible(&l, "", Sort::Listed), vec![0, 1, 2, 3]);
        assert_eq!(visible(&l, "spanish", Sort::Listed), vec![0, 2]);
        assert_eq!(visible(&l, "ОЛЬГА", Sort::Listed), vec![2]);
        assert_eq!(visible(&l, "王", Sort::Listed), vec![1]);
        assert_eq!(visible(&l, " maría  english ", Sort::Listed), vec![0]);
        assert_eq!(visible(&l, "klingon", Sort::Listed), Vec::<usize>::new());
    }

    #[test]
    fn sort_is_descending_stable_and_puts_missing_scores_last() {
        let l = list();
        assert_eq!(visible(&l, "", Sort::Rating), vec![0, 3, 2, 1]);
        assert_eq!(visible(&l, "", Sort::Performance), vec![2, 1, 0, 3]);
        assert_eq!(visible(&l, "spanish", Sort::Performance), vec![2, 0]);
    }

    #[test]
    fn entries_fall_back_for_missing_data() {
        let l = list();
        assert_eq!(l[3].name, "Unnamed interpreter");
        assert_eq!(l[3].native, None);
        assert_eq!(l[3].image, None);
        assert_eq!(l[0].initials, "MG");
        assert!(!l[0].has_schedule);
    }

    #[test]
    fn window_renders_the_visible_rows_and_a_margin() {
        assert_eq!(window(0.0, 480.0, 0), 0..0);
        assert_eq!(window(0.0, 480.0, 3), 0..3);
        // 480 / 132 → 4 rows in view, +1 partial, + margin 6.
        assert_eq!(window(0.0, 480.0, 5000), 0..11);
        let far = window(ROW_PX * 1000.0 + 10.0, 480.0, 5000);
        assert_eq!(far, 994..1011);
        assert_eq!(window(ROW_PX * 5000.0, 480.0, 5000), 4994..5000);
        assert_eq!(window(-50.0, 0.0, 5000), 0..8);
    }
}
