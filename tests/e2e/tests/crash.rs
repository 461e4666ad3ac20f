//! The crash screen, end to end. The release wasm aborts on a panic (a trap,
//! `WebAssembly.RuntimeError`, with no panic hook: `xtask/src/split.rs`), so
//! the screen is drawn by the page's loader (`xtask/src/loader.rs`). Here a
//! real trap reaches the page as the app's would: an uncaught
//! `RuntimeError` from a wasm module, thrown in a task of its own.

use e2e::{App, Options};
use fantoccini::Locator;
use serde_json::Value;

/// A module whose one export is `unreachable`, instantiated and called in
/// a timer callback, so the trap is uncaught, as a panic in an event
/// handler of the app would be.
const TRAP: &str = "
    const bytes = new Uint8Array([0,97,115,109,1,0,0,0, 1,4,1,96,0,0, 3,2,1,0,
        7,5,1,1,102,0,0, 10,5,1,3,0,0,11]);
    const trap = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
    setTimeout(trap, 0);
";

/// Same, in a promise nobody awaits (an async task of the app).
const TRAP_IN_PROMISE: &str = "
    const bytes = new Uint8Array([0,97,115,109,1,0,0,0, 1,4,1,96,0,0, 3,2,1,0,
        7,5,1,1,102,0,0, 10,5,1,3,0,0,11]);
    const trap = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
    Promise.resolve().then(trap);
";

#[tokio::test]
async fn a_trap_leaves_a_screen_with_a_way_back_in_the_language_shown() {
    let app = App::start().await;
    app.invite_by_email("Dr. Ana Ruiz", "ana.ruiz@clinic.example")
        .await;
    app.run_js(TRAP, vec![]).await;
    let screen = app
        .wait_for(Locator::Css("main.app.crash[role=alert]"))
        .await;
    let text = screen.text().await.unwrap();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("still in the call"), "{text}");
    assert!(
        !app.exists("form").await,
        "the app is gone: nothing can be typed into a stopped app"
    );
    let reload = app.wait_for(Locator::Css("main.app.crash a.button")).await;
    assert_eq!(reload.attr("href").await.unwrap().as_deref(), Some(""));
    // "Reload" reloads: the app comes back with the people invited.
    reload.click().await.unwrap();
    app.wait_for(Locator::Css("form")).await;
    assert_eq!(app.roster().await, ["Dr. Ana Ruiz"]);

    // In Spanish, from a promise.
    app.pick_language("Español").await;
    app.run_js(TRAP_IN_PROMISE, vec![]).await;
    let screen = app.wait_for(Locator::Css("main.app.crash")).await;
    let text = screen.text().await.unwrap();
    assert!(
        text.contains("Recargar"),
        "the crash screen in Spanish: {text}"
    );
    // An error that is not a trap is not a crash.
    app.client.refresh().await.unwrap();
    app.wait_for(Locator::Css("form")).await;
    app.run_js(
        "setTimeout(() => { throw new TypeError('not a trap'); }, 0);",
        vec![],
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!app.exists("main.app.crash").await);
}

#[tokio::test]
async fn a_trap_in_a_frame_is_reported_to_the_host() {
    let app = App::launch(&Options {
        host_page: true,
        ..Options::default()
    })
    .await;
    app.open_host().await;
    app.wait_from_app("ready", 1).await;
    app.enter_app().await;
    app.run_js(TRAP, vec![]).await;
    app.wait_for(Locator::Css("main.app.crash")).await;
    app.leave_app().await;
    let errors = app.wait_from_app("error", 1).await;
    let payload: &Value = &errors[0]["payload"];
    assert_eq!(payload["code"], "crash");
    assert!(
        payload["message"].as_str().unwrap().contains("unreachable"),
        "{payload}"
    );
    assert_eq!(errors[0]["version"], 1);
}
