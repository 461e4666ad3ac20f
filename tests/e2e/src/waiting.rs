//! Waiting, the one way: [`eventually`] polls a probe until it says done,
//! or fails after a timeout saying what was awaited and what it last saw.
//! The waits tests use most are thin wrappers over it.

use crate::browser::App;
use std::fmt::Display;
use std::time::{Duration, Instant};

/// How long to wait for something to appear before failing: longer than the
/// app's 15 s request timeout, which some tests wait out.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The shortest pause between two probes.
const POLL: Duration = Duration::from_millis(50);

/// What a probe of [`eventually`] answers: done (with a value) or not yet
/// (with what it saw, for the failure message).
pub trait Outcome {
    type Value;
    fn done(self) -> Result<Self::Value, String>;
}

/// `true`: done.
impl Outcome for bool {
    type Value = ();
    fn done(self) -> Result<(), String> {
        if self {
            Ok(())
        } else {
            Err(String::new())
        }
    }
}

/// `Some(value)`: done, with the value.
impl<T> Outcome for Option<T> {
    type Value = T;
    fn done(self) -> Result<T, String> {
        self.ok_or_else(String::new)
    }
}

/// `Ok(value)`: done; `Err(e)`: not yet, and `e` is what was seen.
impl<T, E: Display> Outcome for Result<T, E> {
    type Value = T;
    fn done(self) -> Result<T, String> {
        self.map_err(|e| e.to_string())
    }
}

/// Runs `probe` until it says done and returns its value; after `within`,
/// panics with "waited N s for {what}" and the last thing the probe saw.
/// Polls every 50 ms (long waits, every 1/400th of `within`, so a
/// benchmark running for minutes is not disturbed by the polling).
pub async fn eventually<O: Outcome>(
    what: impl Display,
    within: Duration,
    mut probe: impl AsyncFnMut() -> O,
) -> O::Value {
    let started = Instant::now();
    let every = POLL.max(within / 400);
    loop {
        let seen = match probe().await.done() {
            Ok(value) => return value,
            Err(seen) => seen,
        };
        if started.elapsed() >= within {
            let seen = if seen.is_empty() {
                String::new()
            } else {
                format!("; last seen: {seen}")
            };
            panic!("waited {:.0} s for {what}{seen}", within.as_secs_f64());
        }
        tokio::time::sleep(every).await;
    }
}

impl App {
    /// Waits until the element matching `css` has text containing `needle`;
    /// returns the whole text.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        eventually(format!("{css} to say {needle:?}"), PATIENCE, async || {
            let text = self.text(css).await;
            if text.contains(needle) {
                Ok(text)
            } else {
                Err(format!("it says {text:?}"))
            }
        })
        .await
    }

    /// Waits until the roster lists exactly `expected`, top to bottom.
    pub async fn wait_roster(&self, expected: &[&str]) {
        eventually(
            format!("the roster to be {expected:?}"),
            PATIENCE,
            async || {
                let names = self.roster().await;
                if names == expected {
                    Ok(())
                } else {
                    Err(format!("it is {names:?}"))
                }
            },
        )
        .await
    }
}
