//! The roster: the third parties invited into this conference, kept for the
//! tab (sessionStorage) so a reload loses nothing, and the remove flow with
//! its confirmation.

use crate::api;
use crate::config::Config;
use crate::events::{AppEvent, Events};
use crate::i18n::{fill, number, use_tr, Lang};
use crate::model::{ParaThirdPartyVideoParticipant, ResultVideoConferenceParticipant};
use crate::phone;
use leptos::html;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicI64, Ordering};

/// One invited third party: what we asked for and what the server answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// The invite body we sent; fills in what the answer leaves out.
    pub sent: ParaThirdPartyVideoParticipant,
    /// The invite answer exactly as received. It is the body of the kick
    /// request, so fields this app does not model reach the server again.
    pub raw: String,
    /// The same answer, typed, for display.
    pub answer: ResultVideoConferenceParticipant,
}

impl Participant {
    pub fn new(
        sent: ParaThirdPartyVideoParticipant,
        raw: String,
        answer: ResultVideoConferenceParticipant,
    ) -> Self {
        Participant { sent, raw, answer }
    }

    /// The server's id for this video participant, if it sent one.
    pub fn id(&self) -> Option<i64> {
        self.answer.request_conference_session_video_participant_id
    }

    /// How the person is shown: the server's name for them, else ours.
    pub fn name(&self) -> String {
        self.name_in(crate::i18n::Lang::En)
    }

    /// [`Participant::name`], with "unnamed" said in `lang`.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> String {
        [
            &self.answer.person_name,
            &self.answer.app_client_name,
            &self.sent.name,
        ]
        .into_iter()
        .flatten()
        .map(|n| n.trim())
        .find(|n| !n.is_empty())
        .unwrap_or(lang.texts().unnamed)
        .to_string()
    }

    /// How they were reached: the email, or the phone masked but for its last
    /// four digits (with the words a screen reader should say instead).
    pub fn contact(&self) -> Contact {
        let non_empty = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        let pstn = self.sent.is_pstn.unwrap_or(false);
        if pstn {
            let number = non_empty(&self.answer.app_client_phone_number)
                .or_else(|| non_empty(&self.sent.phone_number));
            if let Some(number) = number {
                let shown = phone::normalize(&number)
                    .map(|n| n.display())
                    .unwrap_or(number);
                return Contact::Phone {
                    masked: phone::mask(&shown),
                    last_digits: phone::last_digits(&shown),
                };
            }
        } else if let Some(email) =
            non_empty(&self.answer.app_client_email).or_else(|| non_empty(&self.sent.email))
        {
            return Contact::Email(email);
        }
        Contact::Unknown
    }

    /// The server's message to show while waiting for them to join.
    pub fn waiting_message(&self) -> Option<String> {
        let second = self.answer.second_request.as_ref()?;
        second
            .waiting_msg
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(String::from)
    }
}

/// How a participant was reached, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    Phone { masked: String, last_digits: String },
    Unknown,
}

/// What is kept in sessionStorage. Versioned: a roster written by another
/// version of the app is discarded with a notice, never misread.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    participants: Vec<StoredParticipant>,
}

#[derive(Serialize, Deserialize)]
struct StoredParticipant {
    sent: ParaThirdPartyVideoParticipant,
    /// The invite answer's text as received.
    answer: String,
}

const STORAGE_VERSION: u32 = 1;
/// The sessionStorage key of the roster.
pub const STORAGE_KEY: &str = "vri-invite.roster";

/// The roster as sessionStorage text.
pub fn encode(participants: &[Participant]) -> String {
    let stored = Stored {
        version: STORAGE_VERSION,
        participants: participants
            .iter()
            .map(|p| StoredParticipant {
                sent: p.sent.clone(),
                answer: p.raw.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&stored).expect("the roster is always encodable")
}

/// Reads a stored roster; `Err` says why it was discarded.
pub fn decode(text: &str) -> Result<Vec<Participant>, String> {
    decode_in(text, crate::i18n::Lang::En)
}

/// [`decode`] with the notice in `lang`.
pub fn decode_in(text: &str, lang: crate::i18n::Lang) -> Result<Vec<Participant>, String> {
    let t = lang.texts();
    let stored: Stored = serde_json::from_str(text).map_err(|_| t.saved_unreadable.to_string())?;
    if stored.version != STORAGE_VERSION {
        return Err(t.saved_other_version.into());
    }
    stored
        .participants
        .into_iter()
        .map(|p| {
            let answer =
                serde_json::from_str(&p.answer).map_err(|_| t.saved_participant_bad.to_string())?;
            Ok(Participant::new(p.sent, p.answer, answer))
        })
        .collect()
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The roster saved for this tab, and a notice when a saved one had to be
/// discarded.
pub fn load_saved() -> (Vec<Participant>, Option<String>) {
    load_saved_in(crate::i18n::Lang::En)
}

/// [`load_saved`] with the notice in `lang`.
pub fn load_saved_in(lang: crate::i18n::Lang) -> (Vec<Participant>, Option<String>) {
    let Some(storage) = session_storage() else {
        return (Vec::new(), None);
    };
    match storage.get_item(STORAGE_KEY).ok().flatten() {
        None => (Vec::new(), None),
        Some(text) => match decode_in(&text, lang) {
            Ok(participants) => (participants, None),
            Err(notice) => {
                let _ = storage.remove_item(STORAGE_KEY);
                (Vec::new(), Some(notice))
            }
        },
    }
}

fn save(participants: &[Participant]) {
    if let Some(storage) = session_storage() {
        // An empty roster leaves nothing behind for the next person at a kiosk.
        if participants.is_empty() {
            let _ = storage.remove_item(STORAGE_KEY);
            return;
        }
        // A full or blocked storage only costs the reload-survival; the call goes on.
        let _ = storage.set_item(STORAGE_KEY, &encode(participants));
    }
}

/// Where a row is in the remove flow.
#[derive(Clone, Debug, PartialEq)]
pub enum RowState {
    Idle,
    Removing,
    /// The remove failed; the row stays, with this message beside it.
    Failed(api::ApiError),
}

/// A participant as the roster shows it, with the row's own remove state.
#[derive(Clone)]
pub struct Row {
    /// Stable key for the list: the server's participant id, or a local one
    /// (negative, never clashing) if the answer had none.
    pub key: i64,
    pub participant: Participant,
    pub state: RwSignal<RowState>,
    /// The Idempotency-Key of this row's removal, kept across its retries.
    kick_key: StoredValue<Option<String>>,
}

static LOCAL_KEYS: AtomicI64 = AtomicI64::new(-1);

impl Row {
    fn new(participant: Participant) -> Row {
        let key = participant
            .id()
            .unwrap_or_else(|| LOCAL_KEYS.fetch_sub(1, Ordering::Relaxed));
        Row {
            key,
            participant,
            state: RwSignal::new(RowState::Idle),
            kick_key: StoredValue::new(None),
        }
    }
}

/// The roster's state, shared through context: the form adds to it, the
/// list shows it and removes from it.
#[derive(Clone, Copy)]
pub struct Roster {
    rows: RwSignal<Vec<Row>>,
}

impl Roster {
    pub fn new(participants: Vec<Participant>) -> Roster {
        Roster {
            rows: RwSignal::new(participants.into_iter().map(Row::new).collect()),
        }
    }

    /// Adds a participant; one the server already gave us (same id) is replaced.
    pub fn add(&self, participant: Participant) {
        let row = Row::new(participant);
        self.rows.update(|rows| {
            rows.retain(|r| r.key != row.key);
            rows.push(row);
        });
    }

    pub fn remove(&self, key: i64) {
        self.rows.update(|rows| rows.retain(|r| r.key != key));
    }

    /// Forgets everyone (the app's list only: the conference on the server
    /// is not touched). Used by the kiosk reset and the host's `reset`.
    pub fn clear(&self) {
        self.rows.set(Vec::new());
    }

    /// Whether no one is in the list (reactive).
    pub fn is_empty(&self) -> bool {
        self.rows.with(Vec::is_empty)
    }

    /// Reads the rows (tracked), for views derived from the roster.
    pub fn with_rows<T>(&self, f: impl FnOnce(&[Row]) -> T) -> T {
        self.rows.with(|rows| f(rows))
    }

    /// Replaces everyone at once (one update, however many rows).
    pub fn replace(&self, participants: Vec<Participant>) {
        self.rows
            .set(participants.into_iter().map(Row::new).collect());
    }

    /// Reads the rows without tracking (event handlers, benchmarks).
    pub fn with_rows_untracked<T>(&self, f: impl FnOnce(&[Row]) -> T) -> T {
        self.rows.with_untracked(|rows| f(rows))
    }

    /// Keeps sessionStorage in step with the roster (syncing with the
    /// outside world is what an Effect is for).
    pub fn persist(&self) {
        let rows = self.rows;
        Effect::new(move || {
            rows.with(|rows| {
                save(
                    &rows
                        .iter()
                        .map(|r| r.participant.clone())
                        .collect::<Vec<_>>(),
                )
            })
        });
    }
}

/// The list of invited third parties, each with a Remove button that asks
/// for confirmation naming the person first.
#[component]
pub fn RosterPanel() -> impl IntoView {
    let config = expect_context::<Config>();
    let roster = expect_context::<Roster>();
    let events = expect_context::<Events>();
    let labels = StoredValue::new(config.clone());
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel_button = NodeRef::<html::Button>::new();
    let confirm_button = NodeRef::<html::Button>::new();
    let confirming = RwSignal::new(None::<Row>);
    // Where focus was when the dialog opened, to return it there.
    let opener = StoredValue::new_local(None::<web_sys::Element>);
    // The last removal, for the live region ("Ana was removed from the call.").
    let removed = RwSignal::new(None::<String>);
    let tr = use_tr();

    let remove = Action::new_local(move |row: &Row| {
        let row = row.clone();
        let config = config.clone();
        async move {
            row.state.set(RowState::Removing);
            let key = row
                .kick_key
                .get_value()
                .unwrap_or_else(api::new_idempotency_key);
            row.kick_key.set_value(Some(key.clone()));
            match api::kick(&config, &row.participant.raw, &key).await {
                Ok(()) => {
                    let had_focus = focus_within(&row_id(row.key));
                    let index = roster
                        .rows
                        .with_untracked(|rows| rows.iter().position(|r| r.key == row.key));
                    roster.remove(row.key);
                    removed.set(Some(row.participant.name_in(tr.lang())));
                    if had_focus {
                        // The row (and the button that had focus) is gone:
                        // focus the next row's Remove, else the heading.
                        let next = roster.rows.with_untracked(|rows| {
                            index.and_then(|i| rows.get(i).or(rows.last()).map(|r| r.key))
                        });
                        request_animation_frame(move || {
                            let target = next
                                .map(|k| format!("remove-{k}"))
                                .unwrap_or_else(|| "roster-title".into());
                            focus_id(&target);
                        });
                    }
                    events.emit(AppEvent::Removed {
                        conference_id: row.participant.answer.request_conference_session_id,
                        participant_id: row.participant.id(),
                    });
                }
                Err(error) => row.state.set(RowState::Failed(error)),
            }
        }
    });

    let ask = move |row: Row| {
        opener.set_value(document().active_element());
        confirming.set(Some(row));
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let on_close = move |_| {
        confirming.set(None);
        // Back to the button that opened the dialog (Chromium does this
        // too; other browsers do not all).
        if let Some(el) = opener.try_update_value(Option::take).flatten() {
            if el.is_connected() {
                if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                    let _ = el.focus();
                }
            }
        }
    };
    // Tab and Shift+Tab cycle between the dialog's two buttons: focus never
    // leaves the open dialog (for the page behind it, or the browser's UI).
    let trap = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let (Some(first), Some(last)) = (
            cancel_button.get_untracked(),
            confirm_button.get_untracked(),
        ) else {
            return;
        };
        let active = document().active_element();
        let is = |el: &web_sys::HtmlElement| {
            active
                .as_ref()
                .is_some_and(|a| a == AsRef::<web_sys::Element>::as_ref(el))
        };
        if ev.shift_key() && (is(&first) || !is(&last)) {
            ev.prevent_default();
            let _ = last.focus();
        } else if !ev.shift_key() && (is(&last) || !is(&first)) {
            ev.prevent_default();
            let _ = first.focus();
        }
    };
    let confirm = move |_| {
        if let Some(row) = confirming.get_untracked() {
            if row.state.get_untracked() != RowState::Removing {
                remove.dispatch_local(row);
            }
        }
        close();
    };
    let confirm_name = move || {
        confirming.with(|r| {
            r.as_ref()
                .map(|r| r.participant.name_in(tr.lang()))
                .unwrap_or_default()
        })
    };
    let count = move || roster.rows.with(Vec::len);

    view! {
        <section class="panel roster" aria-labelledby="roster-title">
            <h2 id="roster-title" tabindex="-1">
                {move || tr.t().roster_title} " "
                <span class="count" aria-hidden="true">{move || format!("({})", number(tr.lang(), count() as i64))}</span>
                <span class="visually-hidden">{move || format!(": {}", crate::i18n::count(tr.lang(), &tr.t().people, count() as i64))}</span>
            </h2>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p class="empty">{move || tr.t().roster_empty}</p> }
            >
                <ul class="participants">
                    // Keyed by row and language: a language switch rebuilds the
                    // rows, so each row's texts are plain values, not one
                    // reactive closure per label (1,000 rows render faster).
                    <For
                        each=move || {
                            let lang = tr.lang();
                            roster.rows.get().into_iter().map(move |row| (lang, row)).collect::<Vec<_>>()
                        }
                        key=|(lang, row)| (row.key, *lang)
                        let:((lang, row))
                    >
                        <RosterRow row=row lang=lang labels=labels on_remove=ask />
                    </For>
                </ul>
            </Show>
            <p class="roster-status" role="status" aria-live="polite">
                {move || removed.get().map(|name| fill(tr.t().removed, &[("name", &name)]))}
            </p>
            <dialog
                node_ref=dialog
                class="confirm"
                aria-labelledby="confirm-title"
                aria-describedby="confirm-text"
                on:close=on_close
                on:keydown=trap
            >
                <h2 id="confirm-title">{move || fill(tr.t().confirm_title, &[("name", &confirm_name())])}</h2>
                <p id="confirm-text">{move || fill(tr.t().confirm_text, &[("name", &confirm_name())])}</p>
                <div class="actions">
                    <button type="button" autofocus node_ref=cancel_button on:click=move |_| close()>{move || tr.t().cancel}</button>
                    <button type="button" class="danger" node_ref=confirm_button on:click=confirm>
                        {move || fill(tr.t().remove_name, &[("name", &confirm_name())])}
                    </button>
                </div>
            </dialog>
        </section>
    }
}

/// The id of a roster row's `<li>`.
fn row_id(key: i64) -> String {
    format!("participant-{key}")
}

/// Whether focus is inside the element with this id.
fn focus_within(id: &str) -> bool {
    let active = document().active_element();
    match (document().get_element_by_id(id), active) {
        (Some(el), Some(active)) => el.contains(Some(&active)),
        _ => false,
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

/// One person in the roster, with Details and Remove.
#[component]
fn RosterRow(
    /// The row.
    row: Row,
    /// The language to show it in (the list rebuilds its rows on a switch).
    lang: Lang,
    /// The configuration, for the type and status labels.
    labels: StoredValue<Config>,
    /// Asks to remove this row (opens the confirmation).
    on_remove: impl Fn(Row) + 'static,
) -> impl IntoView {
    let t = lang.texts();
    let p = row.participant.clone();
    let name = p.name_in(lang);
    let (type_label, status_label) = labels.with_value(|c| {
        (
            c.video_type_label(p.answer.request_conference_session_video_type_code_id),
            c.video_status_label(p.answer.request_conference_session_video_status_code_id),
        )
    });
    let contact = match p.contact() {
        Contact::Email(email) => view! { <span class="contact" dir="ltr">{email}</span> }.into_any(),
        Contact::Phone { masked, last_digits } => view! {
            <span class="contact" dir="ltr" role="img" aria-label=fill(t.phone_ending, &[("digits", &last_digits)])>{masked}</span>
        }
        .into_any(),
        Contact::Unknown => view! { <span class="contact">{t.no_contact}</span> }.into_any(),
    };
    let identity = p
        .answer
        .video_account_identity
        .clone()
        .filter(|s| !s.trim().is_empty());
    let state = row.state;
    let removing = move || state.get() == RowState::Removing;
    let key = row.key;
    let details = use_context::<crate::panels::Selection>().map(|selection| {
        view! {
            <button
                type="button"
                class="details-button"
                aria-label=fill(t.details_for, &[("name", &name)])
                aria-pressed=move || if selection.shown() == Some(key) { "true" } else { "false" }
                on:click=move |_| selection.show(key)
            >
                {t.details}
            </button>
        }
    });
    let clicked = row.clone();
    let remove_label = fill(t.remove_name, &[("name", &name)]);

    view! {
        <li class="participant" id=row_id(key) class:failed=move || matches!(state.get(), RowState::Failed(_))>
            <div class="who">
                <span class="name">{name}</span>
                {contact}
            </div>
            <div class="meta">
                <span class="tag">{type_label}</span>
                <span class="tag">{status_label}</span>
                {identity.map(|id| view! { <span class="identity" dir="ltr" title=t.identity>{id}</span> })}
            </div>
            {details}
            // Not `disabled` while removing: a disabled button drops the
            // keyboard focus to the page; aria-disabled keeps it in place.
            <button
                type="button"
                class="remove"
                id=format!("remove-{key}")
                aria-label=remove_label
                aria-disabled=move || removing().then_some("true")
                on:click=move |_| {
                    if !removing() {
                        on_remove(clicked.clone());
                    }
                }
            >
                {move || if removing() { t.removing } else { t.remove }}
            </button>
            <p class="row-error" role="alert">
                {move || match state.get() {
                    RowState::Failed(error) => Some(fill(t.could_not_remove, &[("message", &error.message_in(lang))])),
                    _ => None,
                }}
            </p>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn participant(sent: serde_json::Value, answer: serde_json::Value) -> Participant {
        Participant::new(
            serde_json::from_value(sent).unwrap(),
            answer.to_string(),
            serde_json::from_value(answer).unwrap(),
        )
    }

    #[test]
    fn name_prefers_the_server_then_what_we_sent() {
        let p = participant(
            json!({"Name": "Typed"}),
            json!({"PersonName": " Ana ", "AppClientName": "B"}),
        );
        assert_eq!(p.name(), "Ana");
        let p = participant(
            json!({"Name": "Typed"}),
            json!({"PersonName": null, "AppClientName": "  "}),
        );
        assert_eq!(p.name(), "Typed");
        assert_eq!(
            participant(json!({}), json!({})).name(),
            "Unnamed participant"
        );
    }

    #[test]
    fn phone_contact_is_masked_but_for_the_last_digits() {
        let p = participant(
            json!({"isPSTN": true, "PhoneNumber": "+442079460958"}),
            json!({"AppClientPhoneNumber": null}),
        );
        assert_eq!(
            p.contact(),
            Contact::Phone {
                masked: "+•• •• •••• 0958".into(),
                last_digits: "0958".into()
            }
        );
        let email = participant(
            json!({"isPSTN": false, "Email": "a@b.org"}),
            json!({"AppClientEmail": "ana@clinic.org"}),
        );
        assert_eq!(email.contact(), Contact::Email("ana@clinic.org".into()));
        assert_eq!(
            participant(json!({"isPSTN": false}), json!({})).contact(),
            Contact::Unknown
        );
    }

    #[test]
    fn storage_round_trip_keeps_unmodelled_fields() {
        let p = participant(
            json!({"Name": "Ana"}),
            json!({"RequestConferenceSessionVideoParticipantId": 7, "Unmodelled": {"x": [1, 2]}}),
        );
        let back = decode(&encode(std::slice::from_ref(&p))).unwrap();
        assert_eq!(back, vec![p]);
        assert!(back[0].raw.contains(r#""Unmodelled":{"x":[1,2]}"#));
    }

    #[test]
    fn old_or_corrupt_storage_is_discarded_with_a_notice() {
        assert!(decode("{not json")
            .unwrap_err()
            .contains("could not be read"));
        assert!(decode(r#"{"version":99,"participants":[]}"#)
            .unwrap_err()
            .contains("another version"));
        assert!(decode(
            r#"{"version":1,"participants":[{"sent":{},"answer":"{\"PersonName\":5}"}]}"#
        )
        .is_err());
        assert_eq!(
            decode(r#"{"version":1,"participants":[]}"#).unwrap(),
            vec![]
        );
    }

    #[test]
    fn waiting_message_is_trimmed_and_optional() {
        let p = participant(
            json!({}),
            json!({"secondRequest": {"waitingMsg": " Waiting for Ana. "}}),
        );
        assert_eq!(p.waiting_message().as_deref(), Some("Waiting for Ana."));
        assert_eq!(
            participant(json!({}), json!({"secondRequest": null})).waiting_message(),
            None
        );
    }
}
