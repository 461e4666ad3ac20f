// A fake host page and app frame for the SDK's unit tests: just enough of
// `window`, `<iframe>` and `postMessage` to run vri-invite-host.js in node.

export const APP = "https://vri.example.com";
export const PORTAL = "https://portal.example.com";

/** Every command the app accepts (as its `ready` lists them). */
export const ALL_COMMANDS = ["auth", "prefill", "reset", "set-language", "set-theme", "set-kiosk", "participant-status"];
export const ALL_EVENTS = ["ready", "ack", "error", "resize", "token-expired", "invited", "removed", "join-requested"];

/** The host page's window: `message` listeners only. */
export class FakeWindow {
  listeners = new Set();
  location = { origin: PORTAL };
  addEventListener(type, listener) {
    if (type === "message") this.listeners.add(listener);
  }
  removeEventListener(type, listener) {
    if (type === "message") this.listeners.delete(listener);
  }
  /** Delivers a `message` event as the browser does (to every listener). */
  dispatch(event) {
    for (const listener of [...this.listeners]) listener(event);
  }
}

/**
 * The app's window inside the frame: records what the host posts, and (as
 * the real app does) answers each message with `ack`, or what `answer`
 * says; `null` from `answer` means no reply at all.
 */
export class FakeAppWindow {
  posted = [];
  /** @type {(message: any) => any} */
  answer = (message) => ({ type: "ack", payload: { in_reply_to: message.id } });
  constructor(host) {
    this.host = host;
  }
  postMessage(message, targetOrigin) {
    this.posted.push({ message: structuredClone(message), targetOrigin });
    const reply = this.answer(message);
    if (reply) setTimeout(() => this.say(reply.type, reply.payload), 0);
  }
  /** The app posts `type` to its parent (the host page), from `origin`. */
  say(type, payload, { origin = APP, source = this, version = 1 } = {}) {
    this.host.dispatch({ source, origin, data: { type, version, id: `app-${Math.random()}`, payload } });
  }
  /** The messages posted to the app, of one type or all. */
  sent(type) {
    return this.posted.filter((p) => type === undefined || p.message.type === type).map((p) => p.message);
  }
}

/** A fake `<iframe>` in the host page. */
export function fakeFrame(host = new FakeWindow()) {
  const attributes = new Map();
  const frame = {
    ownerDocument: null,
    contentWindow: new FakeAppWindow(host),
    style: {},
    removed: false,
    setAttribute(name, value) {
      attributes.set(name, String(value));
    },
    getAttribute(name) {
      return attributes.has(name) ? attributes.get(name) : null;
    },
    remove() {
      this.removed = true;
      this.contentWindow = null;
    },
  };
  frame.ownerDocument = fakeDocument(host, () => frame);
  return frame;
}

/** The host page's document: `createElement("iframe")` makes a fake frame. */
export function fakeDocument(host, make = () => fakeFrame(host)) {
  return {
    defaultView: host,
    baseURI: `${PORTAL}/calls/123`,
    createElement(tag) {
      if (tag !== "iframe") throw new Error(`unexpected element ${tag}`);
      return make();
    },
  };
}

/** A fake container element in the host page. */
export function fakeContainer(host = new FakeWindow()) {
  const container = { children: [], ownerDocument: null };
  container.ownerDocument = fakeDocument(host);
  container.append = (child) => container.children.push(child);
  return container;
}

/** The `ready` payload of the current app, changed by `overrides`. */
export function readyPayload(overrides = {}) {
  return {
    app: "vri-invite",
    app_version: "0.1.0",
    language: "en",
    kiosk: false,
    protocol_versions: [1],
    commands: ALL_COMMANDS,
    events: ALL_EVENTS,
    ...overrides,
  };
}

/** Lets posted replies (setTimeout 0) and promise callbacks run. */
export function settle(ms = 5) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
