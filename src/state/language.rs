//! The language the app speaks now, shared by context: the typed signal
//! that the picker, the host's `set-language` and a reset write, and the
//! read-only [`Tr`] every view reads its texts through.

use crate::i18n::{Lang, Texts};
use leptos::prelude::*;

/// The language the app runs in (written by the picker and the host).
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

/// The active language, shared through context. Components that find none
/// (tests mounting one component) speak English.
#[derive(Clone, Copy)]
pub struct Tr(pub Signal<Lang>);

impl Tr {
    /// The active language (tracked).
    pub fn lang(&self) -> Lang {
        self.0.get()
    }
    /// The active language's texts (tracked).
    pub fn t(&self) -> &'static Texts {
        self.0.get().texts()
    }
}

/// The active language from context, else English.
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or(Tr(Signal::stored(Lang::En)))
}
