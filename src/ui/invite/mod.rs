//! The invite form: what the interpreter types, checked by the rules in
//! `domain::invite`, sent once, and on success handed to the state
//! ([`invite_accepted`]); on failure nothing typed is lost.

mod mode;
mod outcome;
mod region;

use crate::api::model::ParaThirdPartyVideoParticipant;
use crate::api::{self, ApiError};
use crate::config::Config;
use crate::domain::invite::{dial_preview, validate, FieldErrors, Mode, Sent};
use crate::platform::focus::focus_id;
use crate::state::events::Events;
use crate::state::invite::{invite_accepted, FormSlot, InviteFields};
use crate::state::language::{use_tr, Tr};
use crate::state::roster::Roster;
use crate::ui::field::{InputKind, TextField};
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
    let fields = InviteFields::new(only_region);
    if let Some(slot) = use_context::<FormSlot>() {
        slot.0.set_value(Some(fields));
    }
    let errors = Memo::new(move |_| {
        if !fields.tried.get() {
            return FieldErrors::default();
        }
        regions.with_value(|r| {
            validate(&fields.draft(), r, tr.lang())
                .err()
                .unwrap_or_default()
        })
    });
    let preview = Memo::new(move |_| dial_preview(&fields.draft(), tr.lang()));

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
        match regions.with_value(|r| validate(&fields.draft(), r, tr.lang())) {
            Err(errors) => focus_first_error(&errors),
            Ok(body) => {
                let key = match attempt.get_value() {
                    Some((last, key)) if last == body => key,
                    _ => api::new_idempotency_key(),
                };
                attempt.set_value(Some((body.clone(), key.clone())));
                send.dispatch_local((body, key));
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
                        <PhoneFields fields=fields errors=errors preview=preview.into() />
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

/// The phone number, its DTMF tones and the number as it will be dialed.
#[component]
fn PhoneFields(
    /// The form's fields.
    fields: InviteFields,
    /// The field messages.
    errors: Memo<FieldErrors>,
    /// "Will dial +44 20 7946 0958, then send 1234#".
    preview: Signal<Option<String>>,
) -> impl IntoView {
    let error =
        move |pick: fn(&FieldErrors) -> Option<String>| Signal::derive(move || errors.with(pick));
    view! {
        <TextField
            id="invite-phone"
            name="phone"
            label=|t| t.phone
            hint=|t| t.phone_hint
            kind=PHONE
            value=fields.phone
            error=error(|e| e.phone.clone())
            described_by_more="invite-dial-preview"
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
