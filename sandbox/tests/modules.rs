//! The modules of `sandbox/src` form a DAG: no file names, directly or
//! through others, a module that names it back (the map is in `lib.rs`).
//!
//! Reads every `src/*.rs`, collects the sibling modules each one names in
//! code (`crate::foo`, `use crate::{foo, bar::Baz}`, `super::foo` at the top
//! level; comments and string literals do not count), and fails with the
//! cycle's path if the graph has one. A name that is not a module
//! (`crate::Sandbox`) is an item of the crate root, so it is an edge to
//! `lib`, which itself names every module it declares: a module that uses a
//! root re-export instead of its home is a cycle too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Ident(String),
    /// `::`
    Path,
    Punct(char),
}

/// Rust source as identifiers, `::` and punctuation, without comments,
/// string, char and number literals, and lifetimes.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if (c == 'r' || c == 'b')
            && (at(i + 1) == '#' || at(i + 1) == '"' || (c == 'b' && at(i + 1) == 'r'))
            && raw_string_end(&chars, i).is_some()
        {
            i = raw_string_end(&chars, i).unwrap_or(chars.len());
        } else if c == '\'' {
            // A char literal ('x', '\n', '"') or a lifetime ('a, 'static).
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token::Path);
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push(Token::Punct(c));
            }
            i += 1;
        }
    }
    out
}

/// Where a raw (byte) string starting at `start` (`r"`, `r#"`, `br#"`) ends.
fn raw_string_end(chars: &[char], start: usize) -> Option<usize> {
    let mut i = start + if chars[start] == 'b' { 1 } else { 0 };
    if chars.get(i) != Some(&'r') {
        return None;
    }
    i += 1;
    let mut hashes = 0;
    while chars.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    if chars.get(i) != Some(&'"') {
        return None;
    }
    i += 1;
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|h| chars.get(i + h) == Some(&'#')) {
            return Some(i + 1 + hashes);
        }
        i += 1;
    }
    Some(chars.len())
}

/// The crate-level names a file refers to: the first segment after
/// `crate::` (or `root::`, for a file outside the crate such as the binary)
/// and after enough `super::` to reach the crate root from where they stand,
/// including every head of a `{...}` group; plus the modules a crate root
/// declares (`mod foo;`).
fn names(source: &str, root: &str) -> BTreeSet<String> {
    let tokens = tokens(source);
    let ident = |i: usize| match tokens.get(i) {
        Some(Token::Ident(name)) => Some(name.as_str()),
        _ => None,
    };
    let mut found = BTreeSet::new();
    // Per open brace: whether it opened an inline `mod name { ... }`.
    let mut braces: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Punct('{') => {
                let opens_mod = i >= 2 && ident(i - 2) == Some("mod") && ident(i - 1).is_some();
                braces.push(opens_mod);
            }
            Token::Punct('}') => {
                braces.pop();
            }
            Token::Ident(word) if word == "mod" && braces.is_empty() => {
                if let (Some(name), Some(Token::Punct(';'))) = (ident(i + 1), tokens.get(i + 2)) {
                    found.insert(name.to_owned());
                }
            }
            Token::Ident(word) if word == root || word == "super" => {
                // Count `super::` hops; `crate::` (the root) counts as enough.
                let mut j = i;
                let mut supers = 0;
                while ident(j) == Some("super") && tokens.get(j + 1) == Some(&Token::Path) {
                    supers += 1;
                    j += 2;
                }
                let reaches_root = if supers > 0 {
                    let inline_mods = braces.iter().filter(|&&m| m).count();
                    supers == inline_mods + 1
                } else if tokens.get(i + 1) == Some(&Token::Path) {
                    j = i + 2;
                    true
                } else {
                    false
                };
                if reaches_root {
                    collect_heads(&tokens, j, &mut found);
                }
                i = j.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// The first segment of the path at `tokens[at]`, or of each item of the
/// `{...}` group there.
fn collect_heads(tokens: &[Token], at: usize, found: &mut BTreeSet<String>) {
    match tokens.get(at) {
        Some(Token::Ident(name)) => {
            found.insert(name.clone());
        }
        Some(Token::Punct('{')) => {
            let mut depth = 0;
            let mut expect_head = true;
            for token in &tokens[at..] {
                match token {
                    Token::Punct('{') => {
                        depth += 1;
                        if depth == 1 {
                            expect_head = true;
                        }
                    }
                    Token::Punct('}') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Punct(',') if depth == 1 => expect_head = true,
                    Token::Ident(name) if depth == 1 && expect_head => {
                        found.insert(name.clone());
                        expect_head = false;
                    }
                    _ => {
                        if depth == 1 {
                            expect_head = false;
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// Module → the sibling modules it names (`lib` for items of the crate root).
fn module_graph(src: &Path) -> Graph {
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(src).expect("sandbox/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let module = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            sources.insert(module, text);
        }
    }
    assert!(
        src.read_dir().unwrap().all(|e| !e.unwrap().path().is_dir()),
        "sandbox/src has a subdirectory: teach this test about nested modules"
    );
    let modules: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(module, text)| {
            // The binary is its own crate: it reaches the library as `sandbox::`.
            let root = if module == "main" { "sandbox" } else { "crate" };
            let edges = names(text, root)
                .into_iter()
                .map(|name| {
                    if modules.contains(&name) && name != "lib" && name != "main" {
                        name
                    } else {
                        "lib".to_owned()
                    }
                })
                .filter(|target| target != module)
                .collect();
            (module.clone(), edges)
        })
        .collect()
}

/// A cycle as the path around it (first node repeated at the end), if any.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &Graph,
        marks: &mut BTreeMap<String, Mark>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let from = stack.iter().position(|n| n == node).unwrap();
                let mut cycle = stack[from..].to_vec();
                cycle.push(node.to_owned());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(node.to_owned(), Mark::Open);
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, marks, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        marks.insert(node.to_owned(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut marks, &mut Vec::new()))
}

fn render(graph: &Graph) -> String {
    graph
        .iter()
        .map(|(module, edges)| {
            let edges: Vec<&str> = edges.iter().map(String::as_str).collect();
            format!("  {module} -> {}\n", edges.join(", "))
        })
        .collect()
}

#[test]
fn sandbox_modules_have_no_import_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_graph(&src);
    // Shown with `--nocapture`.
    println!("sandbox/src imports:\n{}", render(&graph));
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "import cycle among sandbox/src modules: {}\n\nthe graph:\n{}",
            cycle.join(" -> "),
            render(&graph)
        );
    }
    // Not vacuous: the crate root declares every module, and the parser
    // sees the imports the module map in lib.rs lists.
    let lib = &graph["lib"];
    for module in graph.keys().filter(|m| *m != "lib" && *m != "main") {
        assert!(lib.contains(module), "lib.rs does not declare {module}");
    }
    for (from, to) in [
        ("api", "domain"),
        ("api", "state"),
        ("control", "idempotency"),
        ("state", "auth"),
        ("domain", "faults"),
        ("faults", "error"),
        ("main", "lib"),
    ] {
        assert!(
            graph[from].contains(to),
            "expected {from} -> {to} in\n{}",
            render(&graph)
        );
    }
}

#[test]
fn only_code_counts_as_naming_a_module() {
    let source = r####"
        //! See [`crate::api`] for the handlers.
        use crate::{error::ApiError, faults::{self, FailPlan}, state};
        use super::domain::Conference;
        const URL: &str = "http://x/crate::control";
        const RAW: &str = r#"crate::host "quoted""#;
        const QUOTE: char = '"';
        fn f<'a>(x: &'a str) -> &'a str { crate::csp::REPORT_PATH; x }
        /* crate::caching, /* nested */ still a comment */
        pub(crate) mod inner;
        #[cfg(test)]
        mod tests {
            use super::*;
            use super::super::providers::png_avatar;
        }
    "####;
    let found: Vec<String> = names(source, "crate").into_iter().collect();
    assert_eq!(
        found,
        [
            "csp",
            "domain",
            "error",
            "faults",
            "inner",
            "providers",
            "state"
        ]
    );
}

#[test]
fn a_cycle_is_reported_with_its_path() {
    let graph: Graph = [
        ("a", &["b"][..]),
        ("b", &["c"]),
        ("c", &["a", "d"]),
        ("d", &[]),
    ]
    .into_iter()
    .map(|(node, edges)| {
        (
            node.to_owned(),
            edges.iter().map(|e| (*e).to_owned()).collect(),
        )
    })
    .collect();
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let mut acyclic = graph;
    acyclic.get_mut("c").unwrap().remove("a");
    assert_eq!(find_cycle(&acyclic), None);
}
