// An example portal module, type-checked by `cargo xtask test`
// (`tsc --noEmit --strict -p host-sdk`): what a portal team writes against
// vri-invite-host.d.ts. The `@ts-expect-error` lines are mistakes the types
// must catch; tsc fails if one of them stops being an error.

import {
  VriInvite,
  VriInviteError,
  type InvitedPayload,
  type ReadyPayload,
} from "./vri-invite-host.js";

declare function getToken(): Promise<string>;
declare function getVideoEngineAccounts(conferenceId: number, participantId: number): void;

export async function embed(iframe: HTMLIFrameElement): Promise<VriInvite> {
  const app = VriInvite.attach(iframe, {
    origin: "https://vri.example.com",
    token: async ({ reason }) => (reason === "token-expired" ? getToken() : getToken()),
    autoHeight: true,
    timeout: 5000,
    log: (direction, message) => console.debug(direction, message.type, message.payload),
  });

  const ready: ReadyPayload = await app.ready;
  const languages: string = ready.language;
  const commands: string[] = ready.commands;
  console.log(languages, commands, ready.protocol_versions, app.capabilities?.events);

  const onInvited = (p: InvitedPayload) => {
    if (p.conference_id !== null && p.participant_id !== null) {
      getVideoEngineAccounts(p.conference_id, p.participant_id);
    }
  };
  app
    .on("invited", onInvited)
    .on("removed", (p) => console.log(p.conference_id, p.participant_id))
    .on("join-requested", (p) => console.log(p.confirmation_number?.toUpperCase()))
    .on("resize", (p) => console.log(p.height + 1))
    .on("token-expired", (p) => console.log(p.status))
    .on("error", (e) => console.error(e.code, e.message, e.inReplyTo));

  await app.prefill({ mode: "phone", name: "Ana", phone: "+34 612 345 678" });
  await app.prefill({ mode: "email", email: "ana@clinic.example", region: 3 });
  await app.setLanguage("es");
  await app.setTheme({ "--accent": "#6a1b9a", "--radius": "14px" });
  await app.setKiosk(true);
  await app.reset();
  await app.participantStatus({ participant_id: 101, status_code: 3, at: new Date().toISOString(), detail: "busy" });
  app.on("invited", (p) => p.again && console.log(p.previous_participant_id, p.at));
  await app.refreshToken();
  if (app.supports("setKiosk") && app.supports("set-kiosk")) await app.send("set-kiosk", { enabled: false });

  try {
    await app.setTheme({ "--accent": "url(x)" });
  } catch (error) {
    if (error instanceof VriInviteError) console.log(error.code === "invalid-message", error.message);
  }

  // @ts-expect-error: an event the app does not send
  app.on("invitd", () => {});
  // @ts-expect-error: the payload of "removed" has no participant
  app.on("removed", (p) => console.log(p.participant));
  // @ts-expect-error: mode is "email" or "phone"
  await app.prefill({ mode: "fax" });
  // @ts-expect-error: prefill takes known fields only
  await app.prefill({ nmae: "Ana" });
  // @ts-expect-error: a status needs its participant
  await app.participantStatus({ status_code: 3 });
  // @ts-expect-error: kiosk is on or off
  await app.setKiosk("yes");
  // @ts-expect-error: only the app's theme properties
  await app.setTheme({ color: "red" });
  // @ts-expect-error: the origin is required
  VriInvite.attach(iframe, { token: getToken });
  // @ts-expect-error: the factories construct, not `new`
  new VriInvite();

  app.off("invited", onInvited);
  app.destroy();
  return app;
}

export function build(container: HTMLElement): VriInvite {
  return VriInvite.create(container, {
    src: "https://vri.example.com/invite/",
    origin: "https://vri.example.com",
    title: "Third parties in this call",
    token: () => "a-token",
  });
}
