//! The request, interpreter and appointment panels, end to end: after an
//! invite they show what the sandbox answered; copy reaches the clipboard;
//! Join is disabled with a live countdown, or emits a join request.
//! Also prints render figures for 1,000 and 5,000 interpreters (printed,
//! never asserted: timings on a shared machine are not a test).

use e2e::{eventually, App, PATIENCE};
use fantoccini::Locator;
use serde_json::{json, Value};

/// The email every invite here uses: the panels show the sandbox's data,
/// whoever is invited.
const EMAIL: &str = "front.desk@clinic.example";

async fn by_label(app: &App, label: &str) -> fantoccini::elements::Element {
    app.wait_for(Locator::XPath(&format!(
        "//button[@aria-label=\"{label}\"]"
    )))
    .await
}

async fn texts(app: &App, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for el in app.client.find_all(Locator::Css(css)).await.unwrap() {
        out.push(el.text().await.unwrap_or_default());
    }
    out
}

#[tokio::test]
async fn after_an_invite_the_panels_show_the_sandboxs_data() {
    let app = App::start().await;
    app.invite_by_email("Dr. Ana Ruiz", EMAIL).await;

    let request = app
        .wait_text(".request-status", "Waiting for Dr. Ana Ruiz")
        .await;
    assert!(
        request.contains("Looking for an interpreter"),
        "status label from config.json: {request}"
    );
    assert!(
        request.contains("Spanish") && request.contains("Sandbox conference 5001"),
        "{request}"
    );
    assert!(app.text("#request-title").await.contains("Dr. Ana Ruiz"));

    app.wait_text(".interpreters .count", "(6)").await;
    let names = texts(&app, ".interpreter .name").await;
    assert_eq!(
        names,
        [
            "María González",
            "David Chen",
            "فاطمة الزهراء",
            "王小明",
            "Ольга Смирнова",
            "Kwame Mensah"
        ]
    );
    // Photos: PNG and JPEG from the sandbox are shown; SVG and none are initials.
    let mut srcs = Vec::new();
    for img in app
        .client
        .find_all(Locator::Css(".interpreter img.avatar"))
        .await
        .unwrap()
    {
        srcs.push(img.attr("src").await.unwrap().unwrap_or_default());
    }
    assert_eq!(srcs.len(), 4, "{srcs:?}");
    assert!(srcs
        .iter()
        .any(|s| s.starts_with("data:image/png;base64,iVBOR")));
    assert!(srcs
        .iter()
        .any(|s| s.starts_with("data:image/jpeg;base64,/9j/")));
    assert_eq!(texts(&app, ".interpreter .initials").await, ["DC", "KM"]);
    let first = app.text(".interpreter").await;
    for part in [
        "Native: Spanish",
        "Also: English, Portuguese",
        "Medical",
        "Help language: Spanish",
        "Has meetings",
        "4.9",
        "4.7",
    ] {
        assert!(first.contains(part), "{part} in {first}");
    }
    let rating = app
        .client
        .find(Locator::Css(".interpreter .score"))
        .await
        .unwrap()
        .attr("aria-label")
        .await
        .unwrap();
    assert_eq!(rating.as_deref(), Some("Rating: 4.9 out of 5"));

    // The first interpreter with an appointment is shown by default.
    let appointment = app
        .wait_text(".appointment", "Riverside Community Clinic")
        .await;
    for part in [
        "Appointment with María González",
        "English → Spanish",
        "Dr. Samuel Okafor",
        "Video Remote Interpreting: On-demand video interpreting",
        "Follow-up appointment",
        "Confirmed",
        "Assigned",
        "Female interpreter",
        "30 minutes",
        "Starts in 5 minutes",
        "VRI-640112",
        "••••••",
    ] {
        assert!(appointment.contains(part), "{part} in {appointment}");
    }
    assert!(
        !appointment.contains("046928") && !appointment.contains("null"),
        "{appointment}"
    );

    // Filter and sort.
    app.type_in("Filter by name or language", "arabic").await;
    app.wait_text(".interpreters .count", "(1 of 6)").await;
    assert_eq!(texts(&app, ".interpreter .name").await, ["فاطمة الزهراء"]);
    app.field("Filter by name or language")
        .await
        .clear()
        .await
        .unwrap();
    app.type_in("Filter by name or language", " ").await;
    app.choose("Sort by", "Performance (highest first)").await;
    app.wait_text(".interpreters .count", "(6)").await;
    let sorted = texts(&app, ".interpreter .name").await;
    assert_eq!(sorted[0], "David Chen", "{sorted:?}");
    assert_eq!(sorted[5], "Kwame Mensah", "not rated goes last: {sorted:?}");

    // PIN reveal.
    app.click("Show PIN").await;
    app.wait_text(".appointment .pin", "046928").await;
    app.click("Hide PIN").await;
    app.wait_text(".appointment .pin", "••••••").await;

    // Another participant's details, then back.
    app.invite_by_email("Luis Ortega", EMAIL).await;
    app.wait_text("#request-title", "Luis Ortega").await;
    by_label(&app, "Show details for Dr. Ana Ruiz")
        .await
        .click()
        .await
        .unwrap();
    app.wait_text("#request-title", "Dr. Ana Ruiz").await;
    app.finish().await;
}

/// Grants a permission through WebDriver's Permissions extension.
async fn grant(app: &App, name: &str) {
    let session = app.client.session_id().await.unwrap().expect("a session");
    ureq::post(&format!("{}/session/{session}/permissions", app.driver_url))
        .send_json(json!({"descriptor": {"name": name}, "state": "granted"}))
        .unwrap_or_else(|e| panic!("grant {name}: {e}"));
}

#[tokio::test]
async fn copy_puts_the_confirmation_number_and_pin_on_the_clipboard() {
    let app = App::start().await;
    grant(&app, "clipboard-read").await;
    grant(&app, "clipboard-write").await;
    app.invite_by_email("Dr. Ana Ruiz", EMAIL).await;
    app.wait_text(".appointment", "VRI-640112").await;

    by_label(&app, "Copy confirmation number")
        .await
        .click()
        .await
        .unwrap();
    app.wait_text(".appointment .copy-status", "Copied").await;
    let read = "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('refused: ' + e));";
    let copied = app.client.execute_async(read, vec![]).await.unwrap();
    assert_eq!(copied, json!("VRI-640112"));

    by_label(&app, "Copy PIN").await.click().await.unwrap();
    eventually("the PIN on the clipboard", PATIENCE, async || {
        let copied = app.client.execute_async(read, vec![]).await.unwrap();
        if copied == json!("046928") {
            Ok(())
        } else {
            Err(format!("the clipboard holds {copied}"))
        }
    })
    .await;
    app.finish().await;
}

#[tokio::test]
async fn join_disabled_shows_why_and_counts_down_live() {
    let app = App::start().await;
    app.invite_by_email("Dr. Ana Ruiz", EMAIL).await;
    by_label(&app, "Show the appointment of David Chen")
        .await
        .click()
        .await
        .unwrap();
    app.wait_text("#appointment-title", "David Chen").await;

    let join = app.button("Join").await;
    assert!(!join.is_enabled().await.unwrap(), "JoinAvailable is false");
    let reason = app
        .wait_text(
            ".join-reason",
            "Join opens when the appointment starts. Starts in",
        )
        .await;
    let first = app.text(".countdown").await;
    // 20 minutes ahead, give or take the one-second tick.
    assert!(
        first.starts_with("19:") || first.starts_with("20:0"),
        "{first}"
    );
    // It counts down while we watch.
    eventually("the countdown to tick", PATIENCE, async || {
        let now = app.text(".countdown").await;
        if now != first {
            Ok(())
        } else {
            Err(format!("it stayed at {now} ({reason})"))
        }
    })
    .await;
    // An appointment long over says so instead.
    by_label(&app, "Show the appointment of Ольга Смирнова")
        .await
        .click()
        .await
        .unwrap();
    app.wait_text(
        ".join-reason",
        "Joining is not available for this appointment.",
    )
    .await;
    let over = app.text(".appointment").await;
    assert!(
        over.contains("Ended 2 hours ago") && over.contains("Completed"),
        "{over}"
    );
    app.finish().await;
}

#[tokio::test]
async fn join_enabled_emits_one_join_request_through_the_events_seam() {
    // With config's debug_log the console gets each event in full (without
    // it, type and ids only: tests/e2e/tests/world.rs).
    let app = App::launch(&e2e::Options {
        config: Some(json!({"debug_log": true})),
        ..e2e::Options::default()
    })
    .await;
    app.open().await;
    app.invite_by_email("Dr. Ana Ruiz", EMAIL).await;
    app.wait_text(".appointment", "VRI-640112").await;
    // Observe the app's console listener (subscribed to the Events seam).
    app.client
        .execute(
            "window.__events = []; const log = console.log.bind(console);
             console.log = (...a) => { window.__events.push(a.map(String).join(' ')); log(...a); };",
            vec![],
        )
        .await
        .unwrap();
    let join = app.button("Join").await;
    assert!(join.is_enabled().await.unwrap());
    join.click().await.unwrap();
    app.wait_text(".join-status", "Join requested").await;
    let again = app.button("Join requested").await;
    assert!(!again.is_enabled().await.unwrap(), "one request per press");
    let _ = again.click().await;

    let events = app
        .client
        .execute("return window.__events", vec![])
        .await
        .unwrap();
    let joins: Vec<Value> = events
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e.as_str()?.strip_prefix("vri-invite event: "))
        .map(|json| serde_json::from_str::<Value>(json).unwrap())
        .filter(|e| e["type"] == "join-requested")
        .collect();
    assert_eq!(
        joins,
        [json!({"type": "join-requested", "payload": {
            "scheduled_request_id": 640112,
            "scheduled_request_provider_id": 9112,
            "request_provider_id": 7301,
            "confirmation_number": "VRI-640112"
        }})]
    );
    app.finish().await;
}

/// Milliseconds from an action (run in the page) to the next frame after it.
async fn time_action(app: &App, action: &str) -> f64 {
    let script = format!(
        "const done = arguments[0]; const t0 = performance.now(); {action};
         requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));"
    );
    app.client
        .execute_async(&script, vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

#[tokio::test]
async fn render_figures_for_1000_and_5000_interpreters() {
    let app = App::start().await;
    app.invite_by_email("Small", EMAIL).await;
    let mut report = Vec::new();
    for n in [1000usize, 5000] {
        app.sandbox.interpreters(Some(n));
        let name = format!("Load {n}");
        // The count is written the language's way (Intl): "1,000" in English.
        let shown = format!("{},{:03}", n / 1000, n % 1000);
        app.invite_by_email(&name, EMAIL).await;
        app.wait_text(".interpreters .count", &format!("({shown})"))
            .await;
        let rendered = app
            .client
            .find_all(Locator::Css(".interpreter"))
            .await
            .unwrap()
            .len();
        assert!(
            rendered < 40,
            "only the rows in view are rendered: {rendered}"
        );

        let click = |who: &str| {
            format!(
                "document.querySelector('button[aria-label=\"Show details for {who}\"]').click()"
            )
        };
        let mut open = Vec::new();
        for _ in 0..5 {
            time_action(&app, &click("Small")).await;
            app.wait_text(".interpreters .count", "(6)").await;
            open.push(time_action(&app, &click(&name)).await);
            app.wait_text(".interpreters .count", &format!("({shown})"))
                .await;
        }
        let type_filter = |q: &str| {
            format!("const i = document.getElementById('interpreter-filter'); i.value = '{q}'; i.dispatchEvent(new Event('input'))")
        };
        let mut filter = Vec::new();
        for _ in 0..5 {
            filter.push(time_action(&app, &type_filter("spanish")).await);
            filter.push(time_action(&app, &type_filter("")).await);
        }
        let sort = |v: &str| {
            format!("const s = document.getElementById('interpreter-sort'); s.value = '{v}'; s.dispatchEvent(new Event('change'))")
        };
        let mut sorting = Vec::new();
        for _ in 0..3 {
            sorting.push(time_action(&app, &sort("rating")).await);
            sorting.push(time_action(&app, &sort("performance")).await);
        }
        time_action(&app, &sort("listed")).await;
        let mut scroll = Vec::new();
        for i in 0..5 {
            let top = (i + 1) * n * 132 / 6;
            scroll.push(
                time_action(&app, &format!("const v = document.querySelector('.interpreter-viewport'); v.scrollTop = {top}; v.dispatchEvent(new Event('scroll'))")).await,
            );
        }
        let line = format!(
            "{n} interpreters: show list {:.1} ms, filter {:.1} ms, sort {:.1} ms, scroll jump {:.1} ms (medians; action to next frame)",
            median(open),
            median(filter),
            median(sorting),
            median(scroll)
        );
        println!("RENDER {line}");
        report.push(line);
    }
    assert_eq!(report.len(), 2);
    app.finish().await;
}
