//! The benchmark page (`cargo xtask bench`, feature `bench`, never in the
//! shipped build): mounts the real [`RosterPanel`] and [`InterpreterList`]
//! and exposes, through wasm-bindgen exports, the same operations the
//! hand-written reference page (`bench/vanilla.js`) performs. Data is
//! prepared before the clock starts, on both sides.

use crate::api::model::{ParaRequestProvider, ParaThirdPartyVideoParticipant};
use crate::api::ApiError;
use crate::config::Config;
use crate::domain::interpreters::{entries, Entry};
use crate::domain::participant::Participant;
use crate::i18n::Lang;
use crate::state::events::Events;
use crate::state::roster::Roster;
use crate::ui::panels::interpreters::InterpreterList;
use crate::ui::roster::RosterPanel;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static STATE: RefCell<Option<Bench>> = const { RefCell::new(None) };
}

#[derive(Clone, Copy)]
struct Bench {
    roster: Roster,
    interpreters: RwSignal<Vec<Entry>>,
    next_roster: StoredValue<Vec<Participant>>,
    next_interpreters: StoredValue<Vec<Entry>>,
}

fn bench() -> Bench {
    STATE.with(|s| s.borrow().expect("bench_mount first"))
}

/// Mounts the two lists with an empty roster and no interpreters.
pub fn mount() {
    mount_to_body(|| {
        let roster = Roster::new(Vec::new());
        let interpreters = RwSignal::new(Vec::<Entry>::new());
        provide_context(Config::default());
        provide_context(roster);
        provide_context(Events::new());
        STATE.with(|s| {
            *s.borrow_mut() = Some(Bench {
                roster,
                interpreters,
                next_roster: StoredValue::new(Vec::new()),
                next_interpreters: StoredValue::new(Vec::new()),
            })
        });
        view! {
            <main class="app">
                <RosterPanel />
                <InterpreterList
                    entries=interpreters.into()
                    selected=Signal::derive(|| None)
                    on_select=Callback::new(|_| ())
                />
            </main>
        }
    });
}

/// Decodes roster rows (`[{ "sent": {…}, "answer": {…} }]`) for the next
/// [`bench_roster_create`]; untimed.
#[wasm_bindgen]
pub fn bench_roster_prepare(json: &str) {
    let items: Vec<serde_json::Value> = serde_json::from_str(json).expect("rows");
    let rows = items
        .into_iter()
        .map(|item| {
            let sent: ParaThirdPartyVideoParticipant =
                serde_json::from_value(item["sent"].clone()).expect("sent");
            let raw = item["answer"].to_string();
            let answer = serde_json::from_str(&raw).expect("answer");
            Participant::new(sent, raw, answer)
        })
        .collect();
    bench().next_roster.set_value(rows);
}

/// Replaces the roster with the prepared rows (create, or replace all).
#[wasm_bindgen]
pub fn bench_roster_create() {
    let b = bench();
    // Taken, not cloned: a clone left a second copy of every row in memory
    // until the next prepare, which the memory figures then counted.
    let rows = b
        .next_roster
        .try_update_value(std::mem::take)
        .unwrap_or_default();
    b.roster.replace(rows);
}

/// Marks every 10th row as failed (its class and message change).
#[wasm_bindgen]
pub fn bench_roster_update() {
    let roster = bench().roster;
    let events = Events::new();
    let epoch = roster.epoch();
    let rows: Vec<_> =
        roster.with_rows_untracked(|rows| rows.iter().step_by(10).cloned().collect());
    // One render for all of them: effects run after this task.
    for row in rows {
        let failed = Err(ApiError::Timeout { seconds: 15 });
        roster.finish_removal(epoch, &row, failed, &events, Lang::En);
    }
}

/// Removes the second row.
#[wasm_bindgen]
pub fn bench_roster_remove_one() {
    let b = bench();
    if let Some(key) = b
        .roster
        .with_rows_untracked(|rows| rows.get(1).map(|r| r.key))
    {
        b.roster.remove(key);
    }
}

#[wasm_bindgen]
pub fn bench_roster_clear() {
    bench().roster.clear();
}

/// Decodes and prepares interpreters (`providerList` JSON) for the next
/// [`bench_interpreters_create`]; untimed.
#[wasm_bindgen]
pub fn bench_interpreters_prepare(json: &str) {
    let list: Vec<ParaRequestProvider> = serde_json::from_str(json).expect("providers");
    bench()
        .next_interpreters
        .set_value(entries(&list, Lang::En));
}

#[wasm_bindgen]
pub fn bench_interpreters_create() {
    let b = bench();
    let entries = b
        .next_interpreters
        .try_update_value(std::mem::take)
        .unwrap_or_default();
    b.interpreters.set(entries);
}

/// Renames every 10th interpreter (a new id, so its row is rebuilt).
#[wasm_bindgen]
pub fn bench_interpreters_update() {
    bench().interpreters.update(|list| {
        for e in list.iter_mut().step_by(10) {
            e.name.push_str(" !!!");
            e.id = e.id.map(|id| -id);
        }
    });
}

#[wasm_bindgen]
pub fn bench_interpreters_remove_one() {
    bench().interpreters.update(|list| {
        if list.len() > 1 {
            list.remove(1);
        }
    });
}

#[wasm_bindgen]
pub fn bench_interpreters_clear() {
    bench().interpreters.set(Vec::new());
}

/// The wasm linear memory's size in bytes.
#[wasm_bindgen]
pub fn bench_wasm_memory() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}
