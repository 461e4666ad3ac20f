//! The language the app speaks now, shared by context: [`Language`], which
//! the picker, the host's `set-language` and a reset ask to switch, and the
//! read-only [`Tr`] every view reads its texts through.
//!
//! A language whose texts are not here yet is fetched first
//! (`platform::catalogue`); the page keeps the language it shows until they
//! arrive, then switches at once. Nothing typed depends on the language, so
//! a switch keeps every field as it was.

use crate::i18n::{Lang, Texts, STORAGE_KEY};
use crate::platform::{catalogue, storage};
use leptos::prelude::*;

/// The language the app runs in, and the one it was last asked for.
#[derive(Clone, Copy)]
pub struct Language {
    shown: RwSignal<Lang>,
    wanted: RwSignal<Lang>,
    failed: RwSignal<Option<Lang>>,
}

impl Language {
    /// Starts in `lang` if its texts are here, else in English while they
    /// are fetched.
    pub fn new(lang: Lang) -> Language {
        let language = Language {
            shown: RwSignal::new(if lang.is_ready() { lang } else { Lang::En }),
            wanted: RwSignal::new(lang),
            failed: RwSignal::new(None),
        };
        if !lang.is_ready() {
            language.choose(lang);
        }
        language
    }

    /// The language shown (tracked).
    pub fn shown(&self) -> Signal<Lang> {
        self.shown.into()
    }

    /// The language asked for last (tracked): differs from [`shown`]
    /// while its texts are on their way.
    ///
    /// [`shown`]: Language::shown
    pub fn wanted(&self) -> Lang {
        self.wanted.get()
    }

    /// The language whose texts could not be fetched at the last try (tracked).
    pub fn failed(&self) -> Option<Lang> {
        self.failed.get()
    }

    /// Switches to `lang`: at once if its texts are here, else as soon as
    /// they arrive (unless another language was asked for meanwhile). If
    /// they cannot be fetched, the page stays as it is and
    /// [`failed`](Language::failed) says so.
    pub fn choose(&self, lang: Lang) {
        self.switch(lang, false);
    }

    /// [`choose`](Language::choose), and keep the choice for this tab once
    /// it is shown (the picker: a person's own choice).
    pub fn pick(&self, lang: Lang) {
        self.switch(lang, true);
    }

    fn switch(&self, lang: Lang, remember: bool) {
        self.wanted.set(lang);
        self.failed.set(None);
        if lang.is_ready() {
            self.shown.set(lang);
            if remember {
                storage::write(STORAGE_KEY, lang.tag());
            }
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            let result = catalogue::ensure(lang).await;
            // A reset or another choice may have come meanwhile; the
            // signals may be gone with the app.
            if this.wanted.try_get_untracked() != Some(lang) {
                return;
            }
            match result {
                Ok(()) => {
                    this.shown.try_set(lang);
                    if remember {
                        storage::write(STORAGE_KEY, lang.tag());
                    }
                }
                Err(_) => {
                    this.failed.try_set(Some(lang));
                    this.wanted.try_set(this.shown.get_untracked());
                }
            }
        });
    }
}

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
