//! The details under the roster: for one invited participant, their
//! interpreting request ([`RequestStatus`]), the interpreters offered
//! ([`InterpreterList`]) and the chosen interpreter's appointment
//! ([`AppointmentPanel`]).
//!
//! Whose details: the participant picked with a roster row's "Details"
//! button, else the one invited last. Everything here is derived from the
//! roster and two choices (participant, interpreter); nothing is copied.

pub mod appointment;
pub mod interpreters;
pub mod lazy;
pub mod request_status;

use crate::api::model::{ParaRequestProvider, ResultVideoConferenceSecondRequest};
use crate::domain::interpreters::entries;
use crate::state::clock::Clock;
use crate::state::language::use_tr;
use crate::state::roster::Roster;
use crate::state::selection::Selection;
use appointment::AppointmentPanel;
use interpreters::InterpreterList;
use leptos::prelude::*;
use request_status::RequestStatus;

/// What the panels show for one participant.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    key: i64,
    name: String,
    request: Option<ResultVideoConferenceSecondRequest>,
}

/// The request, interpreter and appointment panels for the shown participant.
#[component]
pub fn DetailsPanels() -> impl IntoView {
    let roster = expect_context::<Roster>();
    let selection = expect_context::<Selection>();
    let tr = use_tr();
    if use_context::<Clock>().is_none() {
        provide_context(Clock::ticking());
    }

    // The participant's name and request, without the interpreter list
    // (which can be thousands long and is read from the roster directly,
    // never copied).
    let shown = Memo::new(move |_| {
        let key = selection.shown()?;
        roster.with_rows(|rows| {
            rows.iter().find(|r| r.key == key).map(|r| Shown {
                key,
                name: r.participant.name(tr.lang()),
                request: r.participant.answer.second_request.as_ref().map(|request| {
                    ResultVideoConferenceSecondRequest {
                        provider_list: None,
                        ..request.clone()
                    }
                }),
            })
        })
    });
    // Reads the shown participant's `providerList` in place.
    let with_providers =
        move |f: &dyn Fn(&[ParaRequestProvider]) -> Option<ParaRequestProvider>| {
            let key = selection.shown()?;
            roster.with_rows(|rows| {
                let row = rows.iter().find(|r| r.key == key)?;
                let list = row
                    .participant
                    .answer
                    .second_request
                    .as_ref()?
                    .provider_list
                    .as_deref()?;
                f(list)
            })
        };
    let entries = Memo::new(move |_| {
        let key = selection.shown();
        roster.with_rows(|rows| {
            rows.iter()
                .find(|r| Some(r.key) == key)
                .and_then(|r| r.participant.answer.second_request.as_ref())
                .and_then(|r| r.provider_list.as_deref())
                .map(|list| entries(list, tr.lang()))
                .unwrap_or_default()
        })
    });

    // The interpreter picked with "Appointment", remembered with the
    // participant it belongs to, so picking another participant falls back
    // to that participant's first appointment instead of a stale index.
    let chosen = RwSignal::new(None::<(i64, usize)>);
    let selected = Memo::new(move |_| {
        let key = shown.with(|s| s.as_ref().map(|s| s.key))?;
        match chosen.get() {
            Some((k, i)) if k == key => Some(i),
            _ => entries.with(|e| e.iter().position(|e| e.has_schedule)),
        }
    });
    let on_select = Callback::new(move |index: usize| {
        if let Some(key) = shown.with_untracked(|s| s.as_ref().map(|s| s.key)) {
            chosen.set(Some((key, index)));
        }
    });
    let provider = Memo::new(move |_| -> Option<ParaRequestProvider> {
        let index = selected.get()?;
        with_providers(&|list| list.get(index).cloned())
    });

    // Rebuilt when the language changes: the panels read their texts once
    // (plain strings, smaller than a reactive closure per label); what is
    // lost is only the interpreter filter and the UTC/PIN toggles.
    view! {
        <Show when=move || shown.with(Option::is_some)>
            <For each=move || [tr.lang()] key=|l| *l let:_lang>
                <div class="details">
                    <RequestStatus
                        name=Signal::derive(move || {
                            shown.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default())
                        })
                        request=Signal::derive(move || {
                            shown.with(|s| s.as_ref().and_then(|s| s.request.clone()))
                        })
                    />
                    {move || provider.get().map(|p| view! { <AppointmentPanel provider=p /> })}
                    <InterpreterList
                        entries=entries.into()
                        selected=selected.into()
                        on_select=on_select
                    />
                </div>
            </For>
        </Show>
    }
}
