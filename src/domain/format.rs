//! Display rules for text: what is worth showing, lists of languages,
//! scores, initials.

/// Text worth showing: trimmed, and `None` for nothing, blanks, and the
/// words a careless server writes for nothing ("null", "undefined").
pub fn shown(value: Option<&str>) -> Option<String> {
    let text = value?.trim();
    if text.is_empty()
        || text.eq_ignore_ascii_case("null")
        || text.eq_ignore_ascii_case("undefined")
    {
        None
    } else {
        Some(text.to_string())
    }
}

/// Languages as one line ("Spanish, English"), skipping blanks.
pub fn languages(list: Option<&[String]>) -> Option<String> {
    let names: Vec<String> = list
        .unwrap_or_default()
        .iter()
        .filter_map(|l| shown(Some(l)))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// A rating or performance score that can be drawn: finite, within 0–5
/// (the platform's scale; the samples are 3.0 and 4.0).
pub fn score(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite()).map(|v| v.clamp(0.0, 5.0))
}

/// A score to one decimal ("4.9"), in integer arithmetic: formatting an
/// `f64` pulls the float printer (~15 KB) into the wasm.
pub fn score_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A score as a percentage of the scale, for drawing its bar.
pub fn score_percent(value: f64) -> u32 {
    (value / 5.0 * 100.0).round() as u32
}

/// Up to two initials for a name without a usable photo: the first letter of
/// the first and last words ("María González" → "MG"); a name written
/// without spaces ("王小明") gives its first character.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = |w: &str| w.chars().next().map(|c| c.to_uppercase().to_string());
    match words.as_slice() {
        [] => "?".into(),
        [only] => first(only).unwrap_or_default(),
        [a, .., b] => format!(
            "{}{}",
            first(a).unwrap_or_default(),
            first(b).unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_not_shown() {
        assert_eq!(shown(Some("  Ana ")).as_deref(), Some("Ana"));
        for nothing in [
            None,
            Some(""),
            Some("   "),
            Some("null"),
            Some("NULL"),
            Some("undefined"),
        ] {
            assert_eq!(shown(nothing), None, "{nothing:?}");
        }
        assert_eq!(
            languages(Some(&["Spanish".into(), " ".into(), "English".into()])).as_deref(),
            Some("Spanish, English")
        );
        assert_eq!(languages(Some(&[])), None);
        assert_eq!(languages(None), None);
    }

    #[test]
    fn scores_are_clamped_and_finite() {
        assert_eq!(score(Some(4.9)), Some(4.9));
        assert_eq!(score(Some(7.0)), Some(5.0));
        assert_eq!(score(Some(-1.0)), Some(0.0));
        assert_eq!(score(Some(f64::NAN)), None);
        assert_eq!(score(None), None);
        assert_eq!(score_number(3.0), "3.0");
        assert_eq!(score_number(4.85), "4.9");
        assert_eq!(score_number(0.04), "0.0");
        assert_eq!(score_percent(4.9), 98);
        assert_eq!(score_percent(0.0), 0);
    }

    #[test]
    fn initials_in_any_script() {
        assert_eq!(initials("María González"), "MG");
        assert_eq!(initials("Dr. Ana de la Ruiz"), "DR");
        assert_eq!(initials("王小明"), "王");
        assert_eq!(initials("فاطمة الزهراء"), "فا");
        assert_eq!(initials("ольга смирнова"), "ОС");
        assert_eq!(initials("   "), "?");
    }
}
