//! Labels for the status and type codes the API sends as bare numbers (or
//! letters): the deployment's own words from `config.json`, else a fallback
//! from the catalogue in the viewer's language ("Status 4", "Estado 4").

use crate::i18n::{fill, number, Lang};
use std::collections::BTreeMap;

/// What a code stands for: it names the fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Status,
    Type,
    GenderOption,
    VideoOption,
}

impl CodeKind {
    fn fallback(self, code: &str, lang: Lang) -> String {
        let t = lang.texts();
        let template = match self {
            CodeKind::Status => t.code_status,
            CodeKind::Type => t.code_type,
            CodeKind::GenderOption => t.code_gender_option,
            CodeKind::VideoOption => t.code_video_option,
        };
        fill(template, &[("code", code)])
    }

    fn unknown(self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            CodeKind::Type => t.code_type_unknown,
            _ => t.code_status_unknown,
        }
        .to_string()
    }
}

/// A label from the deployment's table; a code without one is still shown
/// ("Status 4"), and a missing code says so rather than showing nothing.
pub fn label(
    table: &BTreeMap<String, String>,
    kind: CodeKind,
    code: Option<i64>,
    lang: Lang,
) -> String {
    match code {
        None => kind.unknown(lang),
        Some(code) => match table.get(&code.to_string()).map(|l| l.trim()) {
            Some(l) if !l.is_empty() => l.to_string(),
            _ => kind.fallback(&number(lang, code), lang),
        },
    }
}

/// [`label`] for codes the API sends as text (`GenderOptionCode: "F"`): the
/// deployment's label, else the code itself ("Gender option F"); `None` when
/// there is no code at all, so the panel leaves the line out.
pub fn code_label(
    table: &BTreeMap<String, String>,
    kind: CodeKind,
    code: Option<&str>,
    lang: Lang,
) -> Option<String> {
    let code = code.map(str::trim).filter(|c| !c.is_empty())?;
    match table.get(code).map(|l| l.trim()) {
        Some(l) if !l.is_empty() => Some(l.to_string()),
        _ => Some(kind.fallback(code, lang)),
    }
}

/// A status: the server's own words, else the deployment's label for the
/// code, else nothing.
pub fn status_text(
    description: Option<&str>,
    table: &BTreeMap<String, String>,
    code: Option<i64>,
    lang: Lang,
) -> Option<String> {
    crate::domain::format::shown(description)
        .or_else(|| code.map(|c| label(table, CodeKind::Status, Some(c), lang)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn a_code_without_a_label_falls_back_to_the_code() {
        let c = Config::default();
        let l = &c.labels;
        assert_eq!(
            label(&l.video_status, CodeKind::Status, Some(4), Lang::En),
            "Status 4"
        );
        assert_eq!(
            label(&l.video_type, CodeKind::Type, Some(3), Lang::En),
            "Type 3"
        );
        assert_eq!(
            label(&l.video_status, CodeKind::Status, None, Lang::En),
            "Status unknown"
        );
        let blank = Config::parse(r#"{"labels":{"video_type":{"3":"  "}}}"#).unwrap();
        assert_eq!(
            label(&blank.labels.video_type, CodeKind::Type, Some(3), Lang::En),
            "Type 3"
        );
    }

    #[test]
    fn the_fallback_speaks_the_viewers_language() {
        crate::i18n::install_bundled();
        let c = Config::default();
        let l = &c.labels;
        assert_eq!(
            label(&l.video_status, CodeKind::Status, Some(4), Lang::Es),
            "Estado 4"
        );
        assert_eq!(
            label(&l.video_type, CodeKind::Type, None, Lang::Es),
            "Tipo desconocido"
        );
        assert_eq!(
            code_label(
                &l.gender_option,
                CodeKind::GenderOption,
                Some("F"),
                Lang::Es
            )
            .as_deref(),
            Some("Opción de género F")
        );
        assert_eq!(
            label(&l.video_status, CodeKind::Status, Some(4), Lang::Ar),
            "الحالة 4"
        );
    }

    #[test]
    fn panel_labels_come_from_config_or_fall_back_to_the_code() {
        let c = Config::parse(
            r#"{"labels":{"request_status":{"1":"Searching"},"special_type":{"2":"Medical"},
                "gender_option":{"F":"Female interpreter"},"video_option":{"V":""}}}"#,
        )
        .unwrap();
        let l = &c.labels;
        let en = Lang::En;
        assert_eq!(
            label(&l.request_status, CodeKind::Status, Some(1), en),
            "Searching"
        );
        assert_eq!(
            label(&l.request_status, CodeKind::Status, Some(9), en),
            "Status 9"
        );
        assert_eq!(
            label(&l.special_type, CodeKind::Type, Some(2), en),
            "Medical"
        );
        assert_eq!(
            label(&l.schedule_status, CodeKind::Status, Some(4), en),
            "Status 4"
        );
        assert_eq!(
            code_label(&l.gender_option, CodeKind::GenderOption, Some("F"), en).as_deref(),
            Some("Female interpreter")
        );
        assert_eq!(
            code_label(&l.video_option, CodeKind::VideoOption, Some(" V "), en).as_deref(),
            Some("Video option V"),
            "a blank label falls back to the code"
        );
        assert_eq!(
            code_label(&l.gender_option, CodeKind::GenderOption, Some("  "), en),
            None
        );
        assert_eq!(
            code_label(&l.gender_option, CodeKind::GenderOption, None, en),
            None
        );
    }

    #[test]
    fn status_prefers_the_servers_words() {
        let table = BTreeMap::from([("2".to_string(), "Booked".to_string())]);
        assert_eq!(
            status_text(Some(" Confirmed "), &table, Some(2), Lang::En).as_deref(),
            Some("Confirmed")
        );
        assert_eq!(
            status_text(None, &table, Some(2), Lang::En).as_deref(),
            Some("Booked")
        );
        assert_eq!(status_text(None, &table, None, Lang::En), None);
    }
}
