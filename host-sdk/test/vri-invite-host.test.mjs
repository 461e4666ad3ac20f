// Unit tests of vri-invite-host.js against a fake frame (`node --test
// host-sdk/test/`, run by `cargo xtask test`). Every test destroys what it
// attached: a listener or timer left behind would keep node running.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as sdk from "../vri-invite-host.js";
import {
  APP,
  ALL_COMMANDS,
  FakeWindow,
  fakeContainer,
  fakeFrame,
  readyPayload,
  settle,
} from "./fake-frame.mjs";

const { VriInvite, VriInviteError } = sdk;

/** Attaches to a fresh fake frame; `run` gets the app, frame and page. */
async function withApp(options, run) {
  const frame = fakeFrame();
  const app = VriInvite.attach(frame, { origin: APP, ...options });
  const host = frame.ownerDocument.defaultView;
  try {
    await run({ app, frame, app_window: frame.contentWindow, host });
  } finally {
    app.destroy();
    assert.equal(host.listeners.size, 0, "destroy removes the SDK's listener");
  }
}

/** The app says `ready`, and the SDK has answered it. */
async function ready(appWindow, overrides) {
  appWindow.say("ready", readyPayload(overrides));
  await settle();
}

test("attach refuses anything but an exact origin and an iframe", () => {
  for (const origin of [
    undefined,
    "",
    "*",
    "vri.example.com",
    "https://vri.example.com/",
    "https://vri.example.com/invite/",
    "https://*.example.com",
    "https://vri.example.com:443",
    "ftp://vri.example.com",
    "null",
    42,
  ]) {
    assert.throws(() => VriInvite.attach(fakeFrame(), { origin }), TypeError, String(origin));
  }
  assert.throws(() => VriInvite.attach(null, { origin: APP }), TypeError);
  assert.throws(() => VriInvite.attach({}, { origin: APP }), TypeError);
  assert.throws(() => VriInvite.attach(fakeFrame(), { origin: APP, token: "a-token" }), TypeError, "token is a function");
  assert.throws(() => VriInvite.attach(fakeFrame(), { origin: APP, timeout: 0 }), TypeError);
  assert.throws(() => new VriInvite(fakeFrame(), { origin: APP }), TypeError, "only the factories construct");
});

test("ready resolves with the payload and its capabilities, and the token goes to the exact origin", async () => {
  const reasons = [];
  await withApp({ token: async ({ reason }) => (reasons.push(reason), "tok-1") }, async ({ app, app_window }) => {
    assert.equal(app.capabilities, null);
    assert.equal(app.supports("prefill"), false);
    await ready(app_window, { language: "es" });
    const payload = await app.ready;
    assert.equal(payload.language, "es");
    assert.deepEqual(payload.commands, ALL_COMMANDS);
    assert.deepEqual(app.capabilities.versions, [1]);
    assert.deepEqual(app.capabilities.commands, ALL_COMMANDS);
    assert.ok(app.supports("setKiosk") && app.supports("set-kiosk") && !app.supports("launch"));
    assert.deepEqual(reasons, ["ready"]);
    assert.deepEqual(app_window.sent("auth").map((m) => m.payload), [{ token: "tok-1" }]);
    for (const { message, targetOrigin } of app_window.posted) {
      assert.equal(targetOrigin, APP, "never *");
      assert.equal(message.version, 1);
      assert.match(message.id, /^sdk-\d+$/);
    }
  });
});

test("each command posts its message and resolves on the app's ack", async () => {
  await withApp({}, async ({ app, app_window }) => {
    await ready(app_window);
    assert.equal(await app.prefill({ mode: "phone", name: "Ana", phone: "+34 612 345 678" }), undefined);
    await app.setLanguage("es");
    await app.setTheme({ "--accent": "#6a1b9a" });
    await app.setKiosk(true);
    await app.reset();
    await app.participantStatus({ participant_id: 101, status_code: 3, detail: "busy" });
    await app.send("set-kiosk", { enabled: false });
    assert.deepEqual(
      app_window.sent().map((m) => [m.type, m.payload]),
      [
        ["prefill", { mode: "phone", name: "Ana", phone: "+34 612 345 678" }],
        ["set-language", { language: "es" }],
        ["set-theme", { properties: { "--accent": "#6a1b9a" } }],
        ["set-kiosk", { enabled: true }],
        ["reset", {}],
        ["participant-status", { participant_id: 101, status_code: 3, detail: "busy" }],
        ["set-kiosk", { enabled: false }],
      ],
    );
    const ids = app_window.sent().map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length, "every message has its own id");
  });
});

test("a command the app refuses rejects with the app's code and reason", async () => {
  await withApp({}, async ({ app, app_window }) => {
    const errors = [];
    app.on("error", (e) => errors.push(e));
    await ready(app_window);
    app_window.answer = (m) => ({
      type: "error",
      payload: { code: "invalid-message", message: "set-theme: the value of --accent is not a plain color or length.", in_reply_to: m.id },
    });
    const refused = await app.setTheme({ "--accent": "url(x)" }).then(
      () => assert.fail("resolved"),
      (e) => e,
    );
    assert.ok(refused instanceof VriInviteError && refused instanceof Error);
    assert.equal(refused.code, "invalid-message");
    assert.equal(refused.message, "set-theme: the value of --accent is not a plain color or length.");
    assert.equal(refused.inReplyTo, app_window.sent("set-theme")[0].id);
    assert.deepEqual(errors, [], "a refused command is its promise's rejection, not an error event");
  });
});

test("a command nobody answers rejects after the timeout", async () => {
  await withApp({ timeout: 30 }, async ({ app, app_window }) => {
    await ready(app_window);
    app_window.answer = () => null;
    await assert.rejects(app.reset(), (e) => e.code === "timeout" && /reset/.test(e.message));
    // A late answer to it changes nothing and reaches no handler.
    const errors = [];
    app.on("error", (e) => errors.push(e));
    app_window.say("ack", { in_reply_to: app_window.sent("reset")[0].id });
    await settle();
    assert.deepEqual(errors, []);
  });
});

test("a command the app does not list rejects without posting", async () => {
  await withApp({}, async ({ app, app_window }) => {
    await ready(app_window, { commands: ["auth", "prefill", "reset"] });
    const before = app_window.posted.length;
    for (const attempt of [() => app.setKiosk(true), () => app.setTheme({ "--accent": "red" }), () => app.send("launch-missiles", {})]) {
      await assert.rejects(attempt(), (e) => e instanceof VriInviteError && e.code === "unsupported");
    }
    assert.equal(app_window.posted.length, before, "nothing was posted");
    assert.equal(app.supports("setKiosk"), false);
    await app.reset();
  });
  // An app too old to list its commands supports none.
  await withApp({}, async ({ app, app_window }) => {
    await ready(app_window, { commands: undefined });
    await assert.rejects(app.reset(), (e) => e.code === "unsupported");
    assert.equal(app_window.posted.length, 0);
  });
});

test("a command before ready waits for it", async () => {
  await withApp({}, async ({ app, app_window }) => {
    const done = app.setLanguage("ar");
    await settle();
    assert.equal(app_window.posted.length, 0, "nothing is posted before ready");
    await ready(app_window);
    await done;
    assert.deepEqual(app_window.sent("set-language")[0].payload, { language: "ar" });
  });
});

test("messages from another window, another origin or another version reach no handler", async () => {
  let tokens = 0;
  await withApp({ token: () => (tokens++, "t") }, async ({ app, frame, app_window, host }) => {
    const seen = [];
    for (const name of ["invited", "removed", "resize", "error", "ready", "token-expired"]) app.on(name, (p) => seen.push([name, p]));
    const sibling = { postMessage() {} };
    const fakes = [
      { source: sibling, origin: APP },
      { source: null, origin: APP },
      { source: app_window, origin: "https://evil.example.com" },
      { source: app_window, origin: "https://vri.example.com.evil.com" },
      { source: app_window, origin: "http://vri.example.com" },
      { source: app_window, origin: "null" },
    ];
    for (const from of fakes) {
      for (const type of ["ready", "invited", "resize", "error", "token-expired"]) {
        app_window.say(type, type === "ready" ? readyPayload() : { height: 999, conference_id: 1 }, from);
      }
    }
    // The right window and origin, but not a protocol message.
    for (const data of [null, "ready", { type: "invited" }, { type: "invited", version: 2, payload: {} }, { version: 1 }]) {
      host.dispatch({ source: app_window, origin: APP, data });
    }
    await settle();
    assert.deepEqual(seen, []);
    assert.equal(tokens, 0, "no token for a fake ready");
    assert.equal(frame.style.blockSize, undefined, "no resize from a fake");
    assert.equal(app.capabilities, null);
    // The real frame is heard.
    app_window.say("invited", { conference_id: 5001 });
    assert.deepEqual(seen, [["invited", { conference_id: 5001 }]]);
  });
});

test("events reach their handlers; off and a throwing handler", async () => {
  await withApp({}, async ({ app, app_window }) => {
    const seen = [];
    const onInvited = (p) => seen.push(["invited", p.participant_id]);
    const throws = () => {
      throw new Error("a portal bug");
    };
    const logged = [];
    const error = console.error;
    console.error = (...args) => logged.push(args);
    try {
      assert.equal(app.on("invited", throws).on("invited", onInvited), app, "on chains");
      app.on("removed", (p) => seen.push(["removed", p.participant_id]));
      app.on("join-requested", (p) => seen.push(["join-requested", p.confirmation_number]));
      await ready(app_window);
      app_window.say("invited", { participant_id: 101, participant: {} });
      app_window.say("removed", { participant_id: 101 });
      app_window.say("join-requested", { confirmation_number: "VRI-1" });
      app_window.say("ack", { in_reply_to: "nobody" });
      app.off("invited", onInvited);
      app_window.say("invited", { participant_id: 102 });
    } finally {
      console.error = error;
    }
    assert.deepEqual(seen, [
      ["invited", 101],
      ["removed", 101],
      ["join-requested", "VRI-1"],
    ]);
    assert.equal(logged.length, 2, "the throwing handler is logged, the others still run");
  });
});

test("an event the app does not send is warned about", async () => {
  await withApp({}, async ({ app, app_window }) => {
    const warned = [];
    const warn = console.warn;
    console.warn = (message) => warned.push(message);
    try {
      app.on("participant-status", () => {});
      await ready(app_window);
      app.on("invited", () => {});
    } finally {
      console.warn = warn;
    }
    assert.equal(warned.length, 2, warned.join("\n"));
    assert.ok(warned.every((w) => w.includes("participant-status")));
  });
});

test("the frame follows resize unless autoHeight is off", async () => {
  await withApp({}, async ({ app, frame, app_window }) => {
    const heights = [];
    app.on("resize", (p) => heights.push(p.height));
    app_window.say("resize", { height: 741.2 });
    assert.equal(frame.style.blockSize, "742px");
    app_window.say("resize", { height: "100px; background: url(x)" });
    assert.equal(frame.style.blockSize, "742px", "only a number is used");
    assert.deepEqual(heights, [741.2, "100px; background: url(x)"]);
  });
  await withApp({ autoHeight: false }, async ({ app, frame, app_window }) => {
    const heights = [];
    app.on("resize", (p) => heights.push(p.height));
    app_window.say("resize", { height: 500 });
    assert.equal(frame.style.blockSize, undefined);
    assert.deepEqual(heights, [500]);
  });
});

test("token-expired asks the token function again and sends the new token", async () => {
  const reasons = [];
  let n = 0;
  await withApp({ token: async ({ reason }) => (reasons.push(reason), `tok-${++n}`) }, async ({ app, app_window }) => {
    const expired = [];
    app.on("token-expired", (p) => expired.push(p.status));
    await ready(app_window);
    app_window.say("token-expired", { status: 401 });
    await settle();
    assert.deepEqual(reasons, ["ready", "token-expired"]);
    assert.deepEqual(expired, [401]);
    assert.deepEqual(app_window.sent("auth").map((m) => m.payload.token), ["tok-1", "tok-2"]);
    await app.refreshToken();
    assert.deepEqual(reasons, ["ready", "token-expired", "refresh"]);
    // A reloaded app says ready again: a token again, and the ready event.
    const readies = [];
    app.on("ready", (p) => readies.push(p.language));
    await ready(app_window, { language: "ar" });
    assert.deepEqual(readies, ["ar"]);
    assert.equal((await app.ready).language, "en", "ready keeps the first payload");
    assert.deepEqual(app_window.sent("auth").map((m) => m.payload.token), ["tok-1", "tok-2", "tok-3", "tok-4"]);
  });
});

test("a failing token function, a refused token and a crash go to the error event", async () => {
  let fail = true;
  await withApp({ token: async () => (fail ? Promise.reject(new Error("no session")) : "") }, async ({ app, app_window }) => {
    const errors = [];
    app.on("error", (e) => errors.push(`${e.code}: ${e.message}`));
    await ready(app_window);
    fail = false;
    await assert.rejects(app.refreshToken(), (e) => e.code === "token");
    app_window.say("error", { code: "crash", message: "panicked at src/ui/app.rs" });
    app_window.say("error", { code: "invalid-message", message: "\"id\" must be a string", in_reply_to: null });
    await settle();
    assert.deepEqual(errors, [
      "token: VriInvite: the token function failed: no session",
      "crash: panicked at src/ui/app.rs",
      'invalid-message: "id" must be a string',
    ]);
  });
  // The app refuses the token: the error event says why.
  await withApp({ token: () => "bad token" }, async ({ app, app_window }) => {
    const errors = [];
    app.on("error", (e) => errors.push([e.code, e.inReplyTo]));
    app_window.answer = (m) => ({ type: "error", payload: { code: "invalid-message", message: "auth: …", in_reply_to: m.id } });
    await ready(app_window);
    await settle();
    assert.deepEqual(errors, [["invalid-message", app_window.sent("auth")[0].id]]);
  });
});

test("ready rejects after readyTimeout, or when no protocol version is shared", async () => {
  await withApp({ readyTimeout: 20 }, async ({ app }) => {
    const errors = [];
    app.on("error", (e) => errors.push(e.code));
    const pending = app.prefill({ name: "Ana" });
    await assert.rejects(app.ready, (e) => e.code === "ready-timeout" && e.message.includes("allowed_host_origins") && e.message.includes("https://portal.example.com"));
    await assert.rejects(pending, (e) => e.code === "ready-timeout");
    assert.deepEqual(errors, ["ready-timeout"]);
  });
  await withApp({ token: () => "t" }, async ({ app, app_window }) => {
    const errors = [];
    app.on("error", (e) => errors.push(e.code));
    app_window.say("ready", readyPayload({ protocol_versions: [2] }), { version: 2 });
    await assert.rejects(app.ready, (e) => e.code === "unsupported-version");
    assert.deepEqual(errors, ["unsupported-version"]);
    assert.equal(app_window.posted.length, 0, "no token to an app that speaks another protocol");
  });
});

test("destroy removes the listener, rejects what waits and makes later messages do nothing", async () => {
  const frame = fakeFrame();
  const host = frame.ownerDocument.defaultView;
  let tokens = 0;
  const app = VriInvite.attach(frame, { origin: APP, token: () => (tokens++, "t") });
  const seen = [];
  app.on("invited", (p) => seen.push(p)).on("error", (e) => seen.push(e));
  const app_window = frame.contentWindow;
  await ready(app_window);
  app_window.answer = () => null;
  const waiting = app.reset();
  assert.equal(host.listeners.size, 1);
  app.destroy();
  assert.equal(host.listeners.size, 0, "no listener left");
  await assert.rejects(waiting, (e) => e.code === "destroyed");
  await assert.rejects(app.setKiosk(true), (e) => e.code === "destroyed");
  app_window.say("invited", { conference_id: 1 });
  app_window.say("ready", readyPayload());
  app_window.say("resize", { height: 10 });
  await settle();
  assert.deepEqual(seen, []);
  assert.equal(tokens, 1);
  assert.equal(frame.style.blockSize, undefined);
  app.destroy();
  assert.equal(frame.removed, false, "an attached frame is the page's: left in place");
  // A destroyed app that was never ready: ready rejects, nothing keeps running.
  const early = VriInvite.attach(fakeFrame(), { origin: APP });
  early.destroy();
  await assert.rejects(early.ready, (e) => e.code === "destroyed");
});

test("create builds the frame with its permissions, title and referrer policy", async () => {
  const host = new FakeWindow();
  const container = fakeContainer(host);
  const app = VriInvite.create(container, { src: "https://vri.example.com/invite/", origin: APP, token: () => "t" });
  try {
    const [frame] = container.children;
    assert.equal(app.iframe, frame);
    assert.equal(frame.getAttribute("src"), "https://vri.example.com/invite/");
    assert.equal(frame.getAttribute("allow"), "screen-wake-lock; clipboard-write");
    assert.equal(frame.getAttribute("title"), "Third parties in this call");
    assert.equal(frame.getAttribute("referrerpolicy"), "strict-origin");
    assert.equal(host.listeners.size, 1, "listening before the frame loads");
    frame.contentWindow.say("ready", readyPayload());
    await app.ready;
  } finally {
    app.destroy();
  }
  assert.equal(container.children[0].removed, true, "destroy removes the frame create made");
  assert.equal(host.listeners.size, 0);
  for (const src of ["https://evil.example.com/", "//vri.example.com.evil.com/", undefined, "javascript:alert(1)"]) {
    assert.throws(() => VriInvite.create(fakeContainer(), { src, origin: APP }), TypeError, String(src));
  }
  const titled = VriInvite.create(fakeContainer(host), { src: "/invite/", origin: "https://portal.example.com", title: "Invite" });
  assert.equal(titled.iframe.getAttribute("title"), "Invite");
  assert.equal(titled.iframe.getAttribute("src"), "https://portal.example.com/invite/", "relative to the page");
  titled.destroy();
});

test("the log option sees every verified message both ways", async () => {
  const log = [];
  await withApp({ log: (direction, m) => log.push(`${direction} ${m.type}`), token: () => "t" }, async ({ app, app_window }) => {
    app_window.say("invited", {}, { origin: "https://evil.example.com" });
    await ready(app_window);
    await app.reset();
  });
  assert.deepEqual(log, ["in ready", "out auth", "in ack", "out reset", "in ack"]);
});

test("the declaration file declares every export and method", () => {
  const dts = readFileSync(new URL("../vri-invite-host.d.ts", import.meta.url), "utf8");
  for (const name of Object.keys(sdk)) {
    assert.match(dts, new RegExp(`export declare (const|class) ${name}\\b`), name);
  }
  const methods = Object.getOwnPropertyNames(VriInvite.prototype).filter((m) => m !== "constructor");
  for (const method of [...methods, "attach", "create"]) {
    assert.match(dts, new RegExp(`\\b${method}[(<:]`), method);
  }
  for (const [method, type] of Object.entries(sdk.COMMANDS)) {
    assert.ok(methods.includes(method), method);
    assert.ok(dts.includes(`${method}: "${type}"`), method);
  }
  for (const event of sdk.EVENTS) assert.ok(dts.includes(`  ${/-/.test(event) ? `"${event}"` : event}: `), event);
});
