//! Safe to embed where patient data is handled: a strict Content Security
//! Policy with no violations, hostile answers shown as inert text, and
//! storage that holds nothing secret and survives corruption.

use e2e::App;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

async fn js(app: &App, script: &str) -> Value {
    app.client.execute(script, vec![]).await.expect(script)
}

#[tokio::test]
async fn app_runs_under_a_strict_csp_with_no_violations() {
    let app = App::start().await;
    let response = ureq::get(&app.sandbox.base).call().unwrap();
    let csp = response
        .headers()
        .get("content-security-policy")
        .expect("the app is served with a CSP")
        .to_str()
        .unwrap()
        .to_string();
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval';",
        "style-src 'self';",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'self'",
    ] {
        assert!(csp.contains(directive), "{directive} in {csp}");
    }
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("sha256"),
        "the same policy for every build, no hash: {csp}"
    );

    js(&app, "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));").await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.ask_to_remove("Ana Ruiz").await;
    app.click("Remove Ana Ruiz").await;
    app.wait_roster(&[]).await;
    assert_eq!(
        js(&app, "return window.__violations;").await,
        json!([]),
        "no violation while working"
    );
    app.open().await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        app.sandbox.state()["csp_reports"],
        json!([]),
        "no violation reported, page loads included"
    );

    // The check can fail: an inline script is blocked, and reported.
    let (ran, violations) = app.inject_inline_script().await;
    assert!(!ran, "the injected script did not run");
    assert_eq!(violations.len(), 1, "one refusal: {violations:?}");
    assert_eq!(
        app.sandbox.state()["csp_reports"].as_array().unwrap().len(),
        1,
        "violations reach the report endpoint"
    );
    app.finish().await;
}

#[tokio::test]
async fn hostile_answer_shows_as_inert_text_and_the_layout_holds() {
    let app = App::start().await;
    let long_name = format!(
        "<img src=x onerror=\"window.__pwned=1\">\u{202E}gnp.exe {}",
        "W".repeat(10_000)
    );
    let answer = json!({
        "RequestConferenceSessionId": 5001,
        "RequestConferenceSessionVideoParticipantId": 999,
        "RequestConferenceSessionVideoTypeCodeId": 1,
        "RequestConferenceSessionVideoStatusCodeId": 1,
        "PersonName": long_name,
        "AppClientEmail": "<script>window.__pwned=2</script>@x.example",
        "VideoAccountIdentity": "javascript:window.__pwned=3",
        "secondRequest": {
            "waitingMsg": "<b onmouseover=\"window.__pwned=4\">wait</b>",
            "additionalInfo": "<iframe src=javascript:window.__pwned=5>",
            "ToLanguage": "\u{202E}hsinapS",
            "providerList": [
                {
                    "RequestProviderId": 1,
                    "Name": long_name,
                    "NativeLanguage": ["<svg onload=window.__pwned=6>"],
                    "OtherLanguage": null,
                    "ProviderRate": 4.5,
                    // A script dressed as an image: refused, initials instead.
                    "ProfileImage": {"MimeType": "text/html", "ImageData": "PHNjcmlwdD53aW5kb3cuX19wd25lZD03PC9zY3JpcHQ+"},
                    "isSchedule": {
                        "startUtcDate": "2030-01-01T10:00:00Z",
                        "ScheduleDuration": 30,
                        "ConfirmationNumber": "<img src=x onerror=window.__pwned=8>",
                        "PIN": "\"><script>window.__pwned=9</script>",
                        "ClientName": "مستشفى <b>الأمل</b>",
                        "JoinAvailable": true
                    }
                },
                {"RequestProviderId": 2, "Name": "SVG photo", "ProfileImage": {"MimeType": "image/svg+xml", "ImageData": "PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"}},
                {"RequestProviderId": 3, "Name": "javascript: URL", "ProfileImage": {"MimeType": "image/png", "ImageData": "javascript:window.__pwned=10"}},
                {"RequestProviderId": 4, "Name": "PNG that is not a PNG", "ProfileImage": {"MimeType": "image/png", "ImageData": "PGh0bWw+PC9odG1sPg=="}}
            ]
        }
    });
    app.sandbox.fail(
        json!({"status": 200, "body": answer.to_string(), "content_type": "application/json"}),
    );
    // The answer names someone else: wait for the outcome, whoever it names.
    app.invite_by_email_until("Guest", "guest@clinic.example", "Invitation sent to")
        .await;

    let shown = js(
        &app,
        "return document.querySelector('.participant .name').textContent;",
    )
    .await;
    assert_eq!(
        shown,
        json!(long_name),
        "the name is shown exactly, as text"
    );
    assert_eq!(js(&app, "return document.querySelectorAll('.participants img, .participants script, .outcome b').length;").await, json!(0));
    assert_eq!(
        app.text(".outcome .waiting").await,
        "<b onmouseover=\"window.__pwned=4\">wait</b>"
    );
    assert_eq!(
        js(&app, "return window.__pwned === undefined;").await,
        json!(true)
    );
    assert_eq!(
        js(&app, "return document.querySelectorAll('a').length;").await,
        json!(0),
        "no identity became a link"
    );

    // The panels show the same answer: every string as text, no image but a
    // real data: image, no script run.
    app.wait_text(".appointment", "<img src=x onerror=window.__pwned=8>")
        .await;
    let names = js(
        &app,
        "return [...document.querySelectorAll('.interpreter .name')].map(e => e.textContent);",
    )
    .await;
    assert_eq!(names[0], json!(long_name));
    let images = js(
        &app,
        "return [...document.querySelectorAll('img')].map(i => i.getAttribute('src'));",
    )
    .await;
    for src in images.as_array().unwrap() {
        let src = src.as_str().unwrap_or_default();
        assert!(
            [
                "data:image/png;base64,",
                "data:image/jpeg;base64,",
                "data:image/webp;base64,",
                "data:image/gif;base64,"
            ]
            .iter()
            .any(|p| src.starts_with(p)),
            "only real image data reaches an img: {src}"
        );
    }
    assert_eq!(
        js(
            &app,
            "return document.querySelectorAll('.interpreter .avatar.initials').length;"
        )
        .await,
        json!(4),
        "every refused photo shows initials"
    );
    assert_eq!(
        js(
            &app,
            "return document.querySelectorAll('iframe, svg script, .details script').length;"
        )
        .await,
        json!(0)
    );
    assert_eq!(
        js(&app, "return window.__pwned === undefined;").await,
        json!(true)
    );

    // Usable: no sideways scrolling, and Remove is on screen and works.
    let layout = js(&app, "const b = document.querySelector('.participant .remove').getBoundingClientRect(); return [document.documentElement.scrollWidth <= window.innerWidth, b.right <= window.innerWidth, b.width > 0];").await;
    assert_eq!(
        layout,
        json!([true, true, true]),
        "layout holds with a 10,000-character name"
    );
    let remove = app.wait_for(Locator::Css(".participant .remove")).await;
    assert!(remove.is_displayed().await.unwrap());
    app.finish().await;
}

#[tokio::test]
async fn saved_roster_holds_nothing_secret_and_bad_saves_are_discarded_with_a_notice() {
    let app = App::start().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    let keys = js(
        &app,
        "return [Object.keys(sessionStorage), Object.keys(localStorage)];",
    )
    .await;
    assert_eq!(
        keys,
        json!([["vri-invite.roster"], []]),
        "only the roster, only for the tab"
    );
    let saved = js(&app, "return sessionStorage.getItem('vri-invite.roster');").await;
    assert!(!saved.as_str().unwrap().to_lowercase().contains("token"));

    js(&app, "sessionStorage.setItem('vri-invite.roster', '{\"version\":1,\"participants\":[{\"sent\":');").await;
    app.open().await;
    app.wait_text(".saved-notice", "could not be read and was cleared")
        .await;
    assert!(app.roster().await.is_empty());
    app.invite_by_email("Wei Zhang", "wei@clinic.example").await;
    app.wait_roster(&["Wei Zhang"]).await;

    js(&app, "sessionStorage.setItem('vri-invite.roster', JSON.stringify({version: 0, roster: ['old shape']}));").await;
    app.open().await;
    app.wait_text(".saved-notice", "was cleared").await;
    assert!(app.roster().await.is_empty());
    assert_eq!(
        js(&app, "return sessionStorage.getItem('vri-invite.roster');").await,
        Value::Null,
        "the bad save is gone, and an empty roster leaves nothing behind"
    );
    app.finish().await;
}
