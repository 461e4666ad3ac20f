//! The invite flow, start to end: what the interpreter types (a [`Draft`]),
//! the rules that turn it into an API body or field messages ([`validate`]),
//! and the form that sends it and puts the new participant in the roster
//! ([`InviteForm`]).

use crate::api::{self, ApiError};
use crate::config::{Config, Region};
use crate::events::{AppEvent, Events};
use crate::i18n::{fill, number, use_tr, Lang};
use crate::model::ParaThirdPartyVideoParticipant;
use crate::phone;
use crate::roster::{Participant, Roster};
use leptos::prelude::*;

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
/// that say what to fix. Only the fields of the chosen mode are checked and
/// sent: a phone number left in the form is not sent with an email invite.
pub fn validate(
    draft: &Draft,
    regions: &[Region],
) -> Result<ParaThirdPartyVideoParticipant, FieldErrors> {
    validate_in(draft, regions, Lang::En)
}

/// [`validate`] with the messages in `lang`.
pub fn validate_in(
    draft: &Draft,
    regions: &[Region],
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
            let number = phone::normalize(&draft.phone).map_err(|e| e.message_in(lang));
            if let Err(message) = &number {
                errors.phone = Some(message.clone());
            }
            let dtmf = normalize_dtmf_in(&draft.dtmf, lang);
            if let Err(message) = &dtmf {
                errors.dtmf = Some(message.clone());
            }
            (None, number.ok().map(|n| n.e164()), dtmf.ok().flatten())
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
/// layout and dropped; `W` is read as `w`. Empty: no tones.
pub fn normalize_dtmf(input: &str) -> Result<Option<String>, String> {
    normalize_dtmf_in(input, Lang::En)
}

/// [`normalize_dtmf`] with the message in `lang`.
pub fn normalize_dtmf_in(input: &str, lang: Lang) -> Result<Option<String>, String> {
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

/// What the interpreter sees before sending a phone invite: the number as it
/// will be dialed, so a wrong country code is caught before the call.
pub fn dial_preview(draft: &Draft) -> Option<String> {
    dial_preview_in(draft, Lang::En)
}

/// [`dial_preview`] in `lang`. The number and tones are wrapped in
/// left-to-right isolates (U+2066…U+2069), so "+44 20…" reads the same in
/// an Arabic sentence.
pub fn dial_preview_in(draft: &Draft, lang: Lang) -> Option<String> {
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
    let dialed = phone::normalize(&draft.phone).ok()?;
    let mut text = fill(t.will_dial, &[("number", &isolate(&dialed.display()))]);
    if let Ok(Some(tones)) = normalize_dtmf(&draft.dtmf) {
        text.push_str(&fill(t.then_send, &[("tones", &isolate(&tones))]));
    }
    Some(text)
}

/// The invite form's fields, so that the host's `prefill` can fill them
/// without the form knowing who does.
#[derive(Clone, Copy)]
pub struct InviteFields {
    pub mode: RwSignal<Mode>,
    pub name: RwSignal<String>,
    pub email: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub region: RwSignal<String>,
    pub dtmf: RwSignal<String>,
}

/// Where the mounted [`InviteForm`] puts its [`InviteFields`] (context,
/// optional): the form is remounted by a reset, the slot always holds the
/// live one.
#[derive(Clone, Copy)]
pub struct FormSlot(pub StoredValue<Option<InviteFields>, LocalStorage>);

impl Default for FormSlot {
    fn default() -> Self {
        FormSlot(StoredValue::new_local(None))
    }
}

/// What happened to the last invite, for the status line under the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub name: String,
    /// The server's `waitingMsg`, shown while the person has not joined.
    pub waiting: Option<String>,
}

/// The invite form. Validates on submit (and then as the user corrects),
/// sends one request at a time, and on success adds the participant to the
/// [`Roster`] in context and clears itself. On failure nothing typed is lost.
#[component]
pub fn InviteForm() -> impl IntoView {
    let config = expect_context::<Config>();
    let roster = expect_context::<Roster>();
    let events = expect_context::<Events>();
    let regions = StoredValue::new(config.regions.clone());
    let tr = use_tr();

    let mode = RwSignal::new(Mode::Email);
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    // With a single region there is nothing to choose: it is preselected.
    let only_region = match config.regions.as_slice() {
        [only] => only.id.to_string(),
        _ => String::new(),
    };
    let region = RwSignal::new(only_region.clone());
    let dtmf = RwSignal::new(String::new());
    // Messages appear after the first submit, then follow the typing.
    let tried = RwSignal::new(false);
    if let Some(slot) = use_context::<FormSlot>() {
        slot.0.set_value(Some(InviteFields {
            mode,
            name,
            email,
            phone,
            region,
            dtmf,
        }));
    }

    let draft = move || Draft {
        mode: mode.get(),
        name: name.get(),
        email: email.get(),
        phone: phone.get(),
        region: region.get(),
        dtmf: dtmf.get(),
    };
    let errors = Memo::new(move |_| {
        if tried.get() {
            regions.with_value(|r| {
                validate_in(&draft(), r, tr.lang())
                    .err()
                    .unwrap_or_default()
            })
        } else {
            FieldErrors::default()
        }
    });
    let preview = Memo::new(move |_| dial_preview_in(&draft(), tr.lang()));

    // One Idempotency-Key per user action. Sending the same form again after
    // a failure retries that action with the same key, so an invite that
    // reached the server before the answer was lost is not made twice.
    let attempt = StoredValue::new(None::<(ParaThirdPartyVideoParticipant, String)>);
    let send = Action::new_local(
        move |(body, key): &(ParaThirdPartyVideoParticipant, String)| {
            let (body, key) = (body.clone(), key.clone());
            let config = config.clone();
            async move {
                let invited = match api::invite(&config, &body, &key).await {
                    Ok(invited) => invited,
                    Err(error) => {
                        // The fieldset was disabled while sending, which
                        // dropped the focus: put it back on the button.
                        request_animation_frame(|| focus_id("invite-send"));
                        return Err(error);
                    }
                };
                attempt.set_value(None);
                events.emit(AppEvent::Invited {
                    conference_id: invited.answer.request_conference_session_id,
                    participant_id: invited
                        .answer
                        .request_conference_session_video_participant_id,
                    video_account_identity: invited.answer.video_account_identity.clone(),
                    participant: serde_json::from_str(&invited.raw).unwrap_or_default(),
                });
                let participant = Participant::new(body, invited.raw, invited.answer);
                let sent = Sent {
                    name: participant.name(),
                    waiting: participant.waiting_message(),
                };
                roster.add(participant);
                // Clear only after success: a failure keeps every field as typed.
                name.set(String::new());
                email.set(String::new());
                phone.set(String::new());
                dtmf.set(String::new());
                tried.set(false);
                // Ready for the next person.
                request_animation_frame(|| focus_id("invite-name"));
                Ok::<Sent, ApiError>(sent)
            }
        },
    );
    let pending = send.pending();
    let outcome = send.value();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A second click while the first request is out sends nothing.
        if pending.get_untracked() {
            return;
        }
        tried.set(true);
        let checked = regions.with_value(|r| validate(&draft(), r));
        if let Err(errors) = &checked {
            // To the first field that needs fixing, in the form's order.
            let first = [
                (errors.name.is_some(), "invite-name"),
                (errors.email.is_some(), "invite-email"),
                (errors.phone.is_some(), "invite-phone"),
                (errors.dtmf.is_some(), "invite-dtmf"),
                (errors.region.is_some(), "invite-region"),
            ]
            .into_iter()
            .find_map(|(bad, id)| bad.then_some(id));
            if let Some(id) = first {
                focus_id(id);
            }
        }
        if let Ok(body) = checked {
            let key = match attempt.get_value() {
                Some((last, key)) if last == body => key,
                _ => api::new_idempotency_key(),
            };
            attempt.set_value(Some((body.clone(), key.clone())));
            send.dispatch_local((body, key));
        }
    };

    let field_error = move |id: &'static str, pick: fn(&FieldErrors) -> Option<String>| {
        view! { <p class="field-error" id=id>{move || errors.with(pick)}</p> }
    };
    let invalid = move |pick: fn(&FieldErrors) -> Option<String>| {
        move || errors.with(pick).is_some().then_some("true")
    };

    view! {
        <section class="panel invite" aria-labelledby="invite-title">
            <h2 id="invite-title">{move || tr.t().invite_title}</h2>
            <form on:submit=on_submit novalidate aria-busy=move || pending.get().to_string()>
                <fieldset class="mode" disabled=move || pending.get()>
                    <legend>{move || tr.t().how_to_reach}</legend>
                    <label class="choice">
                        <input
                            type="radio"
                            name="mode"
                            value="email"
                            prop:checked=move || mode.get() == Mode::Email
                            on:change=move |_| mode.set(Mode::Email)
                        />
                        {move || tr.t().mode_email}
                    </label>
                    <label class="choice">
                        <input
                            type="radio"
                            name="mode"
                            value="phone"
                            prop:checked=move || mode.get() == Mode::Phone
                            on:change=move |_| mode.set(Mode::Phone)
                        />
                        {move || tr.t().mode_phone}
                    </label>
                </fieldset>
                <fieldset class="fields" disabled=move || pending.get()>
                    <legend class="visually-hidden">{move || tr.t().participant}</legend>
                    <div class="field">
                        <label for="invite-name">{move || tr.t().name}</label>
                        <input
                            id="invite-name"
                            name="name"
                            type="text"
                            autocomplete="name"
                            maxlength="200"
                            bind:value=name
                            aria-invalid=invalid(|e| e.name.clone())
                            aria-describedby="invite-name-error"
                        />
                        {field_error("invite-name-error", |e| e.name.clone())}
                    </div>
                    <Show when=move || mode.get() == Mode::Email>
                        <div class="field">
                            <label for="invite-email">{move || tr.t().email}</label>
                            <input
                                id="invite-email"
                                name="email"
                                type="email"
                                inputmode="email"
                                autocomplete="email"
                                dir="ltr"
                                bind:value=email
                                aria-invalid=invalid(|e| e.email.clone())
                                aria-describedby="invite-email-error"
                            />
                            {field_error("invite-email-error", |e| e.email.clone())}
                        </div>
                    </Show>
                    <Show when=move || mode.get() == Mode::Phone>
                        <div class="field">
                            <label for="invite-phone">{move || tr.t().phone}</label>
                            <p class="hint" id="invite-phone-hint">{move || tr.t().phone_hint}</p>
                            <input
                                id="invite-phone"
                                name="phone"
                                type="tel"
                                inputmode="tel"
                                autocomplete="tel"
                                dir="ltr"
                                bind:value=phone
                                aria-invalid=invalid(|e| e.phone.clone())
                                aria-describedby="invite-phone-hint invite-phone-error invite-dial-preview"
                            />
                            {field_error("invite-phone-error", |e| e.phone.clone())}
                        </div>
                        <div class="field">
                            <label for="invite-dtmf">{move || tr.t().dtmf}</label>
                            <p class="hint" id="invite-dtmf-hint">{move || tr.t().dtmf_hint}</p>
                            <input
                                id="invite-dtmf"
                                name="dtmf"
                                type="text"
                                inputmode="tel"
                                autocomplete="off"
                                dir="ltr"
                                bind:value=dtmf
                                aria-invalid=invalid(|e| e.dtmf.clone())
                                aria-describedby="invite-dtmf-hint invite-dtmf-error"
                            />
                            {field_error("invite-dtmf-error", |e| e.dtmf.clone())}
                        </div>
                        <p class="dial-preview" id="invite-dial-preview" dir="auto">{move || preview.get()}</p>
                    </Show>
                    <Show when=move || regions.with_value(|r| !r.is_empty())>
                        <div class="field">
                            <label for="invite-region">{move || tr.t().region}</label>
                            <select
                                id="invite-region"
                                name="region"
                                bind:value=region
                                aria-invalid=invalid(|e| e.region.clone())
                                aria-describedby="invite-region-error"
                            >
                                <Show when=move || regions.with_value(|r| r.len() > 1)>
                                    <option value="">{move || tr.t().choose_region}</option>
                                </Show>
                                {regions
                                    .get_value()
                                    .into_iter()
                                    .map(|r| view! { <option value=r.id.to_string()>{r.name}</option> })
                                    .collect_view()}
                            </select>
                            {field_error("invite-region-error", |e| e.region.clone())}
                        </div>
                    </Show>
                </fieldset>
                <button type="submit" id="invite-send" class="primary" disabled=move || pending.get()>
                    {move || if pending.get() { tr.t().sending } else { tr.t().send }}
                </button>
            </form>
            <div class="outcome" role="status" aria-live="polite">
                {move || match outcome.get() {
                    Some(Ok(sent)) => Some(view! {
                        <p class="sent">{fill(tr.t().sent_to, &[("name", &sent.name)])}</p>
                        <p class="waiting">{sent.waiting}</p>
                    }.into_any()),
                    _ => None,
                }}
            </div>
            <div class="outcome-error" role="alert">
                {move || match outcome.get() {
                    Some(Err(error)) if !pending.get() => Some(view! { <p class="error">{error.message_in(tr.lang())}</p> }),
                    _ => None,
                }}
            </div>
        </section>
    }
}

/// Moves focus to the element with this id, if it is there.
fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
            let _ = el.focus();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let body = validate(&email_draft(), &regions()).unwrap();
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
    fn phone_invite_is_e164_with_tones_and_flags_in_step() {
        let draft = Draft {
            mode: Mode::Phone,
            name: "Luis".into(),
            phone: "+44 20 7946 0958".into(),
            dtmf: "1 2 3 W #".into(),
            email: "left over".into(),
            region: "1".into(),
        };
        let body = validate(&draft, &regions()).unwrap();
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
            dial_preview(&draft).as_deref(),
            Some("Will dial +44 20 7946 0958, then send 123w#")
        );
    }

    #[test]
    fn each_field_gets_its_own_message() {
        let errors = validate(&Draft::default(), &regions()).unwrap_err();
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
        let errors = validate(&phone, &[]).unwrap_err();
        assert!(errors.phone.unwrap().contains("country code"));
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
        assert!(validate(&unknown, &regions()).unwrap_err().region.is_some());
        let body = validate(
            &Draft {
                region: String::new(),
                ..email_draft()
            },
            &[],
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
        assert!(validate(&long, &regions())
            .unwrap_err()
            .name
            .unwrap()
            .contains("100"));
        assert!(validate(
            &Draft {
                name: "é".repeat(100),
                ..email_draft()
            },
            &regions()
        )
        .is_ok());
    }

    #[test]
    fn dtmf_rules() {
        assert_eq!(normalize_dtmf(""), Ok(None));
        assert_eq!(normalize_dtmf(" 12,,34#*"), Ok(Some("12,,34#*".into())));
        assert!(normalize_dtmf(&"1".repeat(51)).is_err());
        assert!(normalize_dtmf("12-3").unwrap_err().contains("\"-\""));
    }

    #[test]
    fn no_preview_for_email_or_unreadable_numbers() {
        assert_eq!(dial_preview(&email_draft()), None);
        assert_eq!(
            dial_preview(&Draft {
                mode: Mode::Phone,
                phone: "12".into(),
                ..Draft::default()
            }),
            None
        );
    }
}
