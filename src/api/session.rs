//! The bearer token, handed over by the host page and kept in memory only
//! (never in storage, never from the URL), and its renewal after a 401.
//!
//! A request that gets a 401 while the app is embedded does not fail at
//! once: the host bridge tells the host (`token-expired`), the request waits
//! for the next `auth` message and is sent once more with the new token.
//! The user's action (the invite body, the row being removed) is simply the
//! future that is waiting, so nothing typed is lost. Standalone, with no
//! host to ask, a 401 is reported as it is.

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

#[derive(Default)]
struct Session {
    token: Option<String>,
    /// Set by the host bridge: with a host there is someone to ask.
    on_expired: Option<Rc<dyn Fn()>>,
    /// The token last reported expired: two requests failing on the same
    /// token ask the host once.
    reported: Option<Option<String>>,
    /// Resolvers of the requests waiting for a new token.
    waiters: Vec<js_sys::Function>,
    /// How many requests are waiting, for the "waiting to sign in" notice.
    waiting: Option<ArcRwSignal<u32>>,
    /// Bumped by [`reset`]: a request begun before it is neither sent again
    /// nor applied after it.
    generation: u64,
    /// The requests on their way, to abort on [`reset`].
    in_flight: Vec<(u64, web_sys::AbortController)>,
    next_request: u64,
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::default();
}

/// The current token, if the host sent one.
pub fn token() -> Option<String> {
    SESSION.with(|s| s.borrow().token.clone())
}

/// Stores a token from the host and wakes every request waiting for one.
pub fn set_token(token: String) {
    let waiters = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        s.token = Some(token);
        std::mem::take(&mut s.waiters)
    });
    for resolve in waiters {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    }
}

/// The session's generation: compare with a later one to tell whether a
/// [`reset`] came in between.
pub fn generation() -> u64 {
    SESSION.with(|s| s.borrow().generation)
}

/// A kiosk idle reset or the host's `reset`: every request on its way is
/// aborted, every wait for a new token ends, and nothing begun before it is
/// sent again later, with the next person's token or any other. The token
/// itself stays (it is the portal's session, not the person's).
pub fn reset() {
    let (waiters, in_flight) = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        s.generation += 1;
        s.reported = None;
        (
            std::mem::take(&mut s.waiters),
            std::mem::take(&mut s.in_flight),
        )
    });
    for resolve in waiters {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    }
    for (_, controller) in in_flight {
        controller.abort();
    }
}

/// Registers a request's abort handle until [`finished`]; `None` when a
/// reset came since `generation` (the request must not start).
pub fn begin_request(generation: u64, controller: web_sys::AbortController) -> Option<u64> {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        if s.generation != generation {
            return None;
        }
        s.next_request += 1;
        let id = s.next_request;
        s.in_flight.push((id, controller));
        Some(id)
    })
}

/// The request `id` is over (answered, failed or aborted).
pub fn finished(id: u64) {
    SESSION.with(|s| s.borrow_mut().in_flight.retain(|(i, _)| *i != id));
}

/// Called (by the host bridge) when a token is found expired.
pub fn on_expired(handler: impl Fn() + 'static) {
    SESSION.with(|s| s.borrow_mut().on_expired = Some(Rc::new(handler)));
}

/// The number of requests waiting for a new token (0 most of the time).
pub fn waiting() -> ArcRwSignal<u32> {
    SESSION.with(|s| {
        s.borrow_mut()
            .waiting
            .get_or_insert_with(|| ArcRwSignal::new(0))
            .clone()
    })
}

/// Whether the host must be told about this expired token: once per token.
pub fn must_report(reported: Option<&Option<String>>, stale: &Option<String>) -> bool {
    reported != Some(stale)
}

/// After a 401 sent with `stale`: asks the host for a new token (once per
/// token) and waits for it. `None` when there is no host to ask, it did
/// not answer in `wait_ms` (config's `token_wait_s`), or a [`reset`] came
/// since `generation` (the wait ends at once, and the request is not sent
/// again). After a wait that timed out, the next 401 asks the host again.
pub async fn renew(stale: Option<String>, generation: u64, wait_ms: i32) -> Option<String> {
    let current = move || self::generation() == generation;
    let ask = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        if s.generation != generation {
            return None;
        }
        let handler = s.on_expired.clone()?;
        if s.token != stale {
            // Another request already got a fresh one.
            return Some(None);
        }
        let report = must_report(s.reported.as_ref(), &stale);
        s.reported = Some(stale.clone());
        Some(Some((handler, report)))
    })?;
    if let Some((handler, report)) = ask {
        if report {
            handler();
        }
        let waiting = waiting();
        waiting.update(|n| *n += 1);
        let started = js_sys::Date::now();
        while token() == stale && current() {
            let left = wait_ms - (js_sys::Date::now() - started) as i32;
            if left <= 0 {
                break;
            }
            let arrival = js_sys::Promise::new(&mut |resolve, _| {
                SESSION.with(|s| s.borrow_mut().waiters.push(resolve));
            });
            let timeout = js_sys::Promise::new(&mut |resolve, _| {
                let _ =
                    window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, left);
            });
            let race = js_sys::Promise::race(&js_sys::Array::of2(&arrival, &timeout));
            let _ = wasm_bindgen_futures::JsFuture::from(race).await;
        }
        waiting.update(|n| *n = n.saturating_sub(1));
        if token() == stale {
            // No answer in time: the next 401 asks the host again.
            SESSION.with(|s| {
                let mut s = s.borrow_mut();
                if s.reported.as_ref() == Some(&stale) {
                    s.reported = None;
                }
            });
        }
    }
    if !current() {
        return None;
    }
    token().filter(|t| Some(t) != stale.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_expired_token_is_reported_once() {
        let t1 = Some("t1".to_string());
        assert!(must_report(None, &t1));
        assert!(!must_report(Some(&t1), &t1));
        assert!(must_report(Some(&t1), &Some("t2".into())));
        assert!(must_report(Some(&t1), &None));
    }
}
