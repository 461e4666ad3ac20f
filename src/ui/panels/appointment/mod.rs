//! An interpreter's scheduled appointment (`isSchedule`): when (in the
//! viewer's time, UTC on demand, live relative time), how long, who and what,
//! its statuses, the confirmation number and PIN to read out or copy, and
//! Join.
//!
//! Deliberately hidden, being internal ids a reader cannot use:
//! `ScheduledRequestId`, `ScheduledRequestProviderId` (both travel in the
//! join request), `ScheduledBlockId`, `PersonId`, `ClientUserId`,
//! `FromLanguageId`/`ToLanguageId` (their names are shown), `ProviderId`,
//! `BillPersonPrechargeProductId`, and `ForceId` (undocumented, internal).
//! `ScheduleStatusId` and `ScheduledRequestRoutingStatusCodeId` are shown
//! only through their label when the server sends no description.
//! `startUtcDateStr` (server-formatted text in an unknown zone and language)
//! is shown only when `startUtcDate` is missing or not a date.

mod fact;
mod join;
mod secret;
mod when;

use crate::api::model::{ParaRequestProvider, Schedule};
use crate::config::{Config, Labels};
use crate::domain::appointment::{joined, language_pair, product};
use crate::domain::event::AppEvent;
use crate::domain::format::shown;
use crate::domain::labels::{code_label, status_text, CodeKind};
use crate::domain::time;
use crate::i18n::{fill, Lang};
use crate::state::language::use_tr;
use crate::ui::copy_button::CopyButton;
use fact::fact;
use join::JoinButton;
use leptos::prelude::*;
use secret::SecretValue;
use when::When;

/// The appointment panel for one interpreter.
#[component]
pub fn AppointmentPanel(
    /// The interpreter whose appointment is shown.
    provider: ParaRequestProvider,
) -> impl IntoView {
    // The panels are rebuilt when the language changes (panels.rs).
    let t = use_tr().0.get_untracked().texts();
    let name = shown(provider.name.as_deref()).unwrap_or_else(|| t.this_interpreter.into());
    let body = match provider.is_schedule.clone() {
        None => view! { <p class="empty">{fill(t.no_appt, &[("name", &name)])}</p> }.into_any(),
        Some(schedule) => view! { <Appointment schedule=schedule request_provider_id=provider.request_provider_id /> }.into_any(),
    };
    view! {
        <section class="panel appointment" aria-labelledby="appointment-title">
            <h2 id="appointment-title">
                {t.appt_title} <bdi class="who-name">{name.clone()}</bdi>
            </h2>
            {body}
        </section>
    }
}

/// The appointment's facts and actions.
#[component]
fn Appointment(
    /// `isSchedule`.
    schedule: Schedule,
    /// The interpreter's `RequestProviderId`, carried in the join request.
    request_provider_id: Option<i64>,
) -> impl IntoView {
    let config = expect_context::<Config>();
    let s = &schedule;
    let labels = &config.labels;
    let lang = use_tr().0.get_untracked();
    let t = lang.texts();
    let start = time::instant(s.start_utc_date.as_ref());
    let confirmation = shown(s.confirmation_number.as_deref());
    let join_event = AppEvent::JoinRequested {
        scheduled_request_id: s.scheduled_request_id,
        scheduled_request_provider_id: s.scheduled_request_provider_id,
        request_provider_id,
        confirmation_number: confirmation.clone(),
    };
    let facts = facts(s, labels, lang);

    view! {
        <dl class="facts">
            {facts}
            {confirmation
                .map(|number| {
                    view! {
                        <div class="fact">
                            <dt>{t.confirmation}</dt>
                            <dd>
                                <span class="confirmation" dir="ltr">
                                    {number.clone()}
                                </span>
                                " "
                                <CopyButton text=number what=t.confirmation_what />
                            </dd>
                        </div>
                    }
                })}
            {shown(s.pin.as_deref())
                .map(|pin| {
                    view! {
                        <div class="fact">
                            <dt>{t.pin}</dt>
                            <dd>
                                <SecretValue value=pin />
                            </dd>
                        </div>
                    }
                })}
        </dl>
        <JoinButton available=s.join_available == Some(true) start=start event=join_event />
    }
}

/// The appointment's facts: when, languages, who, what, statuses, options.
fn facts(s: &Schedule, labels: &Labels, lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let start = time::instant(s.start_utc_date.as_ref());
    let status = |description: &Option<String>, table, code| {
        status_text(description.as_deref(), table, code, lang)
    };
    view! {
        <When start=start minutes=s.schedule_duration as_sent=s.start_utc_date_str.clone() />
        {fact(
            t.languages,
            language_pair(s.from_language.as_deref(), s.to_language.as_deref(), lang),
        )}
        {fact(t.client, shown(s.client_name.as_deref()))}
        {fact(
            t.person,
            joined(
                &[
                    s.person_name.as_deref(),
                    s.person_email.as_deref(),
                    s.person_phone_number.as_deref(),
                ],
            ),
        )}
        {fact(t.product, product(s.product_name.as_deref(), s.product_description.as_deref()))}
        {fact(t.call_purpose, shown(s.call_purpose.as_deref()))}
        {fact(
            t.schedule_status,
            status(&s.schedule_status_description, &labels.schedule_status, s.schedule_status_id),
        )}
        {fact(
            t.routing_status,
            status(
                &s.scheduled_request_routing_status,
                &labels.routing_status,
                s.scheduled_request_routing_status_code_id,
            ),
        )}
        {fact(
            t.gender,
            code_label(
                &labels.gender_option,
                CodeKind::GenderOption,
                s.gender_option_code.as_deref(),
                lang,
            ),
        )}
        {fact(
            t.video,
            code_label(
                &labels.video_option,
                CodeKind::VideoOption,
                s.video_option_code.as_deref(),
                lang,
            ),
        )}
        {fact(
            t.offered,
            s
                .is_offered
                .map(|o| if o { t.offered_yes.to_string() } else { t.offered_no.to_string() }),
        )}
        {fact(
            t.interpreter_contact,
            joined(
                &[
                    s.provider_name.as_deref(),
                    s.provider_email.as_deref(),
                    s.provider_phone_number.as_deref(),
                ],
            ),
        )}
    }
}
