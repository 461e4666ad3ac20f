//! The part of Fluent (<https://projectfluent.org/fluent/guide/>) that the
//! app's texts use, read strictly: messages (`key = text`), `#`, `##` and
//! `###` comments, variables (`{ $name }`), string literals (`{" "}`, for a
//! space at either end) and one plural per message (`{ $n -> [one] …
//! *[other] … }`). Anything else Fluent has (terms, attributes, functions,
//! message references, numeric variant keys, nested selects) is refused by
//! name, so a file that reads here means the same in any Fluent tool.

/// One piece of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Text as written (trimmed at the pattern's ends).
    Text(String),
    /// A string literal `{"…"}`: kept as it is, never trimmed.
    Literal(String),
    /// `{ $name }`.
    Var(String),
    /// `{ $var -> [key] … *[other] … }`.
    Select { var: String, variants: Vec<Variant> },
}

/// One variant of a select expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub key: String,
    pub default: bool,
    pub parts: Vec<Part>,
}

/// One message: its key, the `#` comment just above it, the line it starts
/// on, its pattern.
#[derive(Clone, Debug)]
pub struct Message {
    pub key: String,
    pub comment: String,
    pub line: usize,
    pub parts: Vec<Part>,
}

/// A whole file: its `###` comments (and the `key: value` pairs among
/// them) and its messages in file order.
#[derive(Clone, Debug, Default)]
pub struct Resource {
    pub meta: Vec<(String, String)>,
    pub messages: Vec<Message>,
}

/// Reads a file; every error is `line N: what`.
pub fn parse(src: &str) -> Result<Resource, Vec<String>> {
    let lines: Vec<&str> = src.lines().collect();
    let mut resource = Resource::default();
    let mut errors = Vec::new();
    let mut comment: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let number = i + 1;
        i += 1;
        if line.trim().is_empty() {
            // A blank line parts a comment from the message below it.
            comment.clear();
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            let level = 1 + rest.chars().take_while(|&c| c == '#').count();
            let rest = &line[level..];
            if level > 3 || !(rest.is_empty() || rest.starts_with(' ')) {
                errors.push(format!(
                    "line {number}: a comment is `# `, `## ` or `### ` then the text"
                ));
                continue;
            }
            let text = rest.strip_prefix(' ').unwrap_or(rest);
            match level {
                1 => comment.push(text.to_string()),
                2 => comment.clear(),
                _ => {
                    comment.clear();
                    if let Some((key, value)) = text.split_once(':') {
                        let key = key.trim();
                        if !key.is_empty()
                            && key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        {
                            resource
                                .meta
                                .push((key.to_string(), value.trim().to_string()));
                        }
                    }
                }
            }
            continue;
        }
        if line.starts_with(' ') {
            errors.push(format!(
                "line {number}: an indented line outside a message (a message starts at the line's beginning: `key = text`)"
            ));
            continue;
        }
        if line.starts_with('-') {
            errors.push(format!(
                "line {number}: terms (`-name = …`) are not used in this app's files"
            ));
            continue;
        }
        let key: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        let after = line[key.len()..].trim_start_matches(' ');
        if key.is_empty()
            || !key.starts_with(|c: char| c.is_ascii_alphabetic())
            || !after.starts_with('=')
        {
            errors.push(format!("line {number}: expected `key = text`"));
            comment.clear();
            continue;
        }
        // The value: the rest of this line, then every indented line (and
        // blank lines between indented ones).
        let mut raw = after[1..].to_string();
        while i < lines.len() {
            let next = lines[i];
            // (A select's variants and closing brace may start a line.)
            let continues = next.starts_with([' ', '}', '['])
                || next.starts_with("*[")
                || (next.trim().is_empty()
                    && lines[i..]
                        .iter()
                        .find(|l| !l.trim().is_empty())
                        .is_some_and(|l| l.starts_with([' ', '}', '['])));
            if !continues {
                break;
            }
            raw.push('\n');
            raw.push_str(next);
            i += 1;
        }
        match Pattern::new(&raw, number).top() {
            Ok(parts) => resource.messages.push(Message {
                key,
                comment: comment.join("\n"),
                line: number,
                parts,
            }),
            Err(e) => errors.push(format!("{e} (in {key})")),
        }
        comment.clear();
    }
    if errors.is_empty() {
        Ok(resource)
    } else {
        Err(errors)
    }
}

struct Pattern {
    chars: Vec<char>,
    pos: usize,
    first_line: usize,
}

impl Pattern {
    fn new(raw: &str, first_line: usize) -> Pattern {
        Pattern {
            chars: raw.chars().collect(),
            pos: 0,
            first_line,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn error(&self, what: &str) -> String {
        let line = self.first_line
            + self.chars[..self.pos.min(self.chars.len())]
                .iter()
                .filter(|&&c| c == '\n')
                .count();
        format!("line {line}: {what}")
    }

    fn top(&mut self) -> Result<Vec<Part>, String> {
        let parts = self.pattern(false)?;
        if self.pos < self.chars.len() {
            return Err(self.error("unexpected `}`"));
        }
        Ok(parts)
    }

    /// Text and placeables up to the end (or, in a variant, up to the line
    /// that starts the next variant or closes the select).
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '{' => {
                    self.pos += 1;
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    let part = self.placeable(in_variant)?;
                    parts.push(part);
                }
                '}' => {
                    if in_variant {
                        return Err(self.error("`}` closes a plural on a line of its own"));
                    }
                    return Err(
                        self.error("unexpected `}` (write a brace as a string literal: {\"}\"})")
                    );
                }
                '\n' => {
                    let mut j = self.pos + 1;
                    while self.chars.get(j) == Some(&' ') {
                        j += 1;
                    }
                    match self.chars.get(j) {
                        None => {
                            self.pos = j;
                        }
                        Some('\n') => {
                            text.push('\n');
                            self.pos = j;
                        }
                        Some('[' | '*' | '}') if in_variant => break,
                        Some('[' | '*' | '.') => {
                            self.pos = j;
                            return Err(self.error(
                                "a line of text may not start with `[`, `*` or `.` (attributes and variants are not used here)",
                            ));
                        }
                        Some(_) => {
                            text.push('\n');
                            self.pos = j;
                        }
                    }
                }
                _ => {
                    text.push(c);
                    self.pos += 1;
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        // Fluent trims the pattern's ends (a string literal is not trimmed).
        if let Some(Part::Text(t)) = parts.first_mut() {
            *t = t.trim_start().to_string();
        }
        if let Some(Part::Text(t)) = parts.last_mut() {
            *t = t.trim_end().to_string();
        }
        parts.retain(|p| !matches!(p, Part::Text(t) if t.is_empty()));
        Ok(parts)
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(' ' | '\n' | '\t')) {
            self.pos += 1;
        }
    }

    fn identifier(&mut self) -> String {
        let start = self.pos;
        if self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                self.pos += 1;
            }
        }
        self.chars[start..self.pos].iter().collect()
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected `{c}`")))
        }
    }

    /// After `{`.
    fn placeable(&mut self, in_variant: bool) -> Result<Part, String> {
        self.skip_blank();
        match self.peek() {
            Some('"') => {
                let text = self.string_literal()?;
                self.skip_blank();
                self.expect('}')?;
                Ok(Part::Literal(text))
            }
            Some('$') => {
                self.pos += 1;
                let var = self.identifier();
                if var.is_empty() {
                    return Err(self.error("a variable is `$` and a name: { $name }"));
                }
                self.skip_blank();
                if self.chars[self.pos..].starts_with(&['-', '>']) {
                    if in_variant {
                        return Err(self.error("a plural inside a plural"));
                    }
                    self.pos += 2;
                    let variants = self.variants()?;
                    return Ok(Part::Select { var, variants });
                }
                self.expect('}')?;
                Ok(Part::Var(var))
            }
            Some('-') => Err(self.error("terms ({ -name }) are not used in this app's files")),
            Some(c) if c.is_ascii_digit() => Err(self.error("a number in braces: write it as text")),
            Some(c) if c.is_ascii_alphabetic() => Err(self.error(
                "message references and functions (NUMBER(), DATETIME()) are not used in this app's files",
            )),
            _ => Err(self.error("expected { $name } or {\"text\"}")),
        }
    }

    fn string_literal(&mut self) -> Result<String, String> {
        self.expect('"')?;
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some('\n') => return Err(self.error("a string literal ends on its line")),
                Some('"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some('\\') => {
                    self.pos += 1;
                    match self.peek() {
                        Some('"') => out.push('"'),
                        Some('\\') => out.push('\\'),
                        Some(u @ ('u' | 'U')) => {
                            let len = if u == 'u' { 4 } else { 6 };
                            let hex: String =
                                self.chars.iter().skip(self.pos + 1).take(len).collect();
                            let c = u32::from_str_radix(&hex, 16)
                                .ok()
                                .filter(|_| hex.len() == len)
                                .and_then(char::from_u32)
                                .ok_or_else(|| self.error("a bad \\u escape"))?;
                            out.push(c);
                            self.pos += len;
                        }
                        _ => {
                            return Err(self.error(
                                "in a string literal, only \\\" \\\\ \\uXXXX and \\UXXXXXX",
                            ))
                        }
                    }
                    self.pos += 1;
                }
                Some(c) => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// After `->`: the variants, each on a line of its own, then `}`.
    fn variants(&mut self) -> Result<Vec<Variant>, String> {
        let mut variants = Vec::new();
        loop {
            // A variant starts on a new line.
            let mut saw_line = false;
            while matches!(self.peek(), Some(' ' | '\n')) {
                saw_line |= self.peek() == Some('\n');
                self.pos += 1;
            }
            match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    break;
                }
                Some('[' | '*') if saw_line => {}
                Some('[' | '*') => {
                    return Err(self.error("each variant starts on a line of its own"))
                }
                _ => return Err(self.error("expected a variant (`[one] …`, `*[other] …`) or `}`")),
            }
            let default = self.peek() == Some('*');
            if default {
                self.pos += 1;
            }
            self.expect('[')?;
            while self.peek() == Some(' ') {
                self.pos += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.error(
                    "numeric variants ([0], [1]) are not used: write the CLDR categories (zero, one, two, few, many, other)",
                ));
            }
            let key = self.identifier();
            while self.peek() == Some(' ') {
                self.pos += 1;
            }
            self.expect(']')?;
            let parts = self.pattern(true)?;
            variants.push(Variant {
                key,
                default,
                parts,
            });
        }
        match variants.iter().filter(|v| v.default).count() {
            1 => Ok(variants),
            0 => Err(self.error("a plural needs one default variant: *[other]")),
            _ => Err(self.error("a plural has one default variant (*[other]), not several")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> Vec<Part> {
        let r = parse(src).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(r.messages.len(), 1);
        r.messages[0].parts.clone()
    }

    fn text(s: &str) -> Part {
        Part::Text(s.into())
    }

    #[test]
    fn messages_comments_and_meta() {
        let r = parse(
            "### produced-by: a person\n### review: done\n\n## Group\n\n# About a\na = Hello { $name }!\n\nb = x\n",
        )
        .unwrap();
        assert_eq!(
            r.meta,
            [
                ("produced-by".to_string(), "a person".to_string()),
                ("review".into(), "done".into())
            ]
        );
        assert_eq!(r.messages[0].comment, "About a");
        assert_eq!(
            r.messages[0].parts,
            [text("Hello "), Part::Var("name".into()), text("!")]
        );
        assert_eq!(r.messages[1].comment, "");
        assert_eq!(r.messages[1].line, 9);
    }

    #[test]
    fn literals_keep_spaces_at_the_ends() {
        assert_eq!(
            one("a = {\" \"}said: \"{ $m }\"{\" \"}\n"),
            [
                Part::Literal(" ".into()),
                text("said: \""),
                Part::Var("m".into()),
                text("\""),
                Part::Literal(" ".into())
            ]
        );
        assert_eq!(
            one("a = {\"\\u00A0\\\\\"}\n"),
            [Part::Literal("\u{a0}\\".into())]
        );
    }

    #[test]
    fn a_plural_inside_text() {
        let parts = one(
            "a =\n    Wait { $n ->\n        [one] { $n } second\n       *[other] { $n } seconds\n    }, then go.\n",
        );
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0], text("Wait "));
        assert_eq!(parts[2], text(", then go."));
        let Part::Select { var, variants } = &parts[1] else {
            panic!("{parts:?}")
        };
        assert_eq!(var, "n");
        assert_eq!(variants.len(), 2);
        assert_eq!(variants[0].key, "one");
        assert!(!variants[0].default && variants[1].default);
        assert_eq!(variants[1].parts, [Part::Var("n".into()), text(" seconds")]);
    }

    #[test]
    fn what_this_subset_refuses() {
        for (src, says) in [
            ("-brand = X\n", "terms"),
            ("a = { -brand }\n", "terms"),
            ("a = { NUMBER($n) }\n", "functions"),
            ("a = x\n    .title = y\n", "attributes"),
            ("a = { $n ->\n   [0] none\n  *[other] x\n}\n", "numeric"),
            ("a = { $n ->\n   [one] x\n   [other] y\n}\n", "default"),
            ("a = { $n ->\n  *[one] x\n  *[other] y\n}\n", "not several"),
            (
                "a = { $n ->\n  *[other] { $m ->\n *[other] x\n}\n}\n",
                "inside a plural",
            ),
            ("a = x }\n", "unexpected `}`"),
            ("a = { $n\n", "expected `}`"),
            ("a = {\"open\n", "ends on its line"),
            ("  a = x\n", "indented line"),
            ("a x\n", "expected `key = text`"),
            ("#bad\n", "comment"),
        ] {
            let errors = parse(src).expect_err(src);
            assert!(
                errors.iter().any(|e| e.contains(says)),
                "{src:?}: {errors:?} should say {says}"
            );
        }
    }
}
