//! The live roster in the browser: the status label as the portal reports
//! it (every labelled code, a code without a label, Arabic), and the
//! timeline disclosure.

use super::*;
use vri_invite::api::ApiError;
use vri_invite::i18n::Lang;
use vri_invite::state::language::Tr;
use vri_invite::state::roster::StatusReport;

fn labelled() -> Config {
    let mut config = config();
    for (code, name) in [
        (1, "Invited"),
        (2, "Ringing"),
        (3, "Connected"),
        (4, "Declined"),
    ] {
        config
            .labels
            .video_status
            .insert(code.to_string(), name.to_string());
    }
    config.call_again_statuses = vec![4];
    config
}

fn report(id: i64, code: i64, detail: Option<&str>) -> StatusReport {
    StatusReport {
        participant_id: id,
        status_code: code,
        at: js_sys::Date::now(),
        detail: detail.map(String::from),
    }
}

fn mount_live(root: &HtmlElement, lang: RwSignal<Lang>) -> (impl Sized, Roster) {
    let roster = StoredValue::new_local(None::<Roster>);
    let app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(labelled());
        let list = Roster::new(Vec::new());
        roster.set_value(Some(list));
        provide_context(list);
        provide_context(Events::new());
        provide_context(Tr(lang.into()));
        view! { <RosterPanel /> }
    });
    (app, roster.get_value().expect("mounted"))
}

#[wasm_bindgen_test]
async fn the_status_label_follows_the_portal_for_every_code_and_a_code_without_a_label() {
    // Arabic comes in below: its texts, whichever test ran first.
    vri_invite::i18n::install_bundled();
    let root = container();
    let lang = RwSignal::new(Lang::En);
    let (_app, roster) = mount_live(&root, lang);
    roster.add(participant(101, "Ana Ruiz"));
    crate::shown(&root, "#participant-101 .tag.status").await;
    // The answer said 4 (Declined): a phone leg that ended offers Call again.
    assert_eq!(text(&root, "#participant-101 .tag.status"), "Declined");
    assert!(exists(&root, "#participant-101 .call-again"));
    for (code, label) in [
        (1, "Invited"),
        (2, "Ringing"),
        (3, "Connected"),
        (4, "Declined"),
    ] {
        roster.report_status(report(101, code, None)).unwrap();
        leptos::task::tick().await;
        assert_eq!(text(&root, "#participant-101 .tag.status"), label);
        assert_eq!(text(&root, ".roster-news"), format!("Ana Ruiz: {label}"));
        assert_eq!(exists(&root, "#participant-101 .call-again"), code == 4);
    }
    roster.report_status(report(101, 9, None)).unwrap();
    leptos::task::tick().await;
    assert_eq!(text(&root, "#participant-101 .tag.status"), "Status 9");
    assert!(
        roster.report_status(report(999, 2, None)).is_err(),
        "no such participant"
    );

    // Right to left: the label and the announcement in Arabic, the digits Intl's.
    lang.set(Lang::Ar);
    leptos::task::tick().await;
    let arabic = text(&root, "#participant-101 .tag.status");
    assert!(arabic.starts_with("الحالة "), "{arabic}");
    assert!(text(&root, ".roster-news").starts_with("Ana Ruiz: الحالة"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_lists_every_step_in_order_and_keeps_a_failed_removal() {
    let root = container();
    let lang = RwSignal::new(Lang::En);
    let (_app, roster) = mount_live(&root, lang);
    let key = roster.add(participant(101, "Ana Ruiz"));
    roster
        .report_status(report(101, 2, Some("ringing twice")))
        .unwrap();
    roster
        .report_status(report(101, 2, Some("ringing twice")))
        .unwrap();
    let row =
        roster.with_rows_untracked(|rows| rows.iter().find(|r| r.key == key).cloned().unwrap());
    let epoch = roster.epoch();
    roster.begin_removal(&row).expect("a removal");
    roster.finish_removal(
        epoch,
        &row,
        Err(ApiError::Cancelled),
        &Events::new(),
        Lang::En,
    );
    leptos::task::tick().await;
    let summary = crate::shown(&root, "#participant-101 details.history summary").await;
    assert_eq!(summary.text_content().unwrap(), "History: Ana Ruiz");
    summary.click();
    leptos::task::tick().await;
    let steps = root
        .query_selector_all("#participant-101 details.history li span")
        .unwrap();
    let steps: Vec<String> = (0..steps.length())
        .map(|i| steps.item(i).unwrap().text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        steps,
        vec![
            "Invited by phone",
            "Ringing: ringing twice",
            "Removal asked",
            "Removal failed: Stopped because the screen was reset.",
        ],
        "a repeated status adds no step"
    );
    let times = root
        .query_selector_all("#participant-101 details.history time[datetime]")
        .unwrap();
    assert_eq!(times.length(), 4, "each step has its machine-readable time");
    root.remove();
}
