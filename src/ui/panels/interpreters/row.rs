//! One interpreter in the list: photo or initials, name, languages,
//! scores, what they take, and the button that shows their appointment.

use crate::config::Config;
use crate::domain::format;
use crate::domain::interpreters::Entry;
use crate::domain::labels::{label, CodeKind};
use crate::i18n::{fill, Texts};
use crate::state::language::use_tr;
use leptos::prelude::*;

/// One interpreter in the list.
#[component]
pub fn InterpreterRow(
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
    let special = entry.special_type.map(|code| {
        config.with_value(|c| label(&c.labels.special_type, CodeKind::Type, Some(code), lang))
    });
    let avatar = match entry.image.clone() {
        Some(src) => {
            view! { <img class="avatar" src=src alt="" width="48" height="48" /> }.into_any()
        }
        None => view! {
            <span class="avatar initials" aria-hidden="true">
                {entry.initials.clone()}
            </span>
        }
        .into_any(),
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
                    <bdi class="name" title=name.clone()>
                        {name.clone()}
                    </bdi>
                    {special.map(|s| view! { <span class="tag">{s}</span> })}
                </div>
                <p class="langs">
                    {labelled(t.native, entry.native.clone(), "")}
                    {labelled(t.also, entry.other.clone(), "")}
                    {(entry.native.is_none() && entry.other.is_none())
                        .then(|| view! { <span class="muted">{t.no_languages}</span> })}
                </p>
                <div class="scores">
                    {score(t, t.rating, entry.rate)} {score(t, t.performance, entry.performance)}
                </div>
                <div class="interpreter-foot">
                    <span class="visually-hidden">{t.takes}</span>
                    <ul class="caps">
                        {capability(t, t.calls, entry.call)} {capability(t, t.video, entry.video)}
                        {capability(t, t.text_cap, entry.text)}
                    </ul>
                    {labelled(t.help_language, entry.need_help.clone(), "need-help")}
                    {meeting.map(|m| view! { <span class="meeting">{m}</span> })}
                </div>
            </div>
            {if entry.has_schedule {
                view! {
                    <button
                        type="button"
                        class="show-appointment"
                        aria-label=schedule_label
                        aria-pressed=move || {
                            if selected.get() == Some(index) { "true" } else { "false" }
                        }
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

/// A score as a bar with its number; a screen reader hears "Rating: 4.9
/// out of 5".
fn score(t: &'static Texts, what: &'static str, value: Option<f64>) -> AnyView {
    match value {
        Some(v) => view! {
            <span
                class="score"
                role="img"
                aria-label=fill(t.score_of, &[("what", what), ("score", &format::score_number(v))])
            >
                <span class="score-name" aria-hidden="true">
                    {what}
                </span>
                <span class="bar" aria-hidden="true">
                    <span
                        class="fill"
                        style:inline-size=format!("{}%", format::score_percent(v))
                    ></span>
                </span>
                <span class="score-value" aria-hidden="true">
                    {format::score_number(v)}
                </span>
            </span>
        }
        .into_any(),
        None => view! { <span class="score none">{fill(t.not_rated, &[("what", what)])}</span> }
            .into_any(),
    }
}

/// Whether they take calls, video or text. Text, not emoji: kiosk tablets
/// and headless browsers may lack an emoji font, and a tick with a word
/// reads the same for everyone. A screen reader hears the item's own text,
/// "Calls: yes" (a list item cannot carry a name: one read in browse mode
/// would be empty), and not the mark.
fn capability(t: &'static Texts, what: &'static str, value: Option<bool>) -> impl IntoView {
    let (mark, state, class) = match value {
        Some(true) => ("✓", t.yes, "cap on"),
        Some(false) => ("✗", t.no, "cap off"),
        None => ("?", t.not_stated, "cap unknown"),
    };
    view! {
        <li class=class>
            <span aria-hidden="true">{mark} " " {what}</span>
            <span class="visually-hidden">{format!("{what}: {state}")}</span>
        </li>
    }
}

/// A value with its muted label ("Native: Spanish"); nothing without a value.
fn labelled(label: &'static str, value: Option<String>, class: &'static str) -> impl IntoView {
    value.map(|v| {
        view! {
            <span class=class>
                <span class="muted">{label}</span>
                <bdi>{v}</bdi>
            </span>
        }
    })
}
