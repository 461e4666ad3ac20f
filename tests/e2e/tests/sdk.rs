//! The host SDK (`dist/vri-invite-host.js`) in Chromium, imported by a
//! portal page on another origin (the example host page's), against the
//! real app and the sandbox: `ready` and its capabilities, the token on
//! `ready` and after the sandbox expires it, a promise per command, a
//! refused and an unlisted command, events, messages from another window or
//! origin, and `destroy`. Its unit tests (a fake frame, `node --test`) are
//! in `host-sdk/test/`.

use e2e::{eventually, App, Options, Sandbox, PATIENCE};
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

fn hosted(require_token: bool) -> Options {
    Options {
        host_page: true,
        require_token,
        ..Options::default()
    }
}

/// Opens the example host page, lets go of its own SDK instance and frame,
/// and builds the test's portal in its place with `VriInvite.create`
/// (`window.rig`: the token calls, every event, the SDK's log of messages,
/// every message the window received, checked or not). Returns the `ready`
/// payload `app.ready` resolved with.
async fn rig(app: &App) -> Value {
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    let ready = app
        .run_js(
            r#"const [appOrigin] = arguments;
               return (async () => {
                 const { VriInvite } = await import(appOrigin + "/vri-invite-host.js");
                 window.vri.destroy();
                 document.getElementById("app-frame").remove();
                 const rig = window.rig = { tokens: [], events: [], log: [], raw: [], VriInvite };
                 window.addEventListener("message", (e) => rig.raw.push([e.origin, e.data && e.data.type]));
                 const slot = document.createElement("div");
                 document.body.prepend(slot);
                 const app = rig.app = VriInvite.create(slot, {
                   src: appOrigin + "/",
                   origin: appOrigin,
                   token: async ({ reason }) => { rig.tokens.push(reason); return "rig-token-" + rig.tokens.length; },
                   log: (direction, m) => rig.log.push([direction, m.type]),
                 });
                 app.iframe.id = "app-frame";
                 for (const name of ["ready", "invited", "removed", "join-requested", "token-expired", "error"]) {
                   app.on(name, (p) => rig.events.push([name, p instanceof Error ? { code: p.code, message: p.message } : p]));
                 }
                 return await app.ready;
               })();"#,
            vec![json!(app.sandbox.base)],
        )
        .await;
    app.enter_app().await;
    app.wait_for(Locator::Css("main.app h1")).await;
    app.leave_app().await;
    ready
}

/// The events the rig's handlers received, as `[name, payload]`.
async fn events(app: &App) -> Vec<Value> {
    let events = app.run_js("return window.rig.events;", vec![]).await;
    events.as_array().cloned().unwrap_or_default()
}

async fn events_named(app: &App, name: &str) -> Vec<Value> {
    events(app)
        .await
        .into_iter()
        .filter(|e| e[0] == name)
        .map(|e| e[1].clone())
        .collect()
}

/// Runs a command of the rig's SDK (`app.…` in `call`): `"accepted"` when
/// its promise resolved, else `[name, code, message]` of the rejection.
async fn command(app: &App, call: &str) -> Value {
    app.run_js(
        &format!(
            "const app = window.rig.app; return ({call}).then(() => 'accepted', (e) => [e.name, e.code, e.message]);"
        ),
        vec![],
    )
    .await
}

#[tokio::test]
async fn ready_token_renewal_commands_and_events() {
    let app = App::launch(&hosted(true)).await;
    let ready = rig(&app).await;

    // ready: the app's facts and what it supports.
    assert_eq!(ready["app"], "vri-invite");
    assert_eq!(ready["language"], "en");
    assert_eq!(ready["protocol_versions"], json!([1]));
    let commands = ready["commands"].as_array().unwrap();
    let supported = app
        .run_js(
            "const app = window.rig.app; return ['prefill', 'setLanguage', 'setTheme', 'setKiosk', 'reset', 'auth'].map((c) => app.supports(c));",
            vec![],
        )
        .await;
    assert_eq!(
        supported,
        json!([true, true, true, true, true, true]),
        "the app lists every command the SDK has a method for: {commands:?}"
    );
    for event in [
        "invited",
        "removed",
        "join-requested",
        "resize",
        "token-expired",
    ] {
        assert!(
            ready["events"].as_array().unwrap().contains(&json!(event)),
            "{event}"
        );
    }
    // The token was asked for on ready and handed over.
    let tokens = app.run_js("return window.rig.tokens;", vec![]).await;
    assert_eq!(tokens, json!(["ready"]));

    // Each command resolves once the app accepted it, and did what it says.
    assert_eq!(
        command(
            &app,
            "app.prefill({ mode: 'email', name: 'Dr. Ana Ruiz', email: 'ana.ruiz@clinic.example' })"
        )
        .await,
        "accepted"
    );
    app.enter_app().await;
    assert_eq!(app.value_of("Name").await, "Dr. Ana Ruiz");
    app.leave_app().await;
    assert_eq!(command(&app, "app.setLanguage('es')").await, "accepted");
    assert_eq!(
        command(&app, "app.setTheme({ '--accent': '#6a1b9a' })").await,
        "accepted"
    );
    assert_eq!(command(&app, "app.setKiosk(true)").await, "accepted");
    app.enter_app().await;
    assert_eq!(
        app.run_js(
            "return [document.documentElement.lang, getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(), document.querySelector('main.app.kiosk') !== null];",
            vec![],
        )
        .await,
        json!(["es", "#6a1b9a", true]),
        "each command acted before its promise resolved"
    );
    app.leave_app().await;
    assert_eq!(command(&app, "app.setKiosk(false)").await, "accepted");
    assert_eq!(command(&app, "app.reset()").await, "accepted");
    app.enter_app().await;
    assert_eq!(app.value_of("Name").await, "");
    app.leave_app().await;

    // A refused command rejects with the app's own reason (and is not an
    // error event: the promise is the answer).
    assert_eq!(
        command(
            &app,
            "app.setTheme({ '--accent': 'url(https://tracker.example/x)' })"
        )
        .await,
        json!([
            "VriInviteError",
            "invalid-message",
            "set-theme: the value of --accent is not a plain color or length."
        ])
    );
    // A command the app does not list rejects, and nothing is posted.
    let unlisted = command(&app, "app.send('launch-missiles', {})").await;
    assert_eq!(unlisted[1], "unsupported", "{unlisted}");
    assert!(
        unlisted[2].as_str().unwrap().contains("set-kiosk"),
        "it says what the app does support: {unlisted}"
    );
    let posted = app
        .run_js(
            "return window.rig.log.filter(([d]) => d === 'out').map(([, t]) => t);",
            vec![],
        )
        .await;
    assert_eq!(
        posted,
        json!([
            "auth",
            "prefill",
            "set-language",
            "set-theme",
            "set-kiosk",
            "set-kiosk",
            "reset",
            "set-theme"
        ]),
        "launch-missiles never left the page"
    );

    // Events: invited, then the token expires; the waiting invite completes
    // with the token the SDK asked for on token-expired.
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.leave_app().await;
    app.sandbox.expire_token();
    app.enter_app().await;
    app.invite_by_email("Wei Zhang", "wei@clinic.example").await;
    app.leave_app().await;
    let tokens = app.run_js("return window.rig.tokens;", vec![]).await;
    assert_eq!(tokens, json!(["ready", "token-expired"]));
    assert_eq!(
        events_named(&app, "token-expired").await,
        vec![json!({"status": 401})]
    );
    let requests: Vec<(Value, Value)> = app.sandbox.tokens()["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["token"].clone(), r["status"].clone()))
        .collect();
    assert_eq!(
        requests,
        vec![
            (json!("rig-token-1"), json!(200)),
            (json!("rig-token-1"), json!(401)),
            (json!("rig-token-2"), json!(200)),
        ],
        "invite, invite refused, the same invite with the new token"
    );
    let invited = eventually("two invited events", PATIENCE, async || {
        let invited = events_named(&app, "invited").await;
        if invited.len() == 2 {
            Ok(invited)
        } else {
            Err(format!("{invited:?}"))
        }
    })
    .await;
    let participants = app.sandbox.participants();
    assert_eq!(invited[0]["participant_id"], 101);
    assert_eq!(invited[0]["participant"], participants[0]);
    assert_eq!(invited[1]["participant"], participants[1]);

    // join-requested and removed.
    app.enter_app().await;
    app.wait_text(".appointment", "VRI-640112").await;
    app.click("Join").await;
    app.wait_text(".join-status", "Join requested").await;
    app.remove("Ana Ruiz").await;
    app.wait_roster(&["Wei Zhang"]).await;
    app.leave_app().await;
    let joins = eventually("a join-requested event", PATIENCE, async || {
        let joins = events_named(&app, "join-requested").await;
        (!joins.is_empty()).then_some(joins)
    })
    .await;
    assert_eq!(joins[0]["confirmation_number"], "VRI-640112");
    let removed = eventually("a removed event", PATIENCE, async || {
        let removed = events_named(&app, "removed").await;
        (!removed.is_empty()).then_some(removed)
    })
    .await;
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["conference_id"], 5001);
    assert_eq!(removed[0]["participant_id"], 101);
    assert!(
        removed[0]["at"]
            .as_str()
            .is_some_and(|at| at.ends_with('Z')),
        "when, in UTC"
    );
    assert_eq!(
        events_named(&app, "error").await,
        Vec::<Value>::new(),
        "no error along the way"
    );
    assert_eq!(events_named(&app, "ready").await.len(), 1);
    app.finish().await;
}

#[tokio::test]
async fn a_message_from_another_window_or_origin_never_reaches_a_handler() {
    let app = App::launch(&hosted(false)).await;
    rig(&app).await;
    let app_origin = app.sandbox.base.clone();
    let seen_before = events(&app).await.len();
    let checked_before = app.run_js("return window.rig.log.length;", vec![]).await;

    // 1. A sibling frame on the portal's own origin forges the app's messages.
    // 2. A second copy of the app (the app's origin, another window) says
    //    ready and resize to this page, as the real one does.
    // 3. A frame attached to its own SDK instance, showing a data: page
    //    (origin "null"), posts from exactly that frame's window.
    app.run_js(
        r#"const [appOrigin] = arguments;
           const forged = (t) => `{type:"${t}",version:1,id:"forged",payload:{conference_id:666,participant_id:666,height:5,status:401,code:"crash",message:"forged",commands:["auth"],protocol_versions:[1]}}`;
           const script = ["ready", "invited", "removed", "join-requested", "resize", "token-expired", "error"]
             .map((t) => `parent.postMessage(${forged(t)}, "*");`).join("");
           const sibling = document.createElement("iframe");
           sibling.srcdoc = "<script>" + script + "<\/script>";
           document.body.append(sibling);
           const twin = document.createElement("iframe");
           twin.src = appOrigin + "/";
           twin.id = "twin";
           document.body.append(twin);
           const probe = document.createElement("iframe");
           document.body.append(probe);
           const rig = window.rig;
           rig.probe = { tokens: 0, events: [] };
           const probeApp = rig.VriInvite.attach(probe, { origin: appOrigin, token: () => (rig.probe.tokens++, "probe") });
           for (const name of ["ready", "invited", "error", "resize"]) probeApp.on(name, (p) => rig.probe.events.push(name));
           probe.src = "data:text/html," + encodeURIComponent("<script>" + script + "<\/script>");
           rig.probeApp = probeApp;"#,
        vec![json!(app_origin)],
    )
    .await;
    // Every forged message reached the window...
    let app_origin_json = json!(app_origin);
    eventually(
        "the forged messages and the twin's ready to arrive",
        PATIENCE,
        async || {
            let raw = app.run_js("return window.rig.raw;", vec![]).await;
            let raw = raw.as_array().unwrap();
            let count = |origin: &Value, kind: &str| {
                raw.iter()
                    .filter(|m| m[0] == *origin && m[1] == kind)
                    .count()
            };
            let host = json!(app.host_origin());
            if count(&host, "invited") == 1
                && count(&json!("null"), "invited") == 1
                && count(&app_origin_json, "ready") >= 2
            {
                Ok(())
            } else {
                Err(format!("{raw:?}"))
            }
        },
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    // ...and none reached a handler, asked for a token or resized a frame.
    assert_eq!(
        events(&app).await.len(),
        seen_before,
        "{:?}",
        events(&app).await
    );
    assert_eq!(
        app.run_js("return window.rig.log.length;", vec![]).await,
        checked_before,
        "no forged message passed the SDK's checks"
    );
    assert_eq!(
        app.run_js("return window.rig.tokens;", vec![]).await,
        json!(["ready"]),
        "no token for another window's ready"
    );
    assert_eq!(
        app.run_js("return window.rig.probe;", vec![]).await,
        json!({"tokens": 0, "events": []}),
        "the frame's own window, from another origin, is not heard either"
    );
    let probe_ready = app
        .run_js(
            "return window.rig.probeApp.capabilities === null && !window.rig.probeApp.supports('reset');",
            vec![],
        )
        .await;
    assert_eq!(probe_ready, json!(true));
    let height = app
        .run_js(
            "return document.getElementById('app-frame').style.blockSize;",
            vec![],
        )
        .await;
    assert!(
        height.as_str().unwrap().ends_with("px") && height != "5px",
        "no forged resize: {height}"
    );

    // The real frame is still heard.
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.leave_app().await;
    eventually("the real invited event", PATIENCE, async || {
        events_named(&app, "invited").await.len() == 1
    })
    .await;
    app.run_js("window.rig.probeApp.destroy();", vec![]).await;
    app.finish().await;
}

/// The `message` listeners on the page's window, as DevTools counts them.
async fn message_listeners(app: &App) -> usize {
    let session = app.client.session_id().await.unwrap().expect("a session");
    let url = format!("{}/session/{session}/goog/cdp/execute", app.driver_url);
    let cdp = |cmd: &str, params: Value| -> Value {
        ureq::post(&url)
            .send_json(json!({"cmd": cmd, "params": params}))
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
            .body_mut()
            .read_json()
            .unwrap()
    };
    let window = cdp("Runtime.evaluate", json!({"expression": "window"}));
    let id = window["value"]["result"]["objectId"].clone();
    let listeners = cdp("DOMDebugger.getEventListeners", json!({"objectId": id}));
    listeners["value"]["listeners"]
        .as_array()
        .unwrap_or_else(|| panic!("{listeners}"))
        .iter()
        .filter(|l| l["type"] == "message")
        .count()
}

#[tokio::test]
async fn destroy_leaves_no_listener_and_later_messages_trigger_nothing() {
    let app = App::launch(&hosted(false)).await;
    // The example page's own instance, made with `attach`.
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    app.wait_from_app("resize", 1).await;
    app.run_js(
        "window.raw = []; window.addEventListener('message', (e) => window.raw.push(e.data && e.data.type));",
        vec![],
    )
    .await;
    let attached = message_listeners(&app).await;
    app.run_js("window.vri.destroy(); window.vri.destroy();", vec![])
        .await;
    assert_eq!(
        message_listeners(&app).await,
        attached - 1,
        "destroy removed the SDK's listener"
    );
    // Attaching and destroying again and again leaves nothing behind.
    app.run_js(
        r#"const [appOrigin] = arguments;
           return (async () => {
             const { VriInvite } = await import(appOrigin + "/vri-invite-host.js");
             const frame = document.getElementById("app-frame");
             for (let i = 0; i < 20; i++) VriInvite.attach(frame, { origin: appOrigin }).destroy();
           })();"#,
        vec![json!(app.sandbox.base)],
    )
    .await;
    assert_eq!(message_listeners(&app).await, attached - 1);

    let logged = app.host_log().await.len();
    let height = app
        .run_js(
            "return document.getElementById('app-frame').style.blockSize;",
            vec![],
        )
        .await;
    app.enter_app().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.invite_by_email("Wei Zhang", "wei@clinic.example").await;
    app.leave_app().await;
    // The app did post (the page's own listener heard it)...
    eventually("the app's invited messages", PATIENCE, || async {
        let raw = app.run_js("return window.raw;", vec![]).await;
        raw.as_array()
            .unwrap()
            .iter()
            .filter(|t| *t == "invited")
            .count()
            == 2
    })
    .await;
    // ...and the destroyed instance did nothing with it.
    assert_eq!(
        app.host_log().await.len(),
        logged,
        "nothing logged after destroy"
    );
    assert_eq!(
        app.run_js(
            "return document.getElementById('app-frame').style.blockSize;",
            vec![]
        )
        .await,
        height,
        "the frame no longer follows resize"
    );
    let after = app
        .run_js(
            "return window.vri.reset().then(() => 'accepted', (e) => e.code);",
            vec![],
        )
        .await;
    assert_eq!(after, "destroyed");
    app.finish().await;
}

/// The hashed copy of the SDK in `dist/`.
fn hashed_module() -> String {
    let dist = std::env::var_os("APP_DIST")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
    std::fs::read_dir(&dist)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("vri-invite-host-") && n.ends_with(".js"))
        .expect("dist/ has the hashed SDK: cargo xtask build")
}

#[test]
fn the_sdk_is_served_to_other_origins_with_its_cache_rules() {
    let sandbox = Sandbox::start_with(&hosted(false));
    let get = |path: &str| {
        let mut response = ureq::get(&format!("{}{path}", sandbox.base))
            .header("Origin", "https://portal.example.com")
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let headers = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
        };
        let found = (
            headers("access-control-allow-origin"),
            headers("cache-control"),
            headers("content-type"),
        );
        (found, response.body_mut().read_to_string().unwrap())
    };
    let source = include_str!("../../../host-sdk/vri-invite-host.js");
    let types = include_str!("../../../host-sdk/vri-invite-host.d.ts");
    let hashed = hashed_module();
    let cases = [
        (
            "/vri-invite-host.js".to_string(),
            "no-cache",
            "text/javascript",
            source,
        ),
        (
            format!("/{hashed}"),
            "public, max-age=31536000, immutable",
            "text/javascript",
            source,
        ),
        (
            "/vri-invite-host.d.ts".to_string(),
            "no-cache",
            "text/plain; charset=utf-8",
            types,
        ),
        (
            format!("/{}", hashed.replace(".js", ".d.ts")),
            "public, max-age=31536000, immutable",
            "text/plain; charset=utf-8",
            types,
        ),
    ];
    for (path, cache, content_type, body) in cases {
        let ((cors, cache_control, mime), text) = get(&path);
        assert_eq!(cors.as_deref(), Some("*"), "{path}: open to portal pages");
        assert_eq!(cache_control.as_deref(), Some(cache), "{path}");
        assert!(
            mime.as_deref().unwrap_or("").starts_with(content_type),
            "{path}: {mime:?}"
        );
        assert!(text == body, "{path}: the build ships the source as it is");
    }
    // The app's own files stay closed to other origins.
    for path in ["/", "/config.json"] {
        let ((cors, _, _), _) = get(path);
        assert_eq!(cors, None, "{path}");
    }
}
