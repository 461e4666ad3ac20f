//! Languages: English, Spanish and Arabic.
//!
//! A small typed catalogue instead of an i18n crate: each language is one
//! file (`i18n/en.rs`, `i18n/es.rs`, `i18n/ar.rs`) holding a [`Texts`]
//! value, so the compiler refuses a language that lacks a key, and
//! `cargo test` refuses one whose text is empty or drops a `{placeholder}`.
//! Plurals follow CLDR's rules for the three languages (Arabic has six
//! forms); numbers go through the browser's `Intl.NumberFormat`.
//!
//! Server text (names, messages, labels from `config.json`) is never
//! translated: it is shown as sent.

use leptos::prelude::*;

mod ar;
mod en;
mod es;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ar,
}

/// Where the tab's own choice is kept (`sessionStorage`; nothing secret).
pub const STORAGE_KEY: &str = "vri-invite.language";

impl Lang {
    /// Every language, in the order the picker lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ar];

    /// The BCP 47 tag, for `lang` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction, for `dir`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The language a BCP 47 tag asks for, by its primary subtag
    /// (`es-MX` → Spanish, `ar-EG` → Arabic); `None` for any other.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// This language's texts.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::EN,
            Lang::Es => &es::ES,
            Lang::Ar => &ar::AR,
        }
    }

    /// The CLDR plural category of the whole number `n`.
    pub fn plural(self, n: u64) -> Category {
        match self {
            Lang::En => match n {
                1 => Category::One,
                _ => Category::Other,
            },
            Lang::Es => match n {
                1 => Category::One,
                n if n != 0 && n % 1_000_000 == 0 => Category::Many,
                _ => Category::Other,
            },
            Lang::Ar => match (n, n % 100) {
                (0, _) => Category::Zero,
                (1, _) => Category::One,
                (2, _) => Category::Two,
                (_, 3..=10) => Category::Few,
                (_, 11..=99) => Category::Many,
                _ => Category::Other,
            },
        }
    }
}

/// The first supported language among `candidates` (most wanted first),
/// else English.
pub fn resolve<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Lang {
    candidates
        .into_iter()
        .find_map(Lang::from_tag)
        .unwrap_or_default()
}

/// CLDR plural categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// One text in each plural form; `{n}` is the number. A language fills only
/// the forms its rule uses and leaves the others `""`.
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// For languages with only "one" and "other" (English).
    pub const fn two_forms(one: &'static str, other: &'static str) -> Plural {
        Plural {
            zero: "",
            one,
            two: "",
            few: "",
            many: "",
            other,
        }
    }

    /// The form for `category` (falling back to "other").
    pub fn form(&self, category: Category) -> &'static str {
        let form = match category {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => self.other,
        };
        if form.is_empty() {
            self.other
        } else {
            form
        }
    }
}

macro_rules! catalogue {
    (texts { $($k:ident),* $(,)? } plurals { $($p:ident),* $(,)? }) => {
        /// Every user-facing text of the app, in one language. `{name}`
        /// marks a value filled in with [`fill`].
        pub struct Texts {
            $(pub $k: &'static str,)*
            $(pub $p: Plural,)*
        }

        impl Texts {
            /// Every key and its text (plurals as `key.category`), for the
            /// completeness test.
            pub fn entries(&self) -> Vec<(String, &'static str)> {
                let mut all = vec![$((stringify!($k).to_string(), self.$k),)*];
                $(
                    for (cat, text) in [
                        ("zero", self.$p.zero), ("one", self.$p.one), ("two", self.$p.two),
                        ("few", self.$p.few), ("many", self.$p.many), ("other", self.$p.other),
                    ] {
                        all.push((format!("{}.{}", stringify!($p), cat), text));
                    }
                )*
                all
            }

            /// The plural keys, for the completeness test.
            pub fn plurals(&self) -> Vec<(&'static str, Plural)> {
                vec![$((stringify!($p), self.$p),)*]
            }
        }
    };
}

catalogue! {
    texts {
        app_title, language_label, config_error_title, config_error_help, reload,
        crash_title, crash_text, session_expired,
        invite_title, how_to_reach, mode_email, mode_phone, participant, name, email,
        phone, phone_hint, dtmf, dtmf_hint, region, choose_region, send, sending,
        sent_to, will_dial, then_send,
        name_empty, name_too_long, region_missing, email_empty, email_shape,
        dtmf_bad, dtmf_too_long,
        phone_empty, phone_bad_char, phone_no_country, phone_bad_country,
        phone_trunk_zero, phone_too_short, phone_too_long, phone_wrong_length,
        err_network, err_undecodable, server_said, err_400, err_401, err_403, err_404,
        err_slow, err_busy, err_5xx, err_other,
        roster_title, roster_empty, unnamed, phone_ending, no_contact, identity,
        details, details_for, remove, removing, remove_name, could_not_remove,
        confirm_title, confirm_text, cancel, removed,
        saved_unreadable, saved_other_version, saved_participant_bad,
        idle_title, still_here,
        copy, copy_what, copied, copy_refused,
        // The panels.
        request_title, no_request, f_status, f_language, f_details, f_message, appt_title, no_appt, this_interpreter, starts, ends, duration, show_utc, hide_utc, as_sent, not_given, languages, from_lang, into_lang, client, person, product, call_purpose, schedule_status, routing_status, gender, video, offered, offered_yes, offered_no, interpreter_contact, confirmation, confirmation_what, pin, pin_hidden, show_pin, hide_pin, join, join_requested, join_requested_text, join_opens, join_unavailable, rel_starts, rel_started, rel_ended, rel_starts_soon, rel_started_now, rel_ended_now, interpreters_title, of_total, filter_label, sort_by, sort_listed, sort_rating, sort_performance, shown_status, no_interpreters, no_match, interpreter_list, native, also, no_languages, rating, performance, score_of, not_rated, takes, calls, text_cap, yes, no, not_stated, help_language, has_meetings, no_meetings, appointment_button, no_appointment, show_appointment_of,
    }
    plurals {
        err_timeout, err_busy_wait, idle_text, people,
    }
}

/// Fills `{key}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (key, value) in args {
        text = text.replace(&format!("{{{key}}}"), value);
    }
    text
}

/// A whole number written the language's way (`Intl.NumberFormat`:
/// Arabic uses Arabic-Indic digits).
pub fn number(lang: Lang, n: i64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&lang.tag().into());
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new());
        format
            .format()
            .call1(&wasm_bindgen::JsValue::UNDEFINED, &(n as f64).into())
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_else(|| n.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        n.to_string()
    }
}

/// `plural`'s form for `n` with `{n}` filled in.
pub fn count(lang: Lang, plural: &Plural, n: i64) -> String {
    let form = plural.form(lang.plural(n.unsigned_abs()));
    fill(form, &[("n", &number(lang, n))])
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

/// The language to start in: the tab's own earlier choice, else config's
/// `default_language`, else the browser's languages, else English.
pub fn initial(config_default: &str) -> Lang {
    let saved = window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    resolve(
        saved
            .as_deref()
            .into_iter()
            .chain((!config_default.trim().is_empty()).then_some(config_default))
            .chain(browser.iter().map(String::as_str)),
    )
}

/// Keeps the page in step with `lang`: `lang` and `dir` on `<html>` (so the
/// whole page, dialogs included, turns right-to-left) and the title.
pub fn apply_to_page(lang: Signal<Lang>) {
    Effect::new(move || {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root.set_attribute("dir", lang.dir());
        }
        document().set_title(lang.texts().app_title);
    });
}

/// The language picker: a select labelled with the word "Language" in all
/// three languages, each option in its own language and script, so a person
/// who reads none of the current one still finds theirs.
#[component]
pub fn LanguagePicker(
    /// The language tag the app runs in (the host's `set-language` writes it too).
    language: RwSignal<String>,
) -> impl IntoView {
    let tr = use_tr();
    view! {
        <div class="language-picker">
            <label for="language-select">
                {Lang::ALL
                    .iter()
                    .map(|l| view! { <span lang=l.tag() dir=l.dir()>{l.texts().language_label}</span> })
                    .collect_view()}
            </label>
            <select
                id="language-select"
                on:change=move |ev| {
                    let tag = event_target_value(&ev);
                    // The person's own choice is kept for the tab (only
                    // theirs: the host's and config's are given again anyway).
                    if let Ok(Some(storage)) = window().session_storage() {
                        let _ = storage.set_item(STORAGE_KEY, &tag);
                    }
                    language.set(tag);
                }
            >
                {Lang::ALL
                    .iter()
                    .map(|&l| view! { <option value=l.tag() lang=l.tag() prop:selected=move || tr.lang() == l>{l.own_name()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<String> {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(k, _)| k.to_string()))
            .collect();
        found.sort();
        found.dedup();
        found
    }

    /// The check the issue asks for: every key English has, every other
    /// language has too: present (the compiler sees to that), not empty,
    /// with the same placeholders.
    #[test]
    fn no_language_misses_a_key_english_has() {
        let english = Lang::En.texts().entries();
        for lang in [Lang::Es, Lang::Ar] {
            let theirs = lang.texts().entries();
            assert_eq!(theirs.len(), english.len());
            for ((key, en), (key2, text)) in english.iter().zip(&theirs) {
                assert_eq!(key, key2);
                if en.is_empty() {
                    continue; // a plural form English does not use
                }
                let is_plural_form = key.contains('.');
                if !is_plural_form {
                    assert!(!text.trim().is_empty(), "{lang:?} misses {key}");
                    assert_eq!(
                        placeholders(en),
                        placeholders(text),
                        "{lang:?} {key}: placeholders differ: {text}"
                    );
                }
            }
            // Every plural form the language's rule can pick exists, and
            // says the number where English does (Arabic may say "one"
            // and "two" in words).
            for ((key, en), (_, theirs)) in Lang::En
                .texts()
                .plurals()
                .iter()
                .zip(lang.texts().plurals())
            {
                for n in (0..=200).chain([1_000, 1_000_000, 2_000_000]) {
                    let cat = lang.plural(n);
                    let form = theirs.form(cat);
                    assert!(!form.trim().is_empty(), "{lang:?} {key} for {n}");
                    if !matches!(cat, Category::One | Category::Two) {
                        assert_eq!(
                            placeholders(en.other),
                            placeholders(form),
                            "{lang:?} {key} {cat:?}"
                        );
                    }
                }
            }
        }
        // English's own forms carry its placeholders.
        for (key, p) in Lang::En.texts().plurals() {
            assert!(!p.one.is_empty() && !p.other.is_empty(), "{key}");
        }
    }

    #[test]
    fn arabic_uses_six_plural_forms() {
        let cats: Vec<Category> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]
            .iter()
            .map(|&n| Lang::Ar.plural(n))
            .collect();
        use Category::*;
        assert_eq!(
            cats,
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many]
        );
        let p = Lang::Ar.texts().idle_text;
        let forms = [p.zero, p.one, p.two, p.few, p.many, p.other];
        assert!(forms.iter().all(|f| !f.is_empty()));
        assert_eq!(Lang::Es.plural(1_000_000), Many);
        assert_eq!(Lang::Es.plural(2), Other);
        assert_eq!(Lang::En.plural(0), Other);
    }

    #[test]
    fn plural_counts_in_each_language() {
        let t = |l: Lang, n| count(l, &l.texts().idle_text, n);
        assert!(t(Lang::En, 1).contains("1 second"));
        assert!(t(Lang::En, 5).contains("5 seconds"));
        assert!(t(Lang::Es, 1).contains("1 segundo"));
        assert!(t(Lang::Es, 5).contains("5 segundos"));
        assert_ne!(t(Lang::Ar, 3), t(Lang::Ar, 11).replace("11", "3"));
    }

    #[test]
    fn tags_fall_back_sensibly() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-CA"), None);
        assert_eq!(resolve(["fr", "de-DE", "es-419"]), Lang::Es);
        assert_eq!(resolve(["fr", ""]), Lang::En);
        assert_eq!(resolve([]), Lang::En);
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("Remove {name}? {name}", &[("name", "Ana")]),
            "Remove Ana? Ana"
        );
    }
}
