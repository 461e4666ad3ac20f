//! The layering rule of `src/lib.rs`, checked: reads every file of `src/`,
//! finds which modules each one names, and fails when a module names one of
//! a higher layer, when a pure layer uses Leptos, or when modules import
//! each other around a cycle. Runs on the host with the other tests.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom first: a module may name its own layer and those
/// before it, never one after.
const LAYERS: &[&str] = &[
    "i18n", "config", "api", "domain", "platform", "state", "host", "ui", "bench",
];

/// Layers of plain Rust: no Leptos at all.
const PURE: &[&str] = &["i18n", "config", "domain"];

/// Layers that may use Leptos's reactive primitives but hold no view.
const NO_VIEWS: &[&str] = &["i18n", "config", "api", "domain", "platform", "state"];

/// One source file: its module path (`state::roster`) and its code.
struct Module {
    path: Vec<String>,
    file: PathBuf,
    code: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn modules() -> Vec<Module> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|file| {
            let relative = file.strip_prefix(src()).unwrap().with_extension("");
            let mut path: Vec<String> = relative
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if path.last().is_some_and(|l| l == "mod") {
                path.pop();
            }
            // The crate root and the binaries wire everything together.
            if matches!(
                path.first().map(String::as_str),
                Some("lib" | "main" | "bin")
            ) {
                return None;
            }
            let code = code_only(&std::fs::read_to_string(&file).unwrap());
            Some(Module { path, file, code })
        })
        .collect()
}

/// The source without comment lines (doc links may name any module).
fn code_only(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path written after `crate::` (or `super::`, resolved against
/// `here`), with `use` groups (`crate::a::{b, c::d}`) expanded.
fn named_paths(code: &str, here: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    // Test modules' `use super::*` is the file itself.
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    for (prefix, base) in [("crate::", Vec::new()), ("super::", parent(here))] {
        let mut rest = code;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let end = path_end(rest);
            for tail in expand(&rest[..end]) {
                let mut path = base.clone();
                path.extend(tail);
                found.push(path);
            }
        }
    }
    found
}

/// The module a `super::` in module `here` means: a `mod.rs` is its own
/// directory's module, so its parent is one up; a file's parent is its
/// directory.
fn parent(here: &[String]) -> Vec<String> {
    let mut p = here.to_vec();
    p.pop();
    p
}

/// Where a path (with `::`, braces, commas and spaces inside braces) ends.
fn path_end(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            '}' => return i,
            c if c.is_alphanumeric() || c == '_' || c == ':' => {}
            ',' | ' ' | '\n' if depth > 0 => {}
            _ if depth > 0 => {}
            _ => return i,
        }
        if depth == 0 && matches!(c, ' ' | '\n') {
            return i;
        }
    }
    text.len()
}

/// `a::{b, c::d}` → `[a, b]`, `[a, c, d]`.
fn expand(path: &str) -> Vec<Vec<String>> {
    let path = path.trim().trim_end_matches("::");
    match path.find('{') {
        None => vec![path
            .split("::")
            .filter(|s| !s.is_empty() && *s != "self" && *s != "*")
            .map(String::from)
            .collect()],
        Some(open) => {
            let head: Vec<String> = path[..open]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let inner = &path[open + 1..path.rfind('}').unwrap_or(path.len())];
            let mut parts = Vec::new();
            let (mut depth, mut start) = (0, 0);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parts.push(&inner[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            parts.push(&inner[start..]);
            parts
                .into_iter()
                .filter(|p| !p.trim().is_empty())
                .flat_map(expand)
                .map(|tail| head.iter().cloned().chain(tail).collect())
                .collect()
        }
    }
}

/// The longest module path that `path` starts with.
fn resolve<'a>(path: &[String], known: &'a BTreeSet<Vec<String>>) -> Option<&'a Vec<String>> {
    (1..=path.len()).rev().find_map(|n| known.get(&path[..n]))
}

fn layer(path: &[String]) -> usize {
    LAYERS
        .iter()
        .position(|l| path.first().is_some_and(|p| p == l))
        .unwrap_or_else(|| panic!("src/{} is in no layer: add it to LAYERS", path.join("/")))
}

/// Which module names which.
fn graph(modules: &[Module]) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let known: BTreeSet<Vec<String>> = modules.iter().map(|m| m.path.clone()).collect();
    modules
        .iter()
        .map(|m| {
            let mut to: BTreeSet<Vec<String>> = named_paths(&m.code, &m.path)
                .iter()
                .filter_map(|p| resolve(p, &known).cloned())
                .collect();
            // A child module used by its relative name (`mod row;` + `row::RosterRow`).
            for child in known
                .iter()
                .filter(|k| k.len() == m.path.len() + 1 && k.starts_with(&m.path))
            {
                let name = child.last().unwrap();
                if m.code.contains(&format!("{name}::")) {
                    to.insert(child.clone());
                }
            }
            to.remove(&m.path);
            (m.path.clone(), to)
        })
        .collect()
}

/// Each edge that points to a higher layer, as a sentence.
fn upward_imports(modules: &[Module]) -> Vec<String> {
    let graph = graph(modules);
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            if layer(to) > layer(from) {
                wrong.push(format!(
                    "{} ({}) names {} ({}), a higher layer",
                    from.join("::"),
                    LAYERS[layer(from)],
                    to.join("::"),
                    LAYERS[layer(to)]
                ));
            }
        }
    }
    wrong
}

/// A cycle in the module graph, as `a -> b -> a`, if there is one.
fn cycle(modules: &[Module]) -> Option<String> {
    let graph = graph(modules);
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<String> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut names: Vec<String> = stack[at..].iter().map(|n| n.join("::")).collect();
            names.push(node.join("::"));
            return Some(names.join(" -> "));
        }
        if !done.insert(node.clone()) {
            return None;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, stack, done) {
                return Some(found);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, &graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_names_a_higher_layer() {
    let wrong = upward_imports(&modules());
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

#[test]
fn no_import_cycle_among_src_modules() {
    if let Some(found) = cycle(&modules()) {
        panic!("import cycle: {found}");
    }
}

#[test]
fn pure_layers_use_no_leptos_and_lower_layers_hold_no_view() {
    let mut wrong = Vec::new();
    for m in modules() {
        let top = m.path[0].as_str();
        if PURE.contains(&top) && m.code.contains("leptos") {
            wrong.push(format!("{} uses Leptos", m.file.display()));
        }
        if NO_VIEWS.contains(&top) && (m.code.contains("view!") || m.code.contains("#[component]"))
        {
            wrong.push(format!("{} holds a view", m.file.display()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_is_in_a_layer_and_the_check_sees_imports() {
    let modules = modules();
    assert!(modules.len() > 30, "found only {} modules", modules.len());
    for m in &modules {
        layer(&m.path);
    }
    // The check itself: it finds the edges we know are there.
    let graph = graph(&modules);
    let edges = |from: &str| -> BTreeSet<String> {
        let from: Vec<String> = from.split("::").map(String::from).collect();
        graph[&from].iter().map(|p| p.join("::")).collect()
    };
    assert!(edges("state::roster").contains("domain::participant"));
    assert!(
        edges("ui::roster").contains("ui::roster::row"),
        "child by relative name"
    );
    assert!(
        edges("ui::panels::appointment::when").contains("ui::panels::appointment::fact"),
        "super::"
    );
    assert!(
        edges("host::bridge").contains("state::invite"),
        "use groups and plain paths"
    );
}

/// The check fails on what it must refuse: an upward import and a cycle,
/// planted in copies of real modules.
#[test]
fn the_check_refuses_an_upward_import_and_a_cycle() {
    let module = |path: &str, code: &str| Module {
        path: path.split("::").map(String::from).collect(),
        file: PathBuf::from(path),
        code: code.to_string(),
    };
    let planted = vec![
        module("domain::invite", "use crate::ui::invite::InviteForm;"),
        module(
            "ui::invite",
            "use crate::domain::invite::{validate, Draft};",
        ),
    ];
    assert_eq!(
        upward_imports(&planted),
        vec!["domain::invite (domain) names ui::invite (ui), a higher layer"]
    );
    let cyclic = vec![
        module("state::a", "use crate::state::{b::Thing, c};"),
        module("state::b", "fn f() { crate::state::a::g() }"),
        module("state::c", ""),
    ];
    assert_eq!(
        cycle(&cyclic).as_deref(),
        Some("state::a -> state::b -> state::a")
    );
}

/// `docs/architecture.md` is the one map of `src/`: every file is on it.
#[test]
fn the_architecture_page_names_every_file() {
    let page =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md"))
            .expect("docs/architecture.md");
    let mut files = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    walk(&src(), &mut files);
    let missing: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(src())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|f| {
            let named = |name: &str| page.contains(&format!("`{name}`"));
            // A folder's `mod.rs` is named by its folder (`state/`).
            let folder = f.strip_suffix("mod.rs").filter(|d| !d.is_empty());
            !(named(f) || named(&format!("src/{f}")) || folder.is_some_and(named))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "docs/architecture.md does not name: {missing:?}"
    );
}
