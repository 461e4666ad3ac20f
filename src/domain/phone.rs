//! Phone numbers for PSTN dial-out: what the user typed, in the country
//! they picked, → E.164 (`+390612345678`) plus the country's own way of
//! writing it (`+39 06 1234 5678`).
//!
//! The numbering plans of every country (possible lengths, the trunk `0`
//! that Germany drops and Italy keeps, number types, formats) are
//! libphonenumber's, read by libphonenumber-js in the browser: the
//! [`PhoneData`] this module is given (`platform::phone::Engine`, fetched
//! only in phone mode). The rules here decide what may be dialed: never a
//! guessed country (a national number needs a picked country, one with `+`
//! or `00` names its own), never a premium-rate or shared-cost number (toll
//! fraud), never a country the deployment does not allow.

use crate::i18n::{fill, Lang};
use serde::Deserialize;

/// What libphonenumber says a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Landline,
    Mobile,
    /// Where the plan does not tell them apart (the US, Canada…).
    LandlineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    Personal,
    Pager,
    Uan,
    Voicemail,
}

impl Kind {
    /// Numbers a caller pays extra for, which fraud dials on our account.
    pub fn costs_extra(self) -> bool {
        matches!(self, Kind::PremiumRate | Kind::SharedCost)
    }

    /// "landline", "mobile"… in `lang`, for the preview; `None` for the
    /// kinds people do not know by a name.
    pub fn word(self, lang: Lang) -> Option<&'static str> {
        let t = lang.texts();
        Some(match self {
            Kind::Landline => t.kind_landline,
            Kind::Mobile => t.kind_mobile,
            Kind::LandlineOrMobile => t.kind_landline_or_mobile,
            Kind::TollFree => t.kind_toll_free,
            Kind::Voip => t.kind_voip,
            _ => return None,
        })
    }
}

/// What the phone data could not accept about a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Problem {
    NotANumber,
    InvalidCountry,
    TooShort,
    TooLong,
    InvalidLength,
    NotValid,
    #[serde(other)]
    Other,
}

/// The phone data's reading of a number (`phone/entry.js`, `read`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Reading {
    /// `None`: a valid number.
    pub problem: Option<Problem>,
    pub e164: Option<String>,
    pub calling_code: Option<String>,
    /// ISO 3166 code of the country it belongs to (`None` for +800…).
    pub country: Option<String>,
    pub kind: Option<Kind>,
    pub national: Option<String>,
    pub international: Option<String>,
}

/// The numbering plans of every country.
pub trait PhoneData {
    /// Reads `text` (ASCII digits, see [`ascii`]) as a number of `country`
    /// (ISO 3166, or empty when `text` starts with `+`).
    fn read(&self, text: &str, country: &str) -> Reading;
}

/// Whether the phone data can be asked yet.
#[derive(Clone, Copy)]
pub enum Data<'a> {
    /// Still on its way (phone mode was just chosen).
    Loading,
    /// It could not be fetched.
    Failed,
    Ready(&'a dyn PhoneData),
}

/// What [`check`] needs besides the number.
#[derive(Clone, Copy)]
pub struct DialRules<'a> {
    pub data: Data<'a>,
    /// The countries dial-out may reach (`config.json`'s
    /// `dial_out.allowed_countries`); empty: all.
    pub allowed: &'a [String],
    /// A country's name in the UI language, for messages (ISO code →
    /// "Italy", from the browser's `Intl.DisplayNames`).
    pub name: &'a dyn Fn(&str) -> String,
}

/// A number that may be dialed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dialable {
    /// What is sent to the API.
    pub e164: String,
    pub country: Option<String>,
    pub kind: Option<Kind>,
    /// `+39 06 1234 5678`: the number as the country writes it for callers
    /// from abroad.
    pub international: String,
}

/// Why a typed phone number cannot be dialed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Letters or symbols that are not part of a phone number.
    InvalidCharacter(char),
    /// The phone data is still on its way.
    Loading,
    /// The phone data could not be fetched.
    Unavailable,
    /// A national number and no country picked: never guessed.
    NoCountry,
    /// `+0…` or similar: no country has that code.
    UnknownCountryCode,
    TooShort,
    TooLong,
    /// Not a number of this country (ISO code, if known).
    NotValid(Option<String>),
    /// Premium rate or shared cost.
    CostsExtra,
    /// A country this deployment does not dial (ISO code, or `+800`).
    NotAllowed(String),
}

impl PhoneError {
    /// The message shown under the phone field, in `lang`; `name` names a
    /// country (ISO code → "Italy", from the browser's `Intl`).
    pub fn message(&self, lang: Lang, name: &dyn Fn(&str) -> String) -> String {
        let t = lang.texts();
        match self {
            PhoneError::Empty => t.phone_empty.into(),
            PhoneError::InvalidCharacter(c) => fill(t.phone_bad_char, &[("c", &c.to_string())]),
            PhoneError::Loading => t.phone_loading.into(),
            PhoneError::Unavailable => t.phone_unavailable.into(),
            PhoneError::NoCountry => t.phone_no_country.into(),
            PhoneError::UnknownCountryCode => t.phone_bad_country.into(),
            PhoneError::TooShort => t.phone_too_short.into(),
            PhoneError::TooLong => t.phone_too_long.into(),
            PhoneError::NotValid(Some(iso)) => {
                fill(t.phone_not_valid_in, &[("country", &name(iso))])
            }
            PhoneError::NotValid(None) => t.phone_not_valid.into(),
            PhoneError::CostsExtra => t.phone_costs_extra.into(),
            PhoneError::NotAllowed(iso) => {
                let country = if iso.starts_with('+') {
                    iso.clone()
                } else {
                    name(iso)
                };
                fill(t.phone_not_allowed, &[("country", &country)])
            }
        }
    }
}

/// The first code point of each run of ten decimal digits a keyboard may
/// give besides ASCII: Arabic-Indic, Persian (Extended Arabic-Indic), NKo,
/// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
/// Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width.
const ZEROS: [u32; 19] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
];

/// The value of a decimal digit in any of those scripts.
pub fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .map(|zero| code - zero)
}

/// What the user typed with every digit in ASCII, a full-width `＋` as `+`,
/// a leading `00` as `+`, and layout (spaces, dots, dashes, slashes,
/// brackets) kept: the phone data reads `(0)` per country.
pub fn ascii(input: &str) -> Result<String, PhoneError> {
    let text = input.trim();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '+' | '＋' if out.trim().is_empty() => out.push('+'),
            ' ' | '\u{a0}' | '-' | '.' | '/' | '(' | ')' | '\u{2010}'..='\u{2015}' => out.push(c),
            c => match digit_value(c) {
                Some(d) => out.push(char::from_digit(d, 10).unwrap_or('0')),
                None => return Err(PhoneError::InvalidCharacter(c)),
            },
        }
    }
    if !out.chars().any(|c| c.is_ascii_digit()) {
        return Err(if out.contains('+') {
            PhoneError::TooShort
        } else {
            PhoneError::Empty
        });
    }
    let lead = out
        .find(|c: char| c.is_ascii_digit() || c == '+')
        .unwrap_or(0);
    if out[lead..].starts_with("00") {
        out.replace_range(lead..lead + 2, "+");
    }
    Ok(out)
}

/// Whether the number names its own country (`+39…`, `0039…`).
pub fn is_international(input: &str) -> bool {
    ascii(input).is_ok_and(|text| text.trim_start().starts_with('+'))
}

/// Checks a typed number for the picked `country` (ISO code, or empty).
pub fn check(input: &str, country: &str, rules: DialRules) -> Result<Dialable, PhoneError> {
    let text = ascii(input)?;
    let data = match rules.data {
        Data::Loading => return Err(PhoneError::Loading),
        Data::Failed => return Err(PhoneError::Unavailable),
        Data::Ready(data) => data,
    };
    let international = text.trim_start().starts_with('+');
    if !international && country.is_empty() {
        return Err(PhoneError::NoCountry);
    }
    let reading = data.read(&text, if international { "" } else { country });
    let place = reading
        .country
        .clone()
        .or_else(|| (!international).then(|| country.to_string()));
    match reading.problem {
        None => {}
        Some(Problem::InvalidCountry) if international => {
            return Err(PhoneError::UnknownCountryCode)
        }
        Some(Problem::InvalidCountry) => return Err(PhoneError::NoCountry),
        Some(Problem::NotANumber | Problem::TooShort) => return Err(PhoneError::TooShort),
        Some(Problem::TooLong) => return Err(PhoneError::TooLong),
        Some(_) => return Err(PhoneError::NotValid(place)),
    }
    let (Some(e164), Some(shown)) = (reading.e164, reading.international) else {
        return Err(PhoneError::NotValid(place));
    };
    if reading.kind.is_some_and(Kind::costs_extra) {
        return Err(PhoneError::CostsExtra);
    }
    if !rules.allowed.is_empty() {
        let allowed = reading
            .country
            .as_ref()
            .is_some_and(|c| rules.allowed.contains(c));
        if !allowed {
            return Err(PhoneError::NotAllowed(
                reading
                    .country
                    .clone()
                    .unwrap_or_else(|| format!("+{}", reading.calling_code.unwrap_or_default())),
            ));
        }
    }
    Ok(Dialable {
        e164,
        country: reading.country,
        kind: reading.kind,
        international: shown,
    })
}

/// One country of the picker (`phone/entry.js`, `countries`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Country {
    /// ISO 3166 code: `IT`.
    pub iso: String,
    /// Calling code without `+`: `39`.
    pub code: String,
    /// In the UI language: `Italia`, `إيطاليا`.
    pub name: String,
    /// The name without accents or case, for search.
    pub key: String,
}

/// Whether `country` is one the search finds: `query` as typed (`+39`,
/// `39`, `IT`) or `key`, the query as a search key (no accents or case).
pub fn matches(country: &Country, query: &str, key: &str) -> bool {
    let query = query.trim();
    if query.is_empty() {
        return true;
    }
    let digits: String = query
        .chars()
        .filter_map(|c| digit_value(c).and_then(|d| char::from_digit(d, 10)))
        .collect();
    if !digits.is_empty()
        && query
            .trim_start_matches(['+', '＋'])
            .chars()
            .all(|c| digit_value(c).is_some())
    {
        return country.code.starts_with(&digits);
    }
    country.key.contains(key.trim()) || country.iso.eq_ignore_ascii_case(query)
}

/// The countries the picker offers: all, or only those allowed.
pub fn offered(all: Vec<Country>, allowed: &[String]) -> Vec<Country> {
    if allowed.is_empty() {
        all
    } else {
        all.into_iter()
            .filter(|c| allowed.contains(&c.iso))
            .collect()
    }
}

/// How many digits (in any script) and `+` signs come before `caret` (a
/// UTF-16 offset, as the browser counts): what stays put when the field is
/// reformatted as you type.
pub fn digits_before(text: &str, caret: u32) -> usize {
    let mut offset = 0;
    let mut count = 0;
    for c in text.chars() {
        if offset >= caret {
            break;
        }
        offset += c.len_utf16() as u32;
        if c == '+' || digit_value(c).is_some() {
            count += 1;
        }
    }
    count
}

/// The UTF-16 offset right after the `count`th digit or `+` of `text` (at
/// the start for 0; at the end when it has fewer).
pub fn caret_after_digits(text: &str, count: usize) -> u32 {
    if count == 0 {
        return 0;
    }
    let mut offset = 0;
    let mut seen = 0;
    for c in text.chars() {
        offset += c.len_utf16() as u32;
        if c == '+' || digit_value(c).is_some() {
            seen += 1;
            if seen == count {
                return offset;
            }
        }
    }
    offset
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
pub(crate) mod tests {
    use super::*;

    /// A stand-in for libphonenumber that knows two plans, enough to test
    /// the rules (the real data is checked over every example number by
    /// `phone/test/examples.test.mjs`): Italy (+39, the 0 kept, 06… are
    /// landlines, 899… premium) and the UK (+44, the trunk 0 dropped).
    pub(crate) struct Two;

    impl PhoneData for Two {
        fn read(&self, text: &str, country: &str) -> Reading {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let (iso, national) = if text.trim_start().starts_with('+') {
                if let Some(rest) = digits.strip_prefix("39") {
                    ("IT", rest.to_string())
                } else if let Some(rest) = digits.strip_prefix("44") {
                    ("GB", rest.to_string())
                } else {
                    return Reading {
                        problem: Some(Problem::InvalidCountry),
                        ..Reading::default()
                    };
                }
            } else {
                match country {
                    "IT" => ("IT", digits),
                    "GB" => (
                        "GB",
                        digits.strip_prefix('0').unwrap_or(&digits).to_string(),
                    ),
                    _ => {
                        return Reading {
                            problem: Some(Problem::InvalidCountry),
                            ..Reading::default()
                        }
                    }
                }
            };
            let code = if iso == "IT" { "39" } else { "44" };
            let problem = match national.len() {
                0..=5 => Some(Problem::TooShort),
                6..=10 => None,
                _ => Some(Problem::TooLong),
            };
            Reading {
                problem,
                e164: Some(format!("+{code}{national}")),
                calling_code: Some(code.into()),
                country: Some(iso.into()),
                kind: Some(if national.starts_with("899") {
                    Kind::PremiumRate
                } else if national.starts_with('3') || national.starts_with('7') {
                    Kind::Mobile
                } else {
                    Kind::Landline
                }),
                national: Some(national.clone()),
                international: Some(format!("+{code} {national}")),
            }
        }
    }

    /// A country's name in tests: its code.
    pub(crate) fn iso(code: &str) -> String {
        code.to_string()
    }

    /// Rules over [`Two`], every country allowed.
    pub(crate) fn rules() -> DialRules<'static> {
        DialRules {
            data: Data::Ready(&Two),
            allowed: &[],
            name: &iso,
        }
    }

    fn e164(input: &str, country: &str) -> Result<String, PhoneError> {
        check(input, country, rules()).map(|d| d.e164)
    }

    #[test]
    fn a_national_number_needs_a_picked_country() {
        assert_eq!(e164("06 1234 5678", ""), Err(PhoneError::NoCountry));
        assert_eq!(e164("06 1234 5678", "IT"), Ok("+390612345678".into()));
        assert_eq!(e164("020 7946 0958", "GB"), Ok("+442079460958".into()));
        let message = PhoneError::NoCountry.message(Lang::En, &|c| c.to_string());
        assert!(message.contains("country"), "{message}");
    }

    #[test]
    fn plus_or_00_names_the_country_whatever_is_picked() {
        assert_eq!(e164("+39 06 1234 5678", "GB"), Ok("+390612345678".into()));
        assert_eq!(e164("0039 06 1234 5678", ""), Ok("+390612345678".into()));
        assert_eq!(e164("＋44 20 7946 0958", ""), Ok("+442079460958".into()));
        assert!(is_international("0044 20"));
        assert!(is_international(" +3"));
        assert!(!is_international("020 7946"));
        assert_eq!(
            e164("+999 1234 5678", "IT"),
            Err(PhoneError::UnknownCountryCode)
        );
    }

    #[test]
    fn digits_of_any_script_are_digits() {
        assert_eq!(ascii("٠٦ ١٢٣٤ ٥٦٧٨"), Ok("06 1234 5678".into()));
        assert_eq!(ascii("۰۶۱۲"), Ok("0612".into()));
        assert_eq!(ascii("０６１２"), Ok("0612".into()));
        assert_eq!(ascii("०६"), Ok("06".into()));
        assert_eq!(e164("٠٦ ١٢٣٤ ٥٦٧٨", "IT"), Ok("+390612345678".into()));
        assert_eq!(digit_value('٩'), Some(9));
        assert_eq!(digit_value('x'), None);
    }

    #[test]
    fn refuses_what_cannot_be_dialed() {
        assert_eq!(e164("   ", "IT"), Err(PhoneError::Empty));
        assert_eq!(e164("+", "IT"), Err(PhoneError::TooShort));
        assert_eq!(
            e164("+44 20 7946 0958 ext 12", ""),
            Err(PhoneError::InvalidCharacter('e'))
        );
        assert_eq!(e164("44+20", ""), Err(PhoneError::InvalidCharacter('+')));
        assert_eq!(e164("06 12", "IT"), Err(PhoneError::TooShort));
        assert_eq!(e164("06 1234 5678 9012", "IT"), Err(PhoneError::TooLong));
    }

    #[test]
    fn premium_rate_is_refused_as_toll_fraud() {
        assert_eq!(e164("899 123 456", "IT"), Err(PhoneError::CostsExtra));
        let message = PhoneError::CostsExtra.message(Lang::En, &|c| c.to_string());
        assert!(message.contains("Premium-rate"), "{message}");
    }

    #[test]
    fn only_allowed_countries_are_dialed() {
        let allowed = ["GB".to_string()];
        let rules = DialRules {
            allowed: &allowed,
            ..rules()
        };
        assert!(check("020 7946 0958", "GB", rules).is_ok());
        let refused = check("+39 06 1234 5678", "", rules).unwrap_err();
        assert_eq!(refused, PhoneError::NotAllowed("IT".into()));
        let italy = |c: &str| if c == "IT" { "Italy".into() } else { c.into() };
        assert!(refused.message(Lang::En, &italy).contains("Italy"));
    }

    #[test]
    fn without_the_data_it_says_so_and_keeps_the_number() {
        let loading = DialRules {
            data: Data::Loading,
            ..rules()
        };
        let failed = DialRules {
            data: Data::Failed,
            ..rules()
        };
        assert_eq!(
            check("06 1234 5678", "IT", loading),
            Err(PhoneError::Loading)
        );
        assert_eq!(
            check("06 1234 5678", "IT", failed),
            Err(PhoneError::Unavailable)
        );
        // Characters are still checked first: that needs no data.
        assert_eq!(
            check("06x", "IT", failed),
            Err(PhoneError::InvalidCharacter('x'))
        );
    }

    #[test]
    fn the_picker_search_finds_by_name_code_and_iso() {
        let italy = Country {
            iso: "IT".into(),
            code: "39".into(),
            name: "Itália".into(),
            key: "italia".into(),
        };
        assert!(matches(&italy, "ital", "ital"));
        assert!(matches(&italy, "Itál", "ital"));
        assert!(matches(&italy, "+39", "+39"));
        assert!(matches(&italy, "3", "3"));
        assert!(matches(&italy, "٣٩", "٣٩"));
        assert!(matches(&italy, "it", "it"));
        assert!(matches(&italy, "", ""));
        assert!(!matches(&italy, "+44", "+44"));
        assert!(!matches(&italy, "spa", "spa"));
        let allowed = ["GB".to_string()];
        assert!(offered(vec![italy.clone()], &allowed).is_empty());
        assert_eq!(offered(vec![italy.clone()], &[]), vec![italy]);
    }

    #[test]
    fn the_caret_stays_after_the_same_digit() {
        // Typed "0612" with the caret after "06", reformatted to "06 12".
        assert_eq!(digits_before("0612", 2), 2);
        assert_eq!(caret_after_digits("06 12", 2), 2);
        assert_eq!(caret_after_digits("06 12", 3), 4);
        assert_eq!(caret_after_digits("06 12", 0), 0);
        assert_eq!(caret_after_digits("06 12", 9), 5);
        assert_eq!(digits_before("+39 06", 4), 3);
        assert_eq!(digits_before("٠٦١", 2), 2);
        assert_eq!(caret_after_digits("(415) 555", 3), 4);
    }

    #[test]
    fn masks_all_but_last_four_digits() {
        assert_eq!(mask("+44 20 7946 0958"), "+•• •• •••• 0958");
        assert_eq!(mask("123"), "123");
        assert_eq!(last_digits("+44 20 7946 0958"), "0958");
        assert_eq!(last_digits("12"), "12");
    }
}
