//! The region the call is placed in (`RegionId`), from `config.json`.

use crate::config::Region;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// The region select; hidden when the deployment lists no regions, and
/// with no empty choice when it lists one.
#[component]
pub fn RegionSelect(
    /// The regions from `config.json`.
    regions: StoredValue<Vec<Region>>,
    /// The chosen region id, as text.
    region: RwSignal<String>,
    /// The field's message, when no region is chosen.
    error: Signal<Option<String>>,
) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Show when=move || regions.with_value(|r| !r.is_empty())>
            <div class="field">
                <label for="invite-region">{move || tr.t().region}</label>
                <select
                    id="invite-region"
                    name="region"
                    bind:value=region
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
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
                <p class="field-error" id="invite-region-error">
                    {move || error.get()}
                </p>
            </div>
        </Show>
    }
}
