// The hand-written reference: the same DOM the app's roster and interpreter
// list produce (same elements, classes and attributes, same windowing of
// the interpreter list), written as a careful developer would in plain
// JavaScript. `harness.js` drives it through `window.bench` exactly as it
// drives the app through its wasm exports. Data is prepared before the
// clock starts, on both sides.
"use strict";
(() => {
  const h = (tag, attrs, ...children) => {
    const el = document.createElement(tag);
    for (const k in attrs) {
      if (k === "class") el.className = attrs[k];
      else el.setAttribute(k, attrs[k]);
    }
    for (const c of children) {
      if (c == null) continue;
      el.append(c);
    }
    return el;
  };
  const nonEmpty = (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

  // ---- Roster ----
  const main = h("main", { class: "app" });
  const roster = h("section", { class: "panel roster", "aria-labelledby": "roster-title" });
  const count = h("span", { class: "count" }, "(0)");
  roster.append(h("h2", { id: "roster-title" }, "In this call ", count));
  const empty = h("p", { class: "empty" }, "No one invited yet. People you invite appear here.");
  const list = h("ul", { class: "participants" });
  roster.append(empty);
  let rows = []; // { key, li, error }
  let nextRoster = [];

  list.addEventListener("click", (ev) => {
    const button = ev.target.closest("button.remove");
    if (button) button.closest("li").dataset.confirming = "1";
  });

  function rosterRow(p) {
    const a = p.answer, s = p.sent;
    const name = nonEmpty(a.PersonName) || nonEmpty(a.AppClientName) || nonEmpty(s.Name) || "Unnamed participant";
    let contact;
    const email = nonEmpty(a.AppClientEmail) || nonEmpty(s.Email);
    const phone = nonEmpty(a.AppClientPhoneNumber) || nonEmpty(s.PhoneNumber);
    if (s.isPSTN && phone) {
      const last = phone.replace(/\D/g, "").slice(-4);
      contact = h("span", { class: "contact", dir: "ltr", "aria-label": `phone ending in ${last}` }, `+•• •• •••• ${last}`);
    } else if (email) {
      contact = h("span", { class: "contact", dir: "ltr" }, email);
    } else {
      contact = h("span", { class: "contact" }, "No contact details");
    }
    const type = a.RequestConferenceSessionVideoTypeCodeId;
    const status = a.RequestConferenceSessionVideoStatusCodeId;
    const identity = nonEmpty(a.VideoAccountIdentity);
    const error = h("p", { class: "row-error", role: "alert" });
    const button = h("button", { type: "button", class: "remove", "aria-label": `Remove ${name}` }, "Remove");
    const li = h(
      "li",
      { class: "participant" },
      h("div", { class: "who" }, h("span", { class: "name" }, name), contact),
      h(
        "div",
        { class: "meta" },
        h("span", { class: "tag" }, type == null ? "Type unknown" : `Type ${type}`),
        h("span", { class: "tag" }, status == null ? "Status unknown" : `Status ${status}`),
        identity && h("span", { class: "identity", dir: "ltr", title: "Video account identity" }, identity),
      ),
      button,
      error,
    );
    return { key: a.RequestConferenceSessionVideoParticipantId, li, error };
  }

  function rosterCount() {
    count.textContent = `(${rows.length})`;
    if (rows.length === 0 && list.isConnected) list.replaceWith(empty);
    if (rows.length > 0 && empty.isConnected) empty.replaceWith(list);
  }

  // ---- Interpreters (windowed like the app: 132px rows, 6 rows margin) ----
  const ROW_PX = 132, MARGIN = 6;
  const interp = h("section", { class: "panel interpreters", "aria-labelledby": "interpreters-title" });
  const icount = h("span", { class: "count" }, "(0)");
  const istatus = h("p", { class: "visually-hidden", role: "status" }, "0 of 0 interpreters shown");
  const iempty = h("p", { class: "empty" }, "No interpreters were offered for this request.");
  const viewport = h("div", { class: "interpreter-viewport hidden", tabindex: "0", role: "region", "aria-label": "Interpreter list" });
  const ul = h("ul", { class: "interpreter-rows" });
  viewport.append(ul);
  interp.append(h("h2", { id: "interpreters-title" }, "Interpreters ", icount), istatus, iempty, viewport);
  let entries = [];
  let nextEntries = [];
  let shown = new Map(); // key -> li
  let scrollTop = 0, viewportPx = 480;
  viewport.addEventListener("scroll", () => {
    scrollTop = viewport.scrollTop;
    viewportPx = viewport.clientHeight;
    renderWindow();
  });

  const initials = (name) => {
    const w = name.split(/\s+/).filter(Boolean);
    if (w.length === 0) return "?";
    const first = [...w[0]][0].toUpperCase();
    return w.length > 1 ? first + [...w[w.length - 1]][0].toUpperCase() : first;
  };
  const langs = (l) => {
    const n = (l || []).map(nonEmpty).filter(Boolean);
    return n.length ? n.join(", ") : null;
  };
  function prepareEntry(p, index) {
    const name = nonEmpty(p.Name) || "Unnamed interpreter";
    return {
      index, id: p.RequestProviderId, name, initials: initials(name),
      native: langs(p.NativeLanguage), other: langs(p.OtherLanguage),
      rate: p.ProviderRate, performance: p.ProviderPerformance,
      call: p.SupportCall, video: p.SupportVideo, text: p.SupportText,
      needHelp: nonEmpty(p.NeedHelpLanguage), special: p.ProviderSpecialTypeId,
      anyMeeting: p.AnyMeetingExist, hasSchedule: p.isSchedule != null,
    };
  }
  const number = (v) => { const t = Math.round(v * 10); return `${Math.trunc(t / 10)}.${t % 10}`; };
  function score(what, v) {
    if (v == null) return h("span", { class: "score none" }, `${what}: not rated`);
    const fill = h("span", { class: "fill" });
    fill.style.inlineSize = `${Math.round((v / 5) * 100)}%`;
    return h(
      "span",
      { class: "score", role: "img", "aria-label": `${what}: ${number(v)} out of 5` },
      h("span", { class: "score-name", "aria-hidden": "true" }, what),
      h("span", { class: "bar", "aria-hidden": "true" }, fill),
      h("span", { class: "score-value", "aria-hidden": "true" }, number(v)),
    );
  }
  function cap(what, v) {
    const [mark, state, cls] = v === true ? ["✓", "yes", "cap on"] : v === false ? ["✗", "no", "cap off"] : ["?", "not stated", "cap unknown"];
    return h("li", { class: cls, "aria-label": `${what}: ${state}` }, h("span", { "aria-hidden": "true" }, mark, " ", what));
  }
  function interpRow(e, position, total) {
    const lang = (label, l) => l && h("span", null, h("span", { class: "muted" }, label), h("bdi", null, l));
    return h(
      "li",
      { class: "interpreter", "aria-setsize": String(total), "aria-posinset": String(position + 1) },
      h("span", { class: "avatar initials", "aria-hidden": "true" }, e.initials),
      h(
        "div",
        { class: "interpreter-main" },
        h("div", { class: "interpreter-head" }, h("bdi", { class: "name", title: e.name }, e.name),
          e.special == null ? null : h("span", { class: "tag" }, `Type ${e.special}`)),
        h("p", { class: "langs" }, lang("Native: ", e.native), lang("Also: ", e.other),
          e.native || e.other ? null : h("span", { class: "muted" }, "No languages listed")),
        h("div", { class: "scores" }, score("Rating", e.rate), score("Performance", e.performance)),
        h(
          "div",
          { class: "interpreter-foot" },
          h("ul", { class: "caps", "aria-label": "Takes" }, cap("Calls", e.call), cap("Video", e.video), cap("Text", e.text)),
          e.needHelp && h("span", { class: "need-help" }, h("span", { class: "muted" }, "Help language: "), h("bdi", null, e.needHelp)),
          e.anyMeeting == null ? null : h("span", { class: "meeting" }, e.anyMeeting ? "Has meetings" : "No meetings"),
        ),
      ),
      e.hasSchedule
        ? h("button", { type: "button", class: "show-appointment", "aria-label": `Show the appointment of ${e.name}`, "aria-pressed": "false" }, "Appointment")
        : h("span", { class: "no-appointment muted" }, "No appointment"),
    );
  }
  function renderWindow() {
    const n = entries.length;
    icount.textContent = `(${n})`;
    istatus.textContent = `${n} of ${n} interpreters shown`;
    iempty.hidden = n !== 0;
    viewport.classList.toggle("hidden", n === 0);
    const first = Math.floor(Math.max(scrollTop, 0) / ROW_PX);
    const inView = Math.ceil(Math.max(viewportPx, ROW_PX) / ROW_PX) + 1;
    const start = Math.min(Math.max(first - MARGIN, 0), n);
    const end = Math.min(first + inView + MARGIN, n);
    ul.style.blockSize = `${n * ROW_PX}px`;
    ul.style.paddingBlockStart = `${start * ROW_PX}px`;
    const next = new Map();
    let before = ul.firstChild;
    for (let pos = start; pos < end; pos++) {
      const e = entries[pos];
      const key = `${pos}:${e.id}:${e.index}`;
      let li = shown.get(key);
      if (li) shown.delete(key);
      else li = interpRow(e, pos, n);
      li.setAttribute("aria-setsize", String(n));
      next.set(key, li);
      if (li !== before) ul.insertBefore(li, before);
      else before = before.nextSibling;
    }
    for (const li of shown.values()) li.remove();
    shown = next;
  }

  main.append(roster, interp);
  document.body.append(main);

  window.bench = {
    rosterPrepare(json) { nextRoster = JSON.parse(json); },
    rosterCreate() {
      const fresh = nextRoster.map(rosterRow);
      const frag = document.createDocumentFragment();
      for (const r of fresh) frag.append(r.li);
      list.textContent = "";
      list.append(frag);
      rows = fresh;
      rosterCount();
    },
    rosterUpdate() {
      for (let i = 0; i < rows.length; i += 10) {
        rows[i].li.classList.add("failed");
        rows[i].error.textContent = "Could not remove: the server did not answer.";
      }
    },
    rosterRemoveOne() {
      if (rows.length > 1) {
        rows[1].li.remove();
        rows.splice(1, 1);
        rosterCount();
      }
    },
    rosterClear() {
      list.textContent = "";
      rows = [];
      rosterCount();
    },
    interpretersPrepare(json) { nextEntries = JSON.parse(json).map(prepareEntry); },
    interpretersCreate() { entries = nextEntries; renderWindow(); },
    interpretersUpdate() {
      entries = entries.slice();
      for (let i = 0; i < entries.length; i += 10) {
        entries[i] = { ...entries[i], name: entries[i].name + " !!!", id: entries[i].id == null ? null : -entries[i].id };
      }
      renderWindow();
    },
    interpretersRemoveOne() {
      if (entries.length > 1) { entries = entries.slice(); entries.splice(1, 1); renderWindow(); }
    },
    interpretersClear() { entries = []; renderWindow(); },
    wasmMemory() { return 0; },
  };
})();
