// Drives the app (left frame: the real Leptos components, wasm exports
// `bench_*`) and the hand-written reference (right frame: `window.bench`)
// through the same operations, alternating the two in one browser session.
// Each operation is timed from the call to the next paint: the frame's
// requestAnimationFrame, then a task after it (the paint has happened).
// `cargo xtask bench` starts `runAll()` over WebDriver and polls
// `window.benchResult`.
"use strict";

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}
const FIRST = ["Ana", "Omar", "Li", "María", "John", "Fatima", "Kenji", "Olga", "Pierre", "Zainab", "Diego", "Priya"];
const LAST = ["García", "Haddad", "Wang", "Smith", "Kowalski", "Nguyen", "Okafor", "Rossi", "Tanaka", "Silva"];
const LANGS = ["English", "Spanish", "Arabic", "Mandarin", "French", "Russian", "Vietnamese", "Portuguese"];

let nextId = 1;
function rosterData(n, seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = nextId++;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const pstn = r() < 0.4;
    const phone = `+4420794${String(10000 + id).slice(-5)}`;
    const email = `guest${id}@clinic.example`;
    out.push({
      sent: { Name: name, isPSTN: pstn, isPSTNStr: String(pstn), Email: pstn ? null : email, PhoneNumber: pstn ? phone : null, RegionId: 1 },
      answer: {
        RequestConferenceSessionId: 9001,
        RequestConferenceSessionVideoParticipantId: id,
        RequestConferenceSessionVideoTypeCodeId: pstn ? 2 : 1,
        RequestConferenceSessionVideoStatusCodeId: 1 + Math.floor(r() * 3),
        PersonName: name,
        AppClientEmail: pstn ? null : email,
        AppClientPhoneNumber: pstn ? phone : null,
        VideoAccountIdentity: `va-${id}`,
      },
    });
  }
  return JSON.stringify(out);
}
function interpreterData(n, seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({
      RequestProviderId: nextId++,
      Name: `${pick(FIRST)} ${pick(LAST)}`,
      NativeLanguage: [pick(LANGS)],
      OtherLanguage: [pick(LANGS), pick(LANGS)],
      ProviderRate: Math.round(r() * 50) / 10,
      ProviderPerformance: Math.round(r() * 50) / 10,
      NeedHelpLanguage: r() < 0.3 ? pick(LANGS) : null,
      SupportCall: r() < 0.8, SupportVideo: r() < 0.7, SupportText: r() < 0.5,
      ProviderSpecialTypeId: r() < 0.2 ? 2 : null,
      AnyMeetingExist: r() < 0.5,
      isSchedule: null,
    });
  }
  return JSON.stringify(out);
}

function side(name) {
  const win = document.getElementById(name).contentWindow;
  const api = () => {
    if (name === "vanilla") return win.bench;
    const b = win.wasmBindings;
    if (!b) return undefined;
    return {
      rosterPrepare: b.bench_roster_prepare, rosterCreate: b.bench_roster_create,
      rosterUpdate: b.bench_roster_update, rosterRemoveOne: b.bench_roster_remove_one,
      rosterClear: b.bench_roster_clear,
      interpretersPrepare: b.bench_interpreters_prepare, interpretersCreate: b.bench_interpreters_create,
      interpretersUpdate: b.bench_interpreters_update, interpretersRemoveOne: b.bench_interpreters_remove_one,
      interpretersClear: b.bench_interpreters_clear, wasmMemory: b.bench_wasm_memory,
    };
  };
  return { name, win, api };
}

const nextPaint = (win) => new Promise((done) => win.requestAnimationFrame(() => win.setTimeout(done, 0)));
const settle = (win) => nextPaint(win).then(() => nextPaint(win));

async function timed(s, fn) {
  const t0 = performance.now();
  fn();
  await nextPaint(s.win);
  return performance.now() - t0;
}

// One pass over a list: the six operations of the issue, in order.
async function pass(s, list, record) {
  const a = s.api();
  const prep = list === "roster" ? [a.rosterPrepare, rosterData] : [a.interpretersPrepare, interpreterData];
  const op = (k) => a[list + k];
  prep[0](prep[1](1000, 1));
  await settle(s.win);
  record("create 1,000", await timed(s, op("Create")));
  prep[0](prep[1](1000, 2));
  await settle(s.win);
  record("replace all 1,000", await timed(s, op("Create")));
  await settle(s.win);
  record("update every 10th", await timed(s, op("Update")));
  await settle(s.win);
  record("remove one", await timed(s, op("RemoveOne")));
  await settle(s.win);
  record("clear", await timed(s, op("Clear")));
  prep[0](prep[1](5000, 3));
  await settle(s.win);
  record("create 5,000", await timed(s, op("Create")));
  await settle(s.win);
  op("Clear")();
  await settle(s.win);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function ready(s) {
  for (let i = 0; i < 600; i++) {
    const a = s.api();
    if (a && a.rosterCreate && s.win.document.querySelector("section.roster")) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${s.name} frame never became ready`);
}

async function runAll(runs, warmup) {
  const app = side("app"), vanilla = side("vanilla");
  await ready(app);
  await ready(vanilla);
  const samples = {}; // "list|op|side" -> [ms]
  for (let i = 0; i < warmup + runs; i++) {
    const order = i % 2 ? [vanilla, app] : [app, vanilla];
    for (const list of ["roster", "interpreters"]) {
      for (const s of order) {
        await pass(s, list, (op, ms) => {
          if (i < warmup) return;
          const k = `${list}|${op}|${s.name}`;
          (samples[k] = samples[k] || []).push(ms);
        });
      }
    }
  }
  const rows = [];
  for (const k of Object.keys(samples)) {
    const [list, op, who] = k.split("|");
    if (who !== "app") continue;
    const appMs = median(samples[k]);
    const jsMs = median(samples[`${list}|${op}|vanilla`]);
    rows.push({ list, op, app_ms: appMs, vanilla_ms: jsMs, ratio: appMs / jsMs, runs: samples[k].length });
  }
  return rows;
}

window.benchResult = null;
window.startBench = (runs, warmup) => {
  runAll(runs, warmup).then(
    (rows) => { window.benchResult = { ok: true, rows }; },
    (e) => { window.benchResult = { ok: false, error: String(e && e.stack || e) }; },
  );
};
