//! The fault matrix: every way the platform can fail, on invite and on
//! remove. For each: the message names what happened and what to do, every
//! typed field and roster row is still there, one user action sends at most
//! one request, and retrying once the fault is gone works.
//!
//! Each scenario appends its row to `target/fault-matrix.tsv`, which
//! `cargo xtask test` prints as a table.

use e2e::{eventually, record_fault_row, App};
use serde_json::{json, Value};
use std::time::Duration;

/// How a fault is produced.
enum Arm {
    /// A `/__sandbox/fail` plan for the next request.
    Plan(Value),
    /// The answer is right but takes this long.
    Slow(u64),
    /// Nothing listens: connection refused.
    Refused,
}

struct Fault {
    name: &'static str,
    arm: Arm,
    /// Every one of these must be in the message shown.
    says: &'static [&'static str],
    /// A 2xx answer removes the participant whatever its body: for remove
    /// the HTTP status is the answer (API.md).
    remove_ok_anyway: bool,
}

async fn arm(app: &App, fault: &Fault) {
    match &fault.arm {
        Arm::Plan(plan) => app.sandbox.fail(plan.clone()),
        Arm::Slow(ms) => app.sandbox.latency(*ms),
        Arm::Refused => {
            app.proxy
                .as_ref()
                .expect("started behind the proxy")
                .down()
                .await
        }
    }
}

async fn disarm(app: &App, fault: &Fault) {
    match &fault.arm {
        Arm::Plan(_) => app.sandbox.fail(json!({"count": 0})),
        Arm::Slow(_) => app.sandbox.latency(0),
        Arm::Refused => app.proxy.as_ref().unwrap().up().await,
    }
}

/// Waits until the sandbox has logged `at_least` requests of a kind (a hung
/// request is logged when it finally ends) and returns how many it has.
async fn settled(count: impl Fn() -> u64, at_least: u64) -> u64 {
    eventually(
        format!("the sandbox to log {at_least} request(s)"),
        Duration::from_secs(10),
        async || {
            let n = count();
            if n >= at_least {
                Ok(n)
            } else {
                Err(format!("{n} so far"))
            }
        },
    )
    .await
}

fn check_message(fault: &Fault, message: &str) {
    for needle in fault.says {
        assert!(
            message.contains(needle),
            "{}: the message should say {needle:?}: {message:?}",
            fault.name
        );
    }
    assert!(
        !message.contains('<'),
        "{}: no markup reaches the user: {message:?}",
        fault.name
    );
}

async fn run(fault: Fault) {
    let app = match fault.arm {
        Arm::Refused => App::start_behind_proxy().await,
        _ => App::start().await,
    };
    // A participant already in the roster, who must survive every fault.
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;

    // Invite under the fault.
    app.fill_email_invite("Wei Zhang", "wei@clinic.example")
        .await;
    let before = app.sandbox.invite_requests();
    arm(&app, &fault).await;
    app.click("Send invitation").await;
    let (message, input_kept, requests);
    if let Arm::Slow(_) = fault.arm {
        let button = app.button("Sending invitation…").await;
        assert_eq!(
            button.attr("disabled").await.unwrap().as_deref(),
            Some("true")
        );
        app.wait_text(".outcome", "Invitation sent to Wei Zhang.")
            .await;
        message =
            "(none: success after the wait; the button said \"Sending invitation…\")".to_string();
        input_kept = true;
        requests = app.sandbox.invite_requests() - before;
        disarm(&app, &fault).await;
    } else {
        message = app.wait_text(".outcome-error", fault.says[0]).await;
        check_message(&fault, &message);
        assert_eq!(
            app.value_of("Name").await,
            "Wei Zhang",
            "{}: the name is kept",
            fault.name
        );
        assert_eq!(
            app.value_of("Email").await,
            "wei@clinic.example",
            "{}: the email is kept",
            fault.name
        );
        input_kept = true;
        app.wait_roster(&["Ana Ruiz"]).await;
        disarm(&app, &fault).await;
        let expected = if matches!(fault.arm, Arm::Refused) {
            0
        } else {
            1
        };
        requests = settled(|| app.sandbox.invite_requests() - before, expected).await;
        assert_eq!(
            requests, expected,
            "{}: one action, at most one request",
            fault.name
        );
        // Retry, as the user would, with what is still in the form.
        app.click("Send invitation").await;
    }
    app.wait_roster(&["Ana Ruiz", "Wei Zhang"]).await;
    assert_eq!(
        app.sandbox.participants().len(),
        2,
        "{}: no duplicate participant",
        fault.name
    );
    record_fault_row(fault.name, "invite", &message, input_kept, requests, true);

    // Remove under the fault.
    let before = app.sandbox.kick_requests();
    arm(&app, &fault).await;
    app.remove("Ana Ruiz").await;
    let (message, requests);
    if matches!(fault.arm, Arm::Slow(_)) || fault.remove_ok_anyway {
        if let Arm::Slow(_) = fault.arm {
            app.wait_text(".participant .remove", "Removing…").await;
        }
        app.wait_roster(&["Wei Zhang"]).await;
        disarm(&app, &fault).await;
        requests = settled(|| app.sandbox.kick_requests() - before, 1).await;
        message = match fault.arm {
            Arm::Slow(_) => "(none: the row said \"Removing…\", then went)",
            _ => "(none: a 2xx answer means removed)",
        }
        .to_string();
    } else {
        message = app
            .wait_text(".participant .row-error", fault.says[0])
            .await;
        check_message(&fault, &message);
        app.wait_roster(&["Ana Ruiz", "Wei Zhang"]).await;
        disarm(&app, &fault).await;
        let expected = if matches!(fault.arm, Arm::Refused) {
            0
        } else {
            1
        };
        requests = settled(|| app.sandbox.kick_requests() - before, expected).await;
        assert_eq!(
            requests, expected,
            "{}: one action, at most one request",
            fault.name
        );
        app.remove("Ana Ruiz").await;
        app.wait_roster(&["Wei Zhang"]).await;
        assert_eq!(
            app.text(".participant .row-error").await,
            "",
            "{}: the row error goes",
            fault.name
        );
    }
    record_fault_row(fault.name, "remove", &message, true, requests, true);
    app.finish().await;
}

#[tokio::test]
async fn server_error_500_with_a_message() {
    run(Fault {
        name: "500 with {\"Message\"}",
        arm: Arm::Plan(json!({"status": 500, "message": "Database unavailable"})),
        says: &["error 500", "Database unavailable", "Try again"],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn server_error_500_as_an_html_page() {
    let page = "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1></body></html>";
    run(Fault {
        name: "500 with an HTML error page",
        arm: Arm::Plan(
            json!({"status": 500, "body": page, "content_type": "text/html; charset=utf-8"}),
        ),
        says: &["error 500", "Try again"],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn bad_request_400_with_field_messages() {
    let body = json!({"Message": "The request is invalid.", "ModelState": {"model.Email": ["The Email field is not a valid e-mail address."]}});
    run(Fault {
        name: "400 with field messages",
        arm: Arm::Plan(
            json!({"status": 400, "body": body.to_string(), "content_type": "application/json"}),
        ),
        says: &[
            "did not accept",
            "The Email field is not a valid e-mail address.",
        ],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn unauthorized_401() {
    run(Fault {
        name: "401",
        arm: Arm::Plan(
            json!({"status": 401, "message": "Authorization has been denied for this request."}),
        ),
        says: &["session has expired"],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn forbidden_403() {
    run(Fault {
        name: "403",
        arm: Arm::Plan(json!({"status": 403, "message": "Not your conference."})),
        says: &["not allowed", "Not your conference."],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn not_found_404() {
    run(Fault {
        name: "404",
        arm: Arm::Plan(json!({"status": 404, "message": "Conference 5001 has ended."})),
        says: &["could not find", "Conference 5001 has ended."],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn too_many_requests_429_with_retry_after() {
    run(Fault {
        name: "429 with Retry-After: 30",
        arm: Arm::Plan(json!({"status": 429, "message": "Rate limit exceeded.", "headers": {"Retry-After": "30"}})),
        says: &["too many requests", "Wait 30 seconds"],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn request_that_hangs_past_the_timeout() {
    run(Fault {
        name: "hangs past the 15 s timeout",
        arm: Arm::Plan(json!({"status": 500, "delay_ms": 16_000})),
        says: &["did not answer within 15 seconds", "Try again"],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn slow_answer_of_ten_seconds() {
    run(Fault {
        name: "slow answer (10 s)",
        arm: Arm::Slow(10_000),
        says: &[],
        remove_ok_anyway: true,
    })
    .await;
}

#[tokio::test]
async fn connection_refused() {
    run(Fault {
        name: "connection refused (server stopped)",
        arm: Arm::Refused,
        says: &["Could not reach the server", "try again"],
        remove_ok_anyway: false,
    })
    .await;
}

/// A gateway's sign-in page, or a proxy's notice, with a 200: for a removal
/// it is not "removed" (the person may still be in the call).
#[tokio::test]
async fn success_status_with_a_web_page() {
    run(Fault {
        name: "200 with an HTML sign-in page",
        arm: Arm::Plan(json!({
            "status": 200,
            "body": "<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in to continue</h1></body></html>",
            "content_type": "text/html; charset=utf-8"
        })),
        says: &["web page", "Try again"],
        remove_ok_anyway: false,
    })
    .await;
}

/// An expired gateway session redirects to its sign-in page; fetch follows
/// it and gets that page with a 200.
#[tokio::test]
async fn redirect_to_a_sign_in_page() {
    run(Fault {
        name: "302 to a sign-in page",
        arm: Arm::Plan(json!({
            "status": 302,
            "headers": {"Location": "/__sandbox/sign-in"},
            "body": ""
        })),
        says: &["web page", "Try again"],
        remove_ok_anyway: false,
    })
    .await;
}

#[tokio::test]
async fn answer_that_is_not_json() {
    run(Fault {
        name: "200 that is not JSON",
        arm: Arm::Plan(
            json!({"status": 200, "body": "OK, participant invited", "content_type": "text/plain"}),
        ),
        says: &["could not be read"],
        remove_ok_anyway: true,
    })
    .await;
}

#[tokio::test]
async fn json_of_the_wrong_shape() {
    run(Fault {
        // An object with odd fields is read around them (world.rs); an
        // answer that is no object at all cannot be.
        name: "200 with JSON of the wrong shape (a list, not an object)",
        arm: Arm::Plan(json!({"status": 200, "body": r#"[{"RequestConferenceSessionId":5001},"secondRequest"]"#, "content_type": "application/json"})),
        says: &["could not be read"],
        remove_ok_anyway: true,
    })
    .await;
}

#[tokio::test]
async fn truncated_body() {
    run(Fault {
        name: "200 with a truncated body",
        arm: Arm::Plan(json!({"status": 200, "body": r#"{"RequestConferenceSessionId": 5001, "RequestConferenceSessionVideoPartic"#, "content_type": "application/json"})),
        says: &["could not be read"],
        remove_ok_anyway: true,
    })
    .await;
}

/// The duplicate a retry could cause: the server acted, but its answer came
/// too late. The retry carries the same Idempotency-Key and gets the first
/// answer back; the conference has the participant once.
#[tokio::test]
async fn retry_after_a_lost_answer_creates_no_duplicate() {
    // The sandbox honours Idempotency-Key, so config.json may turn it on.
    let app = App::launch(&e2e::Options {
        config: Some(json!({"idempotency_keys": true})),
        ..e2e::Options::default()
    })
    .await;
    app.open().await;
    app.fill_email_invite("Wei Zhang", "wei@clinic.example")
        .await;
    app.sandbox.latency(16_000);
    app.click("Send invitation").await;
    app.wait_text(".outcome-error", "did not answer within 15 seconds")
        .await;
    assert_eq!(settled(|| app.sandbox.invite_requests(), 1).await, 1);
    assert_eq!(
        app.sandbox.participants().len(),
        1,
        "the server did invite them"
    );

    app.sandbox.latency(0);
    app.click("Send invitation").await;
    app.wait_roster(&["Wei Zhang"]).await;
    let state = app.sandbox.state();
    assert_eq!(
        state["participants"].as_array().unwrap().len(),
        1,
        "no second participant"
    );
    let requests = state["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 2);
    let key = requests[0]["idempotency_key"]
        .as_str()
        .expect("every POST carries an Idempotency-Key");
    assert_eq!(
        requests[1]["idempotency_key"], key,
        "the retry of one action keeps its key"
    );
    assert_eq!(requests[1]["replayed"], true);

    // A new action (another person) gets a new key.
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    let state = app.sandbox.state();
    assert_ne!(state["requests"][2]["idempotency_key"], key);
    assert_eq!(state["participants"].as_array().unwrap().len(), 2);
    app.finish().await;
}
