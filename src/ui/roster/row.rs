//! One person in the roster: name, contact, type and status, identity,
//! Details and Remove, and why a removal failed.

use crate::config::Config;
use crate::domain::labels::{label, CodeKind};
use crate::domain::participant::Contact;
use crate::i18n::{fill, Lang, Texts};
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
) -> impl IntoView {
    let t = lang.texts();
    let p = row.participant.clone();
    let name = p.name(lang);
    let (type_label, status_label) = labels.with_value(|c| {
        let answer = &p.answer;
        (
            label(
                &c.labels.video_type,
                CodeKind::Type,
                answer.request_conference_session_video_type_code_id,
                lang,
            ),
            label(
                &c.labels.video_status,
                CodeKind::Status,
                answer.request_conference_session_video_status_code_id,
                lang,
            ),
        )
    });
    let contact = contact_view(p.contact(), t);
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
            _ => None,
        }
    };
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
                <span class="tag">{status_label}</span>
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
        </li>
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
