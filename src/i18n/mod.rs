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

mod ar;
mod en;
mod es;
mod texts;

pub use texts::{Category, Plural, Texts};

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
        // One formatter per language, made once: building an
        // `Intl.NumberFormat` costs far more than using one, and a roster
        // of a thousand rows formats a number in each.
        thread_local! {
            static FORMATS: std::cell::RefCell<Vec<(Lang, js_sys::Function)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let format = FORMATS.with(|cache| {
            let mut cache = cache.borrow_mut();
            if let Some((_, f)) = cache.iter().find(|(l, _)| *l == lang) {
                return f.clone();
            }
            let locales = js_sys::Array::of1(&lang.tag().into());
            let f = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
            cache.push((lang, f.clone()));
            f
        });
        format
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
