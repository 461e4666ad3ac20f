//! The roster's state: the third parties invited in this conference, each
//! row's place in the remove flow, kept for the tab so a reload loses
//! nothing.
//!
//! The roster owns all of it. A row is a key, the shared participant and
//! its remove state as a reference-counted signal (`ArcRwSignal`), which
//! belongs to no component's owner: a row added by a component that is gone
//! a moment later (a kiosk reset while the invite was on its way) holds
//! nothing that can be disposed under it, and a row that leaves the list is
//! freed with the last view that showed it.
//!
//! Measured against one map of row states keyed by row (one signal that
//! every row reads): the map made each row subscribe to the same signal,
//! and a signal's subscriber list is a vector, so 5,000 rows took 2.4 s to
//! create and 6 s to clear. One small signal per row keeps both linear.

use crate::api::ApiError;
use crate::domain::participant::Participant;
use crate::domain::saved::{self, STORAGE_KEY};
use crate::i18n::Lang;
use crate::platform::storage;
use crate::state::events::{AppEvent, Events};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Where a row is in the remove flow.
#[derive(Clone, Debug, PartialEq)]
pub enum RowState {
    Idle,
    Removing,
    /// The remove failed; the row stays, with this message beside it.
    Failed(ApiError),
}

/// A participant as the roster lists it. Cheap to clone: the participant
/// (with its interpreter list, possibly thousands long) and the state are
/// shared.
#[derive(Clone, Debug)]
pub struct Row {
    /// Stable key for the list: the server's participant id, or a local one
    /// (negative, never clashing) if the answer had none.
    pub key: i64,
    pub participant: Arc<Participant>,
    /// Where the row is in the remove flow (tracked when read).
    pub state: ArcRwSignal<RowState>,
}

static LOCAL_KEYS: AtomicI64 = AtomicI64::new(-1);

impl Row {
    fn new(participant: Participant) -> Row {
        let key = participant
            .id()
            .unwrap_or_else(|| LOCAL_KEYS.fetch_sub(1, Ordering::Relaxed));
        Row {
            key,
            participant: Arc::new(participant),
            state: ArcRwSignal::new(RowState::Idle),
        }
    }
}

/// How much of the roster the tab's storage kept, for a reload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// All of it (or there is nothing to keep).
    Kept,
    /// Everyone, without the interpreter lists: the full text was refused.
    Lean,
    /// Nothing: the browser refused even that (the key is removed, so no
    /// stale list comes back after a reload).
    Refused,
}

/// A moment in the roster's life: work started before a [`Roster::clear`]
/// (a reset) carries an older one and is not applied after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Epoch(u64);

/// The roster's state, shared through context: the invite adds to it, the
/// list shows it and removes from it.
#[derive(Clone, Copy)]
pub struct Roster {
    rows: RwSignal<Vec<Row>>,
    /// The Idempotency-Key of each row's removal, kept across its retries.
    kick_keys: StoredValue<HashMap<i64, String>>,
    epoch: StoredValue<u64>,
    saving: RwSignal<Saving>,
}

impl Roster {
    pub fn new(participants: Vec<Participant>) -> Roster {
        Roster {
            rows: RwSignal::new(participants.into_iter().map(Row::new).collect()),
            kick_keys: StoredValue::new(HashMap::new()),
            epoch: StoredValue::new(0),
            saving: RwSignal::new(Saving::Kept),
        }
    }

    /// The roster saved for this tab, and a notice (in `lang`) when a saved
    /// one had to be discarded.
    pub fn load_saved(lang: Lang) -> (Vec<Participant>, Option<String>) {
        match storage::read(STORAGE_KEY) {
            None => (Vec::new(), None),
            Some(text) => match saved::decode(&text, lang) {
                Ok(participants) => (participants, None),
                Err(notice) => {
                    storage::remove(STORAGE_KEY);
                    (Vec::new(), Some(notice))
                }
            },
        }
    }

    /// Adds a participant. The same answer again (a replayed retry) replaces
    /// its row; a different person under an id already listed (a server
    /// that repeats ids) gets a row of its own, with a local key, so nobody
    /// is silently replaced. Returns the row's key.
    pub fn add(&self, participant: Participant) -> i64 {
        let mut row = Row::new(participant);
        let taken_by_another = self.rows.with_untracked(|rows| {
            rows.iter()
                .any(|r| r.key == row.key && r.participant.raw != row.participant.raw)
        });
        if taken_by_another {
            row.key = LOCAL_KEYS.fetch_sub(1, Ordering::Relaxed);
        }
        let key = row.key;
        self.forget_state(key);
        self.rows.update(|rows| {
            rows.retain(|r| r.key != key);
            rows.push(row);
        });
        key
    }

    /// Takes a row out of the list, with its remove state.
    pub fn remove(&self, key: i64) {
        self.forget_state(key);
        self.rows.update(|rows| rows.retain(|r| r.key != key));
    }

    fn forget_state(&self, key: i64) {
        self.kick_keys.update_value(|k| {
            k.remove(&key);
        });
    }

    /// Forgets everyone (the app's list only: the conference on the server
    /// is not touched). Used by the kiosk reset and the host's `reset`; work
    /// still under way for the old list is not applied after it.
    pub fn clear(&self) {
        self.epoch.update_value(|e| *e += 1);
        self.kick_keys.update_value(HashMap::clear);
        self.rows.set(Vec::new());
    }

    /// Now, to compare with later ([`Roster::is_current`]).
    pub fn epoch(&self) -> Epoch {
        Epoch(self.epoch.get_value())
    }

    /// Whether no reset happened since `epoch`.
    pub fn is_current(&self, epoch: Epoch) -> bool {
        self.epoch() == epoch
    }

    /// Whether no one is in the list (tracked).
    pub fn is_empty(&self) -> bool {
        self.rows.with(Vec::is_empty)
    }

    /// How many are in the list (tracked).
    pub fn len(&self) -> usize {
        self.rows.with(Vec::len)
    }

    /// Reads the rows (tracked), for views derived from the roster.
    pub fn with_rows<T>(&self, f: impl FnOnce(&[Row]) -> T) -> T {
        self.rows.with(|rows| f(rows))
    }

    /// Reads the rows without tracking (event handlers, benchmarks).
    pub fn with_rows_untracked<T>(&self, f: impl FnOnce(&[Row]) -> T) -> T {
        self.rows.with_untracked(|rows| f(rows))
    }

    /// Replaces everyone at once (one update, however many rows).
    pub fn replace(&self, participants: Vec<Participant>) {
        self.kick_keys.update_value(HashMap::clear);
        self.rows
            .set(participants.into_iter().map(Row::new).collect());
    }

    /// Starts removing the row: marks it and returns the Idempotency-Key of
    /// its removal (the same for every retry of it). `None` when the row is
    /// already being removed, or gone: a second tap sends nothing.
    pub fn begin_removal(&self, row: &Row) -> Option<String> {
        let key = row.key;
        let present = self.rows.with_untracked(|r| r.iter().any(|r| r.key == key));
        if !present || *row.state.read_untracked() == RowState::Removing {
            return None;
        }
        row.state.set(RowState::Removing);
        let idempotency_key = self
            .kick_keys
            .with_value(|k| k.get(&key).cloned())
            .unwrap_or_else(crate::api::new_idempotency_key);
        self.kick_keys.update_value(|k| {
            k.insert(key, idempotency_key.clone());
        });
        Some(idempotency_key)
    }

    /// What a finished removal changes, unless a reset came first: on
    /// success the row leaves and the host is told; on failure the row
    /// stays with the error beside it. Returns whether it was applied.
    pub fn finish_removal(
        &self,
        epoch: Epoch,
        row: &Row,
        outcome: Result<(), ApiError>,
        events: &Events,
    ) -> bool {
        if !self.is_current(epoch) {
            return false;
        }
        match outcome {
            Ok(()) => {
                self.remove(row.key);
                events.emit(AppEvent::Removed {
                    conference_id: row.participant.answer.request_conference_session_id,
                    participant_id: row.participant.id(),
                });
            }
            Err(error) => row.state.set(RowState::Failed(error)),
        }
        true
    }

    /// How much of the roster a reload would bring back (tracked).
    pub fn saving(&self) -> Saving {
        self.saving.get()
    }

    /// Keeps sessionStorage in step with the roster (syncing with the
    /// outside world is what an Effect is for). When the browser refuses
    /// the full text (its quota is a few MB; an answer can list thousands of
    /// interpreters), the lean form without interpreter lists is kept; when
    /// it refuses that too, the key is removed: a refused write leaves the
    /// old text in place, which would bring back someone already removed.
    pub fn persist(&self) {
        let rows = self.rows;
        let saving = self.saving;
        Effect::new(move || {
            let outcome = rows.with(|rows| {
                let people = || rows.iter().map(|r| &*r.participant);
                // An empty roster leaves nothing behind for the next person at a kiosk.
                if rows.is_empty() {
                    storage::remove(STORAGE_KEY);
                    Saving::Kept
                } else if storage::write(STORAGE_KEY, &saved::encode(people())) {
                    Saving::Kept
                } else {
                    storage::remove(STORAGE_KEY);
                    match storage::write(STORAGE_KEY, &saved::encode_lean(people())) {
                        true => Saving::Lean,
                        false => Saving::Refused,
                    }
                }
            });
            if saving.get_untracked() != outcome {
                saving.set(outcome);
            }
        });
    }
}
