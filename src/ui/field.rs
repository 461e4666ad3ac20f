//! A labelled form field: label, optional hint, input, and the field's
//! error, tied together for screen readers (`aria-describedby`,
//! `aria-invalid`).

use crate::i18n::Texts;
use crate::state::language::use_tr;
use leptos::prelude::*;

/// How an input is typed, for the keyboard a phone or tablet shows and for
/// the browser's autofill.
#[derive(Clone, Copy)]
pub struct InputKind {
    /// `type`.
    pub kind: &'static str,
    /// `inputmode`, where the type alone does not pick the keyboard.
    pub mode: Option<&'static str>,
    /// `autocomplete`.
    pub autocomplete: &'static str,
    /// Left to right whatever the page's direction (emails, numbers).
    pub ltr: bool,
}

/// Text and caret (a UTF-16 offset) in; the text laid out and where the
/// caret goes, or `None` to leave what was typed.
pub type Reformat = Callback<(String, u32), Option<(String, u32)>>;

/// One text input with its label, hint and error.
#[component]
pub fn TextField(
    /// The input's id; the hint and error are `{id}-hint` and `{id}-error`.
    id: &'static str,
    /// The input's `name`.
    name: &'static str,
    /// The label, from the active language's texts.
    label: fn(&Texts) -> &'static str,
    /// A hint shown under the label, if the field needs one.
    #[prop(optional)]
    hint: Option<fn(&Texts) -> &'static str>,
    /// How it is typed.
    kind: InputKind,
    /// The value, bound both ways.
    value: RwSignal<String>,
    /// The field's message, when it is not right.
    error: Signal<Option<String>>,
    /// More ids that describe the input (a live preview, say).
    #[prop(optional)]
    described_by_more: Option<&'static str>,
    /// The most characters the input takes, if it is limited.
    #[prop(optional)]
    maxlength: Option<u32>,
    /// Lays out what was typed as it is typed: given the text and the
    /// caret (UTF-16 offset), the new text and caret, or `None` to leave
    /// it. Not called while deleting, so a separator can be deleted.
    #[prop(optional)]
    reformat: Option<Reformat>,
) -> impl IntoView {
    let tr = use_tr();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [
        hint.map(|_| hint_id.as_str()),
        Some(error_id.as_str()),
        described_by_more,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="field">
            <label for=id>{move || label(tr.t())}</label>
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {move || hint(tr.t())}
                        </p>
                    }
                })}
            <input
                id=id
                name=name
                type=kind.kind
                inputmode=kind.mode
                autocomplete=kind.autocomplete
                dir=kind.ltr.then_some("ltr")
                maxlength=maxlength.map(|m| m.to_string())
                bind:value=value
                on:input=move |ev| {
                    if let Some(reformat) = reformat {
                        relayout(&ev, reformat, value);
                    }
                }
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            />
            <p class="field-error" id=error_id>
                {move || error.get()}
            </p>
        </div>
    }
}

/// Applies `reformat` to the input an `input` event came from, keeping the
/// caret where `reformat` puts it.
fn relayout(ev: &leptos::ev::Event, reformat: Reformat, value: RwSignal<String>) {
    use wasm_bindgen::JsCast;
    let kind = js_sys::Reflect::get(ev, &"inputType".into())
        .ok()
        .and_then(|k| k.as_string())
        .unwrap_or_default();
    if kind.starts_with("delete") {
        return;
    }
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let text = input.value();
    let caret = input
        .selection_start()
        .ok()
        .flatten()
        .unwrap_or(text.encode_utf16().count() as u32);
    if let Some((shown, caret)) = reformat.run((text.clone(), caret)) {
        if shown != text {
            input.set_value(&shown);
            let _ = input.set_selection_range(caret, caret);
            value.set(shown);
        }
    }
}
