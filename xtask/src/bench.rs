//! `cargo xtask bench`: builds the release app and the benchmark page, then
//! measures and prints, and writes the same figures to `target/bench.json`:
//!
//! 1. the compressed size of every served file and of the page (gzip -9,
//!    brotli -q 11), each language's file, the initial load (the page,
//!    config.json and at most the one language's file it starts in), and
//!    the wasm's code bytes by crate (read from the name section of
//!    wasm-bindgen's output, before wasm-opt drops the names);
//! 2. Lighthouse (mobile, the default) against the app served by the
//!    sandbox: median of 5 runs;
//! 3. rendering of the real roster and interpreter list against the
//!    hand-written JavaScript in `bench/` (tests/e2e/examples/bench.rs);
//! 4. memory (JS heap and wasm) after load, 1,000 rows, five cycles.
//!
//! `--quick` skips Lighthouse and runs 2 render passes (a smoke run);
//! `--size` stops after the sizes.

use crate::tools::{self, Env};
use crate::{root, run};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

/// The issue's targets.
const PAGE_BROTLI_TARGET: u64 = 90 * 1024;
/// Each language's file (issue 18).
const CATALOGUE_BROTLI_TARGET: u64 = 2 * 1024;
const CREATE_RATIO_TARGET: f64 = 1.20;
const CLEAR_RATIO_TARGET: f64 = 1.5;
const LIGHTHOUSE_RUNS: usize = 5;

pub fn bench(args: &[String]) -> Result<(), String> {
    let quick = args.iter().any(|a| a == "--quick");
    let size_only = args.iter().any(|a| a == "--size");
    let env = tools::ensure(true)?;
    // Lighthouse comes from package.json (an older checkout may predate it).
    if !root().join("node_modules/.bin/lighthouse").exists() {
        run(env.command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    let built = crate::build_app(&env)?;
    let sizes = sizes(&env)?;
    // wasm-bindgen's output, before wasm-opt: the first screen's code
    // (the main module), names kept.
    let crates = wasm_by_crate(&built.named_wasm)?;
    if size_only {
        print_report(&json!({ "sizes": sizes, "wasm_by_crate": crates }));
        return Ok(());
    }
    run(env
        .command("cargo")
        .args(["build", "--quiet", "-p", "sandbox"]))?;
    let lighthouse = if quick {
        Value::Null
    } else {
        lighthouse(&env)?
    };

    // The benchmark page: the same crate with the `bench` feature.
    run(env.command("trunk").args([
        "build",
        "bench/index.html",
        "--release",
        "true",
        "--dist",
        "target/bench-dist",
    ]))?;
    let bench_dist = root().join("target/bench-dist");
    let bench_built = crate::split::build(&env, &bench_dist, "vri-bench", &["bench"])?;
    crate::loader::install(&bench_dist, &bench_built, crate::loader::Bindings::Exposed)?;
    let out = env
        .command("cargo")
        .args(["run", "--quiet", "-p", "e2e", "--example", "bench"])
        .env("SANDBOX_BIN", root().join("target/debug/sandbox"))
        .env("BENCH_DIST", root().join("target/bench-dist"))
        .env("APP_DIST", root().join("dist"))
        .env("BENCH_RUNS", if quick { "2" } else { "10" })
        .env("BENCH_WARMUP", if quick { "1" } else { "3" })
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not run the browser benchmark: {e}"))?;
    if !out.status.success() {
        return Err("the browser benchmark failed (see above)".into());
    }
    let browser: Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("the browser benchmark printed no JSON: {e}"))?;

    let report = json!({
        "quick": quick,
        "sizes": sizes,
        "wasm_by_crate": crates,
        "lighthouse": lighthouse,
        "render": browser["render"],
        "render_runs": browser["runs"],
        "memory": browser["memory"],
        "first_load": first_load_report(&browser["first_load"], &sizes),
    });
    print_report(&report);
    let path = root().join("target/bench.json");
    std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("\nWritten: {}", path.display());
    Ok(())
}

/// Writes `FILE.br` (brotli -q 11) and `FILE.gz` (gzip -9) beside every
/// html, js, wasm, css, json and svg file of `dir` but `config.json`: compressed once at build
/// time, at the highest levels, instead of on every request.
pub fn precompress(env: &Env, dir: &Path) -> Result<(), String> {
    let files = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for path in files.filter_map(Result::ok).map(|e| e.path()) {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "html" | "js" | "wasm" | "css" | "json" | "svg" | "ts") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // Each deployment edits its config.json: a compressed copy made at
        // build time would be served instead of the edited file.
        if name == "config.json" {
            for stale in ["config.json.br", "config.json.gz"] {
                let _ = std::fs::remove_file(dir.join(stale));
            }
            continue;
        }
        let br = compress_with(env, "brotli", &["-q", "11", "-c"], &path)?;
        let gz = compress_with(env, "gzip", &["-9", "-n", "-c"], &path)?;
        std::fs::write(dir.join(format!("{name}.br")), br).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(format!("{name}.gz")), gz).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn compress_with(env: &Env, program: &str, args: &[&str], file: &Path) -> Result<Vec<u8>, String> {
    let out = env
        .command(program)
        .args(args)
        .arg(file)
        .output()
        .map_err(|e| format!("{program}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{program} failed on {}", file.display()));
    }
    Ok(out.stdout)
}

fn compressed(env: &Env, program: &str, args: &[&str], file: &Path) -> Result<u64, String> {
    compress_with(env, program, args, file).map(|bytes| bytes.len() as u64)
}

/// Every served file of dist/ with its raw, gzip -9 and brotli -q 11 size.
fn sizes(env: &Env) -> Result<Value, String> {
    let dist = root().join("dist");
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dist)
        .map_err(|e| format!("dist/: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| !matches!(p.extension().and_then(|e| e.to_str()), Some("br" | "gz")))
        .collect();
    entries.sort();
    let (mut raw_total, mut gz_total, mut br_total) = (0, 0, 0);
    let mut config_raw = 0;
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let raw = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
        let gz = compressed(env, "gzip", &["-9", "-c", "-n"], &path)?;
        let br = compressed(env, "brotli", &["-q", "11", "-c"], &path)?;
        // The page: what a browser must fetch to show the app (the host
        // SDK is the portal's, not the app's; the phone data is fetched
        // when phone mode is chosen).
        let phone = name.starts_with("phone-") && name.ends_with(".js");
        // A lazy wasm chunk (`split.rs`): fetched when its part is used.
        let chunk = name.ends_with(".wasm") && !name.starts_with("vri-invite-");
        let page = [".html", ".js", ".wasm", ".css"]
            .iter()
            .any(|e| name.ends_with(e))
            && !name.starts_with("vri-invite-host")
            && !phone
            && !chunk;
        if page {
            raw_total += raw;
            gz_total += gz;
            br_total += br;
        }
        if name == "config.json" {
            // Never precompressed (each deployment edits it): sent as it is.
            config_raw = raw;
        }
        let catalogue = name.starts_with("i18n-") && name.ends_with(".json");
        files.push(json!({
            "file": name, "raw": raw, "gzip": gz, "brotli": br,
            "page": page, "catalogue": catalogue, "phone": phone, "chunk": chunk,
        }));
    }
    let catalogues: Vec<&Value> = files
        .iter()
        .filter(|f| f["catalogue"] == json!(true))
        .collect();
    let largest = catalogues
        .iter()
        .filter_map(|f| f["brotli"].as_u64())
        .max()
        .unwrap_or(0);
    Ok(json!({
        "files": files,
        "page": { "raw": raw_total, "gzip": gz_total, "brotli": br_total },
        "target_brotli": PAGE_BROTLI_TARGET,
        // What a first visit downloads: the page (brotli), config.json (as
        // it is), and, when it starts in a language other than English,
        // that one language's file: the largest is the worst case.
        "initial_load": {
            "english": br_total + config_raw,
            "other_language_at_most": br_total + config_raw + largest,
            "catalogues_in_dist": catalogues.len(),
        },
        "catalogue_target_brotli": CATALOGUE_BROTLI_TARGET,
    }))
}

/// The crate a (legacy-mangled) Rust symbol belongs to: `_ZN4core3fmt…` is
/// `core`; an impl `_ZN<len>_$LT$alloc..vec..Vec…` is `alloc`. Symbols
/// that are not Rust (wasm-bindgen shims, libc) keep a short prefix.
pub fn crate_of(symbol: &str) -> String {
    let Some(rest) = symbol.strip_prefix("_ZN") else {
        // wasm-bindgen writes names demangled: `core[5930…]::fmt::write`,
        // `<alloc::vec::Vec<T> as core::clone::Clone>::clone::h…`; a
        // blanket impl `<F as tachys::…>` counts for the trait's crate.
        if let Some(name) = demangled_crate(symbol) {
            return name;
        }
        return if symbol.starts_with("__wbg") || symbol.starts_with("__wbindgen") {
            "(wasm-bindgen glue)".into()
        } else {
            "(other: libc, shims)".into()
        };
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let len: usize = digits.parse().unwrap_or(0);
    let first = rest.get(digits.len()..digits.len() + len).unwrap_or("");
    let first = first
        .trim_start_matches('_')
        .trim_start_matches("$LT$")
        .trim_start_matches('&')
        .trim_start_matches("$RF$")
        .trim_start_matches("mut$u20$")
        .trim_start_matches("dyn$u20$");
    let name: String = first
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if name.is_empty() {
        "(other: libc, shims)".into()
    } else if name == "T" {
        // `<T as Trait>::…`: blanket impls, monomorphised for many crates.
        "(blanket impls on T)".into()
    } else {
        name
    }
}

fn demangled_crate(symbol: &str) -> Option<String> {
    let mut path = symbol;
    for prefix in ["<", "&", "mut ", "dyn ", "impl "] {
        path = path.trim_start_matches(prefix);
    }
    let name: String = path
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let mut rest = &path[name.len()..];
    if rest.starts_with('[') {
        rest = &rest[rest.find(']')? + 1..];
    }
    if name.is_empty() {
        return None;
    }
    if rest.starts_with("::") {
        return Some(name);
    }
    if let Some(tail) = rest.strip_prefix(" as ") {
        // `<T as Trait>`: the trait's crate, else the blanket bucket.
        return Some(demangled_crate(tail).unwrap_or_else(|| "(blanket impls on T)".into()));
    }
    if rest.starts_with('>') {
        // `<str>::to_lowercase`, `<char>::…`: methods of primitive types.
        return Some("core (primitive types)".into());
    }
    None
}

/// Code bytes per crate, from the function bodies and the name section of
/// the wasm wasm-bindgen wrote (before wasm-opt). These are
/// pre-optimisation bytes: use them for shares and for tracing a
/// regression to a crate, not as the shipped size.
fn wasm_by_crate(path: &Path) -> Result<Value, String> {
    use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let bad = |e: wasmparser::BinaryReaderError| format!("{}: {e}", path.display());
    let mut imported = 0u64;
    let mut bodies: Vec<u64> = Vec::new();
    let mut names: BTreeMap<u64, String> = BTreeMap::new();
    let mut data = 0u64;
    for payload in Parser::new(0).parse_all(&bytes) {
        match payload.map_err(bad)? {
            Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    if let TypeRef::Func(_) | TypeRef::FuncExact(_) = import.map_err(bad)?.ty {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                bodies.push(range.end - range.start);
            }
            Payload::DataSection(section) => {
                let range = section.range();
                data += range.end - range.start;
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for subsection in reader {
                        if let Name::Function(map) = subsection.map_err(bad)? {
                            for naming in map {
                                let naming = naming.map_err(bad)?;
                                names.insert(u64::from(naming.index), naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return Err(format!(
            "{} has no name section: keep `strip` off in the release profile",
            path.display()
        ));
    }
    let mut by_crate: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let code: u64 = bodies.iter().sum();
    for (i, size) in bodies.iter().enumerate() {
        let name = names
            .get(&(i as u64 + imported))
            .map(String::as_str)
            .unwrap_or("");
        let entry = by_crate.entry(crate_of(name)).or_default();
        entry.0 += size;
        entry.1 += 1;
    }
    let mut rows: Vec<_> = by_crate.into_iter().collect();
    rows.sort_by_key(|b| std::cmp::Reverse(b.1 .0));
    Ok(json!({
        "file": path.strip_prefix(root()).unwrap_or(path).display().to_string(),
        "code_bytes": code,
        "data_bytes": data,
        "crates": rows.iter().map(|(name, (bytes, functions))| json!({
            "crate": name, "code_bytes": bytes, "functions": functions,
            "share": *bytes as f64 / code as f64,
        })).collect::<Vec<_>>(),
    }))
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let m = values.len() / 2;
    if values.len() % 2 == 1 {
        values[m]
    } else {
        (values[m - 1] + values[m]) / 2.0
    }
}

/// Lighthouse (mobile: its default form factor and throttling) against the
/// shipped app served by the sandbox; median of five runs.
fn lighthouse(env: &Env) -> Result<Value, String> {
    let mut sandbox = Command::new(root().join("target/debug/sandbox"))
        .args(["--port", "0", "--dist"])
        .arg(root().join("dist"))
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start the sandbox: {e}"))?;
    let mut lines = BufReader::new(sandbox.stdout.take().unwrap()).lines();
    let base = lines.next().and_then(Result::ok).and_then(|l| {
        l.strip_prefix("sandbox listening on ")
            .map(|u| u.trim().to_string())
    });
    std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    let result = (|| {
        let base = base.ok_or("the sandbox did not say where it listens")?;
        let dir = root().join("target/lighthouse");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let audits = [
            ("fcp_ms", "first-contentful-paint"),
            ("lcp_ms", "largest-contentful-paint"),
            ("tbt_ms", "total-blocking-time"),
            ("cls", "cumulative-layout-shift"),
            ("speed_index_ms", "speed-index"),
        ];
        let mut series: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for i in 1..=LIGHTHOUSE_RUNS {
            let out = dir.join(format!("run-{i}.json"));
            eprintln!("Lighthouse run {i}/{LIGHTHOUSE_RUNS}");
            run(env
                .command("lighthouse")
                .arg(format!("{base}/"))
                .args(["--only-categories=performance", "--output=json", "--quiet"])
                .arg(format!("--output-path={}", out.display()))
                .arg(
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu \
                     --disable-dev-shm-usage --disable-background-networking \
                     --disable-component-update --disable-sync --no-first-run",
                )
                .env("CHROME_PATH", "/usr/bin/chromium"))?;
            let report: Value =
                serde_json::from_str(&std::fs::read_to_string(&out).map_err(|e| e.to_string())?)
                    .map_err(|e| format!("Lighthouse report: {e}"))?;
            let score = report["categories"]["performance"]["score"]
                .as_f64()
                .ok_or("Lighthouse gave no performance score (see the report)")?;
            series.entry("performance").or_default().push(score * 100.0);
            for (key, audit) in audits {
                let v = report["audits"][audit]["numericValue"]
                    .as_f64()
                    .unwrap_or(f64::NAN);
                series.entry(key).or_default().push(v);
            }
        }
        let mut medians = serde_json::Map::new();
        for (key, mut values) in series {
            medians.insert(key.into(), json!(median(&mut values)));
        }
        medians.insert("runs".into(), json!(LIGHTHOUSE_RUNS));
        Ok(Value::Object(medians))
    })();
    let _ = sandbox.kill();
    let _ = sandbox.wait();
    result
}

fn kb(bytes: &Value) -> String {
    format!("{:.1}", bytes.as_f64().unwrap_or(0.0) / 1024.0)
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "NOT met"
    }
}

fn print_report(r: &Value) {
    print_sizes(r);
    print_first_load(r);
    print_crates(r);
    if r["render"].is_null() {
        return; // --size
    }
    print_lighthouse(&r["lighthouse"]);
    print_render(r);
    print_memory(&r["memory"]);
}

/// Each served file and the page, compressed.
fn print_sizes(r: &Value) {
    println!("\n## Size (dist/)\n");
    println!("| file | raw KB | gzip -9 KB | brotli -q 11 KB |");
    println!("|---|---:|---:|---:|");
    for f in r["sizes"]["files"].as_array().into_iter().flatten() {
        println!(
            "| {}{} | {} | {} | {} |",
            f["file"].as_str().unwrap_or(""),
            if f["page"] == json!(true) {
                ""
            } else {
                " (not in page)"
            },
            kb(&f["raw"]),
            kb(&f["gzip"]),
            kb(&f["brotli"])
        );
    }
    let page = &r["sizes"]["page"];
    println!(
        "| **page (html+js+wasm+css)** | {} | {} | **{}** |",
        kb(&page["raw"]),
        kb(&page["gzip"]),
        kb(&page["brotli"])
    );
    let br = page["brotli"].as_u64().unwrap_or(u64::MAX);
    println!(
        "\nTarget ≤ 90 KB brotli: {} ({} bytes)",
        verdict(br <= PAGE_BROTLI_TARGET),
        br
    );
    print_catalogues(r);
}

/// Each language's file, and the initial load.
fn print_catalogues(r: &Value) {
    println!("\n## Languages (one file each, fetched only when chosen)\n");
    println!("| file | raw B | gzip -9 B | brotli -q 11 B | ≤ 2 KB brotli |");
    println!("|---|---:|---:|---:|---|");
    for f in r["sizes"]["files"].as_array().into_iter().flatten() {
        if f["catalogue"] != json!(true) {
            continue;
        }
        let br = f["brotli"].as_u64().unwrap_or(u64::MAX);
        println!(
            "| {} | {} | {} | {} | {} |",
            f["file"].as_str().unwrap_or(""),
            f["raw"],
            f["gzip"],
            br,
            verdict(br <= CATALOGUE_BROTLI_TARGET)
        );
    }
    let load = &r["sizes"]["initial_load"];
    println!(
        "\nInitial load (page brotli + config.json): in English {} B; in another language at most {} B ({} language files in dist/, none of them in the page)",
        load["english"], load["other_language_at_most"], load["catalogues_in_dist"]
    );
    for f in r["sizes"]["files"].as_array().into_iter().flatten() {
        if f["phone"] == json!(true) {
            println!(
                "\nPhone data (libphonenumber-js, fetched only when phone mode is chosen): {} — raw {} B, gzip -9 {} B, brotli -q 11 {} B",
                f["file"].as_str().unwrap_or(""),
                f["raw"],
                f["gzip"],
                f["brotli"]
            );
        }
    }
}

/// The wasm's code by crate, and each crate's estimated share on the wire.
fn print_crates(r: &Value) {
    let w = &r["wasm_by_crate"];
    println!(
        "\n## Wasm code by crate (before wasm-opt: {} KB code, {} KB data)\n",
        kb(&w["code_bytes"]),
        kb(&w["data_bytes"])
    );
    // The shipped wasm's brotli bytes, shared out by code share: an
    // estimate of what each crate costs on the wire.
    let wasm_br = r["sizes"]["files"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["file"].as_str().is_some_and(|n| n.ends_with("_bg.wasm")))
        .and_then(|f| f["brotli"].as_f64())
        .unwrap_or(0.0);
    println!("| crate | code KB (pre-opt) | share | ≈ brotli KB shipped | functions |");
    println!("|---|---:|---:|---:|---:|");
    for c in w["crates"].as_array().into_iter().flatten().take(20) {
        let share = c["share"].as_f64().unwrap_or(0.0);
        println!(
            "| {} | {} | {:.1} % | {:.1} | {} |",
            c["crate"].as_str().unwrap_or(""),
            kb(&c["code_bytes"]),
            share * 100.0,
            share * wasm_br / 1024.0,
            c["functions"]
        );
    }
}

/// Lighthouse mobile, or why it was skipped.
fn print_lighthouse(l: &Value) {
    if l.is_object() {
        println!("\n## Lighthouse mobile (median of {} runs)\n", l["runs"]);
        println!("| performance | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |");
        println!("|---:|---:|---:|---:|---:|---:|");
        println!(
            "| {:.0} | {:.0} | {:.0} | {:.0} | {:.3} | {:.0} |",
            l["performance"].as_f64().unwrap_or(f64::NAN),
            l["fcp_ms"].as_f64().unwrap_or(f64::NAN),
            l["lcp_ms"].as_f64().unwrap_or(f64::NAN),
            l["tbt_ms"].as_f64().unwrap_or(f64::NAN),
            l["cls"].as_f64().unwrap_or(f64::NAN),
            l["speed_index_ms"].as_f64().unwrap_or(f64::NAN)
        );
        println!(
            "\nTarget performance 100: {}",
            verdict(l["performance"].as_f64().unwrap_or(0.0) >= 99.5)
        );
    } else {
        println!("\n## Lighthouse: skipped (--quick)");
    }
}

/// The app's lists against the hand-written JS page.
fn print_render(r: &Value) {
    println!(
        "\n## Rendering, headless Chromium (median of {} runs after warm-up; to the next paint)\n",
        r["render_runs"]
    );
    println!("| list | operation | app ms | hand-written JS ms | ratio | target |");
    println!("|---|---|---:|---:|---:|---|");
    for row in r["render"].as_array().into_iter().flatten() {
        let op = row["op"].as_str().unwrap_or("");
        let ratio = row["ratio"].as_f64().unwrap_or(f64::NAN);
        let target = match (row["list"].as_str(), op) {
            (Some("roster"), "create 1,000") => {
                format!(
                    "≤ {CREATE_RATIO_TARGET}: {}",
                    verdict(ratio <= CREATE_RATIO_TARGET)
                )
            }
            (Some("roster"), "clear") => {
                format!(
                    "≤ {CLEAR_RATIO_TARGET}: {}",
                    verdict(ratio <= CLEAR_RATIO_TARGET)
                )
            }
            _ => String::new(),
        };
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.2} | {} |",
            row["list"].as_str().unwrap_or(""),
            op,
            row["app_ms"].as_f64().unwrap_or(f64::NAN),
            row["vanilla_ms"].as_f64().unwrap_or(f64::NAN),
            ratio,
            target
        );
    }
}

/// Memory after load, at each peak and after five create/clear cycles.
fn print_memory(m: &Value) {
    println!("\n## Memory (the app's roster, after a forced GC)\n");
    println!("| moment | JS heap KB | wasm memory KB |");
    println!("|---|---:|---:|");
    for (label, key) in [
        ("after load", "load"),
        ("after 1,000 rows (first peak)", "first_peak"),
        ("fifth peak (1,000 rows)", "fifth_peak"),
        ("after five create/clear cycles", "after_five_cycles"),
    ] {
        println!(
            "| {label} | {} | {} |",
            kb(&m[key]["js_heap"]),
            kb(&m[key]["wasm"])
        );
    }
    let peaks: Vec<String> = m["peaks"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| format!("{}/{}", kb(&p["js_heap"]), kb(&p["wasm"])))
        .collect();
    println!(
        "\nPeak of each cycle, JS heap/wasm KB: {}",
        peaks.join(", ")
    );
    let within = |field: &str| {
        let first = m["first_peak"][field].as_f64().unwrap_or(0.0);
        let after = m["after_five_cycles"][field].as_f64().unwrap_or(f64::MAX);
        after <= first * 1.1
    };
    println!(
        "\nTarget after five cycles within 10 % of the first peak: JS heap {}, wasm memory {}",
        verdict(within("js_heap")),
        verdict(within("wasm"))
    );
}

/// The first load as the browser's network log saw it (`first_load` of the
/// browser benchmark): every file, its bytes on the wire (`transfer`,
/// headers included; `body`, the compressed body), the total against the
/// target, the lazy chunks beside it with their brotli sizes, and the
/// details panels' first opening.
fn first_load_report(log: &Value, sizes: &Value) -> Value {
    let Some(files) = log["files"].as_array() else {
        return Value::Null;
    };
    let sum = |key: &str| files.iter().filter_map(|f| f[key].as_u64()).sum::<u64>();
    let chunks: Vec<Value> = sizes["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["chunk"] == json!(true))
        .map(|f| json!({ "file": f["file"], "brotli": f["brotli"], "raw": f["raw"] }))
        .collect();
    json!({
        "files": files,
        "transfer": sum("transfer"),
        "body": sum("body"),
        "target": PAGE_BROTLI_TARGET,
        "chunks": chunks,
        "details_panels_ms": log["details_panels_ms"],
        "fetched_for_details": log["fetched_for_details"],
    })
}

fn print_first_load(r: &Value) {
    let f = &r["first_load"];
    if f.is_null() {
        return;
    }
    println!("\n### First load (network log of a real page load, headless Chromium)\n");
    println!("| file | on the wire B (headers incl.) | body B |");
    println!("|---|---:|---:|");
    for file in f["files"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {} |",
            file["file"].as_str().unwrap_or(""),
            file["transfer"],
            file["body"]
        );
    }
    let transfer = f["transfer"].as_u64().unwrap_or(0);
    println!(
        "| **initial load** | **{}** ({} KB) | {} |",
        transfer,
        kb(&f["transfer"]),
        f["body"]
    );
    println!(
        "\nInitial load {} KB against ≤ {} KB: {}",
        kb(&f["transfer"]),
        PAGE_BROTLI_TARGET / 1024,
        verdict(transfer <= PAGE_BROTLI_TARGET)
    );
    println!("\nLazy chunks (fetched when used):\n");
    println!("| chunk | raw B | brotli B |");
    println!("|---|---:|---:|");
    for c in f["chunks"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {} |",
            c["file"].as_str().unwrap_or(""),
            c["raw"],
            c["brotli"]
        );
    }
    println!(
        "\nDetails panels, first opening (chunk not cached; click on Send to the panels painted): {:.0} ms against ≤ 300 ms: {}; fetched then: {}",
        f["details_panels_ms"].as_f64().unwrap_or(f64::NAN),
        verdict(f["details_panels_ms"].as_f64().is_some_and(|ms| ms <= 300.0)),
        f["fetched_for_details"]
    );
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn symbols_map_to_their_crate() {
        assert_eq!(crate_of("_ZN4core3fmt5write17h0123456789abcdefE"), "core");
        assert_eq!(
            crate_of(
                "_ZN73_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$core..clone..Clone$GT$5clone17habcE"
            ),
            "alloc"
        );
        assert_eq!(
            crate_of("_ZN10vri_invite6roster6Roster3add17habcE"),
            "vri_invite"
        );
        assert_eq!(crate_of("__wbindgen_malloc"), "(wasm-bindgen glue)");
        assert_eq!(crate_of("core::fmt::write::h0123456789abcdef"), "core");
        assert_eq!(
            crate_of("<alloc::vec::Vec<T> as core::clone::Clone>::clone::habc"),
            "alloc"
        );
        assert_eq!(crate_of("<&T as core::fmt::Display>::fmt::habc"), "core");
        assert_eq!(
            crate_of("<F as tachys::reactive_graph::ReactiveFunction>::invoke::h4"),
            "tachys"
        );
        assert_eq!(
            crate_of("core[c5930c85a12de822]::str::count::do_count_chars"),
            "core"
        );
        assert_eq!(
            crate_of("<dlmalloc[e24a]::dlmalloc::Dlmalloc<X>>::malloc"),
            "dlmalloc"
        );
        assert_eq!(crate_of("<str>::to_lowercase"), "core (primitive types)");
        assert_eq!(crate_of("tachys::html::element::h1"), "tachys");
        assert_eq!(crate_of("memcpy"), "(other: libc, shims)");
    }
}
