//! The app's translation files, `locales/<tag>.ftl` (Fluent), read and
//! checked at build time, so the app carries no parser:
//!
//! - [`load`] reads every file and checks each against English (the
//!   source): no key missing or extra, the same `{ $placeholders }`, and
//!   exactly the plural forms CLDR gives the language ([`LANGUAGES`]);
//!   each file says who or what produced it and whether it was reviewed.
//! - [`Catalogues::rust_source`] writes the typed catalogue the app
//!   compiles (`Texts`, English's values, the other files' names, the
//!   order of texts and plurals in them): the
//!   app's `build.rs` calls it, so a bad file is a build error.
//! - [`Catalogues::compact`] writes each other language as the small JSON
//!   file the app fetches when that language is chosen (values in English's
//!   key order); [`file_name`] gives it a content-hashed name. `cargo xtask
//!   build` writes them into `dist/`.

pub mod ftl;

use ftl::Part;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

/// CLDR's plural categories, in CLDR's order.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A language the app speaks: its tag (also its file's name) and the
/// plural categories CLDR gives its cardinal numbers.
#[derive(Debug)]
pub struct Spec {
    pub tag: &'static str,
    pub categories: &'static [&'static str],
}

/// Every language, English (the source) first. The plural categories are
/// CLDR 46's cardinal rules (common/supplemental/plurals.xml, the table at
/// unicode.org/cldr/charts/46/supplemental/language_plural_rules.html):
///
/// - one form only (`other`): Chinese, Vietnamese, Korean; and Haitian
///   Creole, for which CLDR has no rule, so the root rule (`other`) holds
///   (Kreyòl nouns do not change with the number: "1 segonn", "5 segonn");
/// - `one`, `other`: English (1), Tagalog (`fil`: 1, 2, 3 and every number
///   not ending in 4, 6 or 9: 0, 1, 10 and 21 are `one`; 4, 16, 99 `other`);
/// - `one`, `many`, `other`: Spanish (1), French and Brazilian Portuguese
///   (0 and 1); `many` for whole millions (1 000 000 de secondes);
/// - `one`, `few`, `many`, `other`: Russian (1, 21 / 2–4, 22–24 / 0, 5–20,
///   25–30; `other` is for fractions only, but CLDR requires it);
/// - all six: Arabic.
pub const LANGUAGES: [Spec; 12] = [
    Spec {
        tag: "en",
        categories: &["one", "other"],
    },
    Spec {
        tag: "es",
        categories: &["one", "many", "other"],
    },
    Spec {
        tag: "ar",
        categories: &["zero", "one", "two", "few", "many", "other"],
    },
    Spec {
        tag: "zh-Hans",
        categories: &["other"],
    },
    Spec {
        tag: "zh-Hant",
        categories: &["other"],
    },
    Spec {
        tag: "vi",
        categories: &["other"],
    },
    Spec {
        tag: "tl",
        categories: &["one", "other"],
    },
    Spec {
        tag: "ko",
        categories: &["other"],
    },
    Spec {
        tag: "ru",
        categories: &["one", "few", "many", "other"],
    },
    Spec {
        tag: "ht",
        categories: &["other"],
    },
    Spec {
        tag: "pt-BR",
        categories: &["one", "many", "other"],
    },
    Spec {
        tag: "fr",
        categories: &["one", "many", "other"],
    },
];

/// What each file must say about itself, in a `### key: value` comment.
pub const REQUIRED_META: [&str; 2] = ["produced-by", "review"];

/// A message's value: one text, or one text per plural category (in the
/// language's [`Spec::categories`] order). `{name}` marks a placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Plural(Vec<(String, String)>),
}

/// One message of a file.
#[derive(Clone, Debug)]
pub struct Entry {
    pub key: String,
    pub comment: String,
    pub line: usize,
    pub value: Value,
}

/// One language's file, read.
#[derive(Debug)]
pub struct Catalogue {
    pub spec: &'static Spec,
    pub meta: BTreeMap<String, String>,
    pub entries: Vec<Entry>,
}

/// English and every other language, checked.
#[derive(Debug)]
pub struct Catalogues {
    pub english: Catalogue,
    pub others: Vec<Catalogue>,
}

/// Reads and checks `dir/<tag>.ftl` for every language; the error lists
/// every problem of every file (`locales/vi.ftl:12: idle_text: …`).
pub fn load(dir: &Path) -> Result<Catalogues, String> {
    let mut errors = Vec::new();
    let mut read = Vec::new();
    for spec in &LANGUAGES {
        let path = dir.join(format!("{}.ftl", spec.tag));
        let shown = format!("locales/{}.ftl", spec.tag);
        match std::fs::read_to_string(&path) {
            Ok(src) => match read_catalogue(spec, &src) {
                Ok(c) => read.push(c),
                Err(e) => errors.extend(e.into_iter().map(|e| format!("{shown}:{e}"))),
            },
            Err(e) => errors.push(format!("{shown}: {e}")),
        }
    }
    if let Ok(files) = std::fs::read_dir(dir) {
        for file in files.filter_map(Result::ok) {
            let name = file.file_name().to_string_lossy().to_string();
            if let Some(tag) = name.strip_suffix(".ftl") {
                if !LANGUAGES.iter().any(|s| s.tag == tag) {
                    errors.push(format!(
                        "locales/{name}: not a language of the app (add it to catalogue::LANGUAGES and to i18n::Lang)"
                    ));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    let mut read = read.into_iter();
    let english = read.next().expect("English is read first");
    let others: Vec<Catalogue> = read.collect();
    for c in std::iter::once(&english).chain(&others) {
        errors.extend(
            check(&english, c)
                .into_iter()
                .map(|e| format!("locales/{}.ftl:{e}", c.spec.tag)),
        );
    }
    if errors.is_empty() {
        Ok(Catalogues { english, others })
    } else {
        Err(errors.join("\n"))
    }
}

/// One file's text, parsed into values (`line: what` errors).
pub fn read_catalogue(spec: &'static Spec, src: &str) -> Result<Catalogue, Vec<String>> {
    let resource = ftl::parse(src).map_err(|e| {
        e.into_iter()
            .map(|e| e.trim_start_matches("line ").to_string())
            .collect::<Vec<_>>()
    })?;
    let mut errors = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    for m in resource.messages {
        if entries.iter().any(|e| e.key == m.key) {
            errors.push(format!("{}: {}: the key appears twice", m.line, m.key));
            continue;
        }
        match value(&m.parts) {
            Ok(value) => entries.push(Entry {
                key: m.key,
                comment: m.comment,
                line: m.line,
                value,
            }),
            Err(e) => errors.push(format!("{}: {}: {e}", m.line, m.key)),
        }
    }
    if errors.is_empty() {
        Ok(Catalogue {
            spec,
            meta: resource.meta.into_iter().collect(),
            entries,
        })
    } else {
        Err(errors)
    }
}

fn render(parts: &[Part]) -> Result<String, String> {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(t) | Part::Literal(t) => {
                if t.contains(['{', '}']) {
                    return Err("a brace in a text (the app reads {name} as a placeholder)".into());
                }
                out.push_str(t);
            }
            Part::Var(v) => write!(out, "{{{v}}}").unwrap(),
            Part::Select { .. } => return Err("one plural per message".into()),
        }
    }
    Ok(out)
}

/// A pattern as the app stores it: a plural is spelt out in full for each
/// category (the text around it repeated in each form).
fn value(parts: &[Part]) -> Result<Value, String> {
    let selects: Vec<usize> = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p, Part::Select { .. }))
        .map(|(i, _)| i)
        .collect();
    match selects.as_slice() {
        [] => Ok(Value::Text(render(parts)?)),
        [at] => {
            let Part::Select { var, variants } = &parts[*at] else {
                unreachable!()
            };
            if var != "n" {
                return Err(format!(
                    "a plural chooses by {{ $n }}, the number (not {{ ${var} }})"
                ));
            }
            let before = render(&parts[..*at])?;
            let after = render(&parts[at + 1..])?;
            let mut forms = Vec::new();
            for v in variants {
                if !CATEGORIES.contains(&v.key.as_str()) {
                    return Err(format!(
                        "[{}] is not a CLDR plural category (zero, one, two, few, many, other)",
                        v.key
                    ));
                }
                if v.default && v.key != "other" {
                    return Err(format!("the default variant is *[other], not *[{}]", v.key));
                }
                if forms.iter().any(|(k, _)| k == &v.key) {
                    return Err(format!("[{}] appears twice", v.key));
                }
                forms.push((
                    v.key.clone(),
                    format!("{before}{}{after}", render(&v.parts)?),
                ));
            }
            Ok(Value::Plural(forms))
        }
        _ => Err("one plural per message".into()),
    }
}

/// The `{placeholders}` of a text.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(k, _)| k.to_string()))
        .collect()
}

fn show(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        return "none".into();
    }
    set.iter()
        .map(|p| format!("{{ ${p} }}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every problem of `c` measured against `english` (`line: key: what`).
pub fn check(english: &Catalogue, c: &Catalogue) -> Vec<String> {
    let mut errors = Vec::new();
    for key in REQUIRED_META {
        if c.meta.get(key).is_none_or(|v| v.is_empty()) {
            errors.push(format!(
                "1: the file does not say `### {key}: …` (who or what produced it; whether a native speaker reviewed it)"
            ));
        }
    }
    let theirs: BTreeMap<&str, &Entry> = c.entries.iter().map(|e| (e.key.as_str(), e)).collect();
    let ours: BTreeSet<&str> = english.entries.iter().map(|e| e.key.as_str()).collect();
    for e in &c.entries {
        if !ours.contains(e.key.as_str()) {
            errors.push(format!(
                "{}: {}: not a key of English (locales/en.ftl): remove it, or add it there first",
                e.line, e.key
            ));
        }
    }
    let wanted: BTreeSet<&str> = c.spec.categories.iter().copied().collect();
    for en in &english.entries {
        let Some(t) = theirs.get(en.key.as_str()) else {
            errors.push(format!("0: {}: missing (English has it)", en.key));
            continue;
        };
        let at = format!("{}: {}", t.line, t.key);
        let forms: Vec<(String, String)> = match (&en.value, &t.value) {
            (Value::Text(e), Value::Text(text)) => {
                if placeholders(e) != placeholders(text) {
                    errors.push(format!(
                        "{at}: placeholders {} where English has {}",
                        show(&placeholders(text)),
                        show(&placeholders(e))
                    ));
                }
                vec![("".into(), text.clone())]
            }
            (Value::Plural(_), Value::Text(text)) if c.spec.categories == ["other"] => {
                // A language with one form may write it without a select.
                vec![("other".into(), text.clone())]
            }
            (Value::Plural(_), Value::Text(_)) => {
                errors.push(format!(
                    "{at}: English has a plural here: write {{ $n -> … }} with [{}]",
                    c.spec.categories.join("], [")
                ));
                continue;
            }
            (Value::Text(_), Value::Plural(_)) => {
                errors.push(format!("{at}: a plural where English has one text"));
                continue;
            }
            (Value::Plural(_), Value::Plural(forms)) => forms.clone(),
        };
        if let Value::Plural(en_forms) = &en.value {
            let en_other = &en_forms
                .iter()
                .find(|(k, _)| k == "other")
                .expect("checked: every plural has other")
                .1;
            let expected = placeholders(en_other);
            let got: BTreeSet<&str> = forms.iter().map(|(k, _)| k.as_str()).collect();
            if got != wanted {
                let missing: Vec<&str> = wanted.difference(&got).copied().collect();
                let extra: Vec<&str> = got.difference(&wanted).copied().collect();
                let mut what = format!(
                    "{at}: the plural forms of {} are [{}] (CLDR)",
                    c.spec.tag,
                    c.spec.categories.join("], [")
                );
                if !missing.is_empty() {
                    write!(what, "; missing [{}]", missing.join("], [")).unwrap();
                }
                if !extra.is_empty() {
                    write!(
                        what,
                        "; not used by {}: [{}]",
                        c.spec.tag,
                        extra.join("], [")
                    )
                    .unwrap();
                }
                errors.push(what);
            }
            for (cat, text) in &forms {
                let mut found = placeholders(text);
                // "one", "two" (and Arabic's "zero") may say the number in
                // words: { $n } may be left out there, nothing else.
                if matches!(cat.as_str(), "zero" | "one" | "two") {
                    found.insert("n".into());
                }
                if found != expected {
                    errors.push(format!(
                        "{at} [{cat}]: placeholders {} where English has {}",
                        show(&placeholders(text)),
                        show(&expected)
                    ));
                }
            }
        }
        for (cat, text) in &forms {
            let at = if cat.is_empty() {
                at.clone()
            } else {
                format!("{at} [{cat}]")
            };
            if text.trim().is_empty() {
                errors.push(format!("{at}: empty"));
            }
            if text.contains('\n') {
                errors.push(format!(
                    "{at}: a line break: the app's texts are one line each (join the lines)"
                ));
            }
        }
    }
    errors
}

impl Catalogues {
    /// Every catalogue, English first.
    pub fn all(&self) -> impl Iterator<Item = &Catalogue> {
        std::iter::once(&self.english).chain(&self.others)
    }

    /// `c`'s values in English's key order, as the JSON array the app
    /// fetches: a text is a string, a plural an array of its forms in the
    /// language's category order. Compact: no keys, no spaces.
    pub fn compact(&self, c: &Catalogue) -> String {
        let theirs: BTreeMap<&str, &Value> = c
            .entries
            .iter()
            .map(|e| (e.key.as_str(), &e.value))
            .collect();
        let mut out = String::from("[");
        for (i, en) in self.english.entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match theirs[en.key.as_str()] {
                Value::Text(t) if matches!(en.value, Value::Plural(_)) => {
                    out.push('[');
                    json_string(&mut out, t);
                    out.push(']');
                }
                Value::Text(t) => json_string(&mut out, t),
                Value::Plural(forms) => {
                    out.push('[');
                    for (j, cat) in c.spec.categories.iter().enumerate() {
                        if j > 0 {
                            out.push(',');
                        }
                        let form = &forms.iter().find(|(k, _)| k == cat).expect("checked").1;
                        json_string(&mut out, form);
                    }
                    out.push(']');
                }
            }
        }
        out.push(']');
        out
    }

    /// The Rust the app includes (`src/i18n/texts.rs`): the `Texts` struct
    /// (one field per English key, its comment as the field's doc),
    /// `EN`, the served file of each other language, each language's plural
    /// categories, and `KINDS` (which values are plurals) and `SLOTS` to
    /// read one from a served file.
    pub fn rust_source(&self) -> String {
        let mut o = String::new();
        o.push_str(
            "// Generated by build.rs from locales/*.ftl (catalogue crate): do not edit.\n\n",
        );
        o.push_str("/// Every user-facing text of the app, in one language: one field per\n");
        o.push_str("/// message of `locales/en.ftl`. `{name}` marks a value filled in with\n");
        o.push_str("/// [`fill`](super::fill).\n");
        o.push_str(
            "///\n/// `repr(C)`, every field a `&str` or a [`Plural`] (six `&str`): laid out\n",
        );
        o.push_str("/// exactly as `[&str; SLOTS]`, which [`Texts::read`] relies on.\n");
        o.push_str("#[derive(Debug)]\n#[repr(C)]\npub struct Texts {\n");
        for e in &self.english.entries {
            for line in e.comment.lines() {
                writeln!(o, "    /// {line}").unwrap();
            }
            let ty = match e.value {
                Value::Text(_) => "&'static str",
                Value::Plural(_) => "Plural",
            };
            writeln!(o, "    pub {}: {ty},", e.key).unwrap();
        }
        o.push_str("}\n\n");

        o.push_str("/// English, the source (`locales/en.ftl`), compiled in.\n");
        o.push_str("pub const EN: Texts = Texts {\n");
        for e in &self.english.entries {
            match &e.value {
                Value::Text(t) => writeln!(o, "    {}: {t:?},", e.key).unwrap(),
                Value::Plural(forms) => {
                    write!(o, "    {}: Plural {{", e.key).unwrap();
                    for cat in CATEGORIES {
                        let form = forms
                            .iter()
                            .find(|(k, _)| k == cat)
                            .map(|(_, f)| f.as_str())
                            .unwrap_or("");
                        write!(o, " {cat}: {form:?},").unwrap();
                    }
                    o.push_str(" },\n");
                }
            }
        }
        o.push_str("};\n\n");

        let texts = self
            .english
            .entries
            .iter()
            .filter(|e| matches!(e.value, Value::Text(_)))
            .count();
        let slots = texts + 6 * (self.english.entries.len() - texts);
        writeln!(
            o,
            "/// How many `&str` a [`Texts`] holds (a plural holds six).\npub const SLOTS: usize = {slots};\n"
        )
        .unwrap();
        o.push_str("impl Texts {\n");
        o.push_str("    /// Every key and its text (plurals as `key.category`), for tests.\n");
        o.push_str("    #[allow(clippy::vec_init_then_push)]\n");
        o.push_str("    pub fn entries(&self) -> Vec<(String, &'static str)> {\n");
        o.push_str("        let mut all = Vec::new();\n");
        for e in &self.english.entries {
            match e.value {
                Value::Text(_) => {
                    writeln!(o, "        all.push(({:?}.to_string(), self.{}));", e.key, e.key)
                        .unwrap()
                }
                Value::Plural(_) => writeln!(
                    o,
                    "        all.extend(self.{k}.forms().map(|(c, t)| (format!(\"{k}.{{c}}\"), t)));",
                    k = e.key
                )
                .unwrap(),
            }
        }
        o.push_str("        all\n    }\n\n");
        o.push_str("    /// The plural keys, for tests.\n");
        o.push_str("    pub fn plurals(&self) -> Vec<(&'static str, Plural)> {\n        vec![");
        for e in &self.english.entries {
            if let Value::Plural(_) = e.value {
                write!(o, "({:?}, self.{}), ", e.key, e.key).unwrap();
            }
        }
        o.push_str("]\n    }\n}\n\n");

        o.push_str("/// Which messages are plurals, in English's key order.\n");
        writeln!(
            o,
            "pub const KINDS: [bool; {}] = [",
            self.english.entries.len()
        )
        .unwrap();
        for chunk in self.english.entries.chunks(12) {
            let row: Vec<&str> = chunk
                .iter()
                .map(|e| match e.value {
                    Value::Text(_) => "false",
                    Value::Plural(_) => "true",
                })
                .collect();
            writeln!(o, "    {},", row.join(", ")).unwrap();
        }
        o.push_str("];\n\n");
        o.push_str("/// Each language's plural categories (CLDR), the order of its forms in\n");
        o.push_str("/// its served file.\n");
        writeln!(
            o,
            "pub const FORMS: [(&str, &[Category]); {}] = [",
            LANGUAGES.len()
        )
        .unwrap();
        for spec in &LANGUAGES {
            let cats: Vec<String> = spec
                .categories
                .iter()
                .map(|c| format!("Category::{}{}", c[..1].to_uppercase(), &c[1..]))
                .collect();
            writeln!(o, "    ({:?}, &[{}]),", spec.tag, cats.join(", ")).unwrap();
        }
        o.push_str("];\n\n");
        o.push_str("/// The file each language but English is fetched from (beside\n");
        o.push_str("/// `index.html`; the name carries a hash of the content).\n");
        writeln!(
            o,
            "pub const FILES: [(&str, &str); {}] = [",
            self.others.len()
        )
        .unwrap();
        for c in &self.others {
            writeln!(
                o,
                "    ({:?}, {:?}),",
                c.spec.tag,
                file_name(c.spec.tag, &self.compact(c))
            )
            .unwrap();
        }
        o.push_str("];\n");
        o
    }
}

/// `s` as a JSON string (UTF-8 as it is; quotes, backslashes and control
/// characters escaped).
fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The served name of a language's file: `i18n-<tag>-<16 hex digits>.json`,
/// the digits a 64-bit FNV-1a hash of the content, so a changed text is a
/// new name and the old one can be cached for a year
/// (`sandbox/src/caching.rs`, `xtask/src/nginx.rs`).
pub fn file_name(tag: &str, content: &str) -> String {
    format!(
        "i18n-{}-{:016x}.json",
        tag.to_ascii_lowercase(),
        fnv1a(&[content.as_bytes()])
    )
}

/// The served name of the phone data (`phone/entry.js` bundled with
/// libphonenumber-js by `cargo xtask build`): `phone-<16 hex digits>.js`,
/// hashed over what the bundle is made from (the entry and
/// `package-lock.json`, which pins libphonenumber-js and esbuild), so the
/// app's build (`build.rs`) knows the name before the bundle exists.
pub fn phone_file_name(entry: &[u8], lock: &[u8]) -> String {
    format!("phone-{:016x}.js", fnv1a(&[entry, &[0], lock]))
}

/// 64-bit FNV-1a over the parts, one after the other.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in parts.iter().flat_map(|p| p.iter()) {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(tag: &str) -> &'static Spec {
        LANGUAGES.iter().find(|s| s.tag == tag).unwrap()
    }

    const META: &str = "### produced-by: a test\n### review: none\n";

    fn cat(tag: &str, body: &str) -> Catalogue {
        read_catalogue(spec(tag), &format!("{META}{body}")).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn english() -> Catalogue {
        cat(
            "en",
            "hello = Hello { $name }\nbye = Bye\nwait =\n    Wait { $n ->\n        [one] { $n } second\n       *[other] { $n } seconds\n    }.\n",
        )
    }

    fn errors_of(tag: &str, body: &str) -> String {
        check(&english(), &cat(tag, body)).join("\n")
    }

    const RU_WAIT: &str = "wait = { $n ->\n    [one] { $n } секунда\n    [few] { $n } секунды\n    [many] { $n } секунд\n   *[other] { $n } секунды\n}\n";

    #[test]
    fn a_complete_file_passes() {
        assert_eq!(check(&english(), &english()), Vec::<String>::new());
        assert_eq!(
            errors_of(
                "ru",
                &format!("hello = Привет, {{ $name }}\nbye = Пока\n{RU_WAIT}")
            ),
            ""
        );
        // One form only: a plain text will do, or a select with [other].
        assert_eq!(
            errors_of(
                "vi",
                "hello = Chào { $name }\nbye = Tạm biệt\nwait = Chờ { $n } giây.\n"
            ),
            ""
        );
        assert_eq!(
            errors_of(
                "ko",
                "hello = { $name }님\nbye = 안녕\nwait = { $n ->\n   *[other] { $n }초\n}\n"
            ),
            ""
        );
    }

    #[test]
    fn missing_and_extra_keys() {
        let e = errors_of(
            "vi",
            "hello = Chào { $name }\nwait = { $n } giây\nextra = x\n",
        );
        assert!(e.contains("bye: missing"), "{e}");
        assert!(e.contains("extra: not a key of English"), "{e}");
    }

    #[test]
    fn a_lost_or_added_placeholder() {
        let e = errors_of(
            "vi",
            "hello = Chào\nbye = Tạm biệt { $x }\nwait = Chờ giây\n",
        );
        assert!(
            e.contains("hello: placeholders none where English has { $name }"),
            "{e}"
        );
        assert!(
            e.contains("bye: placeholders { $x } where English has none"),
            "{e}"
        );
        assert!(
            e.contains("wait [other]: placeholders none where English has { $n }"),
            "{e}"
        );
    }

    #[test]
    fn plural_forms_are_exactly_cldrs() {
        let ru = RU_WAIT.replace("    [few] { $n } секунды\n", "");
        let e = errors_of("ru", &format!("hello = {{ $name }}\nbye = Пока\n{ru}"));
        assert!(
            e.contains(
                "the plural forms of ru are [one], [few], [many], [other] (CLDR); missing [few]"
            ),
            "{e}"
        );
        let e = errors_of(
            "zh-Hans",
            "hello = { $name }\nbye = 再见\nwait = { $n ->\n    [one] 1 秒\n   *[other] { $n } 秒\n}\n",
        );
        assert!(e.contains("not used by zh-Hans: [one]"), "{e}");
        let e = errors_of(
            "es",
            "hello = { $name }\nbye = Adiós\nwait = { $n } segundos\n",
        );
        assert!(e.contains("English has a plural here"), "{e}");
        let e = read_catalogue(spec("es"), "hello = { $name ->\n  *[other] x\n}\n").unwrap_err();
        assert!(e[0].contains("chooses by { $n }"), "{e:?}");
    }

    #[test]
    fn one_and_two_may_say_the_number_in_words() {
        let ar = "hello = { $name }\nbye = x\nwait = { $n ->\n  [zero] لا ثوانٍ\n  [one] ثانية واحدة\n  [two] ثانيتين\n  [few] { $n } ثوانٍ\n  [many] { $n } ثانية\n *[other] ثانية\n}\n";
        let e = errors_of("ar", ar);
        assert!(
            !e.contains("[one]") && !e.contains("[two]") && !e.contains("[zero]"),
            "{e}"
        );
        assert!(e.contains("wait [other]: placeholders none"), "{e}");
    }

    #[test]
    fn every_file_says_who_made_it() {
        let c = read_catalogue(spec("vi"), "hello = { $name }\nbye = x\nwait = { $n }\n").unwrap();
        let e = check(&english(), &c).join("\n");
        assert!(e.contains("### produced-by"), "{e}");
        assert!(e.contains("### review"), "{e}");
    }

    #[test]
    fn empty_texts_braces_and_line_breaks_are_refused() {
        let e = errors_of("vi", "hello = { $name }\nbye = {\"\"}\nwait = { $n }\n");
        assert!(e.contains("bye: empty"), "{e}");
        let e = errors_of(
            "vi",
            "hello = { $name }\nbye =\n    two\n    lines\nwait = { $n }\n",
        );
        assert!(e.contains("bye: a line break"), "{e}");
        let c = read_catalogue(spec("vi"), &format!("{META}bye = {{\"{{\"}}\n"));
        assert!(format!("{c:?}").contains("a brace"), "{c:?}");
    }

    #[test]
    fn the_compact_file_follows_englishs_order() {
        let ru = cat(
            "ru",
            &format!("{RU_WAIT}bye = Пока\nhello = Привет, {{ $name }}\n"),
        );
        let all = Catalogues {
            english: english(),
            others: vec![ru],
        };
        assert_eq!(
            all.compact(&all.others[0]),
            r#"["Привет, {name}","Пока",["{n} секунда","{n} секунды","{n} секунд","{n} секунды"]]"#
        );
        let vi = cat(
            "vi",
            "hello = \"{ $name }\"\\\nbye = x\nwait = Chờ { $n } giây\n",
        );
        let all = Catalogues {
            english: english(),
            others: vec![vi],
        };
        assert_eq!(
            all.compact(&all.others[0]),
            r#"["\"{name}\"\\","x",["Chờ {n} giây"]]"#
        );
        let name = file_name("zh-Hans", "[]");
        assert!(
            name.starts_with("i18n-zh-hans-") && name.ends_with(".json"),
            "{name}"
        );
        assert_eq!(name.len(), "i18n-zh-hans-".len() + 16 + ".json".len());
        assert_ne!(file_name("vi", "[\"a\"]"), file_name("vi", "[\"b\"]"));
    }

    #[test]
    fn the_generated_rust_names_every_key() {
        let all = Catalogues {
            english: english(),
            others: vec![],
        };
        let rust = all.rust_source();
        assert!(rust.contains("pub hello: &'static str,"), "{rust}");
        assert!(rust.contains("pub wait: Plural,"), "{rust}");
        assert!(rust.contains("hello: \"Hello {name}\","), "{rust}");
        assert!(rust.contains("one: \"Wait {n} second.\","), "{rust}");
        assert!(rust.contains("pub const SLOTS: usize = 8;"), "{rust}");
        assert!(rust.contains("#[repr(C)]\npub struct Texts {"), "{rust}");
        assert!(
            rust.contains("pub const KINDS: [bool; 3] = [\n    false, false, true,\n];"),
            "{rust}"
        );
        assert!(
            rust.contains(
                "(\"ru\", &[Category::One, Category::Few, Category::Many, Category::Other]),"
            ),
            "{rust}"
        );
    }
}
