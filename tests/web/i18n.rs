//! Languages in the components: a switch translates in place, keeps what
//! was typed, and uses each language's plural forms and digits; the picker
//! finds a language by any of its names. The other languages' files are the
//! ones the build wrote (`i18n::install_bundled`: no server here).

use super::{button, config, container, find, participant, text, type_into};
use leptos::prelude::*;
use vri_invite::i18n::{self, Category, Lang};
use vri_invite::state::events::Events;
use vri_invite::state::language::{Language, Tr};
use vri_invite::state::roster::Roster;
use vri_invite::ui::invite::InviteForm;
use vri_invite::ui::language_picker::LanguagePicker;
use vri_invite::ui::roster::RosterPanel;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

/// `n` written by `Intl.NumberFormat` for `tag`.
fn intl_number(tag: &str, n: f64) -> String {
    let format =
        js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&tag.into()), &js_sys::Object::new());
    format
        .format()
        .call1(&wasm_bindgen::JsValue::UNDEFINED, &n.into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_language_switch_translates_in_place_and_keeps_what_was_typed() {
    i18n::install_bundled();
    let root = container();
    let lang = RwSignal::new(Lang::En);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(config());
        provide_context(Roster::new(vec![participant(7, "Ana Ruiz")]));
        provide_context(Events::new());
        provide_context(Tr(lang.into()));
        view! {
            <InviteForm />
            <RosterPanel />
        }
    });
    leptos::task::tick().await;
    type_into(&root, "#invite-name", "Luis");
    type_into(&root, "#invite-email", "luis@");
    button(&root, "Send invitation").click();
    leptos::task::tick().await;
    assert!(text(&root, "#invite-email-error").contains("name@example.com"));

    lang.set(Lang::Es);
    leptos::task::tick().await;
    assert_eq!(text(&root, "#invite-title"), "Invitar a un tercero");
    assert_eq!(
        text(&root, "#invite-email-error"),
        "Escriba un correo electrónico como nombre@ejemplo.com."
    );
    assert_eq!(text(&root, "#roster-title .visually-hidden"), ": 1 persona");
    let name: HtmlInputElement = find(&root, "#invite-name").unchecked_into();
    assert_eq!(name.value(), "Luis", "a switch keeps what was typed");

    lang.set(Lang::Ar);
    leptos::task::tick().await;
    assert_eq!(text(&root, "#invite-title"), "دعوة طرف ثالث");
    assert_eq!(
        text(&root, ".participant .contact .visually-hidden"),
        "هاتف ينتهي بـ 0958"
    );
    // Arabic's "one" form is a word, and the count is in Intl's digits.
    assert_eq!(text(&root, "#roster-title .visually-hidden"), ": شخص واحد");
    assert_eq!(
        text(&root, "#roster-title .count"),
        format!("({})", intl_number("ar", 1.0))
    );
    assert_eq!(name.value(), "Luis");
    root.remove();
}

/// Every one of the twelve, in turn: the form and its messages in that
/// language, the count in its own plural form, the field still holding
/// what was typed before the first switch.
#[wasm_bindgen_test]
async fn switching_through_all_twelve_keeps_what_was_typed() {
    i18n::install_bundled();
    let root = container();
    let lang = RwSignal::new(Lang::En);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(config());
        provide_context(Roster::new(vec![participant(7, "Ana Ruiz")]));
        provide_context(Events::new());
        provide_context(Tr(lang.into()));
        view! {
            <InviteForm />
            <RosterPanel />
        }
    });
    leptos::task::tick().await;
    type_into(&root, "#invite-name", "Nguyễn Thị Lan");
    type_into(&root, "#invite-email", "lan@");
    button(&root, "Send invitation").click();
    leptos::task::tick().await;
    let mut titles = Vec::new();
    for l in Lang::ALL {
        lang.set(l);
        leptos::task::tick().await;
        let t = l.texts();
        assert_eq!(text(&root, "#invite-title"), t.invite_title, "{l:?}");
        assert_eq!(text(&root, "label[for=invite-name]"), t.name, "{l:?}");
        assert_eq!(text(&root, "#invite-email-error"), t.email_shape, "{l:?}");
        assert_eq!(
            text(&root, "#roster-title .visually-hidden"),
            format!(": {}", i18n::count(l, &t.people, 1)),
            "{l:?}"
        );
        let name: HtmlInputElement = find(&root, "#invite-name").unchecked_into();
        let email: HtmlInputElement = find(&root, "#invite-email").unchecked_into();
        assert_eq!(name.value(), "Nguyễn Thị Lan", "{l:?}: typed input kept");
        assert_eq!(email.value(), "lan@", "{l:?}");
        titles.push(t.invite_title);
    }
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), 12, "each language has its own words");
    root.remove();
}

/// The rules in `Lang::plural` agree with the browser's `Intl.PluralRules`
/// (its CLDR data) for every language the browser knows (it has no Haitian
/// Creole: CLDR has no rule for it, and the app uses one form).
#[wasm_bindgen_test]
fn plural_rules_agree_with_the_browsers_cldr() {
    let category = |c: Category| match c {
        Category::Zero => "zero",
        Category::One => "one",
        Category::Two => "two",
        Category::Few => "few",
        Category::Many => "many",
        Category::Other => "other",
    };
    for l in Lang::ALL {
        if l == Lang::Ht {
            continue;
        }
        let rules = js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&l.intl_locales()[0].into()),
            &js_sys::Object::new(),
        );
        for n in (0..=300u64).chain([1_000, 1_000_000, 2_000_000, 3_000_021]) {
            let browser = String::from(rules.select(n as f64));
            assert_eq!(category(l.plural(n)), browser, "{l:?} {n}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_picker_finds_a_language_by_any_name_and_switches() {
    i18n::install_bundled();
    let root = container();
    let language = Language::new(Lang::En);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(Tr(language.shown()));
        view! { <LanguagePicker language=language /> }
    });
    leptos::task::tick().await;
    let toggle = find(&root, "#language-select");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(text(&root, "#language-select").contains("English"));
    assert!(find(&root, "#language-panel").hidden());
    toggle.click();
    leptos::task::tick().await;
    assert!(!find(&root, "#language-panel").hidden());
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let visible = |root: &web_sys::HtmlElement| -> Vec<String> {
        let items = root.query_selector_all(".language-list li").unwrap();
        (0..items.length())
            .map(|i| {
                items
                    .item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlElement>()
            })
            .filter(|li| !li.hidden())
            .map(|li| li.text_content().unwrap_or_default().trim().to_string())
            .collect()
    };
    assert_eq!(visible(&root).len(), 12);
    type_into(&root, "#language-search", "kreyol");
    leptos::task::tick().await;
    assert_eq!(visible(&root), ["Kreyòl ayisyen"]);
    type_into(&root, "#language-search", "chinese");
    leptos::task::tick().await;
    assert_eq!(visible(&root), ["中文（简体）", "中文（繁體）"]);
    type_into(&root, "#language-search", "klingon");
    leptos::task::tick().await;
    assert!(visible(&root).is_empty());
    assert_eq!(text(&root, ".language-none"), "No language matches.");
    type_into(&root, "#language-search", "viet");
    leptos::task::tick().await;
    button(&root, "Tiếng Việt").click();
    leptos::task::tick().await;
    assert_eq!(language.shown().get_untracked(), Lang::Vi);
    assert!(find(&root, "#language-panel").hidden(), "closed");
    assert!(text(&root, "#language-select").contains("Tiếng Việt"));
    assert!(text(&root, "#language-select").contains("Ngôn ngữ"));
    assert_eq!(
        find(&root, ".language-now")
            .get_attribute("lang")
            .as_deref(),
        Some("vi")
    );
    // The choice was kept for the tab (as a person's is); the next test
    // starts afresh.
    assert_eq!(
        vri_invite::platform::storage::read(i18n::STORAGE_KEY).as_deref(),
        Some("vi")
    );
    vri_invite::platform::storage::remove(i18n::STORAGE_KEY);
    root.remove();
}

/// The country picker in the UI language: names from the browser's
/// `Intl.DisplayNames`, found without accents, the code kept left to right
/// in Arabic, and the preview in the language with the number isolated.
#[wasm_bindgen_test]
async fn the_country_picker_speaks_the_ui_language() {
    use super::{country_options, phone_data, pick_country};
    i18n::install_bundled();
    phone_data().await;
    let root = container();
    let lang = RwSignal::new(Lang::Es);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(config());
        provide_context(Roster::new(Vec::new()));
        provide_context(Events::new());
        provide_context(Tr(lang.into()));
        view! { <InviteForm /> }
    });
    leptos::task::tick().await;
    let phone_choice: HtmlInputElement = find(&root, "input[value=phone]").unchecked_into();
    phone_choice.click();
    crate::shown(&root, "#invite-country-search").await;
    type_into(&root, "#invite-country-search", "alem");
    leptos::task::tick().await;
    assert_eq!(country_options(&root), ["Alemania (+49)"]);
    type_into(&root, "#invite-country-search", "peru");
    leptos::task::tick().await;
    assert_eq!(
        country_options(&root),
        ["Perú (+51)"],
        "found without the accent"
    );

    lang.set(Lang::Ar);
    leptos::task::tick().await;
    type_into(&root, "#invite-country-search", "إيطا");
    leptos::task::tick().await;
    assert_eq!(country_options(&root), ["إيطاليا (\u{2066}+39\u{2069})"]);
    pick_country(&root, "IT");
    type_into(&root, "#invite-phone", "٠٦١٢٣٤٥٦٧٨");
    leptos::task::tick().await;
    assert_eq!(
        text(&root, "#invite-dial-preview"),
        "سيتم الاتصال بالرقم \u{2066}+39 06 1234 5678\u{2069} (إيطاليا، خط أرضي)"
    );
    root.remove();
}
