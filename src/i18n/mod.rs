//! Languages: English and the eleven most requested by patients with
//! limited English in US clinics (Spanish, Arabic, Chinese Simplified and
//! Traditional, Vietnamese, Tagalog, Korean, Russian, Haitian Creole,
//! Brazilian Portuguese, French).
//!
//! The texts live in translation files, `locales/<tag>.ftl` (Fluent), which
//! `build.rs` reads at build time: English becomes the typed [`Texts`]
//! (compiled in), and a file that misses a key, has an extra one, drops a
//! `{ $placeholder }` or lacks a CLDR plural form fails the build. Every
//! other language is a small file fetched when chosen
//! (`platform::catalogue`) and read here by [`Lang::install`]; until then
//! [`Lang::texts`] is English. Plurals follow CLDR's rules for each
//! language ([`Lang::plural`]); numbers go through the browser's
//! `Intl.NumberFormat`.
//!
//! Server text (names, messages, labels from `config.json`) is never
//! translated: it is shown as sent.

mod texts;

use std::sync::OnceLock;
pub use texts::{Category, Plural, Texts};

/// A language the app speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ar,
    ZhHans,
    ZhHant,
    Vi,
    Tl,
    Ko,
    Ru,
    Ht,
    PtBr,
    Fr,
}

/// Where the tab's own choice is kept (`sessionStorage`; nothing secret).
pub const STORAGE_KEY: &str = "vri-invite.language";

/// The catalogues read so far (English is compiled in).
static LOADED: [OnceLock<&'static Texts>; 12] = [const { OnceLock::new() }; 12];

impl Lang {
    /// Every language, in the order the picker lists them: English, then
    /// by how often US clinics book interpreters for them.
    pub const ALL: [Lang; 12] = [
        Lang::En,
        Lang::Es,
        Lang::ZhHans,
        Lang::ZhHant,
        Lang::Vi,
        Lang::Tl,
        Lang::Ko,
        Lang::Ru,
        Lang::Ar,
        Lang::Ht,
        Lang::PtBr,
        Lang::Fr,
    ];

    /// The BCP 47 tag, for `lang` (so a screen reader switches voice) and
    /// the name of its file (`locales/<tag>.ftl`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Vi => "vi",
            Lang::Tl => "tl",
            Lang::Ko => "ko",
            Lang::Ru => "ru",
            Lang::Ht => "ht",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
        }
    }

    /// The locales `Intl` formats numbers, dates and times in, best first.
    /// Browsers ship no Haitian Creole data (Chromium falls back to its own
    /// language, English): French as written in Haiti comes next.
    pub fn intl_locales(self) -> &'static [&'static str] {
        match self {
            Lang::En => &["en"],
            Lang::Es => &["es"],
            Lang::Ar => &["ar"],
            Lang::ZhHans => &["zh-Hans"],
            Lang::ZhHant => &["zh-Hant"],
            Lang::Vi => &["vi"],
            Lang::Tl => &["fil"],
            Lang::Ko => &["ko"],
            Lang::Ru => &["ru"],
            Lang::Ht => &["ht", "fr-HT"],
            Lang::PtBr => &["pt-BR"],
            Lang::Fr => &["fr"],
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
            Lang::ZhHans => "中文（简体）",
            Lang::ZhHant => "中文（繁體）",
            Lang::Vi => "Tiếng Việt",
            Lang::Tl => "Tagalog",
            Lang::Ko => "한국어",
            Lang::Ru => "Русский",
            Lang::Ht => "Kreyòl ayisyen",
            Lang::PtBr => "Português (Brasil)",
            Lang::Fr => "Français",
        }
    }

    /// What the picker's search also finds a language by: its English
    /// name, its name without accents, other names people use.
    pub fn search_terms(self) -> &'static str {
        match self {
            Lang::En => "english inglés anglais",
            Lang::Es => "spanish espanol castellano",
            Lang::Ar => "arabic arabe عربي",
            Lang::ZhHans => "chinese simplified mandarin 中文 汉语 普通话 简体",
            Lang::ZhHant => {
                "chinese traditional cantonese mandarin 中文 漢語 繁體 繁体 粵語 廣東話"
            }
            Lang::Vi => "vietnamese tieng viet",
            Lang::Tl => "tagalog filipino pilipino wikang",
            Lang::Ko => "korean 한국말 조선말",
            Lang::Ru => "russian russkiy русский язык",
            Lang::Ht => "haitian creole kreyol ayisyen kreol",
            Lang::PtBr => "portuguese portugues brasil brazil",
            Lang::Fr => "french francais",
        }
    }

    /// Whether `query` (as typed in the picker's search) names this
    /// language: any case, accents optional for the Latin names.
    pub fn matches(self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        query.is_empty()
            || [self.own_name(), self.search_terms(), self.tag()]
                .iter()
                .any(|hay| hay.to_lowercase().contains(&query))
    }

    /// The language a BCP 47 tag asks for (`None` if the app does not speak
    /// it): by the primary subtag, any case, `-` or `_`; Chinese by script,
    /// else region (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` and Cantonese
    /// `yue` → Traditional; `zh`, `zh-CN`, `zh-SG`, `zh-Hans` →
    /// Simplified); `pt-PT` and every Portuguese → Brazilian Portuguese;
    /// `fil` → Tagalog.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = tag.split('-');
        let primary = subtags.next()?;
        let rest: Vec<&str> = subtags.collect();
        Some(match primary {
            "en" => Lang::En,
            "es" => Lang::Es,
            "ar" => Lang::Ar,
            "zh" | "cmn" | "yue" => {
                let traditional = if rest.contains(&"hant") {
                    true
                } else if rest.contains(&"hans") {
                    false
                } else {
                    primary == "yue" || rest.iter().any(|r| matches!(*r, "tw" | "hk" | "mo"))
                };
                if traditional {
                    Lang::ZhHant
                } else {
                    Lang::ZhHans
                }
            }
            "vi" => Lang::Vi,
            "tl" | "fil" => Lang::Tl,
            "ko" => Lang::Ko,
            "ru" => Lang::Ru,
            "ht" => Lang::Ht,
            "pt" => Lang::PtBr,
            "fr" => Lang::Fr,
            _ => return None,
        })
    }

    /// This language's texts: English until its file has been read.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &texts::EN,
            other => LOADED[other as usize].get().copied().unwrap_or(&texts::EN),
        }
    }

    /// Whether this language's texts are here (English always is).
    pub fn is_ready(self) -> bool {
        self == Lang::En || LOADED[self as usize].get().is_some()
    }

    /// The served file with this language's texts (beside `index.html`);
    /// `None` for English, which is compiled in.
    pub fn file(self) -> Option<&'static str> {
        texts::FILES
            .iter()
            .find(|(tag, _)| *tag == self.tag())
            .map(|(_, file)| *file)
    }

    /// Reads this language's served file (its text) and keeps it for the
    /// page's life. A file that does not fit this build's keys is refused
    /// (and the language stays unready).
    #[inline(never)] // one copy, however many callers
    pub fn install(self, json: &str) -> Result<(), String> {
        if self.is_ready() {
            return Ok(());
        }
        let texts = self.read(json)?;
        let _ = LOADED[self as usize].set(texts);
        Ok(())
    }

    /// A served file's texts: every key, in English's order, each plural
    /// with exactly this language's forms, nothing empty.
    fn read(self, json: &str) -> Result<&'static Texts, String> {
        let refused = || {
            format!(
                "the {} catalogue does not fit this version of the app",
                self.tag()
            )
        };
        let values: Vec<serde_json::Value> = serde_json::from_str(json).map_err(|_| refused())?;
        let forms = texts::FORMS
            .iter()
            .find(|(tag, _)| *tag == self.tag())
            .map(|(_, forms)| *forms)
            .ok_or_else(refused)?;
        Texts::read(&values, forms).ok_or_else(refused)
    }

    /// The CLDR plural category of the whole number `n` (CLDR 46 cardinal
    /// rules for integers; see `catalogue::LANGUAGES`).
    pub fn plural(self, n: u64) -> Category {
        let millions = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            Lang::En => match n {
                1 => Category::One,
                _ => Category::Other,
            },
            Lang::Es => match n {
                1 => Category::One,
                _ if millions => Category::Many,
                _ => Category::Other,
            },
            // French and Brazilian Portuguese: 0 and 1 are "one".
            Lang::Fr | Lang::PtBr => match n {
                0 | 1 => Category::One,
                _ if millions => Category::Many,
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
            // Filipino: "one" for 1, 2, 3 and every number not ending in 4, 6 or 9.
            Lang::Tl => match n % 10 {
                4 | 6 | 9 => Category::Other,
                _ => Category::One,
            },
            // Whole numbers are one, few or many; "other" is for fractions.
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => Category::One,
                (2..=4, r) if !(12..=14).contains(&r) => Category::Few,
                _ => Category::Many,
            },
            Lang::ZhHans | Lang::ZhHant | Lang::Vi | Lang::Ko | Lang::Ht => Category::Other,
        }
    }
}

/// Reads every language's [`bundled`] file, for tests that switch
/// languages with no server.
#[doc(hidden)]
pub fn install_bundled() {
    for lang in Lang::ALL {
        if let Some(json) = bundled(lang) {
            lang.install(json).expect("the build wrote this file");
        }
    }
}

/// Each other language's served file, as the build wrote it, for tests
/// that mount components with no server (`tests/web`). Not used by the
/// app (so not in its wasm).
#[doc(hidden)]
pub fn bundled(lang: Lang) -> Option<&'static str> {
    bundled_files::BUNDLED
        .iter()
        .find(|(tag, _)| *tag == lang.tag())
        .map(|(_, json)| *json)
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

/// [`Lang::intl_locales`] as the array `Intl`'s constructors take.
#[cfg(target_arch = "wasm32")]
pub fn intl_locales(lang: Lang) -> js_sys::Array {
    lang.intl_locales()
        .iter()
        .map(|tag| wasm_bindgen::JsValue::from_str(tag))
        .collect()
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
            let locales = intl_locales(lang);
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

mod bundled_files {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

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

    fn ready(lang: Lang) -> &'static Texts {
        if let Some(json) = bundled(lang) {
            lang.install(json).unwrap();
        }
        assert!(lang.is_ready(), "{lang:?}");
        lang.texts()
    }

    /// Numbers each rule is tried on.
    fn samples() -> impl Iterator<Item = u64> {
        (0..=250).chain([
            1_000, 1_001, 10_000, 100_000, 1_000_000, 2_000_000, 3_000_021,
        ])
    }

    /// The build checks each file against English (`catalogue` crate); this
    /// checks what the app reads back from the served files: every
    /// language's every text is there, not empty, with English's
    /// placeholders, and every form its plural rule can pick exists.
    #[test]
    fn every_served_catalogue_reads_back_complete() {
        let english = Lang::En.texts().entries();
        for lang in Lang::ALL {
            let t = ready(lang);
            let theirs = t.entries();
            assert_eq!(theirs.len(), english.len());
            for ((key, en), (key2, text)) in english.iter().zip(&theirs) {
                assert_eq!(key, key2);
                if key.contains('.') {
                    continue; // plural forms: below
                }
                assert!(!text.trim().is_empty(), "{lang:?} misses {key}");
                assert_eq!(
                    placeholders(en),
                    placeholders(text),
                    "{lang:?} {key}: {text}"
                );
            }
            for ((key, en), (_, p)) in Lang::En.texts().plurals().iter().zip(t.plurals()) {
                for n in samples() {
                    let cat = lang.plural(n);
                    let form = p.form(cat);
                    assert!(!form.trim().is_empty(), "{lang:?} {key} for {n}");
                    if !matches!(cat, Zero | One | Two) {
                        assert_eq!(
                            placeholders(en.other),
                            placeholders(form),
                            "{lang:?} {key} {cat:?}"
                        );
                    }
                }
            }
        }
        assert_eq!(Lang::Vi.texts().send, "Gửi lời mời");
    }

    #[test]
    fn a_file_that_does_not_fit_this_build_is_refused() {
        let json = bundled(Lang::Ru).unwrap();
        let mut values: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
        let read =
            |values: &[serde_json::Value]| Lang::Ru.read(&serde_json::to_string(values).unwrap());
        assert!(read(&values).is_ok());
        assert!(Lang::Ru.read("not json").is_err());
        assert!(read(&values[1..]).is_err(), "a key short");
        let plural = values.iter().position(|v| v.is_array()).unwrap();
        values[plural].as_array_mut().unwrap().pop();
        assert!(read(&values).is_err(), "a plural form short");
        values[plural] = serde_json::json!("a text where a plural belongs");
        assert!(read(&values).is_err());
        values.swap(0, plural);
        values[plural] = serde_json::json!("");
        assert!(read(&values).is_err(), "an empty text");
    }

    #[test]
    fn every_language_but_english_has_its_own_file() {
        assert_eq!(Lang::En.file(), None);
        let mut files: Vec<&str> = Lang::ALL[1..].iter().map(|l| l.file().unwrap()).collect();
        for (lang, file) in Lang::ALL[1..].iter().zip(&files) {
            let prefix = format!("i18n-{}-", lang.tag().to_ascii_lowercase());
            assert!(
                file.starts_with(&prefix) && file.ends_with(".json"),
                "{file}"
            );
        }
        files.sort();
        files.dedup();
        assert_eq!(files.len(), 11);
        let mut tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        tags.sort();
        tags.dedup();
        assert_eq!(tags.len(), 12);
    }

    /// CLDR 46's examples for each rule.
    #[test]
    fn plural_categories_follow_cldr() {
        let cats = |lang: Lang, ns: &[u64]| ns.iter().map(|&n| lang.plural(n)).collect::<Vec<_>>();
        assert_eq!(
            cats(Lang::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many]
        );
        assert_eq!(cats(Lang::En, &[0, 1, 2]), [Other, One, Other]);
        assert_eq!(
            cats(Lang::Es, &[0, 1, 2, 1_000_000]),
            [Other, One, Other, Many]
        );
        for lang in [Lang::Fr, Lang::PtBr] {
            assert_eq!(
                cats(lang, &[0, 1, 2, 17, 1_000_000, 1_000_001]),
                [One, One, Other, Other, Many, Other]
            );
        }
        assert_eq!(
            cats(
                Lang::Ru,
                &[0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122]
            ),
            [Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Many, Few]
        );
        assert_eq!(
            cats(Lang::Tl, &[0, 1, 2, 3, 4, 5, 6, 9, 10, 14, 16, 19, 21, 100]),
            [One, One, One, One, Other, One, Other, Other, One, Other, Other, Other, One, One]
        );
        for lang in [Lang::ZhHans, Lang::ZhHant, Lang::Vi, Lang::Ko, Lang::Ht] {
            assert!(samples().all(|n| lang.plural(n) == Other), "{lang:?}");
        }
    }

    /// The rules here and the forms the files must have (CLDR's sets, in
    /// the `catalogue` crate) agree: every category a rule picks has a form,
    /// and every form is picked by some number (Russian's "other" is for
    /// fractions, which the app never counts).
    #[test]
    fn the_rules_pick_exactly_the_forms_the_files_have() {
        for lang in Lang::ALL {
            let forms = texts::FORMS
                .iter()
                .find(|(t, _)| *t == lang.tag())
                .unwrap()
                .1;
            let picked: Vec<Category> = samples().map(|n| lang.plural(n)).collect();
            for cat in &picked {
                assert!(forms.contains(cat), "{lang:?} picks {cat:?}");
            }
            for cat in forms {
                let fractions_only = lang == Lang::Ru && *cat == Other;
                assert!(
                    fractions_only || picked.contains(cat),
                    "{lang:?} never picks {cat:?}"
                );
            }
        }
    }

    #[test]
    fn plural_counts_in_each_language() {
        let t = |l: Lang, n| count(l, &ready(l).idle_text, n);
        assert!(t(Lang::En, 1).contains("1 second"));
        assert!(t(Lang::En, 5).contains("5 seconds"));
        assert!(t(Lang::Es, 1).contains("1 segundo"));
        assert!(t(Lang::Es, 5).contains("5 segundos"));
        assert_ne!(t(Lang::Ar, 3), t(Lang::Ar, 11).replace("11", "3"));
        assert!(t(Lang::Ru, 1).contains("1 секунду"), "{}", t(Lang::Ru, 1));
        assert!(t(Lang::Ru, 3).contains("3 секунды"), "{}", t(Lang::Ru, 3));
        assert!(t(Lang::Ru, 5).contains("5 секунд"), "{}", t(Lang::Ru, 5));
        assert!(t(Lang::Fr, 0).contains("0 seconde."), "{}", t(Lang::Fr, 0));
        assert!(t(Lang::Vi, 30).contains("30 giây"), "{}", t(Lang::Vi, 30));
    }

    /// The host's `set-language`, config's `default_language` and the
    /// browser's languages are BCP 47 tags in any form.
    #[test]
    fn tags_fall_back_sensibly() {
        for (tag, lang) in [
            ("es-MX", Lang::Es),
            ("ar-EG", Lang::Ar),
            ("EN_gb", Lang::En),
            ("zh", Lang::ZhHans),
            ("zh-CN", Lang::ZhHans),
            ("zh-SG", Lang::ZhHans),
            ("zh-Hans", Lang::ZhHans),
            ("zh-Hans-HK", Lang::ZhHans),
            ("zh-TW", Lang::ZhHant),
            ("zh-HK", Lang::ZhHant),
            ("zh-MO", Lang::ZhHant),
            ("zh-Hant", Lang::ZhHant),
            ("zh-Hant-CN", Lang::ZhHant),
            ("zh_hant_tw", Lang::ZhHant),
            ("yue", Lang::ZhHant),
            ("cmn-Hans-CN", Lang::ZhHans),
            ("vi-VN", Lang::Vi),
            ("tl", Lang::Tl),
            ("fil", Lang::Tl),
            ("fil-PH", Lang::Tl),
            ("ko-KR", Lang::Ko),
            ("ru-UA", Lang::Ru),
            ("ht", Lang::Ht),
            ("ht-HT", Lang::Ht),
            ("pt", Lang::PtBr),
            ("pt-PT", Lang::PtBr),
            ("pt-BR", Lang::PtBr),
            ("fr-CA", Lang::Fr),
            ("fr-HT", Lang::Fr),
            (" FR ", Lang::Fr),
        ] {
            assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
        }
        for tag in ["de-DE", "", "-", "x-klingon", "ja", "hat"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(resolve(["de", "ja-JP", "zh-TW", "es"]), Lang::ZhHant);
        assert_eq!(resolve(["de", ""]), Lang::En);
        assert_eq!(resolve([]), Lang::En);
    }

    #[test]
    fn the_picker_finds_a_language_by_any_of_its_names() {
        let found = |q: &str| {
            Lang::ALL
                .iter()
                .copied()
                .filter(|l| l.matches(q))
                .collect::<Vec<_>>()
        };
        assert_eq!(found("tieng"), [Lang::Vi]);
        assert_eq!(found("Tiếng Việt"), [Lang::Vi]);
        assert_eq!(found("KREYOL"), [Lang::Ht]);
        assert_eq!(found("creole"), [Lang::Ht]);
        assert_eq!(found("filipino"), [Lang::Tl]);
        assert_eq!(found("繁體"), [Lang::ZhHant]);
        assert_eq!(found("chinese"), [Lang::ZhHans, Lang::ZhHant]);
        assert_eq!(found("русский"), [Lang::Ru]);
        assert_eq!(found("francais"), [Lang::Fr]);
        assert_eq!(found("pt-br"), [Lang::PtBr]);
        assert_eq!(found("  ").len(), 12);
        assert!(found("klingon").is_empty());
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("Remove {name}? {name}", &[("name", "Ana")]),
            "Remove Ana? Ana"
        );
    }
}
