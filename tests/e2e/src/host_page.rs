//! The example host page (a second origin embedding the app in
//! `#app-frame`): opening it, moving the driver in and out of the app's
//! frame, and reading the messages the page logged both ways.

use crate::browser::App;
use crate::waiting::{eventually, PATIENCE};
use fantoccini::Locator;
use serde_json::Value;

/// The example host page on its own origin, with the app in its frame.
impl App {
    /// The host page's origin, `http://127.0.0.1:PORT`.
    pub fn host_origin(&self) -> &str {
        self.sandbox
            .host
            .as_deref()
            .expect("start with Options { host_page: true, .. }")
    }

    /// Opens `url` (a host page) and waits for the app inside its frame to
    /// be mounted; the driver stays on the host page.
    pub async fn open_host_at(&self, url: &str) {
        self.client.goto(url).await.expect("open the host page");
        self.enter_app().await;
        self.wait_for(Locator::Css("main.app h1")).await;
        self.leave_app().await;
    }

    /// Opens the example host page on its allowed origin.
    pub async fn open_host(&self) {
        let url = format!("{}/host-example.html", self.host_origin());
        self.open_host_at(&url).await;
    }

    /// Switches the driver into the app's frame.
    pub async fn enter_app(&self) {
        self.client.enter_parent_frame().await.ok();
        self.wait_for(Locator::Css("#app-frame"))
            .await
            .enter_frame()
            .await
            .expect("enter the app's frame");
    }

    /// Back to the host page.
    pub async fn leave_app(&self) {
        self.client
            .enter_parent_frame()
            .await
            .expect("leave the frame");
    }

    /// Every message on the host page's log, as `(direction, message)`
    /// with direction `from-app` or `to-app`. Call on the host page.
    pub async fn host_log(&self) -> Vec<(String, Value)> {
        let entries = self
            .client
            .execute(
                "return [...document.querySelectorAll('#log li')].map(li => [li.className, li.textContent]);",
                vec![],
            )
            .await
            .expect("read the host log");
        entries
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|entry| {
                let direction = entry[0].as_str().unwrap_or_default().to_string();
                let message = serde_json::from_str(entry[1].as_str().unwrap_or("null"))
                    .unwrap_or(Value::Null);
                (direction, message)
            })
            .collect()
    }

    /// The messages of `kind` the app sent to the host, in order.
    pub async fn from_app(&self, kind: &str) -> Vec<Value> {
        from_app_in(&self.host_log().await, kind)
    }

    /// Waits until the app has sent at least `count` messages of `kind`;
    /// returns all of them.
    pub async fn wait_from_app(&self, kind: &str, count: usize) -> Vec<Value> {
        eventually(
            format!("{count} {kind:?} message(s) from the app"),
            PATIENCE,
            async || {
                let log = self.host_log().await;
                let found = from_app_in(&log, kind);
                if found.len() >= count {
                    Ok(found)
                } else {
                    Err(format!("the host log is {log:?}"))
                }
            },
        )
        .await
    }

    /// Waits for the host page's first `auth` (sent on `ready`).
    pub async fn wait_first_token(&self) {
        eventually("the first token", PATIENCE, async || {
            self.tokens_sent().await.len() == 1
        })
        .await;
    }

    /// The host page will answer `token-expired` only when a test presses
    /// "Send a new token" (so the wait can be seen), and the sandbox expires
    /// every token it has seen. Call on the host page.
    pub async fn expire_token_answered_by_hand(&self) {
        self.wait_for(Locator::Id("auto-token"))
            .await
            .click()
            .await
            .unwrap();
        self.sandbox.expire_token();
    }

    /// The tokens the host page sent in `auth` messages, in order.
    pub async fn tokens_sent(&self) -> Vec<String> {
        self.host_log()
            .await
            .into_iter()
            .filter(|(direction, m)| direction == "to-app" && m["type"] == "auth")
            .map(|(_, m)| m["payload"]["token"].as_str().unwrap().to_string())
            .collect()
    }
}

fn from_app_in(log: &[(String, Value)], kind: &str) -> Vec<Value> {
    log.iter()
        .filter(|(direction, m)| direction == "from-app" && m["type"] == kind)
        .map(|(_, m)| m.clone())
        .collect()
}
