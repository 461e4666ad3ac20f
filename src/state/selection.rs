//! Whose details are shown under the roster: the participant picked with a
//! roster row's "Details" button, else the one invited last.

use crate::state::roster::Roster;
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
