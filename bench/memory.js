// Memory of the app's real roster (the bench page alone in the tab):
// JS heap (`performance.memory`, precise with --enable-precise-memory-info,
// after a forced GC: --js-flags=--expose-gc) and the wasm linear memory,
// after load, after 1,000 rows, and after five create/clear cycles.
// Run by `cargo xtask bench` over WebDriver; the result lands in
// `window.memoryResult`.
//
// Each clear is painted before the next rows are prepared, as it is for a
// person (the list is empty on screen before anyone can invite again). The
// render runs after the task that changed the roster, so clearing and
// preparing in one task measured the old rows, still rendered, and the new
// ones at once.
"use strict";
window.memoryResult = null;
(async () => {
  const b = window.wasmBindings;
  const paint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const sample = async () => {
    await paint();
    if (window.gc) window.gc();
    await paint();
    return { js_heap: performance.memory.usedJSHeapSize, wasm: b.bench_wasm_memory() };
  };
  const rows = (seed) => {
    const out = [];
    for (let i = 0; i < 1000; i++) {
      const id = seed * 10000 + i;
      out.push({
        sent: { Name: `Guest ${id}`, isPSTN: false, Email: `guest${id}@clinic.example` },
        answer: { RequestConferenceSessionVideoParticipantId: id, PersonName: `Guest ${id}`, AppClientEmail: `guest${id}@clinic.example`, RequestConferenceSessionVideoTypeCodeId: 1, RequestConferenceSessionVideoStatusCodeId: 2, VideoAccountIdentity: `va-${id}` },
      });
    }
    return JSON.stringify(out);
  };
  try {
    const load = await sample();
    b.bench_roster_prepare(rows(1));
    b.bench_roster_create();
    const first = await sample();
    b.bench_roster_clear();
    await paint();
    const peaks = [first];
    for (let c = 2; c <= 5; c++) {
      b.bench_roster_prepare(rows(c));
      b.bench_roster_create();
      peaks.push(await sample());
      b.bench_roster_clear();
      await paint();
    }
    b.bench_roster_prepare("[]");
    const after = await sample();
    window.memoryResult = { ok: true, load, first_peak: first, fifth_peak: peaks[4], after_five_cycles: after, peaks };
  } catch (e) {
    window.memoryResult = { ok: false, error: String((e && e.stack) || e) };
  }
})();
