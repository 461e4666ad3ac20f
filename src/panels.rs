//! The details under the roster: for one invited participant, their
//! interpreting request ([`RequestStatus`]), the interpreters offered
//! ([`InterpreterList`]) and the chosen interpreter's appointment
//! ([`AppointmentPanel`]).
//!
//! Whose details: the participant picked with a roster row's "Details"
//! button, else the one invited last. Everything here is derived from the
//! roster and two choices (participant, interpreter); nothing is copied.

use crate::appointment::AppointmentPanel;
use crate::clock::Clock;
use crate::interpreters::{self, InterpreterList};
use crate::model::{ParaRequestProvider, ResultVideoConferenceSecondRequest};
use crate::request::RequestStatus;
use crate::roster::Roster;
use leptos::prelude::*;

/// Which participant's details are shown, shared through context.
#[derive(Clone, Copy)]
pub struct Selection {
    roster: Roster,
    /// The roster key picked with "Details", with the key of the newest
    /// participant at that moment: a later invite supersedes the choice
    /// (the interpreter who just invited someone wants to see them).
    chosen: RwSignal<Option<(i64, Option<i64>)>>,
    /// The roster key whose details are shown: the chosen one while it is in
    /// the roster and no one was invited since, else the most recently invited.
    shown: Memo<Option<i64>>,
}

impl Selection {
    pub fn new(roster: Roster) -> Selection {
        let chosen = RwSignal::new(None);
        let shown = Memo::new(move |_| {
            let chosen = chosen.get();
            roster.with_rows(|rows| {
                let newest = rows.last().map(|r| r.key);
                match chosen {
                    Some((key, newest_then))
                        if newest_then == newest && rows.iter().any(|r| r.key == key) =>
                    {
                        Some(key)
                    }
                    _ => newest,
                }
            })
        });
        Selection {
            roster,
            chosen,
            shown,
        }
    }

    /// Shows the details of the participant with roster key `key`.
    pub fn show(&self, key: i64) {
        let newest = self.roster.with_rows(|rows| rows.last().map(|r| r.key));
        self.chosen.set(Some((key, newest)));
    }

    /// The roster key whose details are shown.
    pub fn shown(&self) -> Option<i64> {
        self.shown.get()
    }
}

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
                name: r.participant.name(),
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
                .map(interpreters::entries)
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
    let tr = crate::i18n::use_tr();
    view! {
        <Show when=move || shown.with(Option::is_some)>
            <For each=move || [tr.lang()] key=|l| *l let:_lang>
            <div class="details">
                <RequestStatus
                    name=Signal::derive(move || shown.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default()))
                    request=Signal::derive(move || shown.with(|s| s.as_ref().and_then(|s| s.request.clone())))
                />
                {move || provider.get().map(|p| view! { <AppointmentPanel provider=p /> })}
                <InterpreterList entries=entries.into() selected=selected.into() on_select=on_select />
            </div>
            </For>
        </Show>
    }
}
