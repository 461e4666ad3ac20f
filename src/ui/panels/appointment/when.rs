//! When the appointment is: the start in the viewer's zone and language
//! (UTC on demand) with a live relative time, the duration and the end.

use super::fact::fact;
use crate::domain::format::shown;
use crate::domain::time;
use crate::i18n::fill;
use crate::state::clock::Clock;
use crate::state::language::use_tr;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The start, duration and end facts of an appointment.
#[component]
pub fn When(
    /// The start, if the answer carried a real date.
    start: Option<DateTime<Utc>>,
    /// `ScheduleDuration`, in minutes.
    minutes: Option<i64>,
    /// `startUtcDateStr`: shown as sent only when there is no real start.
    as_sent: Option<String>,
) -> impl IntoView {
    let lang = use_tr().0.get_untracked();
    let t = lang.texts();
    let duration = fact(t.duration, time::duration(minutes, lang));
    let Some(start) = start else {
        let as_sent = shown(as_sent.as_deref())
            .map(|time| fill(t.as_sent, &[("time", &time)]))
            .unwrap_or_else(|| t.not_given.into());
        return view! {
            {fact(t.starts, Some(as_sent))}
            {duration}
        }
        .into_any();
    };
    let clock = expect_context::<Clock>();
    let show_utc = RwSignal::new(false);
    let end = time::end(start, minutes);
    view! {
        <div class="fact">
            <dt>{t.starts}</dt>
            <dd>
                <time class="start-local" datetime=time::iso(start)>
                    {time::local_text(start, lang.intl_locales(), None)}
                </time>
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
                    <span class="start-utc" dir="ltr">
                        {time::utc_text(start)}
                    </span>
                </Show>
                <span class="relative">
                    {move || time::relative(start, minutes, clock.now(), lang)}
                </span>
            </dd>
        </div>
        {duration}
        {end
            .map(|end| {
                view! {
                    <div class="fact">
                        <dt>{t.ends}</dt>
                        <dd>
                            <time class="end-local" datetime=time::iso(end)>
                                {time::local_text(end, lang.intl_locales(), None)}
                            </time>
                        </dd>
                    </div>
                }
            })}
    }
    .into_any()
}
