/**
 * vri-invite-host.js: the host SDK for the vri-invite app.
 *
 * One dependency-free ES module for the portal page that embeds the app in an
 * `<iframe>`: it adopts (or creates) the frame, checks where every message
 * comes from, hands the app the user's API token on `ready` and on
 * `token-expired`, sizes the frame to the content, turns each command into a
 * promise (resolved by the app's `ack`, rejected by its `error` or a timeout)
 * and refuses a command the app does not list in `ready`.
 *
 * Security: a message counts only if it comes from the frame's own window
 * (`event.source === iframe.contentWindow`) and from exactly the app's
 * origin; the SDK posts only to that origin, never to `*`.
 *
 * ```js
 * import { VriInvite } from "https://vri.example.com/invite/vri-invite-host.js";
 * const app = VriInvite.attach(document.getElementById("vri"), {
 *   origin: "https://vri.example.com",
 *   token: async () => getToken(),
 * });
 * await app.ready;
 * app.on("invited", (p) => getVideoEngineAccounts(p.conference_id, p.participant_id));
 * await app.prefill({ mode: "phone", name: "Ana", phone: "+34 612 345 678" });
 * ```
 *
 * Types: `vri-invite-host.d.ts` beside this file. The wire protocol it speaks
 * is the README's "Embedding" reference.
 *
 * @module vri-invite-host
 */

/** The protocol version this SDK speaks (every message's `version`). */
export const PROTOCOL_VERSION = 1;

/**
 * Each command method and the host message type it sends. A method refuses
 * (rejects) when the app's `ready` does not list its type.
 * @type {Readonly<Record<string, string>>}
 */
export const COMMANDS = Object.freeze({
  prefill: "prefill",
  setLanguage: "set-language",
  setTheme: "set-theme",
  setKiosk: "set-kiosk",
  reset: "reset",
  participantStatus: "participant-status",
});

/**
 * The events `on` and `off` take: the app's messages the SDK passes on,
 * and `error` (the app's unanswered errors and the SDK's own).
 * @type {readonly string[]}
 */
export const EVENTS = Object.freeze([
  "ready",
  "invited",
  "removed",
  "join-requested",
  "resize",
  "token-expired",
  "error",
]);

/** Messages the SDK handles itself and never passes to `on` handlers. */
const INTERNAL = new Set(["ack"]);

const DEFAULT_TIMEOUT_MS = 10000;
const DEFAULT_READY_TIMEOUT_MS = 30000;

/**
 * Why a command, `ready` or the SDK failed: `code` is for code, `message`
 * for the developer's console.
 *
 * Codes from the app: `invalid-message` (the app refused the message; the
 * message says why), `crash`. From the SDK: `timeout` (no answer in time),
 * `unsupported` (the app does not list the command), `ready-timeout` (no
 * `ready` in time), `unsupported-version`, `destroyed`, `no-frame` (the
 * iframe left the page), `token` (the `token` function failed), `invalid-argument`.
 */
export class VriInviteError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {string | null} [inReplyTo] the id of the host message it answers
   */
  constructor(code, message, inReplyTo = null) {
    super(message);
    this.name = "VriInviteError";
    /** @type {string} */
    this.code = code;
    /** @type {string | null} */
    this.inReplyTo = inReplyTo;
  }
}

/**
 * Checks an origin as the browser writes `event.origin`: `scheme://host[:port]`,
 * http or https, no path, no trailing slash, no wildcard.
 * @param {unknown} origin
 * @returns {string}
 */
function checkedOrigin(origin) {
  let parsed = null;
  try {
    parsed = typeof origin === "string" ? new URL(origin) : null;
  } catch {
    parsed = null;
  }
  if (
    !parsed ||
    parsed.origin !== origin ||
    (parsed.protocol !== "https:" && parsed.protocol !== "http:") ||
    !/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(parsed.hostname)
  ) {
    throw new TypeError(
      `VriInvite: "origin" must be the app's exact origin, such as "https://vri.example.com" ` +
        `(scheme, host and port if not the default; no path, no trailing "/", no wildcard); got ${JSON.stringify(origin)}.`,
    );
  }
  return origin;
}

/**
 * Whether `data` looks like a protocol message.
 * @param {unknown} data
 * @returns {data is {type: string, version: number, id?: string, payload?: any}}
 */
function isMessage(data) {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (/** @type {any} */ (data).type) === "string" &&
    typeof (/** @type {any} */ (data).version) === "number"
  );
}

/** A plain object, or `{}`. */
function objectOr(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

/** A list of strings, or `[]`. */
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

/**
 * The embedded app, seen from the host page. Make one with
 * {@link VriInvite.attach} (your `<iframe>`) or {@link VriInvite.create}
 * (the SDK builds it).
 */
export class VriInvite {
  /** @type {HTMLIFrameElement} */ #iframe;
  /** @type {string} */ #origin;
  /** @type {Window} */ #window;
  /** @type {any} */ #options;
  /** @type {Map<string, Set<Function>>} */ #handlers = new Map();
  /** @type {Map<string, {resolve: Function, reject: Function, timer: any}>} */ #pending = new Map();
  /** @type {{versions: number[], commands: string[], events: string[]} | null} */ #capabilities = null;
  #nextId = 1;
  #destroyed = false;
  #ownsFrame = false;
  #readyTimer = null;
  /** @type {Function} */ #resolveReady = () => {};
  /** @type {Function} */ #rejectReady = () => {};
  #listener = (/** @type {MessageEvent} */ event) => this.#receive(event);

  /**
   * Resolves with the app's `ready` payload (`app`, `app_version`,
   * `language`, `kiosk`, `protocol_versions`, `commands`, `events`) the
   * first time the app says `ready`; rejects with `ready-timeout` if it does
   * not within `readyTimeout`, or with `unsupported-version`.
   * @type {Promise<any>}
   */
  ready;

  /**
   * Use {@link VriInvite.attach} or {@link VriInvite.create}.
   * @param {HTMLIFrameElement} iframe
   * @param {any} options
   * @param {symbol} key
   */
  constructor(iframe, options, key) {
    if (key !== CONSTRUCT) {
      throw new TypeError("VriInvite: use VriInvite.attach(iframe, options) or VriInvite.create(container, options).");
    }
    const view = iframe && iframe.ownerDocument && iframe.ownerDocument.defaultView;
    if (!iframe || !("contentWindow" in iframe) || !view) {
      throw new TypeError("VriInvite: the first argument must be an <iframe> element in a page.");
    }
    options = objectOr(options);
    if (options.token !== undefined && typeof options.token !== "function") {
      throw new TypeError('VriInvite: "token" must be a function returning the token (or a promise of it).');
    }
    if (options.log !== undefined && typeof options.log !== "function") {
      throw new TypeError('VriInvite: "log" must be a function.');
    }
    this.#iframe = iframe;
    this.#origin = checkedOrigin(options.origin);
    this.#window = view;
    this.#options = {
      token: options.token,
      autoHeight: options.autoHeight !== false,
      timeout: positive(options.timeout, DEFAULT_TIMEOUT_MS, "timeout"),
      readyTimeout: positive(options.readyTimeout, DEFAULT_READY_TIMEOUT_MS, "readyTimeout"),
      log: options.log,
    };
    this.ready = new Promise((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    // Rejections of `ready` also go to the "error" event; a page that does
    // not await `ready` is not told twice.
    this.ready.catch(() => {});
    this.#window.addEventListener("message", this.#listener);
    this.#readyTimer = setTimeout(() => {
      this.#readyTimer = null;
      const page = (this.#window.location && this.#window.location.origin) || "this page's origin";
      this.#failReady(
        new VriInviteError(
          "ready-timeout",
          `VriInvite: no "ready" from ${this.#origin} within ${this.#options.readyTimeout} ms. ` +
            `Check that the frame loads the app from exactly that origin, and that the app's config.json ` +
            `lists ${page} in allowed_host_origins.`,
        ),
      );
    }, this.#options.readyTimeout);
  }

  /**
   * Adopts an `<iframe>` that shows (or will show) the app. Call it before
   * the frame loads (before setting `src`, or in the same script that adds
   * the frame): the app says `ready` once, as soon as it is up.
   *
   * @param {HTMLIFrameElement} iframe the frame showing the app
   * @param {object} options
   * @param {string} options.origin the app's exact origin, `https://vri.example.com`; required
   * @param {(context: {reason: "ready" | "token-expired" | "refresh"}) => string | Promise<string>} [options.token]
   *   returns the user's API token; called on `ready`, on `token-expired` (get a fresh one) and by `refreshToken()`
   * @param {boolean} [options.autoHeight] follow the app's `resize` (default `true`)
   * @param {number} [options.timeout] ms to wait for the app's answer to a command (default 10000)
   * @param {number} [options.readyTimeout] ms to wait for `ready` (default 30000)
   * @param {(direction: "in" | "out", message: object) => void} [options.log]
   *   sees every message from the app that passed the checks ("in") and every message sent ("out")
   * @returns {VriInvite}
   */
  static attach(iframe, options) {
    return new VriInvite(iframe, options, CONSTRUCT);
  }

  /**
   * Builds the `<iframe>` (with the permissions the app uses, a title and a
   * referrer policy that sends only the portal's origin), attaches to it,
   * then loads `src` and appends it to `container`. `destroy()` removes it.
   *
   * @param {Element} container where the frame goes
   * @param {object} options the {@link VriInvite.attach} options, and:
   * @param {string} options.src the app's URL, on `origin`
   * @param {string} options.origin
   * @param {string} [options.title] the frame's accessible name (default "Third parties in this call")
   * @param {(context: {reason: "ready" | "token-expired" | "refresh"}) => string | Promise<string>} [options.token]
   * @param {boolean} [options.autoHeight]
   * @param {number} [options.timeout]
   * @param {number} [options.readyTimeout]
   * @param {(direction: "in" | "out", message: object) => void} [options.log]
   * @returns {VriInvite}
   */
  static create(container, options) {
    const document = container && container.ownerDocument;
    if (!document || typeof container.append !== "function") {
      throw new TypeError("VriInvite.create: the first argument must be an element to put the frame in.");
    }
    options = objectOr(options);
    const origin = checkedOrigin(options.origin);
    let src = null;
    try {
      src = new URL(String(options.src), document.baseURI);
    } catch {
      src = null;
    }
    if (!src || typeof options.src !== "string" || src.origin !== origin) {
      throw new TypeError(
        `VriInvite.create: "src" must be the app's URL on ${origin}; got ${JSON.stringify(options.src)}.`,
      );
    }
    const iframe = document.createElement("iframe");
    iframe.setAttribute("title", typeof options.title === "string" ? options.title : "Third parties in this call");
    // screen-wake-lock: kiosk tablets keep the screen on during a call;
    // clipboard-write: the appointment's Copy buttons.
    iframe.setAttribute("allow", "screen-wake-lock; clipboard-write");
    // The app's server learns the portal's origin, never its URL (which may
    // name a patient); the app still sees the parent's origin.
    iframe.setAttribute("referrerpolicy", "strict-origin");
    iframe.style.inlineSize = "100%";
    iframe.style.border = "0";
    const app = new VriInvite(iframe, options, CONSTRUCT);
    app.#ownsFrame = true;
    iframe.setAttribute("src", src.href);
    container.append(iframe);
    return app;
  }

  /** The frame showing the app. @type {HTMLIFrameElement} */
  get iframe() {
    return this.#iframe;
  }

  /** The app's origin, as given. @type {string} */
  get origin() {
    return this.#origin;
  }

  /**
   * What the app said it supports in its last `ready`, or `null` before it.
   * @type {{versions: number[], commands: string[], events: string[]} | null}
   */
  get capabilities() {
    return this.#capabilities && {
      versions: [...this.#capabilities.versions],
      commands: [...this.#capabilities.commands],
      events: [...this.#capabilities.events],
    };
  }

  /**
   * Whether the app (as of its last `ready`) accepts a command: a method
   * name (`"setKiosk"`) or a message type (`"set-kiosk"`). `false` before `ready`.
   * @param {string} command
   * @returns {boolean}
   */
  supports(command) {
    const type = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : command;
    return this.#capabilities !== null && this.#capabilities.commands.includes(type);
  }

  /**
   * Calls `handler` with the payload of each `name` event: `invited`,
   * `removed`, `join-requested`, `resize`, `token-expired`, `ready` (each
   * time the app says it, a reload included), or `error` (a
   * {@link VriInviteError}: the app crashed, refused a message the SDK did
   * not send, or the SDK failed, e.g. the token function threw).
   * @param {string} name
   * @param {(payload: any) => void} handler
   * @returns {this}
   */
  on(name, handler) {
    if (typeof name !== "string" || name === "" || typeof handler !== "function") {
      throw new TypeError("VriInvite.on(name, handler): a event name and a function.");
    }
    if (this.#destroyed) return this;
    if (!this.#handlers.has(name)) this.#handlers.set(name, new Set());
    this.#handlers.get(name)?.add(handler);
    this.#warnIfUnknown(name);
    return this;
  }

  /**
   * Stops calling `handler` for `name`.
   * @param {string} name
   * @param {(payload: any) => void} handler
   * @returns {this}
   */
  off(name, handler) {
    const set = this.#handlers.get(name);
    if (set) {
      set.delete(handler);
      if (set.size === 0) this.#handlers.delete(name);
    }
    return this;
  }

  /**
   * Fills the invite form (the user still checks and sends it). Fields left
   * out keep what the user typed.
   * @param {{mode?: "email" | "phone", name?: string, email?: string, phone?: string, dtmf?: string, region?: number}} fields
   * @returns {Promise<void>} resolves when the app accepted it
   */
  prefill(fields) {
    return this.send(COMMANDS.prefill, fields);
  }

  /**
   * Switches the app's language (a BCP 47 tag; unsupported ones fall back to English).
   * @param {string} language
   * @returns {Promise<void>}
   */
  setLanguage(language) {
    return this.send(COMMANDS.setLanguage, { language });
  }

  /**
   * Sets the app's CSS custom properties (`--accent`, `--radius`, …: see the
   * README); the app refuses anything but plain colors and lengths.
   * @param {Record<string, string>} properties
   * @returns {Promise<void>}
   */
  setTheme(properties) {
    return this.send(COMMANDS.setTheme, { properties });
  }

  /**
   * Turns kiosk mode on or off.
   * @param {boolean} enabled
   * @returns {Promise<void>}
   */
  setKiosk(enabled) {
    return this.send(COMMANDS.setKiosk, { enabled });
  }

  /**
   * Reports a participant's call progress, as the portal hears it from the
   * video engine: the row's status changes, the step joins the person's
   * timeline and is announced. Rejects (`unknown-participant`) when the
   * app's roster does not list the id.
   * @param {{participant_id: number, status_code: number, at?: string, detail?: string}} status
   *   `at`: ISO 8601 with its zone (default: now); `detail`: short text shown as text.
   * @returns {Promise<void>}
   */
  participantStatus(status) {
    return this.send(COMMANDS.participantStatus, { ...status });
  }

  /**
   * Clears the form, the roster shown and what the app stored for the tab
   * (the conference on the server is untouched).
   * @returns {Promise<void>}
   */
  reset() {
    return this.send(COMMANDS.reset, {});
  }

  /**
   * Calls the `token` function and sends its token now (e.g. the portal
   * renewed the user's session before it expired).
   * @returns {Promise<void>}
   */
  refreshToken() {
    return this.#sendToken("refresh");
  }

  /**
   * Sends any host message the app lists (for a command newer than this
   * SDK's methods). Waits for `ready`; rejects with `unsupported`, without
   * posting, if the app does not list `type`.
   * @param {string} type
   * @param {object} [payload]
   * @returns {Promise<void>} resolves on the app's `ack`; rejects with its `error`, or `timeout`
   */
  send(type, payload = {}) {
    if (this.#destroyed) return Promise.reject(this.#destroyedError());
    if (typeof type !== "string" || type === "") {
      return Promise.reject(new VriInviteError("invalid-argument", "VriInvite.send: the type must be a non-empty string."));
    }
    const go = () => {
      if (this.#destroyed) throw this.#destroyedError();
      const capabilities = this.#capabilities;
      if (!capabilities || !capabilities.commands.includes(type)) {
        throw new VriInviteError(
          "unsupported",
          `VriInvite: the app does not support "${type}" (it lists: ${capabilities ? capabilities.commands.join(", ") || "nothing" : "nothing"}); nothing was sent.`,
        );
      }
      return this.#post(type, payload);
    };
    return this.#capabilities ? new Promise((resolve) => resolve(go())) : this.ready.then(go);
  }

  /**
   * Stops listening, cancels the timers, rejects what is still waiting
   * (`destroyed`) and forgets every handler; removes the frame if
   * {@link VriInvite.create} made it. Calling it again does nothing.
   */
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#window.removeEventListener("message", this.#listener);
    if (this.#readyTimer !== null) clearTimeout(this.#readyTimer);
    this.#readyTimer = null;
    this.#rejectReady(this.#destroyedError());
    for (const [, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(this.#destroyedError());
    }
    this.#pending.clear();
    this.#handlers.clear();
    if (this.#ownsFrame) this.#iframe.remove();
  }

  #destroyedError() {
    return new VriInviteError("destroyed", "VriInvite: destroy() was called.");
  }

  /** Posts a message to the app's origin only; resolves on its `ack`. */
  #post(type, payload) {
    const target = this.#iframe.contentWindow;
    if (!target) {
      return Promise.reject(new VriInviteError("no-frame", "VriInvite: the frame is not in the page."));
    }
    const id = `sdk-${this.#nextId++}`;
    const message = { type, version: PROTOCOL_VERSION, id, payload };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new VriInviteError("timeout", `VriInvite: no answer to "${type}" (${id}) within ${this.#options.timeout} ms.`, id));
      }, this.#options.timeout);
      this.#pending.set(id, { resolve, reject, timer });
      try {
        this.#log("out", message);
        target.postMessage(message, this.#origin);
      } catch (error) {
        clearTimeout(timer);
        this.#pending.delete(id);
        reject(new VriInviteError("invalid-argument", `VriInvite: could not send "${type}": ${error && error.message}`, id));
      }
    });
  }

  /** A `message` event: only from the frame's window, on the exact origin. */
  #receive(event) {
    if (this.#destroyed) return;
    const frame = this.#iframe.contentWindow;
    if (!frame || event.source !== frame || event.origin !== this.#origin) return;
    const message = event.data;
    if (!isMessage(message)) return;
    // `ready` is read whatever its version, to tell a version mismatch.
    if (message.version !== PROTOCOL_VERSION && message.type !== "ready") return;
    this.#log("in", message);
    const payload = objectOr(message.payload);
    switch (message.type) {
      case "ready":
        this.#ready(message, payload);
        return;
      case "ack":
        this.#settle(payload.in_reply_to, null);
        return;
      case "error": {
        const error = new VriInviteError(
          typeof payload.code === "string" ? payload.code : "error",
          typeof payload.message === "string" ? payload.message : "the app reported an error.",
          typeof payload.in_reply_to === "string" ? payload.in_reply_to : null,
        );
        if (!this.#settle(error.inReplyTo, error)) this.#emit("error", error);
        return;
      }
      case "resize":
        if (this.#options.autoHeight && Number.isFinite(payload.height) && payload.height >= 0) {
          this.#iframe.style.blockSize = `${Math.ceil(payload.height)}px`;
        }
        break;
      case "token-expired":
        this.#sendToken("token-expired").catch((error) => this.#reportTokenError(error));
        break;
    }
    if (!INTERNAL.has(message.type)) this.#emit(message.type, payload);
  }

  #ready(message, payload) {
    const versions = Array.isArray(payload.protocol_versions)
      ? payload.protocol_versions.filter((v) => typeof v === "number")
      : [message.version];
    if (!versions.includes(PROTOCOL_VERSION)) {
      this.#capabilities = null;
      this.#failReady(
        new VriInviteError(
          "unsupported-version",
          `VriInvite: the app speaks protocol version(s) ${versions.join(", ") || "none"}; this SDK speaks ${PROTOCOL_VERSION}. Load the SDK from the app's own origin.`,
        ),
      );
      return;
    }
    this.#capabilities = {
      versions,
      commands: strings(payload.commands),
      events: strings(payload.events),
    };
    if (this.#readyTimer !== null) clearTimeout(this.#readyTimer);
    this.#readyTimer = null;
    for (const name of this.#handlers.keys()) this.#warnIfUnknown(name);
    this.#resolveReady(payload);
    this.#sendToken("ready").catch((error) => this.#reportTokenError(error));
    this.#emit("ready", payload);
  }

  #failReady(error) {
    this.#rejectReady(error);
    this.#emit("error", error);
  }

  /** Resolves (`error` null) or rejects the command `id`; false if none waits. */
  #settle(id, error) {
    const pending = typeof id === "string" ? this.#pending.get(id) : undefined;
    if (!pending) return false;
    this.#pending.delete(id);
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(undefined);
    return true;
  }

  /** Asks the `token` function, then sends `auth`; resolves on its `ack`. */
  async #sendToken(reason) {
    const source = this.#options.token;
    if (this.#destroyed) throw this.#destroyedError();
    if (!source) return;
    let token;
    try {
      token = await source({ reason });
    } catch (cause) {
      throw new VriInviteError("token", `VriInvite: the token function failed: ${cause && cause.message ? cause.message : cause}`);
    }
    if (typeof token !== "string" || token === "") {
      throw new VriInviteError("token", "VriInvite: the token function must return a non-empty string.");
    }
    await this.send("auth", { token });
  }

  /** A token handoff the SDK started on its own failed: tell "error". */
  #reportTokenError(error) {
    if (!(error instanceof VriInviteError) || error.code !== "destroyed") this.#emit("error", error);
  }

  #emit(name, payload) {
    const handlers = this.#handlers.get(name);
    if (!handlers || handlers.size === 0) {
      if (name === "error") console.error(payload);
      return;
    }
    for (const handler of [...handlers]) {
      try {
        handler.call(this, payload);
      } catch (error) {
        console.error("VriInvite: an event handler threw:", error);
      }
    }
  }

  #log(direction, message) {
    if (!this.#options.log) return;
    try {
      this.#options.log(direction, message);
    } catch (error) {
      console.error("VriInvite: the log function threw:", error);
    }
  }

  #warnIfUnknown(name) {
    const capabilities = this.#capabilities;
    if (name === "error" || name === "ready") return;
    const known = capabilities ? capabilities.events : EVENTS;
    if (!known.includes(name) || INTERNAL.has(name)) {
      console.warn(`VriInvite: the app does not send "${name}" events (it sends: ${known.filter((e) => !INTERNAL.has(e)).join(", ")}).`);
    }
  }
}

/** Only the static factories construct. */
const CONSTRUCT = Symbol("VriInvite");

/**
 * A positive number of milliseconds, or the default.
 * @param {unknown} value
 * @param {number} fallback
 * @param {string} name
 */
function positive(value, fallback, name) {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    throw new TypeError(`VriInvite: "${name}" must be a positive number of milliseconds.`);
  }
  return value;
}
