//! Languages in the components: a switch translates in place, keeps what
//! was typed, and uses each language's plural forms and digits.

use super::{button, config, container, find, participant, text, type_into};
use leptos::prelude::*;
use vri_invite::i18n::Lang;
use vri_invite::state::events::Events;
use vri_invite::state::language::Tr;
use vri_invite::state::roster::Roster;
use vri_invite::ui::invite::InviteForm;
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
