//! The second request's status lines: where the interpreting request stands.

use crate::api::model::ResultVideoConferenceSecondRequest;
use crate::config::Config;
use crate::domain::format::shown;
use crate::domain::labels::{label, CodeKind};
use crate::i18n::Lang;

/// The lines the status area shows, in order: (what, value), the terms in
/// `lang` (the values are the server's and the deployment's words, as sent).
pub fn status_lines(
    config: &Config,
    request: &ResultVideoConferenceSecondRequest,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let t = lang.texts();
    let mut lines = vec![(
        t.f_status,
        label(
            &config.labels.request_status,
            CodeKind::Status,
            request.request_status_code_id,
            lang,
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
            status_lines(&config, &request, Lang::En),
            vec![
                ("Status", "Looking for an interpreter".to_string()),
                ("Language", "Spanish".to_string()),
                ("Message", "Waiting for Ana.".to_string()),
            ]
        );
        let empty = ResultVideoConferenceSecondRequest::default();
        assert_eq!(
            status_lines(&Config::default(), &empty, Lang::En),
            vec![("Status", "Status unknown".to_string())]
        );
    }
}
