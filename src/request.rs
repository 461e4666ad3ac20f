//! The second-request status: where the interpreting request stands, in a
//! status area that screen readers announce when it changes.
//!
//! Shown: `RequestStatusCodeId` (label from config.json), `ToLanguage`,
//! `additionalInfo`, `waitingMsg`. Deliberately hidden:
//! `RequestConferenceSessionVideoParticipantId` (an internal id, the same as
//! the participant's own) and `ToLanguageId` (an internal id; `ToLanguage`
//! is its name).

use crate::config::{label, Config};
use crate::format::shown;
use crate::model::ResultVideoConferenceSecondRequest;
use leptos::prelude::*;

/// The lines the status area shows, in order: (what, value).
pub fn status_lines(
    config: &Config,
    request: &ResultVideoConferenceSecondRequest,
) -> Vec<(&'static str, String)> {
    status_lines_in(config, request, crate::i18n::Lang::En.texts())
}

/// [`status_lines`] with the terms in `t`'s language (the values are the
/// server's and the deployment's words, as sent).
pub fn status_lines_in(
    config: &Config,
    request: &ResultVideoConferenceSecondRequest,
    t: &crate::i18n::Texts,
) -> Vec<(&'static str, String)> {
    let mut lines = vec![(
        t.f_status,
        label(
            &config.labels.request_status,
            "Status",
            request.request_status_code_id,
        ),
    )];
    let optional = [
        (t.f_language, shown(request.to_language.as_deref())),
        (t.f_details, shown(request.additional_info.as_deref())),
        (t.f_message, shown(request.waiting_msg.as_deref())),
    ];
    lines.extend(optional.into_iter().filter_map(|(k, v)| Some((k, v?))));
    lines
}

/// The interpreting request of one invited participant.
#[component]
pub fn RequestStatus(
    /// Whose request this is (the participant's name).
    name: Signal<String>,
    /// The request, or `None` when the invite answer carried none.
    request: Signal<Option<ResultVideoConferenceSecondRequest>>,
) -> impl IntoView {
    let config = expect_context::<Config>();
    // The panels are rebuilt when the language changes (panels.rs).
    let t = crate::i18n::use_tr().0.get_untracked().texts();
    view! {
        <section class="panel request" aria-labelledby="request-title">
            <h2 id="request-title">{t.request_title} <bdi class="who-name">{name}</bdi></h2>
            <div class="request-status" role="status" aria-live="polite">
                {move || match request.get() {
                    None => view! { <p class="empty">{t.no_request}</p> }.into_any(),
                    Some(request) => view! {
                        <dl class="facts">
                            {status_lines_in(&config, &request, t)
                                .into_iter()
                                .map(|(what, value)| view! {
                                    <div class="fact"><dt>{what}</dt><dd dir="auto">{value}</dd></div>
                                })
                                .collect_view()}
                        </dl>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_label_and_only_the_lines_with_text() {
        let config =
            Config::parse(r#"{"labels":{"request_status":{"1":"Looking for an interpreter"}}}"#)
                .unwrap();
        let request = ResultVideoConferenceSecondRequest {
            request_status_code_id: Some(1),
            to_language: Some("Spanish".into()),
            additional_info: Some("  ".into()),
            waiting_msg: Some("Waiting for Ana.".into()),
            ..Default::default()
        };
        assert_eq!(
            status_lines(&config, &request),
            vec![
                ("Status", "Looking for an interpreter".to_string()),
                ("Language", "Spanish".to_string()),
                ("Message", "Waiting for Ana.".to_string()),
            ]
        );
        let empty = ResultVideoConferenceSecondRequest::default();
        assert_eq!(
            status_lines(&Config::default(), &empty),
            vec![("Status", "Status unknown".to_string())]
        );
    }
}
