//! One person in the roster: name, contact, type and status, identity,
//! Details and Remove, and why a removal failed.

use crate::config::Config;
use crate::domain::labels::{label, CodeKind};
use crate::domain::participant::Contact;
use crate::domain::phone::PhoneData;
use crate::domain::time;
use crate::domain::timeline::{last_change, may_call_again};
use crate::i18n::{fill, Lang, Texts};
use crate::state::clock::Clock;
use crate::state::roster::{Row, RowState};
use crate::state::selection::Selection;
use leptos::prelude::*;

/// The id of a roster row's `<li>`.
pub fn row_id(key: i64) -> String {
    format!("participant-{key}")
}

/// One person in the roster, with Details and Remove.
#[component]
pub fn RosterRow(
    /// The row.
    row: Row,
    /// The language to show it in (the list rebuilds its rows on a switch).
    lang: Lang,
    /// The configuration, for the type and status labels.
    labels: StoredValue<Config>,
    /// Whose details are shown, where the page has details panels.
    selection: Option<Selection>,
    /// Asks to remove this row (opens the confirmation).
    on_remove: impl Fn(Row) + 'static,
    /// Calls the person again (a phone leg that ended).
    on_call_again: Callback<Row>,
) -> impl IntoView {
    let t = lang.texts();
    let p = row.participant.clone();
    let name = p.name(lang);
    let type_label = labels.with_value(|c| {
        label(
            &c.labels.video_type,
            CodeKind::Type,
            p.answer.request_conference_session_video_type_code_id,
            lang,
        )
    });
    // The status follows what the portal reports (`participant-status`).
    let status_label = {
        let row = row.clone();
        move || status_text(labels, row.status(), lang)
    };
    let changed = {
        let timeline = row.timeline.clone();
        let clock = use_context::<Clock>();
        move || {
            let at = timeline.with(|s| last_change(s))?;
            let now = clock
                .map(|c| c.now())
                .unwrap_or_else(|| time::from_ms(time::now_ms()));
            Some(time::ago(time::from_ms(at), now, lang))
        }
    };
    let call_again = {
        let row = row.clone();
        move || {
            let ended = labels.with_value(|c| {
                may_call_again(row.by_phone(), row.status(), &c.call_again_statuses)
            });
            ended
                || matches!(
                    *row.state.read(),
                    RowState::CallingAgain | RowState::CallFailed(_)
                )
        }
    };
    let calling = {
        let state = row.state.clone();
        move || *state.read() == RowState::CallingAgain
    };
    // A phone number is written the country's way once the phone data is
    // here (a reload with phone participants fetches it).
    if row.by_phone() {
        crate::state::phone::want();
    }
    let contact = {
        let p = p.clone();
        move || {
            let engine = crate::state::phone::engine();
            let data = engine.as_ref().map(|e| e as &dyn PhoneData);
            contact_view(p.contact(data), t)
        }
    };
    let identity = p
        .answer
        .video_account_identity
        .clone()
        .filter(|s| !s.trim().is_empty());
    let key = row.key;
    // Reads of the roster's own state signal: each closure holds a count
    // of it (no arena entry per row to create and dispose).
    let removing = || {
        let state = row.state.clone();
        move || *state.read() == RowState::Removing
    };
    let failed = {
        let state = row.state.clone();
        move || matches!(*state.read(), RowState::Failed(_))
    };
    let error = {
        let state = row.state.clone();
        move || match &*state.read() {
            RowState::Failed(error) => Some(fill(
                t.could_not_remove,
                &[("message", &error.message(lang))],
            )),
            RowState::CallFailed(error) => Some(fill(
                t.could_not_call_again,
                &[("message", &error.message(lang))],
            )),
            _ => None,
        }
    };
    let history = history_view(row.clone(), &name, labels, lang);
    let again_row = row.clone();
    let details = selection.map(|selection| details_button(selection, key, &name, t));
    let clicked = row.clone();
    let remove_label = fill(t.remove_name, &[("name", &name)]);

    view! {
        <li class="participant" id=row_id(key) class:failed=failed>
            <div class="who">
                <span class="name">{name}</span>
                {contact}
            </div>
            <div class="meta">
                <span class="tag">{type_label}</span>
                <span class="tag status">{status_label}</span>
                <span class="changed">{changed}</span>
                {identity
                    .map(|id| {
                        view! {
                            <span class="identity" dir="ltr" title=t.identity>
                                {id}
                            </span>
                        }
                    })}
            </div>
            {details}
            <Show when=call_again>
                <button
                    type="button"
                    class="call-again"
                    aria-disabled={
                        let calling = calling.clone();
                        move || calling().then_some("true")
                    }
                    on:click={
                        let row = again_row.clone();
                        let calling = calling.clone();
                        move |_| {
                            if !calling() {
                                on_call_again.run(row.clone());
                            }
                        }
                    }
                >
                    {
                        let calling = calling.clone();
                        move || if calling() { t.calling_again } else { t.call_again }
                    }
                </button>
            </Show>
            // Not `disabled` while removing: a disabled button drops the
            // keyboard focus to the page; aria-disabled keeps it in place.
            <button
                type="button"
                class="remove"
                id=format!("remove-{key}")
                aria-label=remove_label
                aria-disabled={
                    let removing = removing();
                    move || removing().then_some("true")
                }
                on:click={
                    let removing = removing();
                    move |_| {
                        if !removing() {
                            on_remove(clicked.clone());
                        }
                    }
                }
            >
                {
                    let removing = removing();
                    move || if removing() { t.removing } else { t.remove }
                }
            </button>
            <p class="row-error" role="alert">
                {error}
            </p>
            {history}
        </li>
    }
}

/// A status code as words: the deployment's label, else "Status 4".
pub fn status_text(labels: StoredValue<Config>, code: Option<i64>, lang: Lang) -> String {
    labels.with_value(|c| label(&c.labels.video_status, CodeKind::Status, code, lang))
}

/// The person's timeline, as a disclosure (native `<details>`: a button
/// for keyboards and screen readers): each step with its time in the
/// viewer's zone and language, oldest first.
pub fn history_view(
    row: Row,
    name: &str,
    labels: StoredValue<Config>,
    lang: Lang,
) -> impl IntoView {
    let t = lang.texts();
    let steps = row.timeline.clone();
    view! {
        <details class="history">
            <summary>
                {t.history} <span class="visually-hidden">{format!(": {name}")}</span>
            </summary>
            <ol>
                {move || {
                    steps
                        .get()
                        .into_iter()
                        .map(|step| {
                            let at = time::from_ms(step.at());
                            let text = step
                                .describe(lang, |code| status_text(labels, Some(code), lang));
                            view! {
                                <li>
                                    <time datetime=time::iso(
                                        at,
                                    )>{time::local_text(at, lang.intl_locales(), None)}</time>
                                    " "
                                    <span>{text}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </details>
    }
}

/// How the person was reached: the email, or the phone masked but for its
/// last digits (read as "phone ending in 0958": the dots are hidden from a
/// screen reader, which reads a visually hidden text instead; a phone
/// number is no image to carry a name).
fn contact_view(contact: Contact, t: &'static Texts) -> AnyView {
    match contact {
        Contact::Email(email) => view! {
            <span class="contact" dir="ltr">
                {email}
            </span>
        }
        .into_any(),
        Contact::Phone {
            masked,
            last_digits,
        } => view! {
            <span class="contact">
                <span class="masked" dir="ltr" aria-hidden="true">
                    {masked}
                </span>
                <span class="visually-hidden">
                    {fill(t.phone_ending, &[("digits", &last_digits)])}
                </span>
            </span>
        }
        .into_any(),
        Contact::Unknown => view! { <span class="contact">{t.no_contact}</span> }.into_any(),
    }
}

/// The row's Details button: shows this person's panels under the roster.
fn details_button(selection: Selection, key: i64, name: &str, t: &'static Texts) -> impl IntoView {
    view! {
        <button
            type="button"
            class="details-button"
            aria-label=fill(t.details_for, &[("name", name)])
            aria-pressed=move || if selection.shown() == Some(key) { "true" } else { "false" }
            on:click=move |_| selection.show(key)
        >
            {t.details}
        </button>
    }
}
