//! The parts of the app that come in wasm chunks of their own
//! (`src/ui/chunk.rs`), on a network that drops their fetch: the page says
//! so in words, keeps what was typed, and "Try again" fetches the part once
//! the network is back. Never the crash screen.

use e2e::App;
use fantoccini::Locator;
use serde_json::json;

#[tokio::test]
async fn a_part_whose_fetch_fails_says_so_and_try_again_brings_it() {
    let app = App::start().await;
    app.devtools("Network.enable", json!({})).await;
    // The phone entry's chunk cannot be fetched (as on a dropped connection).
    app.devtools(
        "Network.setBlockedURLs",
        json!({ "urls": ["*split-phone-*"] }),
    )
    .await;
    app.type_in("Name", "Lan Nguyễn").await;
    app.pick("Call their phone").await;
    let failed = app
        .wait_text(".part-failed[role=alert]", "could not be loaded")
        .await;
    assert!(failed.contains("Check the connection"), "{failed}");
    assert!(
        !app.exists("main.app.crash").await,
        "never the crash screen"
    );
    assert!(!app.exists("#invite-phone").await);
    assert_eq!(app.value_of("Name").await, "Lan Nguyễn", "typed input kept");

    // The network is back: Try again fetches the part.
    app.devtools("Network.setBlockedURLs", json!({ "urls": [] }))
        .await;
    app.click("Try again").await;
    app.wait_for(Locator::Css("#invite-phone")).await;
    assert!(!app.exists(".part-failed").await);
    assert_eq!(app.value_of("Name").await, "Lan Nguyễn");
    app.type_in("Phone number", "+39 06 1234 5678").await;
    app.wait_text("#invite-dial-preview", "+39 06 1234 5678")
        .await;
}
