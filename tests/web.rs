//! Component tests in a real headless Chromium (wasm-bindgen-test): each
//! component is mounted into a fresh element and driven through the DOM, as
//! a person would, with no network. Run by `cargo xtask test`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use serde_json::json;
use vri_invite::config::{Config, Region};
use vri_invite::domain::participant::Participant;
use vri_invite::state::events::Events;
use vri_invite::state::roster::Roster;
use vri_invite::ui::config_error::ConfigError;
use vri_invite::ui::invite::InviteForm;
use vri_invite::ui::roster::RosterPanel;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn config() -> Config {
    Config {
        regions: vec![
            Region {
                id: 1,
                name: "Europe".into(),
            },
            Region {
                id: 2,
                name: "Asia".into(),
            },
        ],
        ..Config::default()
    }
}

/// A fresh element in the page to mount one component into.
fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn exists(root: &HtmlElement, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Types into an input the way the browser reports typing (an `input` event).
fn type_into(root: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn button(root: &HtmlElement, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button labelled {label}"))
}

/// Mounts `view` into `root` with the state the app's root provides: the
/// configuration, a roster of `participants` and the events seam.
fn mount_with<V: IntoView + 'static>(
    root: &HtmlElement,
    config: Config,
    participants: Vec<Participant>,
    view: impl FnOnce() -> V + 'static,
) -> leptos::mount::UnmountHandle<V::State> {
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(config);
        provide_context(Roster::new(participants));
        provide_context(Events::new());
        view()
    })
}

fn participant(id: i64, name: &str) -> Participant {
    let answer = json!({
        "RequestConferenceSessionVideoParticipantId": id,
        "RequestConferenceSessionVideoTypeCodeId": 2,
        "RequestConferenceSessionVideoStatusCodeId": 4,
        "PersonName": name,
        "AppClientPhoneNumber": "+442079460958",
        "VideoAccountIdentity": format!("acct-{id}"),
    });
    let sent = serde_json::from_value(
        json!({"Name": name, "isPSTN": true, "PhoneNumber": "+442079460958"}),
    )
    .unwrap();
    Participant::new(
        sent,
        answer.to_string(),
        serde_json::from_value(answer).unwrap(),
    )
}

#[wasm_bindgen_test]
async fn invite_form_shows_a_message_per_field_and_keeps_what_was_typed() {
    let root = container();
    let _app = mount_with(&root, config(), Vec::new(), || view! { <InviteForm /> });
    leptos::task::tick().await;
    assert_eq!(
        text(&root, "#invite-name-error"),
        "",
        "no message before the first submit"
    );

    type_into(&root, "#invite-email", "ana@");
    button(&root, "Send invitation").click();
    leptos::task::tick().await;

    assert!(text(&root, "#invite-name-error").contains("Enter the name"));
    assert!(text(&root, "#invite-email-error").contains("name@example.com"));
    assert!(text(&root, "#invite-region-error").contains("Choose the region"));
    assert_eq!(
        find(&root, "#invite-email")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    let email: HtmlInputElement = find(&root, "#invite-email").unchecked_into();
    assert_eq!(
        email.value(),
        "ana@",
        "a rejected form keeps what was typed"
    );

    // Correcting a field clears its message as the user types.
    type_into(&root, "#invite-name", "Ana Ruiz");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#invite-name-error"), "");
    root.remove();
}

/// Waits `ms` milliseconds.
/// Waits (at most 10 s) until `selector` matches in `root`: the roster's
/// rows, the details panels, phone entry and kiosk mode come in wasm
/// chunks (this test wasm is split like the app), fetched when first shown.
pub(crate) async fn shown(root: &HtmlElement, selector: &str) -> HtmlElement {
    for _ in 0..1_000 {
        if exists(root, selector) {
            break;
        }
        sleep(10).await;
    }
    find(root, selector)
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The phone data, as the app imports it: the bundle `cargo xtask test`
/// writes (`target/phone/phone.mjs`), given as a Blob URL because the test
/// server has no `dist/`. Waits until it is here.
pub(crate) async fn phone_data() {
    use vri_invite::state::phone::{self, Status};
    if !vri_invite::platform::phone::is_loaded() {
        let bundle = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/phone/phone.mjs"
        ));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(
            &js_sys::Array::of1(&bundle.into()),
            &bag,
        )
        .unwrap();
        vri_invite::platform::phone::set_source(
            web_sys::Url::create_object_url_with_blob(&blob).unwrap(),
        );
    }
    for _ in 0..200 {
        match phone::status() {
            Status::Ready => return,
            Status::Loading => {}
            Status::NotLoaded | Status::Failed => phone::want(),
        }
        sleep(25).await;
    }
    panic!("the phone data did not load");
}

/// Chooses `value` in the select `selector`, as the browser reports it.
fn choose(root: &HtmlElement, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, selector).unchecked_into();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// Picks a country in the phone number's country select.
pub(crate) fn pick_country(root: &HtmlElement, iso: &str) {
    choose(root, "#invite-country", iso);
}

fn picked_country(root: &HtmlElement) -> String {
    find(root, "#invite-country")
        .unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

fn value(root: &HtmlElement, selector: &str) -> String {
    find(root, selector)
        .unchecked_into::<HtmlInputElement>()
        .value()
}

/// The texts of the country select's options but the empty choice.
pub(crate) fn country_options(root: &HtmlElement) -> Vec<String> {
    let options = root
        .query_selector_all("#invite-country option:not([value=''])")
        .unwrap();
    (0..options.length())
        .map(|i| options.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// The invite form in phone mode, the phone data loaded.
async fn phone_form(
    root: &HtmlElement,
    config: Config,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    phone_data().await;
    let app = mount_with(root, config, Vec::new(), || view! { <InviteForm /> });
    leptos::task::tick().await;
    let phone_choice: HtmlInputElement = find(root, "input[value=phone]").unchecked_into();
    phone_choice.click();
    shown(root, "#invite-phone").await;
    app
}

#[wasm_bindgen_test]
async fn phone_mode_shows_the_number_as_it_will_be_dialed() {
    let root = container();
    phone_data().await;
    let _app = mount_with(&root, config(), Vec::new(), || view! { <InviteForm /> });
    leptos::task::tick().await;
    assert!(
        !exists(&root, "#invite-phone"),
        "email mode has no phone field"
    );
    let phone_choice: HtmlInputElement = find(&root, "input[value=phone]").unchecked_into();
    phone_choice.click();
    shown(&root, "#invite-phone").await;
    assert!(!exists(&root, "#invite-email"));
    assert_eq!(
        picked_country(&root),
        "",
        "no default country: none is guessed"
    );
    assert!(country_options(&root).len() > 240, "every country");

    // A Rome landline written the European way: the (0) is Italy's own 0.
    type_into(&root, "#invite-phone", "+39 (0)6 1234 5678");
    type_into(&root, "#invite-dtmf", "12#");
    leptos::task::tick().await;
    assert_eq!(picked_country(&root), "IT", "+39 picks Italy");
    assert_eq!(
        text(&root, "#invite-dial-preview"),
        "Will dial +39 06 1234 5678 (Italy, landline), then send 12#"
    );
    // In Germany the (0) is the trunk prefix, not dialed from abroad.
    type_into(&root, "#invite-phone", "+49 (0)30 123456");
    leptos::task::tick().await;
    assert_eq!(picked_country(&root), "DE");
    assert_eq!(
        text(&root, "#invite-dial-preview"),
        "Will dial +49 30 123456 (Germany, landline), then send 12#"
    );

    // A national number is read in the picked country, laid out as typed.
    pick_country(&root, "IT");
    type_into(&root, "#invite-phone", "0612345678");
    leptos::task::tick().await;
    assert_eq!(value(&root, "#invite-phone"), "06 1234 5678");
    assert!(text(&root, "#invite-dial-preview").starts_with("Will dial +39 06 1234 5678 (Italy"));
    pick_country(&root, "DE");
    type_into(&root, "#invite-phone", "030 123456");
    leptos::task::tick().await;
    assert!(text(&root, "#invite-dial-preview").starts_with("Will dial +49 30 123456 (Germany"));

    // Digits as an Arabic keyboard types them.
    pick_country(&root, "IT");
    type_into(&root, "#invite-phone", "٠٦١٢٣٤٥٦٧٨");
    leptos::task::tick().await;
    assert_eq!(value(&root, "#invite-phone"), "06 1234 5678");

    // With no country and no +, nothing is guessed.
    pick_country(&root, "");
    type_into(&root, "#invite-phone", "020 7946 0958");
    button(&root, "Send invitation").click();
    leptos::task::tick().await;
    assert_eq!(text(&root, "#invite-dial-preview"), "");
    assert!(text(&root, "#invite-phone-error").contains("Choose the country"));
    assert_eq!(
        value(&root, "#invite-phone"),
        "020 7946 0958",
        "what was typed is kept"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_caret_stays_where_the_person_is_typing() {
    let root = container();
    let _app = phone_form(&root, config()).await;
    pick_country(&root, "US");
    type_into(&root, "#invite-phone", "4155550100");
    leptos::task::tick().await;
    assert_eq!(value(&root, "#invite-phone"), "(415) 555-0100");
    // A digit typed in the middle: "(415) 5|55-0100" → insert 9 after the 5.
    let input: HtmlInputElement = find(&root, "#invite-phone").unchecked_into();
    input.set_value("(415) 5955-0100");
    input.set_selection_range(8, 8).unwrap();
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let shown = input.value();
    let caret = input.selection_start().unwrap().unwrap() as usize;
    let digits_before: String = shown[..caret]
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(digits_before, "41559", "{shown} with the caret at {caret}");
    root.remove();
}

#[wasm_bindgen_test]
async fn premium_numbers_and_countries_not_allowed_are_refused() {
    let root = container();
    let mut config = config();
    config.dial_out.default_country = "GB".into();
    config.dial_out.allowed_countries = vec!["GB".into(), "IE".into()];
    let _app = phone_form(&root, config).await;
    assert_eq!(
        picked_country(&root),
        "GB",
        "the default country from config.json"
    );
    assert_eq!(
        country_options(&root),
        ["Ireland (+353)", "United Kingdom (+44)"],
        "only the allowed countries are offered"
    );
    type_into(&root, "#invite-name", "Luis");
    pick_region(&root, "1");
    type_into(&root, "#invite-phone", "0909 876 5432");
    button(&root, "Send invitation").click();
    leptos::task::tick().await;
    assert!(
        text(&root, "#invite-phone-error").contains("Premium-rate"),
        "{}",
        text(&root, "#invite-phone-error")
    );
    type_into(&root, "#invite-phone", "+39 06 1234 5678");
    leptos::task::tick().await;
    assert_eq!(
        picked_country(&root),
        "GB",
        "a country not allowed is not picked"
    );
    assert_eq!(
        text(&root, "#invite-phone-error"),
        "Calls to Italy can't be made from here."
    );
    root.remove();
}

fn pick_region(root: &HtmlElement, id: &str) {
    choose(root, "#invite-region", id);
}

#[wasm_bindgen_test]
async fn the_country_picker_finds_by_name_code_and_keyboard() {
    let root = container();
    let _app = phone_form(&root, config()).await;
    type_into(&root, "#invite-country-search", "ital");
    leptos::task::tick().await;
    assert_eq!(country_options(&root), ["Italy (+39)"]);
    type_into(&root, "#invite-country-search", "+39");
    leptos::task::tick().await;
    assert_eq!(
        country_options(&root),
        ["Italy (+39)", "Vatican City (+39)"]
    );
    type_into(&root, "#invite-country-search", "atlantis");
    leptos::task::tick().await;
    assert!(country_options(&root).is_empty());
    assert_eq!(text(&root, "#invite-country-none"), "No country matches.");
    // Enter in the search box picks the first match, and sends nothing.
    type_into(&root, "#invite-country-search", "germ");
    leptos::task::tick().await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let enter =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(&root, "#invite-country-search")
        .dispatch_event(&enter)
        .unwrap();
    leptos::task::tick().await;
    assert!(enter.default_prevented(), "Enter does not submit the form");
    assert_eq!(picked_country(&root), "DE");
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("invite-country")
    );
    assert!(
        text(&root, "#invite-name-error").is_empty(),
        "nothing was sent"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn roster_lists_people_and_asks_before_removing() {
    let root = container();
    let mut config = config();
    config
        .labels
        .video_type
        .insert("2".into(), "Phone call".into());
    let people = vec![participant(7, "Ana Ruiz"), participant(8, "Иван Петров")];
    phone_data().await;
    let _app = mount_with(&root, config, people, || view! { <RosterPanel /> });
    leptos::task::tick().await;

    let rows = root.query_selector_all(".participant").unwrap();
    assert_eq!(rows.length(), 2);
    assert_eq!(text(&root, ".participant .name"), "Ana Ruiz");
    // Seen masked; heard as "phone ending in 0958" (the dots hidden from a
    // screen reader, the words in the element).
    assert_eq!(
        text(&root, ".participant .contact [aria-hidden=true]"),
        "+•• •• •••• 0958"
    );
    assert_eq!(
        text(&root, ".participant .contact .visually-hidden"),
        "phone ending in 0958"
    );
    let tags = text(&root, ".participant .meta");
    assert!(tags.contains("Phone call"), "label from config: {tags}");
    assert!(
        tags.contains("Status 4"),
        "fallback label for a code config does not name: {tags}"
    );
    assert!(tags.contains("acct-7"));
    assert_eq!(text(&root, ".count"), "(2)");

    let remove = find(&root, "button[aria-label='Remove Иван Петров']");
    remove.click();
    leptos::task::tick().await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog").unchecked_into();
    assert!(dialog.open(), "the confirmation opens");
    assert_eq!(text(&root, "#confirm-title"), "Remove Иван Петров?");

    button(&root, "Cancel").click();
    leptos::task::tick().await;
    assert!(!dialog.open());
    assert_eq!(
        root.query_selector_all(".participant").unwrap().length(),
        2,
        "cancel changes nothing"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn empty_roster_says_so() {
    let root = container();
    let _app = mount_with(&root, config(), Vec::new(), || view! { <RosterPanel /> });
    leptos::task::tick().await;
    assert!(text(&root, ".empty").contains("No one invited yet"));
    assert!(!exists(&root, ".participant"));

    // Markup in a name is shown as text, never parsed.
    let other = container();
    let hostile = vec![participant(9, "<img src=x onerror=alert(1)>")];
    let _second = mount_with(&other, config(), hostile, || view! { <RosterPanel /> });
    leptos::task::tick().await;
    assert_eq!(
        text(&other, ".participant .name"),
        "<img src=x onerror=alert(1)>"
    );
    assert!(!exists(&other, ".participant img"));
    root.remove();
    other.remove();
}

#[wasm_bindgen_test]
async fn config_problem_gets_its_own_screen() {
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), || {
        view! {
            <ConfigError problem="config.json: timeout_ms must be between 1000 and 120000; it is 5."
                .to_string() />
        }
    });
    leptos::task::tick().await;
    assert!(text(&root, "h1").contains("not set up correctly"));
    // Announced at once, and the installer's detail kept in English, left
    // to right, whatever the page's language.
    assert!(exists(&root, "main.config-error[role=alert]"));
    let detail = find(&root, "p[lang=en][dir=ltr]");
    assert!(detail.text_content().unwrap().contains("timeout_ms"));
    button(&root, "Reload");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_crash_screen_texts_are_kept_for_the_page_in_the_language_shown() {
    // The page draws the crash screen without the wasm (the loader's
    // listener, tested end to end in tests/e2e/tests/crash.rs): it reads
    // these texts.
    vri_invite::platform::crash::set_texts(vri_invite::i18n::Lang::En);
    let slot = js_sys::Reflect::get(&js_sys::global(), &"__vriInviteCrash".into()).unwrap();
    let read = |field: &str| {
        js_sys::Reflect::get(&slot, &field.into())
            .unwrap()
            .as_string()
            .unwrap_or_default()
    };
    assert_eq!(read("title"), "Something went wrong");
    assert!(read("text").contains("still in the call"));
    assert_eq!(read("reload"), "Reload");
}

// Host embedding and kiosk mode.

#[wasm_bindgen_test]
async fn prefill_through_the_form_slot_fills_the_fields() {
    use vri_invite::host::bridge::apply_prefill;
    use vri_invite::host::messages::Prefill;
    use vri_invite::state::invite::FormSlot;
    let root = container();
    phone_data().await;
    let slot = FormSlot::default();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(config());
        provide_context(Roster::new(Vec::new()));
        provide_context(Events::new());
        provide_context(slot);
        view! { <InviteForm /> }
    });
    leptos::task::tick().await;
    assert!(
        slot.0.get_value().is_some(),
        "the form registers its fields"
    );
    type_into(&root, "#invite-name", "Typed by the user");
    let prefill = |value: serde_json::Value| serde_json::from_value::<Prefill>(value).unwrap();
    apply_prefill(
        slot,
        prefill(json!({"mode": "phone", "phone": "+44 20 7946 0958", "region": 2})),
    );
    leptos::task::tick().await;
    leptos::task::tick().await;
    let name: HtmlInputElement = find(&root, "#invite-name").unchecked_into();
    assert_eq!(
        name.value(),
        "Typed by the user",
        "fields the host leaves out are kept"
    );
    apply_prefill(slot, prefill(json!({"name": "Luis <b>Ortega</b>"})));
    leptos::task::tick().await;
    leptos::task::tick().await;
    let name: HtmlInputElement = find(&root, "#invite-name").unchecked_into();
    assert_eq!(name.value(), "Luis <b>Ortega</b>", "text, never markup");
    let phone: HtmlInputElement = shown(&root, "#invite-phone").await.unchecked_into();
    assert_eq!(phone.value(), "+44 20 7946 0958");
    assert!(text(&root, ".dial-preview").contains("+44 20 7946 0958"));
    root.remove();
}

#[wasm_bindgen_test]
async fn kiosk_from_config_marks_the_root_and_shows_no_warning_yet() {
    use vri_invite::config::Kiosk;
    use vri_invite::ui::app::App;
    let root = container();
    let config = Config {
        kiosk: Kiosk {
            enabled: true,
            ..Kiosk::default()
        },
        ..config()
    };
    let _app = leptos::mount::mount_to(root.clone(), move || view! { <App config=config /> });
    leptos::task::tick().await;
    assert!(exists(&root, "main.app.kiosk"));
    assert!(!exists(&root, ".idle-warning"));
    let notice = find(&root, ".session-notice");
    assert!(
        notice.hidden(),
        "no session notice while nothing waits for a token"
    );
    root.remove();
}

/// Reads a number the fake Wake Lock API below counts.
fn wake_count(name: &str) -> f64 {
    js_sys::eval(&format!("window.__wake.{name}"))
        .unwrap()
        .as_f64()
        .unwrap_or(-1.0)
}

#[wasm_bindgen_test]
async fn the_screen_is_kept_awake_while_someone_is_in_the_call() {
    // Headless Chromium cannot grant a real screen wake lock; this stand-in
    // has the API's shape (request("screen") → a sentinel with release()).
    js_sys::eval(
        r#"window.__wake = { requests: 0, releases: 0, type: "" };
           Object.defineProperty(navigator, "wakeLock", { configurable: true, value: {
             request(type) { __wake.requests++; __wake.type = type;
               return Promise.resolve({ release() { __wake.releases++; return Promise.resolve(); } }); } } });"#,
    )
    .unwrap();
    let root = container();
    let active = RwSignal::new(false);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        vri_invite::platform::wake_lock::keep_awake(active.into());
        view! { <p>"call"</p> }
    });
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    assert_eq!(
        wake_count("requests"),
        0.0,
        "no lock while the call is empty"
    );

    active.set(true);
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    assert_eq!(wake_count("requests"), 1.0);
    assert_eq!(
        js_sys::eval("window.__wake.type")
            .unwrap()
            .as_string()
            .as_deref(),
        Some("screen")
    );

    active.set(false);
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    assert_eq!(
        wake_count("releases"),
        1.0,
        "released when the call empties"
    );
    root.remove();
    js_sys::eval("delete navigator.wakeLock").unwrap();
}

/// A roster panel over an empty roster of its own, and that roster, for a
/// test to add to from outside any component.
fn mount_roster_panel(
    root: &HtmlElement,
) -> (
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
    Roster,
) {
    let roster = StoredValue::new_local(None::<Roster>);
    let app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(config());
        let list = Roster::new(Vec::new());
        roster.set_value(Some(list));
        provide_context(list);
        provide_context(Events::new());
        view! { <RosterPanel /> }
    });
    (app, roster.get_value().expect("mounted"))
}

/// The bug a kiosk reset during an invite met: the row was added by the
/// invite form, the reset disposed the form, and the row's state went with
/// it. The roster owns its rows: whoever adds one may be gone at once.
#[wasm_bindgen_test]
async fn a_row_outlives_the_component_that_added_it() {
    let root = container();
    let (_app, list) = mount_roster_panel(&root);
    leptos::task::tick().await;
    // An owner that stands for the invite form: it adds a row, then is
    // disposed (the reset) before anything reads the row.
    let adder = Owner::new();
    adder.with(|| list.add(participant(11, "Ana Ruiz")));
    adder.cleanup();
    drop(adder);
    leptos::task::tick().await;
    assert_eq!(text(&root, ".participant .name"), "Ana Ruiz");
    // Its remove state still works: the confirmation opens, Remove is live.
    find(&root, "button[aria-label='Remove Ana Ruiz']").click();
    leptos::task::tick().await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog").unchecked_into();
    assert!(dialog.open());
    button(&root, "Cancel").click();
    leptos::task::tick().await;
    root.remove();
}

/// A server that repeats an id, or sends 0, must not make one person
/// replace another; the same answer again (a replayed retry) is one row.
#[wasm_bindgen_test]
async fn nobody_is_replaced_by_a_repeated_or_zero_id() {
    let root = container();
    let (_app, list) = mount_roster_panel(&root);
    list.add(participant(7, "Ana Ruiz"));
    list.add(participant(7, "Luis Ortega"));
    list.add(participant(0, "Mei Chen"));
    list.add(participant(0, "Omar Haddad"));
    list.add(participant(7, "Ana Ruiz"));
    leptos::task::tick().await;
    let names: Vec<String> = (0..root
        .query_selector_all(".participant .name")
        .unwrap()
        .length())
        .map(|i| {
            root.query_selector_all(".participant .name")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        names,
        ["Luis Ortega", "Mei Chen", "Omar Haddad", "Ana Ruiz"],
        "every person once; Ana's replayed answer replaced her own row"
    );
    root.remove();
}

#[path = "web/i18n.rs"]
mod i18n;
#[path = "web/live.rs"]
mod live;
#[path = "web/panels.rs"]
mod panels;
