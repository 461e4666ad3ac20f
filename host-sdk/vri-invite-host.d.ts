/**
 * Types for `vri-invite-host.js`, the host SDK of the vri-invite app: the
 * portal page that embeds the app in an `<iframe>` imports it from the app's
 * own origin.
 *
 * ```ts
 * import { VriInvite } from "https://vri.example.com/invite/vri-invite-host.js";
 * const app = VriInvite.attach(iframe, { origin: "https://vri.example.com", token: async () => getToken() });
 * const ready = await app.ready;
 * app.on("invited", (p) => console.log(p.conference_id, p.participant_id));
 * await app.setTheme({ "--accent": "#6a1b9a" });
 * ```
 *
 * @module vri-invite-host
 */

/** The protocol version this SDK speaks (every message's `version`). */
export declare const PROTOCOL_VERSION: 1;

/** Each command method and the host message type it sends. */
export declare const COMMANDS: Readonly<{
  prefill: "prefill";
  setLanguage: "set-language";
  setTheme: "set-theme";
  setKiosk: "set-kiosk";
  reset: "reset";
  participantStatus: "participant-status";
}>;

/** The events `on` and `off` take. */
export declare const EVENTS: readonly EventName[];

/** A command method's name. */
export type CommandMethod = keyof typeof COMMANDS;

/** A host message type: the commands above and `auth` (sent by the SDK itself). */
export type CommandType = (typeof COMMANDS)[CommandMethod] | "auth";

/** One protocol message, either way. */
export interface Message<P = Record<string, unknown>> {
  type: string;
  version: number;
  id: string;
  payload: P;
}

/** The app's `ready` payload: facts, and what it supports. */
export interface ReadyPayload {
  /** Always `"vri-invite"`. */
  app: string;
  /** The app's build version, `"0.1.0"`. */
  app_version: string;
  /** The language it starts in, a BCP 47 tag. */
  language: string;
  /** Whether kiosk mode is on. */
  kiosk: boolean;
  /** The protocol versions it speaks. */
  protocol_versions: number[];
  /** The host message types it accepts. */
  commands: string[];
  /** The message types it posts. */
  events: string[];
}

/** `invited`: a third party was invited. */
export interface InvitedPayload {
  /** The invite answer, as the platform sent it. */
  participant: Record<string, unknown>;
  conference_id: number | null;
  participant_id: number | null;
  video_account_identity: string | null;
  /** When the answer came (ISO 8601, UTC). */
  at: string;
  /** A Call again: the same person, a new leg. */
  again?: true;
  /** With `again`: the participant id of the leg it follows. */
  previous_participant_id?: number;
}

/** `removed`: a third party was removed. */
export interface RemovedPayload {
  conference_id: number | null;
  participant_id: number | null;
  /** When the API confirmed the removal (ISO 8601, UTC). */
  at: string;
}

/** What `participantStatus` reports. */
export interface ParticipantStatus {
  participant_id: number;
  /** A `RequestConferenceSessionVideoStatusCodeId` (labels come from the app's `config.json`). */
  status_code: number;
  /** ISO 8601 with its zone; default: now. */
  at?: string;
  /** Up to 200 characters, shown as text. */
  detail?: string;
}

/** `join-requested`: the user asked to join a scheduled appointment. */
export interface JoinRequestedPayload {
  scheduled_request_id: number | null;
  scheduled_request_provider_id: number | null;
  request_provider_id: number | null;
  confirmation_number: string | null;
}

/** `resize`: the content height in CSS pixels. */
export interface ResizePayload {
  height: number;
}

/** `token-expired`: the API refused the token (the SDK asks `token` for a new one). */
export interface TokenExpiredPayload {
  status: number;
}

/** Each event's name and what its handlers receive. */
export interface VriInviteEvents {
  ready: ReadyPayload;
  invited: InvitedPayload;
  removed: RemovedPayload;
  "join-requested": JoinRequestedPayload;
  resize: ResizePayload;
  "token-expired": TokenExpiredPayload;
  error: VriInviteError;
}

/** An event's name. */
export type EventName = keyof VriInviteEvents;

/** Why the SDK asks for a token. */
export interface TokenContext {
  reason: "ready" | "token-expired" | "refresh";
}

/** Options of {@link VriInvite.attach}. */
export interface AttachOptions {
  /** The app's exact origin, `"https://vri.example.com"`: messages go only there and count only from there. */
  origin: string;
  /** Returns the user's API token; called on `ready`, on `token-expired` and by `refreshToken()`. */
  token?: (context: TokenContext) => string | Promise<string>;
  /** Follow the app's `resize` by setting the frame's height (default `true`). */
  autoHeight?: boolean;
  /** Milliseconds to wait for the app's answer to a command (default 10000). */
  timeout?: number;
  /** Milliseconds to wait for `ready` (default 30000). */
  readyTimeout?: number;
  /** Sees every message from the app that passed the checks (`"in"`) and every message sent (`"out"`). */
  log?: (direction: "in" | "out", message: Message) => void;
}

/** Options of {@link VriInvite.create}. */
export interface CreateOptions extends AttachOptions {
  /** The app's URL, on `origin`. */
  src: string;
  /** The frame's accessible name (default "Third parties in this call"). */
  title?: string;
}

/** What `prefill` can fill in; each field optional, texts up to 200 characters. */
export interface PrefillFields {
  mode?: "email" | "phone";
  name?: string;
  email?: string;
  phone?: string;
  /** The phone number's country, an ISO 3166 code such as "IT" (capitals). */
  country?: string;
  dtmf?: string;
  /** A region id from the app's `config.json`. */
  region?: number;
}

/** The CSS custom properties `setTheme` may set. */
export type ThemeProperty =
  | "--bg"
  | "--surface"
  | "--text"
  | "--muted"
  | "--border"
  | "--accent"
  | "--accent-text"
  | "--danger"
  | "--ok"
  | "--focus"
  | "--radius";

/** What the app said it supports in its last `ready`. */
export interface Capabilities {
  versions: number[];
  commands: string[];
  events: string[];
}

/** The codes a {@link VriInviteError} carries. */
export type ErrorCode =
  | "invalid-message"
  | "crash"
  | "timeout"
  | "unsupported"
  | "ready-timeout"
  | "unsupported-version"
  | "destroyed"
  | "no-frame"
  | "token"
  | "invalid-argument";

/** Why a command, `ready` or the SDK failed. */
export declare class VriInviteError extends Error {
  constructor(code: string, message: string, inReplyTo?: string | null);
  readonly name: "VriInviteError";
  /** For code: one of {@link ErrorCode} (or a newer app's own). */
  readonly code: ErrorCode | (string & {});
  /** The id of the host message this answers, if any. */
  readonly inReplyTo: string | null;
}

/** The embedded app, seen from the host page. */
export declare class VriInvite {
  private constructor();

  /** Adopts an `<iframe>` showing the app; call it before the frame loads. */
  static attach(iframe: HTMLIFrameElement, options: AttachOptions): VriInvite;

  /** Builds the `<iframe>` (permissions, title, referrer policy), attaches, loads `src` into `container`. */
  static create(container: Element, options: CreateOptions): VriInvite;

  /** The frame showing the app. */
  readonly iframe: HTMLIFrameElement;
  /** The app's origin, as given. */
  readonly origin: string;
  /** Resolves with the first `ready` payload; rejects with `ready-timeout` or `unsupported-version`. */
  readonly ready: Promise<ReadyPayload>;
  /** What the last `ready` listed; `null` before it. */
  readonly capabilities: Capabilities | null;

  /** Whether the app accepts a command (method name or message type); `false` before `ready`. */
  supports(command: CommandMethod | CommandType | (string & {})): boolean;

  /** Calls `handler` with each `name` event's payload. */
  on<K extends EventName>(name: K, handler: (payload: VriInviteEvents[K]) => void): this;
  /** Stops calling `handler` for `name`. */
  off<K extends EventName>(name: K, handler: (payload: VriInviteEvents[K]) => void): this;

  /** Fills the invite form; resolves when the app accepted it. */
  prefill(fields: PrefillFields): Promise<void>;
  /** Switches the language (a BCP 47 tag). */
  setLanguage(language: string): Promise<void>;
  /** Sets CSS custom properties to plain colors or lengths. */
  setTheme(properties: Partial<Record<ThemeProperty, string>>): Promise<void>;
  /** Kiosk mode on or off. */
  setKiosk(enabled: boolean): Promise<void>;
  /** Clears the form, the roster shown and the app's storage for the tab. */
  reset(): Promise<void>;
  /** A participant's call progress; rejects with `unknown-participant` for an id the roster does not list. */
  participantStatus(status: ParticipantStatus): Promise<void>;
  /** Calls `token` and sends its token now. */
  refreshToken(): Promise<void>;
  /** Sends any host message type the app lists (for commands newer than these methods). */
  send(type: CommandType | (string & {}), payload?: Record<string, unknown>): Promise<void>;

  /** Stops listening, cancels timers, rejects what waits (`destroyed`), forgets handlers; removes a frame `create` made. */
  destroy(): void;
}
