//! The invite form's state: the fields as typed (signals the form binds and
//! the host's `prefill` fills), and what an accepted invite changes.

use crate::api::model::ParaThirdPartyVideoParticipant;
use crate::api::Invited;
use crate::config::DialOut;
use crate::domain::invite::{Draft, Mode, Sent};
use crate::domain::participant::Participant;
use crate::i18n::Lang;
use crate::state::events::{AppEvent, Events};
use crate::state::roster::{Epoch, Roster};
use leptos::prelude::*;

/// The invite form's fields. Created by the mounted form; a reset remounts
/// the form, so the next person starts with fresh ones.
#[derive(Clone, Copy)]
pub struct InviteFields {
    pub mode: RwSignal<Mode>,
    pub name: RwSignal<String>,
    pub email: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub region: RwSignal<String>,
    pub dtmf: RwSignal<String>,
    /// The country the user (or the host, or a typed `+39`) picked for the
    /// phone number; empty: none picked, [`InviteFields::country`] gives
    /// the deployment's first choice.
    pub picked_country: RwSignal<String>,
    /// `config.json`'s `dial_out`.
    dial_out: StoredValue<DialOut>,
    /// Messages appear after the first submit, then follow the typing.
    pub tried: RwSignal<bool>,
}

impl InviteFields {
    /// Empty fields; `region` preselected (a single region leaves nothing
    /// to choose).
    pub fn new(region: String, dial_out: DialOut) -> InviteFields {
        InviteFields {
            mode: RwSignal::new(Mode::Email),
            name: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            region: RwSignal::new(region),
            dtmf: RwSignal::new(String::new()),
            picked_country: RwSignal::new(String::new()),
            dial_out: StoredValue::new(dial_out),
            tried: RwSignal::new(false),
        }
    }

    /// The phone number's country: the one picked, else the deployment's
    /// first choice for the selected region, else none (tracked).
    pub fn country(&self) -> String {
        let picked = self.picked_country.get();
        if !picked.is_empty() {
            return picked;
        }
        let region = self.region.get();
        self.dial_out.with_value(|d| d.first_country(&region))
    }

    /// [`InviteFields::country`], untracked (in an event handler).
    pub fn country_untracked(&self) -> String {
        untrack(|| self.country())
    }

    /// [`InviteFields::draft`], untracked (in an event handler).
    pub fn draft_untracked(&self) -> Draft {
        untrack(|| self.draft())
    }

    /// The countries dial-out may reach; empty: all.
    pub fn allowed_countries(&self) -> Vec<String> {
        self.dial_out.with_value(|d| d.allowed_countries.clone())
    }

    /// The form as typed (tracked).
    pub fn draft(&self) -> Draft {
        Draft {
            mode: self.mode.get(),
            name: self.name.get(),
            email: self.email.get(),
            phone: self.phone.get(),
            country: self.country(),
            region: self.region.get(),
            dtmf: self.dtmf.get(),
        }
    }

    /// Ready for the next person: the person's fields go, the mode and
    /// region stay (the interpreter usually invites the same way again).
    fn clear_person(&self) {
        self.name.set(String::new());
        self.email.set(String::new());
        self.phone.set(String::new());
        self.dtmf.set(String::new());
        self.tried.set(false);
    }
}

/// Where the mounted invite form puts its [`InviteFields`] (context): the
/// form is remounted by a reset, the slot always holds the live one.
#[derive(Clone, Copy)]
pub struct FormSlot(pub StoredValue<Option<InviteFields>, LocalStorage>);

impl Default for FormSlot {
    fn default() -> Self {
        FormSlot(StoredValue::new_local(None))
    }
}

/// What an invite the server accepted changes, unless a reset came since
/// it was sent (`epoch`): the person joins the roster, the host hears of it,
/// and the form clears. A failure changes nothing here: every field keeps
/// what was typed. Returns what to tell the interpreter, in `lang`.
pub fn invite_accepted(
    epoch: Epoch,
    roster: Roster,
    events: Events,
    fields: InviteFields,
    body: ParaThirdPartyVideoParticipant,
    invited: Invited,
    lang: Lang,
) -> Option<Sent> {
    if !roster.is_current(epoch) {
        return None;
    }
    events.emit(AppEvent::Invited {
        conference_id: invited.answer.request_conference_session_id,
        participant_id: invited
            .answer
            .request_conference_session_video_participant_id,
        video_account_identity: invited.answer.video_account_identity.clone(),
        participant: serde_json::from_str(&invited.raw).unwrap_or_default(),
        at: crate::domain::time::iso(crate::domain::time::from_ms(crate::domain::time::now_ms())),
        again: false,
        previous_participant_id: None,
    });
    let participant = Participant::new(body, invited.raw, invited.answer);
    let sent = Sent {
        name: participant.name(lang),
        waiting: participant.waiting_message(),
    };
    roster.add(participant);
    fields.clear_person();
    Some(sent)
}
