//! The invite rules: what the interpreter types (a [`Draft`]) and the one
//! function that turns it into an API body or field messages ([`validate`]).
//! The form that shows them is `ui::invite`.

use crate::api::model::ParaThirdPartyVideoParticipant;
use crate::config::Region;
use crate::domain::phone::{self, DialRules};
use crate::i18n::{fill, number, Lang};

/// How the third party is brought in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Email them a video link.
    #[default]
    Email,
    /// Dial their phone over the telephone network (PSTN).
    Phone,
}

/// The form as typed, before any rule is applied. Nothing here is ever
/// changed by validation: a rejected form keeps exactly what was typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub mode: Mode,
    pub name: String,
    pub email: String,
    pub phone: String,
    /// The picked country of the phone number (ISO 3166: `IT`); empty:
    /// none picked.
    pub country: String,
    /// The selected region id as text (a `<select>` value); empty: none.
    pub region: String,
    pub dtmf: String,
}

/// One message per field that is not right, shown beside that field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldErrors {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub region: Option<String>,
    pub dtmf: Option<String>,
}

const NAME_MAX: usize = 100;
const DTMF_MAX: usize = 50;

/// Turns a draft into the body of the invite request, or into the messages
/// (in `lang`) that say what to fix. Only the fields of the chosen mode are
/// checked and sent: a phone number left in the form is not sent with an
/// email invite.
pub fn validate(
    draft: &Draft,
    regions: &[Region],
    rules: DialRules,
    lang: Lang,
) -> Result<ParaThirdPartyVideoParticipant, FieldErrors> {
    let t = lang.texts();
    let mut errors = FieldErrors::default();
    let name = draft.name.trim();
    if name.is_empty() {
        errors.name = Some(t.name_empty.into());
    } else if name.chars().count() > NAME_MAX {
        errors.name = Some(fill(
            t.name_too_long,
            &[("max", &number(lang, NAME_MAX as i64))],
        ));
    }

    let region_id = if regions.is_empty() {
        None
    } else {
        let picked = draft
            .region
            .parse::<i64>()
            .ok()
            .filter(|id| regions.iter().any(|r| r.id == *id));
        if picked.is_none() {
            errors.region = Some(t.region_missing.into());
        }
        picked
    };

    let (email, phone_number, dtmf) = match draft.mode {
        Mode::Email => {
            let email = draft.email.trim();
            if let Err(problem) = check_email(email) {
                errors.email = Some(
                    match problem {
                        EmailProblem::Empty => t.email_empty,
                        EmailProblem::Shape => t.email_shape,
                    }
                    .into(),
                );
            }
            (Some(email.to_string()), None, None)
        }
        Mode::Phone => {
            let number = phone::check(&draft.phone, &draft.country, rules)
                .map_err(|e| e.message(lang, rules.name));
            if let Err(message) = &number {
                errors.phone = Some(message.clone());
            }
            let dtmf = normalize_dtmf(&draft.dtmf, lang);
            if let Err(message) = &dtmf {
                errors.dtmf = Some(message.clone());
            }
            (None, number.ok().map(|n| n.e164), dtmf.ok().flatten())
        }
    };

    if errors != FieldErrors::default() {
        return Err(errors);
    }
    let is_pstn = draft.mode == Mode::Phone;
    Ok(ParaThirdPartyVideoParticipant {
        email,
        region_id,
        phone_number,
        name: Some(name.to_string()),
        dtmf,
        is_pstn: Some(is_pstn),
        is_pstn_str: Some(is_pstn.to_string()),
    })
}

/// A plain shape check: something, one `@`, a dotted domain, no spaces. The
/// server decides whether the mailbox exists.
fn check_email(email: &str) -> Result<(), EmailProblem> {
    if email.is_empty() {
        return Err(EmailProblem::Empty);
    }
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
                && email.len() <= 254
        }
        None => false,
    };
    if valid {
        Ok(())
    } else {
        Err(EmailProblem::Shape)
    }
}

/// What is wrong with an email address.
#[derive(Debug)]
enum EmailProblem {
    Empty,
    Shape,
}

/// DTMF tones: digits, `*`, `#`, and `,` or `w` for a pause. Spaces are
/// layout and dropped; `W` is read as `w`. Empty: no tones. The message
/// for a bad tone is in `lang`.
pub fn normalize_dtmf(input: &str, lang: Lang) -> Result<Option<String>, String> {
    let t = lang.texts();
    let mut tones = String::new();
    for c in input.chars().filter(|c| !c.is_whitespace()) {
        match c {
            '0'..='9' | '*' | '#' | ',' => tones.push(c),
            'w' | 'W' => tones.push('w'),
            other => return Err(fill(t.dtmf_bad, &[("c", &other.to_string())])),
        }
    }
    if tones.chars().count() > DTMF_MAX {
        return Err(fill(
            t.dtmf_too_long,
            &[("max", &number(lang, DTMF_MAX as i64))],
        ));
    }
    Ok((!tones.is_empty()).then_some(tones))
}

/// What the interpreter sees before sending a phone invite, in `lang`: the
/// number as it will be dialed, its country and kind ("Will dial +39 06
/// 1234 5678 (Italy, landline), then send 1234#"), so a wrong country is
/// caught before the call. The number and tones are wrapped in
/// left-to-right isolates (U+2066…U+2069), so "+39 06…" reads the same in
/// an Arabic sentence.
pub fn dial_preview(draft: &Draft, rules: DialRules, lang: Lang) -> Option<String> {
    if draft.mode != Mode::Phone {
        return None;
    }
    let t = lang.texts();
    let isolate = |s: &str| {
        if lang.dir() == "rtl" {
            format!("\u{2066}{s}\u{2069}")
        } else {
            s.to_string()
        }
    };
    let dialed = phone::check(&draft.phone, &draft.country, rules).ok()?;
    let number = isolate(&dialed.international);
    let country = dialed.country.as_deref().map(rules.name);
    let kind = dialed.kind.and_then(|k| k.word(lang));
    let place = match (country, kind) {
        (Some(country), Some(kind)) => {
            Some(fill(t.dial_where, &[("country", &country), ("kind", kind)]))
        }
        (Some(country), None) => Some(country),
        (None, kind) => kind.map(String::from),
    };
    let mut text = match place {
        Some(place) => fill(t.will_dial, &[("number", &number), ("where", &place)]),
        None => fill(t.will_dial_plain, &[("number", &number)]),
    };
    if let Ok(Some(tones)) = normalize_dtmf(&draft.dtmf, lang) {
        text.push_str(&fill(t.then_send, &[("tones", &isolate(&tones))]));
    }
    Some(text)
}

/// What happened to the last invite, for the status line under the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub name: String,
    /// The server's `waitingMsg`, shown while the person has not joined.
    pub waiting: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phone::tests::rules;

    fn regions() -> Vec<Region> {
        vec![
            Region {
                id: 1,
                name: "US East".into(),
            },
            Region {
                id: 2,
                name: "EU West".into(),
            },
        ]
    }

    fn email_draft() -> Draft {
        Draft {
            name: " Dr. Ana Ruiz ".into(),
            email: "ana@clinic.example".into(),
            region: "2".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn email_invite_becomes_a_body() {
        let body = validate(&email_draft(), &regions(), rules(), Lang::En).unwrap();
        assert_eq!(body.name.as_deref(), Some("Dr. Ana Ruiz"));
        assert_eq!(body.email.as_deref(), Some("ana@clinic.example"));
        assert_eq!(body.region_id, Some(2));
        assert_eq!(
            (body.is_pstn, body.is_pstn_str.as_deref()),
            (Some(false), Some("false"))
        );
        assert_eq!((body.phone_number, body.dtmf), (None, None));
    }

    #[test]
    fn fields_without_a_value_are_left_out_of_the_body() {
        // No regions configured and no tones: a .NET server refuses
        // `"RegionId": null` for its `int`, so the keys must be absent.
        let body = validate(&email_draft(), &[], rules(), Lang::En).unwrap();
        let json = serde_json::to_value(&body).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["Email", "Name", "isPSTN", "isPSTNStr"], "{json}");
        assert!(!json.to_string().contains("null"), "{json}");
    }

    #[test]
    fn phone_invite_is_e164_with_tones_and_flags_in_step() {
        let draft = Draft {
            mode: Mode::Phone,
            name: "Luis".into(),
            phone: "+44 20 7946 0958".into(),
            country: "IT".into(),
            dtmf: "1 2 3 W #".into(),
            email: "left over".into(),
            region: "1".into(),
        };
        let body = validate(&draft, &regions(), rules(), Lang::En).unwrap();
        assert_eq!(body.phone_number.as_deref(), Some("+442079460958"));
        assert_eq!(body.dtmf.as_deref(), Some("123w#"));
        assert_eq!(
            body.email, None,
            "the email field is not sent with a phone invite"
        );
        assert_eq!(
            (body.is_pstn, body.is_pstn_str.as_deref()),
            (Some(true), Some("true"))
        );
        assert_eq!(
            dial_preview(&draft, rules(), Lang::En).as_deref(),
            Some("Will dial +44 2079460958 (GB, landline), then send 123w#")
        );
        let rome = Draft {
            phone: "06 1234 5678".into(),
            dtmf: String::new(),
            ..draft.clone()
        };
        assert_eq!(
            validate(&rome, &regions(), rules(), Lang::En)
                .unwrap()
                .phone_number
                .as_deref(),
            Some("+390612345678"),
            "a national number is read in the picked country"
        );
        crate::i18n::install_bundled();
        assert_eq!(
            dial_preview(&rome, rules(), Lang::Ar).as_deref(),
            Some("سيتم الاتصال بالرقم \u{2066}+39 0612345678\u{2069} (IT، خط أرضي)")
        );
    }

    #[test]
    fn each_field_gets_its_own_message() {
        let errors = validate(&Draft::default(), &regions(), rules(), Lang::En).unwrap_err();
        assert!(errors.name.unwrap().contains("name"));
        assert!(errors.email.unwrap().contains("email address"));
        assert!(errors.region.unwrap().contains("region"));
        assert_eq!((errors.phone, errors.dtmf), (None, None));

        let phone = Draft {
            mode: Mode::Phone,
            name: "A".into(),
            phone: "020 7946 0958".into(),
            dtmf: "12x".into(),
            ..Draft::default()
        };
        let errors = validate(&phone, &[], rules(), Lang::En).unwrap_err();
        assert!(errors.phone.unwrap().contains("country"));
        assert!(errors.dtmf.unwrap().contains("\"x\" is not a tone"));
        assert_eq!(
            (errors.name, errors.email, errors.region),
            (None, None, None)
        );
    }

    #[test]
    fn email_shapes() {
        for bad in [
            "ana",
            "ana@",
            "@clinic.org",
            "ana@clinic",
            "ana@@clinic.org",
            "a na@clinic.org",
            "ana@clinic.org.",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert!(check_email("ana.ruiz+tag@clinic.example.org").is_ok());
    }

    #[test]
    fn region_must_be_one_of_the_list_and_is_optional_without_a_list() {
        let unknown = Draft {
            region: "9".into(),
            ..email_draft()
        };
        assert!(validate(&unknown, &regions(), rules(), Lang::En)
            .unwrap_err()
            .region
            .is_some());
        let body = validate(
            &Draft {
                region: String::new(),
                ..email_draft()
            },
            &[],
            rules(),
            Lang::En,
        )
        .unwrap();
        assert_eq!(body.region_id, None);
    }

    #[test]
    fn name_length_is_limited() {
        let long = Draft {
            name: "é".repeat(101),
            ..email_draft()
        };
        assert!(validate(&long, &regions(), rules(), Lang::En)
            .unwrap_err()
            .name
            .unwrap()
            .contains("100"));
        assert!(validate(
            &Draft {
                name: "é".repeat(100),
                ..email_draft()
            },
            &regions(),
            rules(),
            Lang::En
        )
        .is_ok());
    }

    #[test]
    fn dtmf_rules() {
        assert_eq!(normalize_dtmf("", Lang::En), Ok(None));
        assert_eq!(
            normalize_dtmf(" 12,,34#*", Lang::En),
            Ok(Some("12,,34#*".into()))
        );
        assert!(normalize_dtmf(&"1".repeat(51), Lang::En).is_err());
        assert!(normalize_dtmf("12-3", Lang::En)
            .unwrap_err()
            .contains("\"-\""));
    }

    #[test]
    fn no_preview_for_email_or_unreadable_numbers() {
        assert_eq!(dial_preview(&email_draft(), rules(), Lang::En), None);
        assert_eq!(
            dial_preview(
                &Draft {
                    mode: Mode::Phone,
                    phone: "12".into(),
                    country: "IT".into(),
                    ..Draft::default()
                },
                rules(),
                Lang::En
            ),
            None
        );
    }
}
