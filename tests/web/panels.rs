//! Component tests of the request, interpreter and appointment panels (in
//! headless Chromium): full data, every field null, hostile strings, live
//! time, Join, and the Intl date path across DST changes.

use super::{button, container, exists, find, text, type_into};
use leptos::prelude::*;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::rc::Rc;
use vri_invite::api::model::ParaRequestProvider;
use vri_invite::config::Config;
use vri_invite::domain::interpreters;
use vri_invite::domain::participant::Participant;
use vri_invite::domain::time;
use vri_invite::i18n::Lang;
use vri_invite::state::clock::Clock;
use vri_invite::state::events::{AppEvent, Events};
use vri_invite::state::roster::Roster;
use vri_invite::state::selection::Selection;
use vri_invite::ui::panels::appointment::AppointmentPanel;
use vri_invite::ui::panels::interpreters::InterpreterList;
use vri_invite::ui::panels::DetailsPanels;
use vri_invite::ui::roster::RosterPanel;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

/// 2025-04-25T15:00:00Z, the panels' "now" in these tests.
const NOW_MS: f64 = 1_745_593_200_000.0;
const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

fn panel_config() -> Config {
    Config::parse(
        r#"{"labels":{"request_status":{"1":"Looking for an interpreter"},"special_type":{"1":"Medical"},
            "gender_option":{"F":"Female interpreter"},"schedule_status":{"4":"Completed"}}}"#,
    )
    .unwrap()
}

fn provider(v: Value) -> ParaRequestProvider {
    serde_json::from_value(v).unwrap()
}

fn full_provider() -> Value {
    // Text, not `json!`: a literal this size exceeds its macro recursion limit.
    let text = r#"{
        "RequestProviderId": 7301, "Name": "María González",
        "NativeLanguage": ["Spanish"], "OtherLanguage": ["English", "Portuguese"],
        "ProviderRate": 4.9, "ProviderPerformance": 4.7, "NeedHelpLanguage": "Spanish",
        "SupportCall": true, "SupportVideo": true, "SupportText": false,
        "ProfileImage": {"FileName": "m.png", "MimeType": "image/png", "ImageData": "PNG", "ServerImageId": 1},
        "ProviderSpecialTypeId": 1, "AnyMeetingExist": true,
        "isSchedule": {
            "ScheduledRequestId": 640112, "ScheduledBlockId": 2214,
            "startUtcDate": "2025-04-25T15:12:00.0000000Z", "startUtcDateStr": "4/25/2025 3:12:00 PM",
            "ScheduleDuration": 30, "PersonId": 51877, "ClientName": "Riverside Community Clinic",
            "PIN": "482913", "ForceId": "F-1", "PersonName": "Dr. Samuel Okafor",
            "PersonEmail": "s.okafor@clinic.example", "PersonPhoneNumber": "+1 555 0142",
            "ClientUserId": 3307, "FromLanguageId": 1, "FromLanguage": "English",
            "ToLanguageId": 2, "ToLanguage": "Spanish", "ProductName": "Video Remote Interpreting",
            "ProductDescription": "Billed per minute", "ProviderId": 7301,
            "ProviderEmail": "maria@interpreters.example", "ProviderPhoneNumber": "+1 555 0178",
            "ProviderName": "María González", "ScheduleStatusDescription": "Confirmed",
            "ScheduleStatusId": 2, "BillPersonPrechargeProductId": 12,
            "ScheduledRequestRoutingStatusCodeId": 3, "ScheduledRequestRoutingStatus": "Assigned",
            "JoinAvailable": false, "callPurpose": "Follow-up", "ConfirmationNumber": "VRI-640112",
            "GenderOptionCode": "F", "VideoOptionCode": "V", "IsOffered": true,
            "ScheduledRequestProviderId": 9001
        }
    }"#;
    serde_json::from_str(&text.replace("\"PNG\"", &format!("\"{PNG}\""))).unwrap()
}

/// Every field of `ParaRequestProvider` and `isSchedule` null.
fn null_provider() -> Value {
    let mut p = full_provider();
    let mut schedule = p["isSchedule"].take();
    for (_, v) in schedule.as_object_mut().unwrap() {
        *v = Value::Null;
    }
    for (_, v) in p.as_object_mut().unwrap() {
        *v = Value::Null;
    }
    p["isSchedule"] = schedule;
    p
}

/// The app's real stylesheet, for the tests that check layout (row height,
/// ellipsis, the scrolling viewport). Added to the page once.
fn with_stylesheet() {
    let doc = document();
    if doc.get_element_by_id("app-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("app-css");
        style.set_text_content(Some(include_str!("../../style/main.css")));
        doc.head().unwrap().append_child(&style).unwrap();
    }
}

fn provide_panel_context(clock: Clock, events: Events) {
    provide_context(panel_config());
    provide_context(clock);
    provide_context(events);
}

/// Text nobody should ever see on a panel.
fn assert_no_placeholders(text: &str) {
    for bad in ["null", "undefined", "0001-01-01", "NaN", "Type unknown"] {
        assert!(!text.contains(bad), "{bad:?} shown in {text:?}");
    }
}

#[wasm_bindgen_test]
async fn appointment_with_full_data_shows_every_field_and_counts_down() {
    let root = container();
    let clock = Clock::fixed(NOW_MS);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(clock, Events::new());
        view! { <AppointmentPanel provider=provider(full_provider()) /> }
    });
    leptos::task::tick().await;
    let all = text(&root, ".appointment");
    for part in [
        "Appointment with María González",
        "Starts in 12 minutes",
        "30 minutes",
        "English → Spanish",
        "Riverside Community Clinic",
        "Dr. Samuel Okafor · s.okafor@clinic.example · +1 555 0142",
        "Video Remote Interpreting: Billed per minute",
        "Follow-up",
        "Confirmed",
        "Assigned",
        "Female interpreter",
        "Video option V",
        "Offered to this interpreter",
        "maria@interpreters.example",
        "VRI-640112",
    ] {
        assert!(all.contains(part), "{part:?} in {all:?}");
    }
    assert!(!all.contains("482913"), "the PIN is masked");
    assert!(
        !all.contains("F-1") && !all.contains("51877"),
        "internal ids are hidden"
    );
    assert_eq!(
        find(&root, "time.start-local")
            .get_attribute("datetime")
            .as_deref(),
        Some("2025-04-25T15:12:00Z")
    );
    assert_eq!(
        find(&root, "time.end-local")
            .get_attribute("datetime")
            .as_deref(),
        Some("2025-04-25T15:42:00Z")
    );

    // UTC on demand.
    assert!(!exists(&root, ".start-utc"));
    button(&root, "Show UTC").click();
    leptos::task::tick().await;
    assert_eq!(text(&root, ".start-utc"), "2025-04-25 15:12 UTC");

    // PIN reveal. Masked, a screen reader hears "PIN hidden" (text in the
    // element, not a name on a span, which ARIA prohibits), not the dots.
    assert_eq!(text(&root, ".pin [aria-hidden=true]"), "••••••");
    assert_eq!(text(&root, ".pin .visually-hidden"), "PIN hidden");
    assert!(!exists(&root, ".pin[aria-label], .pin [aria-label]"));
    button(&root, "Show PIN").click();
    leptos::task::tick().await;
    assert_eq!(text(&root, ".pin"), "482913");
    assert!(!exists(&root, ".pin [aria-hidden], .pin .visually-hidden"));

    // Join disabled: the reason and a countdown that follows the clock.
    let join = button(&root, "Join");
    assert!(join.has_attribute("disabled"));
    assert!(text(&root, ".join-reason").contains("Join opens when the appointment starts"));
    assert_eq!(text(&root, ".countdown"), "12:00");
    clock.set(NOW_MS + 1_000.0);
    leptos::task::tick().await;
    assert_eq!(text(&root, ".countdown"), "11:59");
    clock.set(NOW_MS + 15.0 * 60_000.0);
    leptos::task::tick().await;
    assert!(text(&root, ".relative").contains("Started 3 minutes ago"));
    assert_eq!(
        text(&root, ".join-reason"),
        "Joining is not available for this appointment."
    );
}

#[wasm_bindgen_test]
async fn join_emits_one_request_with_the_appointments_ids() {
    let root = container();
    let events = Events::new();
    let heard = Rc::new(RefCell::new(Vec::new()));
    let sink = heard.clone();
    let mut p = full_provider();
    p["isSchedule"]["JoinAvailable"] = json!(true);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        events.subscribe(move |e| sink.borrow_mut().push(e.clone()));
        provide_panel_context(Clock::fixed(NOW_MS), events);
        view! { <AppointmentPanel provider=provider(p) /> }
    });
    leptos::task::tick().await;
    assert_eq!(
        text(&root, ".join-reason"),
        "",
        "no reason when Join is available"
    );
    let join = button(&root, "Join");
    join.click();
    join.click();
    leptos::task::tick().await;
    assert_eq!(
        *heard.borrow(),
        vec![AppEvent::JoinRequested {
            scheduled_request_id: Some(640112),
            scheduled_request_provider_id: Some(9001),
            request_provider_id: Some(7301),
            confirmation_number: Some("VRI-640112".into()),
        }]
    );
    assert!(text(&root, ".join-status").contains("Join requested"));
    assert!(button(&root, "Join requested").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn appointment_with_every_field_null_shows_only_what_it_has() {
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        view! { <AppointmentPanel provider=provider(null_provider()) /> }
    });
    leptos::task::tick().await;
    let all = text(&root, ".appointment");
    assert_no_placeholders(&all);
    assert!(all.contains("Appointment with this interpreter"), "{all}");
    assert!(all.contains("Starts") && all.contains("Not given"), "{all}");
    assert!(!exists(&root, ".pin") && !exists(&root, ".confirmation"));
    assert!(button(&root, "Join").has_attribute("disabled"));
    assert_eq!(
        text(&root, ".join-reason"),
        "Joining is not available for this appointment."
    );
    for dt in ["Duration", "Person", "Client", "Gender", "Offered"] {
        assert!(!all.contains(dt), "{dt} has no value and no line: {all}");
    }

    // "No date" dates, and no schedule at all.
    let mut p = null_provider();
    p["isSchedule"]["startUtcDate"] = json!("0001-01-01T00:00:00");
    p["isSchedule"]["startUtcDateStr"] = json!("1/1/0001 12:00:00 AM");
    let root = container();
    let _app2 = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        view! { <AppointmentPanel provider=provider(p) /> }
    });
    leptos::task::tick().await;
    let all = text(&root, ".appointment");
    assert!(
        !all.contains("0001-01-01") && all.contains("as sent by the server"),
        "{all}"
    );

    let root = container();
    let _app3 = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        view! {
            <AppointmentPanel provider=provider(
                json!({"Name": "Kwame Mensah", "isSchedule": null}),
            ) />
        }
    });
    leptos::task::tick().await;
    assert_eq!(
        text(&root, ".appointment .empty"),
        "No appointment is scheduled for Kwame Mensah."
    );
}

#[wasm_bindgen_test]
async fn hostile_strings_are_text_and_long_names_do_not_break_the_layout() {
    let markup = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b>";
    let long = "W".repeat(10_000);
    let rtl = "فاطمة الزهراء";
    let mut a = full_provider();
    a["Name"] = json!(markup);
    a["isSchedule"]["ClientName"] = json!(markup);
    a["isSchedule"]["PIN"] = json!("<script>1</script>");
    let mut b = full_provider();
    b["Name"] = json!(long);
    b["RequestProviderId"] = json!(2);
    let mut c = full_provider();
    c["Name"] = json!(rtl);
    c["RequestProviderId"] = json!(3);
    c["ProfileImage"] = json!({"MimeType": "image/svg+xml", "ImageData": "PHN2Zz48L3N2Zz4="});
    let list: Vec<ParaRequestProvider> = [a.clone(), b, c].into_iter().map(provider).collect();

    with_stylesheet();
    let root = container();
    root.style().set_property("width", "400px").unwrap();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        let entries = interpreters::entries(&list, Lang::En);
        view! {
            <AppointmentPanel provider=provider(a) />
            <InterpreterList
                entries=Signal::stored(entries)
                selected=Signal::stored(Some(0))
                on_select=Callback::new(|_| ())
            />
        }
    });
    leptos::task::tick().await;
    assert!(
        text(&root, "#appointment-title").contains(markup),
        "markup shown as text"
    );
    assert!(text(&root, ".appointment").contains(markup));
    assert!(!exists(&root, ".appointment img") && !exists(&root, ".appointment b"));
    assert!(!exists(&root, ".interpreter-main img") && !exists(&root, ".interpreter-main b"));
    let pwned = js_sys::Reflect::get(&window(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());

    let names: Vec<HtmlElement> = (0..3)
        .map(|i| {
            root.query_selector_all(".interpreter .name")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into()
        })
        .collect();
    assert_eq!(
        names[1].text_content().unwrap().len(),
        10_000,
        "the whole name is kept"
    );
    assert!(
        names[1].offset_width() <= 400,
        "ellipsis, not overflow: {}",
        names[1].offset_width()
    );
    let row: HtmlElement = names[1]
        .closest(".interpreter")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        row.offset_height(),
        interpreters::ROW_PX as i32,
        "fixed row height"
    );
    assert_eq!(names[2].text_content().unwrap(), rtl);
    assert_eq!(
        names[2].tag_name().to_lowercase(),
        "bdi",
        "isolated for right-to-left text"
    );
    // The SVG photo is refused: initials instead.
    let third: HtmlElement = names[2]
        .closest(".interpreter")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(third.query_selector("img").unwrap().is_none());
    assert_eq!(
        third
            .query_selector(".initials")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "فا"
    );
}

#[wasm_bindgen_test]
async fn interpreter_list_with_full_and_null_data() {
    let list: Vec<ParaRequestProvider> = vec![
        provider(full_provider()),
        provider(null_provider()),
        provider(json!({})),
    ];
    let root = container();
    let picked = RwSignal::new(None::<usize>);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        view! {
            <InterpreterList
                entries=Signal::stored(interpreters::entries(&list, Lang::En))
                selected=picked.into()
                on_select=Callback::new(move |i| picked.set(Some(i)))
            />
        }
    });
    leptos::task::tick().await;
    let rows = root.query_selector_all(".interpreter").unwrap();
    assert_eq!(rows.length(), 3);
    let first: HtmlElement = rows.item(0).unwrap().unchecked_into();
    let first_text = first.text_content().unwrap();
    for part in [
        "María González",
        "Medical",
        "Native: Spanish",
        "Also: English, Portuguese",
        "4.9",
        "4.7",
        "Help language: Spanish",
        "Has meetings",
    ] {
        assert!(first_text.contains(part), "{part} in {first_text}");
    }
    let img = first.query_selector("img.avatar").unwrap().unwrap();
    assert_eq!(
        img.get_attribute("src").unwrap(),
        format!("data:image/png;base64,{PNG}")
    );
    assert_eq!(
        img.get_attribute("alt").as_deref(),
        Some(""),
        "decorative: the name is beside it"
    );
    let score = first.query_selector(".score").unwrap().unwrap();
    assert_eq!(score.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        score.get_attribute("aria-label").as_deref(),
        Some("Rating: 4.9 out of 5")
    );
    // What a screen reader hears is the item's text (a list item cannot
    // carry a name); the mark is hidden from it.
    let caps: Vec<String> = (0..3)
        .map(|i| {
            let cap = first
                .query_selector_all(".cap")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>();
            assert!(!cap.has_attribute("aria-label"));
            cap.query_selector(".visually-hidden")
                .unwrap()
                .and_then(|e| e.text_content())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(caps, ["Calls: yes", "Video: yes", "Text: no"]);

    let nulls: HtmlElement = rows.item(1).unwrap().unchecked_into();
    let nulls_text = nulls.text_content().unwrap();
    assert_no_placeholders(&nulls_text);
    for part in [
        "Unnamed interpreter",
        "No languages listed",
        "Rating: not rated",
        "Performance: not rated",
    ] {
        assert!(nulls_text.contains(part), "{part} in {nulls_text}");
    }
    assert!(nulls.query_selector("img").unwrap().is_none());

    // Picking an appointment reports the interpreter's position.
    button(&first, "Appointment").click();
    leptos::task::tick().await;
    assert_eq!(picked.get_untracked(), Some(0));
    assert!(first.class_list().contains("selected"));

    // Filtering by language, then nothing matches.
    type_into(&root, "#interpreter-filter", "PORTUGUESE");
    leptos::task::tick().await;
    assert_eq!(root.query_selector_all(".interpreter").unwrap().length(), 1);
    assert_eq!(text(&root, ".interpreters .count"), "(1 of 3)");
    type_into(&root, "#interpreter-filter", "klingon");
    leptos::task::tick().await;
    assert_eq!(
        text(&root, ".interpreters .empty"),
        "No interpreter matches this filter."
    );
}

#[wasm_bindgen_test]
async fn five_thousand_interpreters_render_only_the_rows_in_view() {
    let list: Vec<ParaRequestProvider> = (0..5000)
        .map(|i| {
            let mut p = full_provider();
            p["RequestProviderId"] = json!(i);
            p["Name"] = json!(format!("Interpreter {i}"));
            p["ProviderRate"] = json!((i % 50) as f64 / 10.0);
            provider(p)
        })
        .collect();
    with_stylesheet();
    let root = container();
    let started = time::now_ms();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        view! {
            <InterpreterList
                entries=Signal::stored(interpreters::entries(&list, Lang::En))
                selected=Signal::stored(None)
                on_select=Callback::new(|_| ())
            />
        }
    });
    leptos::task::tick().await;
    leptos::logging::log!(
        "5000 interpreters mounted in {:.0} ms",
        time::now_ms() - started
    );
    let rendered = root.query_selector_all(".interpreter").unwrap().length();
    assert!(rendered > 3 && rendered < 40, "{rendered} rows in the DOM");
    // Written the language's way (Intl.NumberFormat): "5,000" in English.
    assert_eq!(text(&root, ".interpreters .count"), "(5,000)");
    let rows: HtmlElement = find(&root, ".interpreter-rows");
    assert_eq!(
        rows.offset_height(),
        5000 * interpreters::ROW_PX as i32,
        "the spacer is the full height"
    );

    // Scroll to the middle: the rows there are rendered, with their positions.
    let viewport = find(&root, ".interpreter-viewport");
    viewport.set_scroll_top(2500 * interpreters::ROW_PX as i32);
    viewport
        .dispatch_event(&web_sys::Event::new("scroll").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let names = text(&root, ".interpreter-rows");
    assert!(
        names.contains("Interpreter 2500"),
        "{}",
        &names[..200.min(names.len())]
    );
    assert!(!names.contains("Interpreter 0 "));
    let pos = find(&root, ".interpreter")
        .get_attribute("aria-posinset")
        .unwrap();
    assert!(pos.parse::<usize>().unwrap() > 2400);

    // Sorting by rating puts a 4.9 first.
    let select: web_sys::HtmlSelectElement = find(&root, "#interpreter-sort").unchecked_into();
    select.set_value("rating");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert!(text(&root, ".interpreter .score-value").starts_with("4.9"));
}

fn participant(id: i64, name: &str, request: Value) -> Participant {
    let answer = json!({
        "RequestConferenceSessionVideoParticipantId": id,
        "PersonName": name,
        "secondRequest": request,
    });
    Participant::new(
        Default::default(),
        answer.to_string(),
        serde_json::from_value(answer).unwrap(),
    )
}

#[wasm_bindgen_test]
async fn request_status_announces_and_details_follow_the_roster() {
    let root = container();
    let a = participant(
        1,
        "Ana",
        json!({"RequestStatusCodeId": 1, "ToLanguage": "Spanish", "additionalInfo": "Room 4", "waitingMsg": "Waiting for Ana.", "providerList": [full_provider()]}),
    );
    let b = participant(
        2,
        "Omar",
        json!({"RequestStatusCodeId": 7, "providerList": null}),
    );
    let roster = Roster::new(vec![a, b]);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_panel_context(Clock::fixed(NOW_MS), Events::new());
        provide_context(roster);
        provide_context(Selection::new(roster));
        view! {
            <RosterPanel />
            <DetailsPanels />
        }
    });
    crate::shown(&root, "button[aria-label='Show details for Ana']").await;
    // The most recently invited is shown first.
    assert!(text(&root, "#request-title").contains("Omar"));
    let status = find(&root, ".request-status");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(text(&root, ".request-status"), "StatusStatus 7");
    assert_eq!(
        text(&root, ".interpreters .empty"),
        "No interpreters were offered for this request."
    );
    assert!(!exists(&root, ".appointment"));

    let details = root
        .query_selector("button[aria-label='Show details for Ana']")
        .unwrap()
        .unwrap();
    details.unchecked_ref::<HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(
        details.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let shown = text(&root, ".request-status");
    for part in [
        "Looking for an interpreter",
        "Spanish",
        "Room 4",
        "Waiting for Ana.",
    ] {
        assert!(shown.contains(part), "{part} in {shown}");
    }
    assert!(text(&root, "#appointment-title").contains("María González"));

    // A new invite shows the new person.
    roster.add(participant(3, "Li", json!(null)));
    leptos::task::tick().await;
    assert!(text(&root, "#request-title").contains("Li"));
    assert_eq!(
        text(&root, ".request-status"),
        "No interpreting request came with this invitation."
    );
}

#[wasm_bindgen_test]
fn intl_formats_in_the_given_zone_across_dst_changes() {
    use chrono::{TimeZone, Utc};
    let ny = |y, mo, d, h, mi| {
        time::local_text(
            Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap(),
            &["en-US"],
            Some("America/New_York"),
        )
    };
    // Spring forward (2025-03-09, 2:00 EST → 3:00 EDT).
    let before = ny(2025, 3, 9, 6, 30);
    let after = ny(2025, 3, 9, 7, 30);
    assert!(
        before.contains("1:30") && before.contains("EST"),
        "{before}"
    );
    assert!(after.contains("3:30") && after.contains("EDT"), "{after}");
    // Fall back (2025-11-02, 2:00 EDT → 1:00 EST): 1:30 happens twice.
    let first = ny(2025, 11, 2, 5, 30);
    let second = ny(2025, 11, 2, 6, 30);
    assert!(first.contains("1:30") && first.contains("EDT"), "{first}");
    assert!(
        second.contains("1:30") && second.contains("EST"),
        "{second}"
    );
    // Another language and zone.
    let tokyo = time::local_text(
        Utc.with_ymd_and_hms(2025, 4, 25, 15, 0, 0).unwrap(),
        &["de-DE"],
        Some("Asia/Tokyo"),
    );
    assert!(tokyo.contains("26.") && tokyo.contains("00:00"), "{tokyo}");
}
