//! How an appointment's facts read: the language pair, and the lines that
//! join what is there (a person's name, email and phone; a product and its
//! description).

use crate::domain::format::shown;
use crate::i18n::{fill, Lang};

/// How the appointment's language pair reads in `lang`: "English → Spanish"
/// (the arrow points the way the text runs); one side alone says so.
pub fn language_pair(from: Option<&str>, to: Option<&str>, lang: Lang) -> Option<String> {
    let tx = lang.texts();
    let arrow = if lang.dir() == "rtl" { "←" } else { "→" };
    match (shown(from), shown(to)) {
        (Some(f), Some(t)) => Some(format!("{f} {arrow} {t}")),
        (Some(f), None) => Some(fill(tx.from_lang, &[("f", &f)])),
        (None, Some(t)) => Some(fill(tx.into_lang, &[("t", &t)])),
        (None, None) => None,
    }
}

/// The parts that have text, joined with " · "; `None` when none has.
pub fn joined(parts: &[Option<&str>]) -> Option<String> {
    let parts: Vec<String> = parts.iter().filter_map(|p| shown(*p)).collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A product and its description: "Medical: Doctor's visit", or whichever
/// of the two there is.
pub fn product(name: Option<&str>, description: Option<&str>) -> Option<String> {
    match (shown(name), shown(description)) {
        (Some(n), Some(d)) => Some(format!("{n}: {d}")),
        (n, d) => n.or(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_pair_reads_whatever_is_there() {
        let en = Lang::En;
        assert_eq!(
            language_pair(Some("English"), Some("Spanish"), en).as_deref(),
            Some("English → Spanish")
        );
        assert_eq!(
            language_pair(None, Some("Spanish"), en).as_deref(),
            Some("Into Spanish")
        );
        assert_eq!(
            language_pair(Some("English"), Some(" "), en).as_deref(),
            Some("From English")
        );
        assert_eq!(language_pair(None, Some("null"), en), None);
        assert_eq!(
            language_pair(Some("English"), Some("Spanish"), Lang::Ar).as_deref(),
            Some("English ← Spanish")
        );
    }

    #[test]
    fn lines_join_only_what_has_text() {
        assert_eq!(
            joined(&[Some("Ana"), None, Some(" "), Some("+1 555")]).as_deref(),
            Some("Ana · +1 555")
        );
        assert_eq!(joined(&[None, Some("null")]), None);
        assert_eq!(
            product(Some("Medical"), Some("Visit")).as_deref(),
            Some("Medical: Visit")
        );
        assert_eq!(product(None, Some("Visit")).as_deref(), Some("Visit"));
        assert_eq!(product(None, None), None);
    }
}
