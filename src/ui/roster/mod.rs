//! The roster panel: everyone invited in this conference, each with
//! Details and Remove; Remove asks first, naming the person.

mod row;

use crate::api;
use crate::config::Config;
use crate::domain::participant::Participant;
use crate::i18n::{count, fill, number};
use crate::platform::focus::{focus_id, focus_within};
use crate::state::events::Events;
use crate::state::language::{use_tr, Tr};
use crate::state::roster::{Roster, Row, Saving};
use crate::state::selection::Selection;
use crate::ui::chunk::Chunk;
use crate::ui::confirm_dialog::ConfirmDialog;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use row::{row_id, RosterRow};

/// The list of invited third parties, each with a Remove button that asks
/// for confirmation naming the person first.
///
/// The heading, the rows and the live regions are in the first module: who
/// is in the call is shown even when a chunk cannot be fetched on a poor
/// network, and a restored roster shows at once. The removal itself, its
/// confirmation and the removed list
/// come in the `participants` chunk ([`removal_view`]) when there is someone
/// to list (the invite form fetches it while its request is on its way).
#[component]
pub fn RosterPanel() -> impl IntoView {
    let config = expect_context::<Config>();
    let roster = expect_context::<Roster>();
    let events = expect_context::<Events>();
    let labels = StoredValue::new(config.clone());
    let selection = use_context::<Selection>();
    let tr = use_tr();
    // The row the confirmation asks about, and whether it is open.
    let confirming = RwSignal::new(None::<Row>);
    let open = RwSignal::new(false);
    // The last removal, for the live region ("Ana was removed from the call.").
    let removed = RwSignal::new(None::<String>);

    let again = call_again(config, roster, events, tr);
    let on_call_again = Callback::new(move |row: Row| {
        again.dispatch_local(row);
    });
    let ask = move |row: Row| {
        confirming.set(Some(row));
        open.set(true);
    };
    let count_now = move || roster.len();
    let anyone = move || count_now() > 0 || roster.with_removed(|r| !r.is_empty());

    view! {
        <section class="panel roster" aria-labelledby="roster-title">
            <h2 id="roster-title" tabindex="-1">
                {move || tr.t().roster_title}
                " "
                <span class="count" aria-hidden="true">
                    {move || format!("({})", number(tr.lang(), count_now() as i64))}
                </span>
                <span class="visually-hidden">
                    {move || format!(": {}", count(tr.lang(), &tr.t().people, count_now() as i64))}
                </span>
            </h2>
            <Show
                when=move || { count_now() > 0 }
                fallback=move || view! { <p class="empty">{move || tr.t().roster_empty}</p> }
            >
                <ul class="participants">
                    // Keyed by row and language: a language switch rebuilds the
                    // rows, so each row's texts are plain values, not one
                    // reactive closure per label (1,000 rows render faster).
                    <For
                        each=move || {
                            let lang = tr.lang();
                            roster.with_rows(|rows| rows.iter().map(|row| (lang, row.clone())).collect::<Vec<_>>())
                        }
                        key=|(lang, row)| (row.key, row.leg, *lang)
                        let:((lang, row))
                    >
                        <RosterRow
                            row=row
                            lang=lang
                            labels=labels
                            selection=selection
                            on_remove=ask
                            on_call_again=on_call_again
                        />
                    </For>
                </ul>
            </Show>
            <Show when=anyone>
                <Chunk load=move || removal_view(labels, confirming, open, removed) />
            </Show>
            // Status changes the portal reports, politely; each once.
            <p class="roster-news" role="status" aria-live="polite">
                {move || {
                    roster
                        .news()
                        .map(|n| {
                            let lang = tr.lang();
                            fill(
                                tr.t().announce_status,
                                &[
                                    ("name", &n.name_source.name(lang)),
                                    ("status", &row::status_text(labels, Some(n.status), lang)),
                                ],
                            )
                        })
                }}
            </p>
            // Told once, when the browser first refuses; gone when it keeps all again.
            <p class="notice saving-notice" role="status" hidden=move || roster.saving() == Saving::Kept>
                {move || match roster.saving() {
                    Saving::Kept => "",
                    Saving::Lean => tr.t().saved_trimmed,
                    Saving::Refused => tr.t().saved_refused,
                }}
            </p>
            // A removal is announced assertively: it changes who is in the call.
            <p class="roster-status" aria-live="assertive" aria-atomic="true">
                {move || removed.get().map(|name| fill(tr.t().removed, &[("name", &name)]))}
            </p>
        </section>
    }
}

/// The people removed, the confirmation Remove opens, and the removal it
/// confirms: the `participants` chunk, with the details panels
/// (`ui::panels::lazy`). Remove pressed before the chunk is there opens the
/// confirmation as soon as it is.
#[leptos::wasm_split::wasm_split(
    participants,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(preload_participants)
)]
pub fn removal_view(
    labels: StoredValue<Config>,
    confirming: RwSignal<Option<Row>>,
    open: RwSignal<bool>,
    removed: RwSignal<Option<String>>,
) -> Result<AnyView, SplitLoaderError> {
    let roster = expect_context::<Roster>();
    let events = expect_context::<Events>();
    let tr = use_tr();
    let remove = removal(labels.get_value(), roster, events, removed, tr);
    let confirm = Callback::new(move |()| {
        if let Some(row) = confirming.get_untracked() {
            remove.dispatch_local(row);
        }
    });
    let confirm_name = move || {
        confirming.with(|r| {
            r.as_ref()
                .map(|r| r.participant.name(tr.lang()))
                .unwrap_or_default()
        })
    };

    Ok(view! {
        <RemovedList labels=labels />
        <ConfirmDialog
            id="confirm"
            open=open
            title=Signal::derive(move || fill(tr.t().confirm_title, &[("name", &confirm_name())]))
            text=Signal::derive(move || fill(tr.t().confirm_text, &[("name", &confirm_name())]))
            confirm_label=Signal::derive(move || fill(
                tr.t().remove_name,
                &[("name", &confirm_name())],
            ))
            on_confirm=confirm
        />
    }
    .into_any())
}

/// The removal of one row: asks the server, then hands the outcome to the
/// roster ([`Roster::finish_removal`]); the view's part is the announcement
/// and where focus goes.
fn removal(
    config: Config,
    roster: Roster,
    events: Events,
    removed: RwSignal<Option<String>>,
    tr: Tr,
) -> Action<Row, ()> {
    Action::new_local(move |row: &Row| {
        let row = row.clone();
        let config = config.clone();
        let epoch = roster.epoch();
        // None: already on its way (a second tap sends nothing).
        let idempotency_key = roster.begin_removal(&row);
        async move {
            let Some(idempotency_key) = idempotency_key else {
                return;
            };
            let outcome = api::kick(&config, &row.participant.raw, &idempotency_key).await;
            let succeeded = outcome.is_ok();
            let had_focus = focus_within(&row_id(row.key));
            let index =
                roster.with_rows_untracked(|rows| rows.iter().position(|r| r.key == row.key));
            let lang = tr.0.get_untracked();
            if !roster.finish_removal(epoch, &row, outcome, &events, lang) || !succeeded {
                return;
            }
            removed.set(Some(row.participant.name(tr.0.get_untracked())));
            if had_focus {
                // The row (and the button that had focus) is gone: focus
                // the next row's Remove, else the heading.
                let next = roster.with_rows_untracked(|rows| {
                    index.and_then(|i| rows.get(i).or(rows.last()).map(|r| r.key))
                });
                request_animation_frame(move || {
                    let target = next
                        .map(|k| format!("remove-{k}"))
                        .unwrap_or_else(|| "roster-title".into());
                    focus_id(&target);
                });
            }
        }
    })
}

/// Call again: the same invite body (name, number, region, DTMF) as a new
/// action; the outcome goes to the roster ([`Roster::finish_call_again`]).
fn call_again(config: Config, roster: Roster, events: Events, tr: Tr) -> Action<Row, ()> {
    Action::new_local(move |row: &Row| {
        let row = row.clone();
        let config = config.clone();
        let epoch = roster.epoch();
        // false: already on its way (a second tap sends nothing).
        let go = roster.begin_call_again(&row);
        async move {
            if !go {
                return;
            }
            let body = row.participant.sent.clone();
            let key = api::new_idempotency_key();
            let outcome = api::invite(&config, &body, &key)
                .await
                .map(|invited| Participant::new(body, invited.raw, invited.answer));
            roster.finish_call_again(epoch, &row, outcome, &events, tr.0.get_untracked());
        }
    })
}

/// The people removed in this tab, each with their timeline: who was
/// removed, and when.
#[component]
fn RemovedList(labels: StoredValue<Config>) -> impl IntoView {
    let roster = expect_context::<Roster>();
    let tr = use_tr();
    let any = move || roster.with_removed(|r| !r.is_empty());
    view! {
        <Show when=any>
            <section class="removed" aria-labelledby="removed-title">
                <h3 id="removed-title">{move || tr.t().removed_title}</h3>
                <ul>
                    <For
                        each=move || {
                            let lang = tr.lang();
                            roster.with_removed(|rows| rows.iter().map(|row| (lang, row.clone())).collect::<Vec<_>>())
                        }
                        key=|(lang, row)| (row.key, row.leg, *lang)
                        let:((lang, row))
                    >
                        <li class="gone">
                            <span class="gone-name">{row.participant.name(lang)}</span>
                            {row::history_view(row.clone(), &row.participant.name(lang), labels, lang)}
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
