//! Phone numbers for PSTN dial-out: what the user typed → E.164 (`+442079460958`)
//! plus a grouped form for people (`+44 20 7946 0958`).
//!
//! The one rule that matters most: never guess a country code. A number
//! without `+` (or `00`) and a country code is refused with a message that
//! says how to write it, because dialing the wrong country is worse than
//! asking.
//!
//! Hand-written rather than the `phonenumber` crate (a port of Google's
//! libphonenumber): that crate embeds the whole metadata set and the `regex`
//! engine, several hundred KB of wasm, more than this whole app. What we need
//! is the country-code split (a short ITU table) and a readable grouping.

/// A phone number in E.164 form, ready to dial.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber {
    /// Digits only, country code first, without the `+`.
    digits: String,
    /// How many of `digits` are the country code (1 to 3).
    country_code_len: usize,
}

/// Why a typed phone number cannot be dialed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Letters or symbols that are not part of a phone number.
    InvalidCharacter(char),
    /// No `+` or `00` in front: the country is unknown.
    NoCountryCode,
    /// `+0…` or similar: no country has that code.
    UnknownCountryCode,
    /// The national number starts with the trunk `0` (`+44 020…`).
    TrunkZero {
        country_code: String,
    },
    TooShort,
    TooLong,
    /// The country's numbers have another length (`+1` takes 10 digits).
    WrongLength {
        country_code: String,
        expected: &'static str,
    },
}

impl PhoneError {
    /// The message shown under the phone field, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::fill;
        let t = lang.texts();
        match self {
            PhoneError::Empty => t.phone_empty.into(),
            PhoneError::InvalidCharacter(c) => fill(t.phone_bad_char, &[("c", &c.to_string())]),
            PhoneError::NoCountryCode => t.phone_no_country.into(),
            PhoneError::UnknownCountryCode => t.phone_bad_country.into(),
            PhoneError::TrunkZero { country_code } => {
                fill(t.phone_trunk_zero, &[("cc", country_code)])
            }
            PhoneError::TooShort => t.phone_too_short.into(),
            PhoneError::TooLong => t.phone_too_long.into(),
            PhoneError::WrongLength {
                country_code,
                expected,
            } => fill(
                t.phone_wrong_length,
                &[("cc", country_code), ("expected", expected)],
            ),
        }
    }
}

/// Two-digit country codes (ITU-T E.164). Codes `1` and `7` have one digit;
/// every other assigned code has three.
const TWO_DIGIT_CODES: &[u8] = &[
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/// Reads what the user typed. Spaces, dots, dashes, slashes and brackets
/// are layout; `00` in front means `+`; `(0)` after the country code is the
/// national trunk prefix some people write and is dropped.
pub fn normalize(input: &str) -> Result<PhoneNumber, PhoneError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    let text = text.replace("(0)", "");
    let mut digits = String::with_capacity(text.len());
    let mut plus = false;
    for (i, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => plus = true,
            ' ' | '\u{a0}' | '-' | '.' | '/' | '(' | ')' => {}
            other => return Err(PhoneError::InvalidCharacter(other)),
        }
    }
    if !plus {
        match digits.strip_prefix("00") {
            Some(rest) => digits = rest.to_string(),
            None if digits.is_empty() => return Err(PhoneError::Empty),
            None => return Err(PhoneError::NoCountryCode),
        }
    }
    let country_code_len = country_code_len(&digits).ok_or(PhoneError::UnknownCountryCode)?;
    if digits.len() > 15 {
        return Err(PhoneError::TooLong);
    }
    let (cc, national) = digits.split_at(country_code_len.min(digits.len()));
    if national.len() < 4 || digits.len() < 7 {
        return Err(PhoneError::TooShort);
    }
    // Italy keeps its leading 0 in international form; elsewhere it is the
    // trunk prefix that must not be dialed after the country code.
    if national.starts_with('0') && cc != "39" {
        return Err(PhoneError::TrunkZero {
            country_code: cc.to_string(),
        });
    }
    let expected = match cc {
        "1" => Some((10..=10, "10")),
        "44" => Some((9..=10, "9 or 10")),
        "33" | "34" => Some((9..=9, "9")),
        "52" => Some((10..=10, "10")),
        _ => None,
    };
    if let Some((range, text)) = expected {
        if !range.contains(&national.len()) {
            return Err(PhoneError::WrongLength {
                country_code: cc.to_string(),
                expected: text,
            });
        }
    }
    Ok(PhoneNumber {
        digits,
        country_code_len,
    })
}

fn country_code_len(digits: &str) -> Option<usize> {
    let first = digits.as_bytes().first()?;
    match first {
        b'0' => None,
        b'1' | b'7' => Some(1),
        _ => {
            let two: u8 = digits.get(..2)?.parse().ok()?;
            Some(if TWO_DIGIT_CODES.contains(&two) { 2 } else { 3 })
        }
    }
}

impl PhoneNumber {
    /// `+442079460958`: what is sent to the API.
    pub fn e164(&self) -> String {
        format!("+{}", self.digits)
    }

    /// The country code without `+`.
    pub fn country_code(&self) -> &str {
        &self.digits[..self.country_code_len]
    }

    /// `+44 20 7946 0958`: grouped the way the country writes it where we
    /// know the pattern, in blocks of three and four elsewhere.
    pub fn display(&self) -> String {
        let national = &self.digits[self.country_code_len..];
        let mut out = format!("+{}", self.country_code());
        let mut rest = national;
        for size in groups(self.country_code(), national) {
            let (head, tail) = rest.split_at(size.min(rest.len()));
            if !head.is_empty() {
                out.push(' ');
                out.push_str(head);
            }
            rest = tail;
        }
        if !rest.is_empty() {
            out.push(' ');
            out.push_str(rest);
        }
        out
    }
}

/// Group sizes for a national number.
fn groups(cc: &str, national: &str) -> Vec<usize> {
    let n = national.len();
    match cc {
        "1" => vec![3, 3, 4],
        "44" if ["20", "23", "24", "28", "29"]
            .iter()
            .any(|p| national.starts_with(p)) =>
        {
            vec![2, 4, 4]
        }
        "44" if national.starts_with('7') => vec![4, 6],
        "44" if national.starts_with("11") || national.get(2..3) == Some("1") => vec![3, 3, 4],
        "44" if national.starts_with(['3', '8', '9']) => vec![3, 3, 4],
        "44" => vec![4, n.saturating_sub(4)],
        "33" => vec![1, 2, 2, 2, 2],
        "34" => vec![3, 2, 2, 2],
        "52" => vec![2, 4, 4],
        _ => match n {
            0..=4 => vec![n],
            5..=8 => vec![n - 4, 4],
            9 => vec![3, 3, 3],
            10 => vec![3, 3, 4],
            11 => vec![3, 4, 4],
            _ => vec![n - 8, 4, 4],
        },
    }
}

/// A phone number with all but its last four digits hidden, layout kept:
/// `+44 20 7946 0958` → `+•• •• •••• 0958`. For showing who was dialed
/// without putting the whole number on a shared screen.
pub fn mask(number: &str) -> String {
    let total = number.chars().filter(char::is_ascii_digit).count();
    let keep_from = total.saturating_sub(4);
    let mut seen = 0;
    number
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen <= keep_from {
                    return '•';
                }
            }
            c
        })
        .collect()
}

/// The last four digits, for a screen reader's "phone ending in 0958".
pub fn last_digits(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(4)..].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> (String, String) {
        let n = normalize(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
        (n.e164(), n.display())
    }

    #[test]
    fn london_number_in_many_spellings() {
        for input in [
            "+44 20 7946 0958",
            "+442079460958",
            "0044 20 7946 0958",
            "+44 (0)20 7946 0958",
            " +44-20-7946-0958 ",
        ] {
            assert_eq!(
                ok(input),
                ("+442079460958".into(), "+44 20 7946 0958".into()),
                "{input}"
            );
        }
    }

    #[test]
    fn groups_known_countries() {
        assert_eq!(ok("+1 (415) 555-0100").1, "+1 415 555 0100");
        assert_eq!(ok("+44 7700 900123").1, "+44 7700 900123");
        assert_eq!(ok("+44 121 496 0000").1, "+44 121 496 0000");
        assert_eq!(ok("+33 1 23 45 67 89").1, "+33 1 23 45 67 89");
        assert_eq!(ok("+34 612 34 56 78").1, "+34 612 34 56 78");
        assert_eq!(ok("+52 55 1234 5678").1, "+52 55 1234 5678");
        assert_eq!(ok("+39 06 1234 5678").0, "+390612345678");
    }

    #[test]
    fn splits_one_two_and_three_digit_country_codes() {
        assert_eq!(normalize("+7 912 345 6789").unwrap().country_code(), "7");
        assert_eq!(normalize("+49 30 123456").unwrap().country_code(), "49");
        assert_eq!(normalize("+971 50 123 4567").unwrap().country_code(), "971");
        assert_eq!(ok("+971 50 123 4567").1, "+971 501 234 567");
        assert_eq!(normalize("+380 44 123 4567").unwrap().country_code(), "380");
    }

    #[test]
    fn never_guesses_a_country_code() {
        assert_eq!(normalize("020 7946 0958"), Err(PhoneError::NoCountryCode));
        assert_eq!(normalize("415 555 0100"), Err(PhoneError::NoCountryCode));
        assert!(PhoneError::NoCountryCode
            .message(crate::i18n::Lang::En)
            .contains("country code"));
    }

    #[test]
    fn refuses_what_cannot_be_dialed() {
        assert_eq!(normalize("   "), Err(PhoneError::Empty));
        assert_eq!(
            normalize("+44 20 7946 0958 ext 12"),
            Err(PhoneError::InvalidCharacter('e'))
        );
        assert_eq!(normalize("44+20"), Err(PhoneError::InvalidCharacter('+')));
        assert_eq!(
            normalize("+0 123 4567"),
            Err(PhoneError::UnknownCountryCode)
        );
        assert_eq!(normalize("+"), Err(PhoneError::UnknownCountryCode));
        assert_eq!(
            normalize("+44 020 7946 0958"),
            Err(PhoneError::TrunkZero {
                country_code: "44".into()
            })
        );
        assert_eq!(normalize("+49 123"), Err(PhoneError::TooShort));
        assert_eq!(
            normalize("+49 1234 5678 9012 3456"),
            Err(PhoneError::TooLong)
        );
        assert!(matches!(
            normalize("+1 415 555 010"),
            Err(PhoneError::WrongLength { .. })
        ));
        assert!(normalize("+1 415 555 010")
            .unwrap_err()
            .message(crate::i18n::Lang::En)
            .contains("10 digits"));
    }

    #[test]
    fn masks_all_but_last_four_digits() {
        assert_eq!(mask("+44 20 7946 0958"), "+•• •• •••• 0958");
        assert_eq!(mask("123"), "123");
        assert_eq!(last_digits("+44 20 7946 0958"), "0958");
        assert_eq!(last_digits("12"), "12");
    }
}
