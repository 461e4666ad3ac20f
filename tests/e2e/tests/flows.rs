//! The app's main job, end to end: invite, see in the roster, remove; in a
//! real Chromium against the sandbox API over real HTTP.

use e2e::App;
use serde_json::json;

#[tokio::test]
async fn invite_by_email_puts_them_in_the_roster_and_clears_the_form() {
    let app = App::start().await;
    assert!(app.text(".empty").await.contains("No one invited yet"));

    app.invite_by_email("Dr. Ana Ruiz", "ana.ruiz@clinic.example")
        .await;

    app.wait_roster(&["Dr. Ana Ruiz"]).await;
    assert_eq!(
        app.text(".participant .contact").await,
        "ana.ruiz@clinic.example"
    );
    let meta = app.text(".participant .meta").await;
    assert!(
        meta.contains("Video link") && meta.contains("Invited"),
        "labels from config.json: {meta}"
    );
    assert!(
        meta.contains("sbx-5001-"),
        "the video account identity: {meta}"
    );
    assert_eq!(
        app.text(".outcome .waiting").await,
        "Waiting for Dr. Ana Ruiz to join the call."
    );
    assert_eq!(
        app.value_of("Name").await,
        "",
        "the form clears after success"
    );
    assert_eq!(app.value_of("Email").await, "");

    let participants = app.sandbox.participants();
    assert_eq!(participants.len(), 1);
    assert_eq!(participants[0]["AppClientEmail"], "ana.ruiz@clinic.example");
    assert_eq!(app.sandbox.invite_requests(), 1);
    app.finish().await;
}

#[tokio::test]
async fn invite_by_phone_dials_e164_with_dtmf() {
    let app = App::start().await;
    app.pick("Call their phone").await;
    app.type_in("Name", "Luis Ortega").await;
    app.type_in("Phone number", "+44 (0)20 7946 0958").await;
    app.type_in("Digits after connecting (optional)", "1234#")
        .await;
    app.choose("Region", "Europe").await;
    assert_eq!(
        app.text(".dial-preview").await,
        "Will dial +44 20 7946 0958 (United Kingdom, landline), then send 1234#"
    );
    assert_eq!(
        app.value_of("Country of the number").await,
        "GB",
        "+44 picks the United Kingdom"
    );

    app.click("Send invitation").await;
    app.wait_roster(&["Luis Ortega"]).await;
    assert_eq!(
        app.text(".participant .contact .masked").await,
        "+•• •• •••• 0958"
    );
    assert!(app.text(".participant .meta").await.contains("Phone call"));

    let state = app.sandbox.state();
    let body = &state["invites"][0];
    assert_eq!(body["PhoneNumber"], "+442079460958");
    assert_eq!(body["DTMF"], "1234#");
    assert_eq!(body["isPSTN"], true);
    assert_eq!(body["isPSTNStr"], "true");
    assert_eq!(body["RegionId"], 3);
    app.finish().await;
}

#[tokio::test]
async fn a_national_number_in_the_picked_country_is_sent_as_e164_and_the_phone_data_comes_only_then(
) {
    let app = App::start().await;
    let phone_files = || async {
        app.run_js(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => /\\/phone-[0-9a-f]{16}\\.js$/.test(n)).length;",
            vec![],
        )
        .await
    };
    assert_eq!(
        phone_files().await,
        json!(0),
        "the first screen does not fetch the phone data"
    );
    app.type_in("Name", "Giulia Rossi").await;
    app.pick("Call their phone").await;
    app.choose("Country of the number", "Italy (+39)").await;
    // A Rome landline as Italians write it: the leading 0 is part of it.
    app.type_in("Phone number", "06 1234 5678").await;
    app.choose("Region", "Europe").await;
    app.wait_text(
        ".dial-preview",
        "Will dial +39 06 1234 5678 (Italy, landline)",
    )
    .await;
    assert_eq!(
        phone_files().await,
        json!(1),
        "fetched once, when phone mode was chosen"
    );
    app.click("Send invitation").await;
    app.wait_roster(&["Giulia Rossi"]).await;
    let state = app.sandbox.state();
    assert_eq!(state["invites"][0]["PhoneNumber"], "+390612345678");
    assert_eq!(state["invites"][0]["isPSTN"], true);
    app.finish().await;
}

#[tokio::test]
async fn invalid_input_shows_messages_keeps_values_and_sends_nothing() {
    let app = App::start().await;
    app.type_in("Email", "ana@clinic").await;
    app.click("Send invitation").await;

    app.wait_text("#invite-name-error", "Enter the name").await;
    assert!(app
        .text("#invite-email-error")
        .await
        .contains("name@example.com"));
    assert!(app
        .text("#invite-region-error")
        .await
        .contains("Choose the region"));
    assert_eq!(
        app.value_of("Email").await,
        "ana@clinic",
        "what was typed stays"
    );

    app.pick("Call their phone").await;
    app.type_in("Phone number", "020 7946 0958").await;
    app.wait_text("#invite-phone-error", "Choose the country")
        .await;
    assert_eq!(app.value_of("Phone number").await, "020 7946 0958");

    assert_eq!(
        app.sandbox.invite_requests(),
        0,
        "nothing is sent while the form is invalid"
    );
    // The email typed earlier is still there when switching back.
    app.pick("Email a video link").await;
    assert_eq!(app.value_of("Email").await, "ana@clinic");
    app.finish().await;
}

#[tokio::test]
async fn server_error_shows_its_message_keeps_values_and_retry_works() {
    let app = App::start().await;
    app.sandbox.fail_next(500, 1, "Database unavailable");
    app.fill_email_invite("Ana Ruiz", "ana@clinic.example")
        .await;
    app.click("Send invitation").await;

    let error = app.wait_text(".outcome-error", "error 500").await;
    assert!(
        error.contains("Database unavailable"),
        "the server's message: {error}"
    );
    assert!(error.contains("Try again"), "what to do next: {error}");
    assert_eq!(app.value_of("Name").await, "Ana Ruiz");
    assert_eq!(app.value_of("Email").await, "ana@clinic.example");
    assert!(app.roster().await.is_empty());
    assert_eq!(app.sandbox.invite_requests(), 1);

    app.click("Send invitation").await;
    app.wait_roster(&["Ana Ruiz"]).await;
    assert_eq!(
        app.text(".outcome-error").await,
        "",
        "the old error goes once the retry works"
    );
    assert_eq!(app.sandbox.invite_requests(), 2);
    app.finish().await;
}

#[tokio::test]
async fn double_click_sends_one_request_and_the_button_says_it_is_sending() {
    let app = App::start().await;
    app.sandbox.latency(1500);
    app.fill_email_invite("Ana Ruiz", "ana@clinic.example")
        .await;
    // Two clicks in the same instant, faster than any re-render.
    app.client
        .execute(
            "const b = document.querySelector('button[type=submit]'); b.click(); b.click();",
            vec![],
        )
        .await
        .unwrap();
    let button = app.button("Sending invitation…").await;
    assert_eq!(
        button.attr("disabled").await.unwrap().as_deref(),
        Some("true")
    );
    button.click().await.ok();

    app.wait_roster(&["Ana Ruiz"]).await;
    assert_eq!(
        app.sandbox.invite_requests(),
        1,
        "one user action, one request"
    );
    app.button("Send invitation").await;
    app.finish().await;
}

#[tokio::test]
async fn remove_confirmed_takes_them_out_with_the_answer_as_received() {
    let app = App::start().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.invite_by_email("Wei Zhang", "wei@clinic.example").await;
    app.wait_roster(&["Ana Ruiz", "Wei Zhang"]).await;

    app.ask_to_remove("Ana Ruiz").await;
    app.wait_text("dialog[open] #confirm-title", "Remove Ana Ruiz?")
        .await;
    app.click("Remove Ana Ruiz").await;

    app.wait_roster(&["Wei Zhang"]).await;
    let state = app.sandbox.state();
    assert_eq!(state["participants"].as_array().unwrap().len(), 1);
    let kick = &state["kicks"][0];
    assert_eq!(
        kick["matches_answer"], true,
        "the kick body is the invite answer as received, unknown fields too"
    );
    assert!(kick["body"]["SandboxTrace"].is_string());
    app.finish().await;
}

#[tokio::test]
async fn remove_cancelled_changes_nothing() {
    let app = App::start().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.ask_to_remove("Ana Ruiz").await;
    app.wait_text("dialog[open] #confirm-title", "Remove Ana Ruiz?")
        .await;
    app.click("Cancel").await;

    assert_eq!(app.text("dialog[open]").await, "", "the dialog closes");
    app.wait_roster(&["Ana Ruiz"]).await;
    assert_eq!(app.sandbox.kick_requests(), 0);
    app.finish().await;
}

#[tokio::test]
async fn failed_remove_keeps_the_row_with_the_error_beside_it() {
    let app = App::start().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.sandbox.fail_next(503, 1, "Video engine is restarting");
    app.ask_to_remove("Ana Ruiz").await;
    app.click("Remove Ana Ruiz").await;

    let error = app.wait_text(".participant .row-error", "error 503").await;
    assert!(error.contains("Video engine is restarting"), "{error}");
    app.wait_roster(&["Ana Ruiz"]).await;

    // Trying again once the fault is gone works.
    app.ask_to_remove("Ana Ruiz").await;
    app.click("Remove Ana Ruiz").await;
    app.wait_roster(&[]).await;
    app.finish().await;
}

#[tokio::test]
async fn reload_keeps_the_roster_and_remove_still_works() {
    let app = App::start().await;
    app.invite_by_email("Ana Ruiz", "ana@clinic.example").await;
    app.invite_by_email("Олена Коваль", "olena@clinic.example")
        .await;
    app.wait_roster(&["Ana Ruiz", "Олена Коваль"]).await;

    app.open().await;
    app.wait_roster(&["Ana Ruiz", "Олена Коваль"]).await;

    app.ask_to_remove("Олена Коваль").await;
    app.click("Remove Олена Коваль").await;
    app.wait_roster(&["Ana Ruiz"]).await;
    assert_eq!(
        app.sandbox.state()["kicks"][0]["matches_answer"],
        true,
        "the stored answer is the one received"
    );

    app.open().await;
    app.wait_roster(&["Ana Ruiz"]).await;
    app.finish().await;
}
