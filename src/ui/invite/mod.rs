//! The invite form: what the interpreter types, checked by the rules in
//! `domain::invite`, sent once, and on success handed to the state
//! ([`invite_accepted`]); on failure nothing typed is lost.

mod country;
mod mode;
mod outcome;
mod region;

use crate::api::model::ParaThirdPartyVideoParticipant;
use crate::api::{self, ApiError};
use crate::config::Config;
use crate::domain::invite::{dial_preview, validate, FieldErrors, Mode, Sent};
use crate::domain::phone::{self as rules, offered, Country, Data, DialRules};
use crate::platform::focus::focus_id;
use crate::state::events::Events;
use crate::state::invite::{invite_accepted, FormSlot, InviteFields};
use crate::state::language::{use_tr, Tr};
use crate::state::phone::{self, Status};
use crate::state::roster::Roster;
use crate::ui::chunk::Chunk;
use crate::ui::field::{InputKind, TextField};
use country::CountryPicker;
use leptos::prelude::*;
use mode::ModeChoice;
use outcome::Outcome;
use region::RegionSelect;

const TEXT: InputKind = InputKind {
    kind: "text",
    mode: None,
    autocomplete: "name",
    ltr: false,
};
const EMAIL: InputKind = InputKind {
    kind: "email",
    mode: Some("email"),
    autocomplete: "email",
    ltr: true,
};
const PHONE: InputKind = InputKind {
    kind: "tel",
    mode: Some("tel"),
    autocomplete: "tel",
    ltr: true,
};
const TONES: InputKind = InputKind {
    kind: "text",
    mode: Some("tel"),
    autocomplete: "off",
    ltr: true,
};

/// The invite form. Validates on submit (and then as the user corrects),
/// sends one request at a time, and on success the participant joins the
/// [`Roster`] in context and the form clears.
#[component]
pub fn InviteForm() -> impl IntoView {
    let config = expect_context::<Config>();
    let roster = expect_context::<Roster>();
    let events = expect_context::<Events>();
    let regions = StoredValue::new(config.regions.clone());
    let tr = use_tr();
    // With a single region there is nothing to choose: it is preselected.
    let only_region = match config.regions.as_slice() {
        [only] => only.id.to_string(),
        _ => String::new(),
    };
    let fields = InviteFields::new(only_region, config.dial_out.clone());
    if let Some(slot) = use_context::<FormSlot>() {
        slot.0.set_value(Some(fields));
    }
    // Every country the phone data knows, named in the UI language (empty
    // until the data is here); the picker offers those dial-out allows.
    let countries = Memo::new(move |_| {
        phone::engine()
            .map(|e| e.countries(tr.lang().intl_locales()[0]))
            .unwrap_or_default()
    });
    let allowed = StoredValue::new(fields.allowed_countries());
    let offered = Memo::new(move |_| allowed.with_value(|a| offered(countries.get(), a)));
    let errors = Memo::new(move |_| {
        if !fields.tried.get() {
            return FieldErrors::default();
        }
        let draft = fields.draft();
        with_rules(countries, allowed, |rules| {
            regions.with_value(|r| {
                validate(&draft, r, rules, tr.lang())
                    .err()
                    .unwrap_or_default()
            })
        })
    });
    let preview = Memo::new(move |_| {
        let draft = fields.draft();
        with_rules(countries, allowed, |rules| {
            dial_preview(&draft, rules, tr.lang())
        })
    });

    // One Idempotency-Key per user action. Sending the same form again after
    // a failure retries that action with the same key, so an invite that
    // reached the server before the answer was lost is not made twice.
    let attempt = StoredValue::new(None::<(ParaThirdPartyVideoParticipant, String)>);
    let send = invite_action(config, roster, events, fields, attempt, tr);
    let pending = send.pending();
    let outcome = send.value();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A second click while the first request is out sends nothing.
        if pending.get_untracked() {
            return;
        }
        fields.tried.set(true);
        let draft = fields.draft_untracked();
        // A failed fetch of the phone data is tried again by the next Send
        // (the message said to check the network and try again).
        if draft.mode == Mode::Phone {
            phone::want();
        }
        let checked = with_rules(countries, allowed, |rules| {
            regions.with_value(|r| validate(&draft, r, rules, tr.lang()))
        });
        match checked {
            Err(errors) => focus_first_error(&errors),
            Ok(body) => {
                let key = match attempt.get_value() {
                    Some((last, key)) if last == body => key,
                    _ => api::new_idempotency_key(),
                };
                attempt.set_value(Some((body.clone(), key.clone())));
                send.dispatch_local((body, key));
                // The answer is shown in the roster's rows and the details
                // panels: their chunk comes while the request is on its way
                // (a failure is said, with a retry, where they are shown).
                leptos::task::spawn_local(async {
                    let _ = crate::ui::roster::preload_participants().await;
                });
            }
        }
    };
    let error =
        move |pick: fn(&FieldErrors) -> Option<String>| Signal::derive(move || errors.with(pick));
    let phone_mode = move || fields.mode.get() == Mode::Phone;

    view! {
        <section class="panel invite" aria-labelledby="invite-title">
            <h2 id="invite-title">{move || tr.t().invite_title}</h2>
            <form on:submit=on_submit novalidate aria-busy=move || pending.get().to_string()>
                <ModeChoice mode=fields.mode disabled=pending.into() />
                <fieldset class="fields" disabled=move || pending.get()>
                    <legend class="visually-hidden">{move || tr.t().participant}</legend>
                    <TextField
                        id="invite-name"
                        name="name"
                        label=|t| t.name
                        kind=TEXT
                        maxlength=200
                        value=fields.name
                        error=error(|e| e.name.clone())
                    />
                    <Show when=move || !phone_mode()>
                        <TextField
                            id="invite-email"
                            name="email"
                            label=|t| t.email
                            kind=EMAIL
                            value=fields.email
                            error=error(|e| e.email.clone())
                        />
                    </Show>
                    <Show when=phone_mode>
                        <Chunk load=move || phone_view(fields, errors, preview.into(), offered) />
                    </Show>
                    <RegionSelect
                        regions=regions
                        region=fields.region
                        error=error(|e| e.region.clone())
                    />
                </fieldset>
                <button
                    type="submit"
                    id="invite-send"
                    class="primary"
                    disabled=move || pending.get()
                >
                    {move || if pending.get() { tr.t().sending } else { tr.t().send }}
                </button>
            </form>
            <Outcome outcome=outcome.into() pending=pending.into() />
        </section>
    }
}

/// [`PhoneFields`], in the `phone` chunk: fetched when phone mode is first
/// chosen (with the phone data, `platform::phone`).
#[leptos::wasm_split::wasm_split(phone, wasm_split_path = ::leptos::wasm_split, fallible)]
fn phone_view(
    fields: InviteFields,
    errors: Memo<FieldErrors>,
    preview: Signal<Option<String>>,
    countries: Memo<Vec<Country>>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(
        view! { <PhoneFields fields=fields errors=errors preview=preview countries=countries /> }
            .into_any(),
    )
}

/// The phone number, its DTMF tones and the number as it will be dialed.
#[component]
fn PhoneFields(
    /// The form's fields.
    fields: InviteFields,
    /// The field messages.
    errors: Memo<FieldErrors>,
    /// "Will dial +39 06 1234 5678 (Italy, landline), then send 1234#".
    preview: Signal<Option<String>>,
    /// The countries the picker offers.
    countries: Memo<Vec<Country>>,
) -> impl IntoView {
    // Phone mode is chosen: the phone data is wanted now.
    phone::want();
    let error =
        move |pick: fn(&FieldErrors) -> Option<String>| Signal::derive(move || errors.with(pick));
    let reformat =
        Callback::new(move |(text, caret): (String, u32)| as_you_type(fields, &text, caret));
    view! {
        <CountryPicker fields=fields countries=countries />
        <TextField
            id="invite-phone"
            name="phone"
            label=|t| t.phone
            hint=|t| t.phone_hint
            kind=PHONE
            value=fields.phone
            error=error(|e| e.phone.clone())
            described_by_more="invite-dial-preview"
            reformat=reformat
        />
        <TextField
            id="invite-dtmf"
            name="dtmf"
            label=|t| t.dtmf
            hint=|t| t.dtmf_hint
            kind=TONES
            value=fields.dtmf
            error=error(|e| e.dtmf.clone())
        />
        <p class="dial-preview" id="invite-dial-preview" dir="auto">
            {move || preview.get()}
        </p>
    }
}

/// The rules for the phone number as things stand: the phone data if it
/// is here, the countries dial-out may reach, country names for messages.
fn with_rules<R>(
    countries: Memo<Vec<Country>>,
    allowed: StoredValue<Vec<String>>,
    f: impl FnOnce(DialRules) -> R,
) -> R {
    let engine = phone::engine();
    let data = match (&engine, phone::status()) {
        (Some(engine), _) => Data::Ready(engine),
        (None, Status::Failed) => Data::Failed,
        (None, _) => Data::Loading,
    };
    let name = |iso: &str| {
        countries
            .with(|all| all.iter().find(|c| c.iso == iso).map(|c| c.name.clone()))
            .unwrap_or_else(|| iso.to_string())
    };
    allowed.with_value(|allowed| {
        f(DialRules {
            data,
            allowed,
            name: &name,
        })
    })
}

/// As you type: a national number laid out the way the picked country
/// writes it, the caret after the same digit; a number starting with `+`
/// or `00` is left as typed and sets the picker to its country.
fn as_you_type(fields: InviteFields, text: &str, caret: u32) -> Option<(String, u32)> {
    let engine = phone::engine()?;
    let ascii = rules::ascii(text).ok()?;
    if rules::is_international(text) {
        let typed = engine.typing(ascii.trim_start(), "");
        let allowed = fields.allowed_countries();
        if let Some(iso) = typed.country {
            if allowed.is_empty() || allowed.contains(&iso) {
                fields.picked_country.set(iso);
            }
        }
        return None;
    }
    let country = fields.country_untracked();
    if country.is_empty() {
        return None;
    }
    let typed = engine.typing(&ascii, &country);
    let digits = rules::digits_before(text, caret);
    let caret = rules::caret_after_digits(&typed.text, digits);
    Some((typed.text, caret))
}

/// Puts focus on the first field that needs fixing, in the form's order.
fn focus_first_error(errors: &FieldErrors) {
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

/// The sending of an invite: the API call, then the state's follow-up
/// ([`invite_accepted`]); the view's part is where focus goes.
fn invite_action(
    config: Config,
    roster: Roster,
    events: Events,
    fields: InviteFields,
    attempt: StoredValue<Option<(ParaThirdPartyVideoParticipant, String)>>,
    tr: Tr,
) -> Action<(ParaThirdPartyVideoParticipant, String), Result<Option<Sent>, ApiError>> {
    Action::new_local(
        move |(body, key): &(ParaThirdPartyVideoParticipant, String)| {
            let (body, key) = (body.clone(), key.clone());
            let config = config.clone();
            let epoch = roster.epoch();
            async move {
                let result = match api::invite(&config, &body, &key).await {
                    Ok(invited) => {
                        attempt.set_value(None);
                        let lang = tr.0.get_untracked();
                        Ok(invite_accepted(
                            epoch, roster, events, fields, body, invited, lang,
                        ))
                    }
                    Err(error) => Err(error),
                };
                // For keyboard users: back to Name for the next person, or to
                // Send after a failure (the disabled fieldset dropped the focus).
                // Not after a reset: the next person's screen is not touched.
                if roster.is_current(epoch) {
                    let target = if result.is_ok() {
                        "invite-name"
                    } else {
                        "invite-send"
                    };
                    request_animation_frame(move || focus_id(target));
                }
                result
            }
        },
    )
}
