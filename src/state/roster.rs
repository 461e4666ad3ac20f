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
use crate::domain::saved::{self, Kept, Restored, STORAGE_KEY};
use crate::domain::time;
use crate::domain::timeline::{self, Step};
use crate::i18n::Lang;
use crate::platform::storage;
use crate::state::events::{AppEvent, Events};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Where a row is in the remove (or call again) flow.
#[derive(Clone, Debug, PartialEq)]
pub enum RowState {
    Idle,
    Removing,
    /// The remove failed; the row stays, with this message beside it.
    Failed(ApiError),
    /// Call again is on its way.
    CallingAgain,
    /// Call again failed; the row keeps its leg, with this message beside it.
    CallFailed(ApiError),
}

/// A participant as the roster lists it. Cheap to clone: the participant
/// (with its interpreter list, possibly thousands long) and the state are
/// shared.
#[derive(Clone, Debug)]
pub struct Row {
    /// Stable key for the list: the server's participant id, or a local one
    /// (negative, never clashing) if the answer had none. It stays when the
    /// person is called again (a new leg, a new participant id).
    pub key: i64,
    /// The current leg: the participant as the last invite answered.
    pub participant: Arc<Participant>,
    /// Which leg this is (0 for the first; each Call again adds one).
    pub leg: u32,
    /// Where the row is in the remove flow (tracked when read).
    pub state: ArcRwSignal<RowState>,
    /// What happened to the person, in order (tracked when read).
    pub timeline: ArcRwSignal<Vec<Step>>,
}

static LOCAL_KEYS: AtomicI64 = AtomicI64::new(-1);

impl Row {
    fn new(participant: Participant, timeline: Vec<Step>) -> Row {
        let key = participant
            .id()
            .unwrap_or_else(|| LOCAL_KEYS.fetch_sub(1, Ordering::Relaxed));
        Row {
            key,
            participant: Arc::new(participant),
            leg: 0,
            state: ArcRwSignal::new(RowState::Idle),
            timeline: ArcRwSignal::new(timeline),
        }
    }

    /// The status now (tracked): the portal's latest on this leg, else the
    /// invite answer's.
    pub fn status(&self) -> Option<i64> {
        let answered = self
            .participant
            .answer
            .request_conference_session_video_status_code_id;
        self.timeline
            .with(|steps| timeline::current_status(steps, answered))
    }

    /// Whether the person was reached by phone.
    pub fn by_phone(&self) -> bool {
        self.participant.sent.is_pstn.unwrap_or(false)
    }

    fn record(&self, step: Step) {
        self.timeline.update(|steps| steps.push(step));
    }
}

/// A status the portal reported for a participant (`participant-status`).
#[derive(Clone, Debug, PartialEq)]
pub struct StatusReport {
    pub participant_id: i64,
    pub status_code: i64,
    /// ms since 1970; now when the portal sent no time.
    pub at: f64,
    pub detail: Option<String>,
}

/// What a live region says next (the view words it in the viewer's language).
#[derive(Clone, Debug, PartialEq)]
pub struct News {
    /// The row it is about.
    pub key: i64,
    pub name_source: Arc<Participant>,
    pub status: i64,
    /// Counts up, so the same words twice are still a new announcement.
    pub serial: u64,
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
    /// People removed in this tab, with their timelines, in order.
    removed: RwSignal<Vec<Row>>,
    /// The latest status change, for the polite live region.
    news: RwSignal<Option<News>>,
}

impl Roster {
    pub fn new(participants: Vec<Participant>) -> Roster {
        Roster::restore(Restored {
            people: participants
                .into_iter()
                .map(|participant| Kept {
                    participant,
                    timeline: Vec::new(),
                })
                .collect(),
            removed: Vec::new(),
        })
    }

    /// The roster as the tab kept it, timelines and the removed included.
    pub fn restore(restored: Restored) -> Roster {
        let rows = |list: Vec<Kept>| -> Vec<Row> {
            list.into_iter()
                .map(|k| Row::new(k.participant, k.timeline))
                .collect()
        };
        Roster {
            rows: RwSignal::new(rows(restored.people)),
            kick_keys: StoredValue::new(HashMap::new()),
            epoch: StoredValue::new(0),
            saving: RwSignal::new(Saving::Kept),
            removed: RwSignal::new(rows(restored.removed)),
            news: RwSignal::new(None),
        }
    }

    /// The roster saved for this tab, and a notice (in `lang`) when a saved
    /// one had to be discarded.
    pub fn load_saved(lang: Lang) -> (Restored, Option<String>) {
        match storage::read(STORAGE_KEY) {
            None => (Restored::default(), None),
            Some(text) => match saved::decode(&text, lang) {
                Ok(restored) => (restored, None),
                Err(notice) => {
                    storage::remove(STORAGE_KEY);
                    (Restored::default(), Some(notice))
                }
            },
        }
    }

    /// Adds a participant. The same answer again (a replayed retry) replaces
    /// its row; a different person under an id already listed (a server
    /// that repeats ids) gets a row of its own, with a local key, so nobody
    /// is silently replaced. Returns the row's key.
    pub fn add(&self, participant: Participant) -> i64 {
        let first = Step::Invited {
            at: time::now_ms(),
            by_phone: participant.sent.is_pstn.unwrap_or(false),
            participant_id: participant.id(),
        };
        let mut row = Row::new(participant, vec![first]);
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
        self.removed.set(Vec::new());
        self.news.set(None);
    }

    /// Whether the row is still listed and nothing is under way for it (a
    /// removal or a Call again): one action at a time per person.
    fn is_free(&self, row: &Row) -> bool {
        let present = self
            .rows
            .with_untracked(|r| r.iter().any(|r| r.key == row.key));
        present
            && !matches!(
                *row.state.read_untracked(),
                RowState::Removing | RowState::CallingAgain
            )
    }

    /// The people removed in this tab (tracked), oldest first.
    pub fn with_removed<T>(&self, f: impl FnOnce(&[Row]) -> T) -> T {
        self.removed.with(|rows| f(rows))
    }

    /// The latest status change to announce (tracked).
    pub fn news(&self) -> Option<News> {
        self.news.get()
    }

    /// A status the portal reported: recorded on the person's current leg
    /// and announced, unless it repeats the last one. `Err` when no one in
    /// the roster has that participant id (the host is told).
    pub fn report_status(&self, report: StatusReport) -> Result<(), String> {
        let row = self.rows.with_untracked(|rows| {
            rows.iter()
                .find(|r| r.participant.id() == Some(report.participant_id))
                .cloned()
        });
        let Some(row) = row else {
            return Err(format!(
                "No participant {} is in the roster.",
                report.participant_id
            ));
        };
        let detail = report.detail.filter(|d| !d.trim().is_empty());
        let news = row
            .timeline
            .with_untracked(|s| timeline::is_news(s, report.status_code, detail.as_deref()));
        if news {
            row.record(Step::Status {
                at: report.at,
                code: report.status_code,
                detail,
            });
            let serial = self
                .news
                .with_untracked(|n| n.as_ref().map_or(0, |n| n.serial + 1));
            self.news.set(Some(News {
                key: row.key,
                name_source: row.participant.clone(),
                status: report.status_code,
                serial,
            }));
        }
        Ok(())
    }

    /// Starts calling the row's person again: marks it. `false` when it is
    /// already under way, or the row is gone: a second tap sends nothing.
    pub fn begin_call_again(&self, row: &Row) -> bool {
        if !self.is_free(row) {
            return false;
        }
        row.state.set(RowState::CallingAgain);
        row.record(Step::CalledAgain {
            at: time::now_ms(),
            previous_participant_id: row.participant.id(),
        });
        true
    }

    /// What a finished Call again changes, unless a reset came first: on
    /// success the new answer becomes the row's current leg (its removal
    /// sends the new answer) and the host hears `invited` with `again`; on
    /// failure the row keeps its leg, with the error beside it.
    pub fn finish_call_again(
        &self,
        epoch: Epoch,
        row: &Row,
        outcome: Result<Participant, ApiError>,
        events: &Events,
        lang: Lang,
    ) -> bool {
        if !self.is_current(epoch) {
            return false;
        }
        match outcome {
            Ok(participant) => {
                let at = time::now_ms();
                row.record(Step::Invited {
                    at,
                    by_phone: true,
                    participant_id: participant.id(),
                });
                events.emit(AppEvent::Invited {
                    conference_id: participant.answer.request_conference_session_id,
                    participant_id: participant.id(),
                    video_account_identity: participant.answer.video_account_identity.clone(),
                    participant: serde_json::from_str(&participant.raw).unwrap_or_default(),
                    at: time::iso(time::from_ms(at)),
                    again: true,
                    previous_participant_id: row.participant.id(),
                });
                let next = Row {
                    key: row.key,
                    participant: Arc::new(participant),
                    leg: row.leg + 1,
                    state: row.state.clone(),
                    timeline: row.timeline.clone(),
                };
                next.state.set(RowState::Idle);
                self.forget_state(row.key);
                self.rows.update(|rows| {
                    if let Some(slot) = rows.iter_mut().find(|r| r.key == next.key) {
                        *slot = next;
                    }
                });
            }
            Err(error) => {
                row.record(Step::CallAgainFailed {
                    at: time::now_ms(),
                    reason: error.message(lang),
                });
                row.state.set(RowState::CallFailed(error));
            }
        }
        true
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
        self.rows.set(
            participants
                .into_iter()
                .map(|p| Row::new(p, Vec::new()))
                .collect(),
        );
    }

    /// Starts removing the row: marks it and returns the Idempotency-Key of
    /// its removal (the same for every retry of it). `None` when the row is
    /// already being removed, or gone: a second tap sends nothing.
    pub fn begin_removal(&self, row: &Row) -> Option<String> {
        let key = row.key;
        if !self.is_free(row) {
            return None;
        }
        row.state.set(RowState::Removing);
        row.record(Step::RemovalAsked { at: time::now_ms() });
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
        lang: Lang,
    ) -> bool {
        if !self.is_current(epoch) {
            return false;
        }
        match outcome {
            Ok(()) => {
                let at = time::now_ms();
                row.record(Step::Removed { at });
                self.remove(row.key);
                // Kept for its timeline ("who was removed, and when").
                self.removed.update(|gone| gone.push(row.clone()));
                events.emit(AppEvent::Removed {
                    conference_id: row.participant.answer.request_conference_session_id,
                    participant_id: row.participant.id(),
                    at: time::iso(time::from_ms(at)),
                });
            }
            Err(error) => {
                row.record(Step::RemovalFailed {
                    at: time::now_ms(),
                    reason: error.message(lang),
                });
                row.state.set(RowState::Failed(error));
            }
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
        let removed = self.removed;
        let saving = self.saving;
        Effect::new(move || {
            // Each timeline is read (tracked): a status change is saved too.
            let kept = |list: &[Row]| -> Vec<(Arc<Participant>, Vec<Step>)> {
                list.iter()
                    .map(|r| (r.participant.clone(), r.timeline.get()))
                    .collect()
            };
            let people = rows.with(|r| kept(r));
            let gone = removed.with(|r| kept(r));
            fn keep(list: &[(Arc<Participant>, Vec<Step>)]) -> Vec<saved::Keep<'_>> {
                list.iter().map(|(p, t)| (&**p, t.as_slice())).collect()
            }
            let outcome = {
                // An empty roster leaves nothing behind for the next person at a kiosk.
                if people.is_empty() && gone.is_empty() {
                    storage::remove(STORAGE_KEY);
                    Saving::Kept
                } else if storage::write(STORAGE_KEY, &saved::encode(keep(&people), keep(&gone))) {
                    Saving::Kept
                } else {
                    storage::remove(STORAGE_KEY);
                    match storage::write(
                        STORAGE_KEY,
                        &saved::encode_lean(keep(&people), keep(&gone)),
                    ) {
                        true => Saving::Lean,
                        false => Saving::Refused,
                    }
                }
            };
            if saving.get_untracked() != outcome {
                saving.set(outcome);
            }
        });
    }
}
