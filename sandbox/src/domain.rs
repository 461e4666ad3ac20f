//! The domain state: what the sandbox remembers between requests. The
//! conference roster, every answer it gave, and what tests asked of it
//! through `/__sandbox/` (latency, a pending fault plan, idempotency keys),
//! all behind one lock so that a reset clears everything at once.
//!
//! It names no HTTP handler or route: the handlers (`api`, `control`) call
//! into it, never the other way round.
//!
//! Imports: [`crate::faults`], [`crate::idempotency`].

use std::collections::BTreeMap;

use axum::http::StatusCode;
use serde::Serialize;
use serde_json::{json, Value};

use crate::faults::{FailPlan, Pending};
use crate::idempotency::{Begun, Replays, StoredAnswer};

/// The platform's invite operation, by the path the API serves it on (the
/// request log counts requests by path).
pub const INVITE_PATH: &str = "/Provider/Task/InviteThirdPartyVideoConference";
/// The platform's kick operation, by path.
pub const KICK_PATH: &str = "/Client/Request/KickThirdPartyVideoParticipant";

/// The id of the sandbox's single conference session.
pub const CONFERENCE_ID: u64 = 5001;

/// The first participant id after start-up or a reset: three digits, so it
/// cannot be mistaken for the conference id or a list index.
pub const FIRST_PARTICIPANT_ID: u64 = 101;

/// A kick as received, for tests to check that the app echoed the invite answer.
#[derive(Clone, Debug, Serialize)]
pub struct KickRecord {
    pub body: Value,
    pub matches_answer: bool,
    pub status: u16,
}

/// One API request (control routes and static files are not recorded).
#[derive(Clone, Debug, Serialize)]
pub struct RequestRecord {
    pub method: String,
    pub path: String,
    /// `None` while it runs, and for good if the client gave up (timeout,
    /// closed connection) before the answer was sent.
    pub status: Option<u16>,
    pub idempotency_key: Option<String>,
    /// Answered from an earlier request with the same key.
    pub replayed: bool,
    /// The body's size as sent (`Content-Length`).
    pub body_bytes: Option<u64>,
}

#[derive(Debug)]
pub struct Conference {
    next_participant_id: u64,
    /// Every answer given since the last reset, kept after a kick so that a
    /// repeated kick can still be compared with what was sent.
    answers: BTreeMap<u64, Value>,
    /// Participants still in the call, in the order they were invited.
    roster: Vec<u64>,
    /// Every invite body that reached the handler, valid or not, as sent.
    invites: Vec<Value>,
    kicks: Vec<KickRecord>,
    requests: Vec<RequestRecord>,
    /// Content Security Policy violations the browser reported.
    csp_reports: Vec<Value>,
    failure: Pending,
    idempotent: Replays,
    latency_ms: u64,
    initial_latency_ms: u64,
    /// How many interpreters each invite answer lists; `None`: the curated few.
    interpreters: Option<usize>,
    initial_interpreters: Option<usize>,
    /// Invite answers typed as .NET servers do ([`crate::oddities`]).
    odd_types: bool,
}

impl Conference {
    pub fn new(latency_ms: u64) -> Self {
        Self {
            next_participant_id: FIRST_PARTICIPANT_ID,
            answers: BTreeMap::new(),
            roster: Vec::new(),
            invites: Vec::new(),
            kicks: Vec::new(),
            requests: Vec::new(),
            csp_reports: Vec::new(),
            failure: Pending::default(),
            idempotent: Replays::default(),
            latency_ms,
            initial_latency_ms: latency_ms,
            interpreters: None,
            initial_interpreters: None,
            odd_types: false,
        }
    }

    /// Back to the start-up state, latency included, so tests do not leak
    /// settings into each other.
    pub fn reset(&mut self) {
        let interpreters = self.initial_interpreters;
        *self = Self::new(self.initial_latency_ms);
        self.set_initial_interpreters(interpreters);
    }

    pub fn next_participant_id(&mut self) -> u64 {
        let id = self.next_participant_id;
        self.next_participant_id += 1;
        id
    }

    pub fn admit(&mut self, id: u64, answer: Value) {
        self.answers.insert(id, answer);
        self.roster.push(id);
    }

    pub fn answer_for(&self, id: u64) -> Option<&Value> {
        self.answers.get(&id)
    }

    /// Takes `id` out of the call; false if it was not in it.
    pub fn remove(&mut self, id: u64) -> bool {
        let before = self.roster.len();
        self.roster.retain(|&active| active != id);
        self.roster.len() < before
    }

    pub fn record_csp_report(&mut self, report: Value) {
        self.csp_reports.push(report);
    }

    pub fn record_invite(&mut self, body: Value) {
        self.invites.push(body);
    }

    pub fn record_kick(&mut self, body: Value, matches_answer: bool, status: StatusCode) {
        self.kicks.push(KickRecord {
            body,
            matches_answer,
            status: status.as_u16(),
        });
    }

    /// Logs a request as it arrives, so that one the client abandons is
    /// still counted; returns its place for [`Conference::answered`].
    pub fn record_request(
        &mut self,
        method: String,
        path: String,
        idempotency_key: Option<String>,
        body_bytes: Option<u64>,
    ) -> usize {
        self.requests.push(RequestRecord {
            method,
            path,
            status: None,
            idempotency_key,
            replayed: false,
            body_bytes,
        });
        self.requests.len() - 1
    }

    /// Completes the log entry of a request that got an answer.
    pub fn answered(&mut self, index: usize, status: StatusCode, replayed: bool) {
        if let Some(record) = self.requests.get_mut(index) {
            record.status = Some(status.as_u16());
            record.replayed = replayed;
        }
    }

    /// Starts a request that carries an idempotency key.
    pub fn begin(&mut self, path: &str, key: &str) -> Begun {
        self.idempotent.begin(path, key)
    }

    /// Ends a request begun with [`Conference::begin`]: a 2xx answer is kept
    /// for replay; anything else frees the key for a real retry.
    pub fn finish(&mut self, path: &str, key: &str, answer: StoredAnswer) {
        self.idempotent.finish(path, key, answer);
    }

    pub fn latency_ms(&self) -> u64 {
        self.latency_ms
    }

    pub fn set_latency_ms(&mut self, ms: u64) {
        self.latency_ms = ms;
    }

    /// The start-up interpreter count (`--interpreters`), kept across resets.
    pub fn set_initial_interpreters(&mut self, count: Option<usize>) {
        self.initial_interpreters = count;
        self.interpreters = count;
    }

    pub fn interpreters(&self) -> Option<usize> {
        self.interpreters
    }

    pub fn set_interpreters(&mut self, count: Option<usize>) {
        self.interpreters = count;
    }

    /// Replaces the pending fault plan; a count of 0 cancels it.
    pub fn odd_types(&self) -> bool {
        self.odd_types
    }

    pub fn set_odd_types(&mut self, on: bool) {
        self.odd_types = on;
    }

    pub fn set_failure(&mut self, plan: FailPlan) {
        self.failure.set(plan);
    }

    /// Spends one injected failure, if any are left.
    pub fn take_failure(&mut self) -> Option<FailPlan> {
        self.failure.take()
    }

    /// The body of `GET /__sandbox/state`.
    pub fn snapshot(&self) -> Value {
        let count = |path: &str| self.requests.iter().filter(|r| r.path == path).count();
        let participants: Vec<&Value> = self
            .roster
            .iter()
            .filter_map(|id| self.answers.get(id))
            .collect();
        json!({
            "participants": participants,
            "invite_requests": count(INVITE_PATH),
            "kick_requests": count(KICK_PATH),
            "invites": self.invites,
            "kicks": self.kicks,
            "requests": self.requests,
            "csp_reports": self.csp_reports,
            "latency_ms": self.latency_ms,
            "fail": self.failure,
        })
    }
}
