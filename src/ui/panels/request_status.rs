//! The second-request status: where the interpreting request stands, in a
//! status area that screen readers announce when it changes.
//!
//! Shown: `RequestStatusCodeId` (label from config.json), `ToLanguage`,
//! `additionalInfo`, `waitingMsg`. Deliberately hidden:
//! `RequestConferenceSessionVideoParticipantId` (an internal id, the same as
//! the participant's own) and `ToLanguageId` (an internal id; `ToLanguage`
//! is its name).

use crate::api::model::ResultVideoConferenceSecondRequest;
use crate::config::Config;
use crate::domain::request::status_lines;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// The interpreting request of one invited participant.
#[component]
pub fn RequestStatus(
    /// Whose request this is (the participant's name).
    name: Signal<String>,
    /// The request, or `None` when the invite answer carried none.
    request: Signal<Option<ResultVideoConferenceSecondRequest>>,
) -> impl IntoView {
    let config = expect_context::<Config>();
    // The panels are rebuilt when the language changes (panels.rs).
    let lang = use_tr().0.get_untracked();
    let t = lang.texts();
    view! {
        <section class="panel request" aria-labelledby="request-title">
            <h2 id="request-title">{t.request_title} <bdi class="who-name">{name}</bdi></h2>
            <div class="request-status" role="status" aria-live="polite">
                {move || match request.get() {
                    None => view! { <p class="empty">{t.no_request}</p> }.into_any(),
                    Some(request) => {
                        view! {
                            <dl class="facts">
                                {status_lines(&config, &request, lang)
                                    .into_iter()
                                    .map(|(what, value)| {
                                        view! {
                                            <div class="fact">
                                                <dt>{what}</dt>
                                                <dd dir="auto">{value}</dd>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                        }
                            .into_any()
                    }
                }}
            </div>
        </section>
    }
}
