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

use crate::clipboard::CopyButton;
use crate::clock::Clock;
use crate::config::{code_label, label, Config};
use crate::events::{AppEvent, Events};
use crate::format::{self, shown};
use crate::i18n::{fill, use_tr, Lang};
use crate::model::{ParaRequestProvider, Schedule};
use leptos::prelude::*;

/// How the appointment's language pair reads: "English → Spanish".
pub fn language_pair(from: Option<&str>, to: Option<&str>) -> Option<String> {
    language_pair_in(from, to, Lang::En)
}

/// [`language_pair`] in `lang` (the arrow points the way the text runs).
pub fn language_pair_in(from: Option<&str>, to: Option<&str>, lang: Lang) -> Option<String> {
    let tx = lang.texts();
    let arrow = if lang.dir() == "rtl" { "←" } else { "→" };
    match (shown(from), shown(to)) {
        (Some(f), Some(t)) => Some(format!("{f} {arrow} {t}")),
        (Some(f), None) => Some(fill(tx.from_lang, &[("f", &f)])),
        (None, Some(t)) => Some(fill(tx.into_lang, &[("t", &t)])),
        (None, None) => None,
    }
}

/// A status: the server's own words, else the deployment's label for the
/// code, else nothing.
fn status_text(
    description: Option<&str>,
    table: &std::collections::BTreeMap<String, String>,
    code: Option<i64>,
) -> Option<String> {
    shown(description).or_else(|| code.map(|c| label(table, "Status", Some(c))))
}

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
            <h2 id="appointment-title">{t.appt_title} <bdi class="who-name">{name.clone()}</bdi></h2>
            {body}
        </section>
    }
}

/// One fact: a term and its value, left out entirely when there is no value.
fn fact(term: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value.map(|v| view! { <div class="fact"><dt>{term}</dt><dd dir="auto">{v}</dd></div> })
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
    let clock = expect_context::<Clock>();
    let events = expect_context::<Events>();
    let s = &schedule;
    let labels = &config.labels;
    let start = format::instant(s.start_utc_date.as_ref());
    let minutes = s.schedule_duration;
    let show_utc = RwSignal::new(false);
    let lang = use_tr().0.get_untracked();
    let t = lang.texts();

    let when = match start {
        Some(start) => {
            let end = format::end(start, minutes);
            view! {
                <div class="fact">
                    <dt>{t.starts}</dt>
                    <dd>
                        <time class="start-local" datetime=format::iso(start)>{format::local_text(start, Some(lang.tag()), None)}</time>
                        " "
                        <button
                            type="button"
                            class="link"
                            aria-pressed=move || if show_utc.get() { "true" } else { "false" }
                            on:click=move |_| show_utc.update(|v| *v = !*v)
                        >
                            {move || if show_utc.get() { t.hide_utc } else { t.show_utc }}
                        </button>
                        <Show when=move || show_utc.get()>
                            <span class="start-utc" dir="ltr">{format::utc_text(start)}</span>
                        </Show>
                        <span class="relative">{move || format::relative_in(start, minutes, clock.now(), lang)}</span>
                    </dd>
                </div>
                {fact(t.duration, format::duration_in(minutes, lang))}
                {end.map(|end| view! {
                    <div class="fact">
                        <dt>{t.ends}</dt>
                        <dd><time class="end-local" datetime=format::iso(end)>{format::local_text(end, Some(lang.tag()), None)}</time></dd>
                    </div>
                })}
            }
            .into_any()
        }
        None => {
            let as_sent = shown(s.start_utc_date_str.as_deref())
                .map(|time| fill(t.as_sent, &[("time", &time)]))
                .unwrap_or_else(|| t.not_given.into());
            view! {
                {fact(t.starts, Some(as_sent))}
                {fact(t.duration, format::duration_in(minutes, lang))}
            }
            .into_any()
        }
    };

    let person = [
        shown(s.person_name.as_deref()),
        shown(s.person_email.as_deref()),
        shown(s.person_phone_number.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let interpreter_contact = [
        shown(s.provider_name.as_deref()),
        shown(s.provider_email.as_deref()),
        shown(s.provider_phone_number.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let product = match (
        shown(s.product_name.as_deref()),
        shown(s.product_description.as_deref()),
    ) {
        (Some(n), Some(d)) => Some(format!("{n}: {d}")),
        (n, d) => n.or(d),
    };
    let facts = view! {
        {fact(t.languages, language_pair_in(s.from_language.as_deref(), s.to_language.as_deref(), lang))}
        {fact(t.client, shown(s.client_name.as_deref()))}
        {fact(t.person, (!person.is_empty()).then(|| person.join(" · ")))}
        {fact(t.product, product)}
        {fact(t.call_purpose, shown(s.call_purpose.as_deref()))}
        {fact(t.schedule_status, status_text(s.schedule_status_description.as_deref(), &labels.schedule_status, s.schedule_status_id))}
        {fact(t.routing_status, status_text(s.scheduled_request_routing_status.as_deref(), &labels.routing_status, s.scheduled_request_routing_status_code_id))}
        {fact(t.gender, code_label(&labels.gender_option, "Gender option", s.gender_option_code.as_deref()))}
        {fact(t.video, code_label(&labels.video_option, "Video option", s.video_option_code.as_deref()))}
        {fact(t.offered, s.is_offered.map(|o| if o { t.offered_yes.to_string() } else { t.offered_no.to_string() }))}
        {fact(t.interpreter_contact, (!interpreter_contact.is_empty()).then(|| interpreter_contact.join(" · ")))}
    };

    let confirmation = shown(s.confirmation_number.as_deref());
    let pin = shown(s.pin.as_deref());
    let revealed = RwSignal::new(false);

    let join_available = s.join_available == Some(true);
    let requested = RwSignal::new(false);
    let join_event = AppEvent::JoinRequested {
        scheduled_request_id: s.scheduled_request_id,
        scheduled_request_provider_id: s.scheduled_request_provider_id,
        request_provider_id,
        confirmation_number: confirmation.clone(),
    };
    let join = move |_| {
        // Once: a double click asks the portal once.
        if join_available && !requested.get_untracked() {
            requested.set(true);
            events.emit(join_event.clone());
        }
    };
    let reason = move || {
        if join_available {
            return None;
        }
        let now = clock.now();
        Some(
            match start.and_then(|start| format::countdown(start, now)) {
                Some(left) => view! {
                    {t.join_opens}
                    <span class="countdown" role="timer" dir="ltr">{left}</span>
                }
                .into_any(),
                None => view! { {t.join_unavailable} }.into_any(),
            },
        )
    };

    view! {
        <dl class="facts">
            {when}
            {facts}
            {confirmation.map(|number| view! {
                <div class="fact">
                    <dt>{t.confirmation}</dt>
                    <dd>
                        <span class="confirmation" dir="ltr">{number.clone()}</span>
                        " "
                        <CopyButton text=number what=t.confirmation_what />
                    </dd>
                </div>
            })}
            {pin.map(|pin| {
                let shown_pin = pin.clone();
                view! {
                    <div class="fact">
                        <dt>{t.pin}</dt>
                        <dd>
                            <span class="pin" dir="ltr" aria-label=move || if revealed.get() { shown_pin.clone() } else { t.pin_hidden.to_string() }>
                                {
                                    let pin = pin.clone();
                                    move || if revealed.get() { pin.clone() } else { "••••••".to_string() }
                                }
                            </span>
                            " "
                            <button
                                type="button"
                                class="reveal"
                                aria-pressed=move || if revealed.get() { "true" } else { "false" }
                                on:click=move |_| revealed.update(|r| *r = !*r)
                            >
                                {move || if revealed.get() { t.hide_pin } else { t.show_pin }}
                            </button>
                            " "
                            <CopyButton text=pin what=t.pin />
                        </dd>
                    </div>
                }
            })}
        </dl>
        <div class="join">
            <button
                type="button"
                class="primary join-button"
                disabled=move || !join_available || requested.get()
                aria-describedby="join-reason"
                on:click=join
            >
                {move || if requested.get() { t.join_requested } else { t.join }}
            </button>
            <p id="join-reason" class="join-reason">{reason}</p>
            <p class="join-status" role="status">
                {move || requested.get().then_some(t.join_requested_text)}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_pair_reads_whatever_is_there() {
        assert_eq!(
            language_pair(Some("English"), Some("Spanish")).as_deref(),
            Some("English → Spanish")
        );
        assert_eq!(
            language_pair(None, Some("Spanish")).as_deref(),
            Some("Into Spanish")
        );
        assert_eq!(
            language_pair(Some("English"), Some(" ")).as_deref(),
            Some("From English")
        );
        assert_eq!(language_pair(None, Some("null")), None);
    }

    #[test]
    fn status_prefers_the_servers_words_then_the_label() {
        let table = [("4".to_string(), "Completed".to_string())]
            .into_iter()
            .collect();
        assert_eq!(
            status_text(Some("Confirmed"), &table, Some(4)).as_deref(),
            Some("Confirmed")
        );
        assert_eq!(
            status_text(None, &table, Some(4)).as_deref(),
            Some("Completed")
        );
        assert_eq!(
            status_text(Some(""), &table, Some(5)).as_deref(),
            Some("Status 5")
        );
        assert_eq!(status_text(None, &table, None), None);
    }
}
