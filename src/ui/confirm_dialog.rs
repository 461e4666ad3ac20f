//! A modal question with Cancel and one confirming button (native
//! `<dialog>`): it opens on Cancel, keeps Tab inside itself, Escape
//! cancels, and focus goes back where it was when it opened.

use crate::platform::focus;
use crate::state::language::use_tr;
use leptos::html;
use leptos::prelude::*;

/// The confirmation dialog. Open it by setting `open`; it clears `open`
/// when it closes, however it closes.
#[component]
pub fn ConfirmDialog(
    /// The ids of its title and text are `{id}-title` and `{id}-text`.
    id: &'static str,
    /// Whether it is open.
    open: RwSignal<bool>,
    /// The question, as a heading.
    title: Signal<String>,
    /// What confirming does.
    text: Signal<String>,
    /// The confirming button's words ("Remove Ana").
    confirm_label: Signal<String>,
    /// Called when the person confirms (the dialog then closes).
    on_confirm: Callback<()>,
) -> impl IntoView {
    let tr = use_tr();
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel_button = NodeRef::<html::Button>::new();
    let confirm_button = NodeRef::<html::Button>::new();
    // Where focus was when the dialog opened, to return it there.
    let opener = StoredValue::new_local(None::<web_sys::Element>);
    // Syncing with the DOM: the native dialog follows `open`.
    Effect::new(move || {
        let Some(dialog) = dialog.get() else { return };
        if open.get() && !dialog.open() {
            opener.set_value(focus::focused());
            let _ = dialog.show_modal();
            // Focus goes to Cancel by hand: an `autofocus` attribute is
            // refused (with a console warning at every load) in a frame on
            // another origin, which is where a portal puts this app.
            if let Some(cancel) = cancel_button.get_untracked() {
                let _ = cancel.focus();
            }
        } else if !open.get() && dialog.open() {
            dialog.close();
        }
    });
    let on_close = move |_| {
        open.set(false);
        // Back to the button that opened the dialog (Chromium does this
        // too; other browsers do not all).
        if let Some(el) = opener.try_update_value(Option::take).flatten() {
            focus::restore(&el);
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
        let active = focus::focused();
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
        on_confirm.run(());
        open.set(false);
    };
    view! {
        <dialog
            node_ref=dialog
            class="confirm"
            aria-labelledby=format!("{id}-title")
            aria-describedby=format!("{id}-text")
            on:close=on_close
            on:keydown=trap
        >
            <h2 id=format!("{id}-title")>{title}</h2>
            <p id=format!("{id}-text")>{text}</p>
            <div class="actions">
                <button type="button" node_ref=cancel_button on:click=move |_| open.set(false)>
                    {move || tr.t().cancel}
                </button>
                <button type="button" class="danger" node_ref=confirm_button on:click=confirm>
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
