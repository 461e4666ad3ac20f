//! Project tasks, run as `cargo xtask <task>`:
//!
//! - `serve`: install what is missing, build the app (release), start the
//!   sandbox API serving it on http://127.0.0.1:8080, and the example host
//!   page embedding it on http://127.0.0.1:8081. Ctrl-C stops it.
//! - `test`: install what is missing (Chromium and nginx too, when root), then run
//!   the gates (rustfmt, clippy with warnings denied, leptosfmt) and every
//!   test: host, the host SDK's (node, tsc), component (headless Chromium),
//!   end to end.
//! - `build`: install what is missing and build the app into `dist/`.
//! - `bench`: build, then measure size, Lighthouse, rendering against
//!   hand-written JS, and memory (see `bench.rs` and BENCHMARKS.md).
//! - `nginx-config --dist DIR --listen PORT --api URL [--base /path/]
//!   [--report URL]`: print the nginx `server` block that serves the built
//!   app from DIR under `--base`, with its headers, and proxies the API to
//!   URL (`nginx.rs`).
//! - `fmt`: format the code the way `test`'s gates check it: the `view!`
//!   bodies with leptosfmt (`leptosfmt.toml`), then the rest with rustfmt.
//!
//! Everything a fresh machine lacks is installed here, from crates.io, npm
//! and Debian only: Trunk's own downloads (from GitHub) are never used.

mod bench;
mod loader;
mod nginx;
mod phone;
mod sdk;
mod split;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask <serve [--port N] [--host-port N] [--latency-ms N] [--require-token] | test | build | fmt | bench [--quick | --size] | nginx-config --dist DIR --listen PORT --api URL [--base /path/] [--report URL]>";

/// Where `view!` bodies live: checked by `test`'s gates, formatted by `fmt`.
const VIEW_DIRS: [&str; 2] = ["src", "tests"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("build") => tools::ensure(false).and_then(|env| build_app(&env).map(drop)),
        Some("fmt") => fmt(),
        Some("bench") => bench::bench(&args[1..]),
        Some("nginx-config") => nginx_config(&args[1..]),
        // Cargo's runner for the component tests (see `test`), not for people.
        Some("split-test-runner") => split::test_runner(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (this crate's parent folder).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// This program's own path (cargo runs it as the component tests' runner).
fn xtask_exe() -> Result<PathBuf, String> {
    std::env::current_exe().map_err(|e| format!("where is xtask: {e}"))
}

/// Runs a command to completion in the workspace root, echoing it first.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    eprintln!("$ {}", describe(cmd));
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not start {}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds the app: Trunk for the page, its css and copies; the wasm, split
/// into the first screen and lazy chunks (`split.rs`); the loader and the
/// page's preloads (`loader.rs`); copies the host SDK
/// in under its stable and hashed names (`sdk.rs`) and the phone data
/// (`phone.rs`); writes each language but
/// English beside it (`write_catalogues`); then writes `.br` and `.gz`
/// beside each file for the server to send as they are.
pub(crate) fn build_app(env: &tools::Env) -> Result<split::Built, String> {
    run(env.command("trunk").args(["build", "--release"]))?;
    let dist = root().join("dist");
    let built = split::build(env, &dist, "vri-invite", &[])?;
    loader::install(&dist, &built, loader::Bindings::Private)?;
    eprintln!(
        "wasm: {} (the first screen), chunks fetched when used: {}",
        built.wasm,
        built.chunks.join(", ")
    );
    sdk::ship(&dist)?;
    phone::bundle(env, Some(&dist))?;
    write_catalogues(&dist)?;
    bench::precompress(env, &dist)?;
    Ok(built)
}

/// Writes `dist/i18n-<tag>-<hash>.json` for every language but English,
/// from `locales/*.ftl`: the files the app fetches when a language is
/// chosen, under the names its build compiled in (the same `catalogue`
/// crate computes both, from the same files).
pub(crate) fn write_catalogues(dist: &Path) -> Result<(), String> {
    let all = catalogue::load(&root().join("locales"))?;
    for c in &all.others {
        let json = all.compact(c);
        let path = dist.join(catalogue::file_name(c.spec.tag, &json));
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn serve(args: &[String]) -> Result<(), String> {
    let mut port = "8080".to_string();
    let mut latency = "0".to_string();
    // The example host page, on a second origin (the default config.json
    // allows http://127.0.0.1:8081 and http://localhost:8081).
    let mut host_port = "8081".to_string();
    let mut require_token = false;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if flag == "--require-token" {
            require_token = true;
            continue;
        }
        let value = rest.next().ok_or(USAGE)?;
        match flag.as_str() {
            "--port" => port = value.clone(),
            "--host-port" => host_port = value.clone(),
            "--latency-ms" => latency = value.clone(),
            _ => return Err(USAGE.into()),
        }
    }
    let env = tools::ensure(false)?;
    build_app(&env)?;
    run(env
        .command("cargo")
        .args(["build", "--quiet", "-p", "sandbox"]))?;
    let sandbox = root().join("target/debug/sandbox");
    let dist = root().join("dist");
    eprintln!("Serving the app and the sandbox API: open http://127.0.0.1:{port} (Ctrl-C stops)");
    eprintln!(
        "The app embedded in the example host page: http://127.0.0.1:{host_port}/host-example.html"
    );
    // Replace this process with the sandbox, so Ctrl-C reaches it directly
    // and it shuts down cleanly; nothing is left running behind.
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(sandbox);
    if require_token {
        command.arg("--require-token");
    }
    let error = command
        .args(["--host-port", &host_port])
        .args(["--port", &port, "--latency-ms", &latency, "--dist"])
        .arg(dist)
        .current_dir(root())
        .exec();
    Err(format!("could not start the sandbox: {error}"))
}

fn test() -> Result<(), String> {
    let started = Instant::now();
    let env = tools::ensure(true)?;
    tools::ensure_lint_tools(&env)?;
    tools::ensure_nginx()?;
    let mut stages: Vec<(&str, f64)> = Vec::new();
    let mut stage =
        |name: &'static str, f: &mut dyn FnMut() -> Result<(), String>| -> Result<(), String> {
            let t = Instant::now();
            eprintln!("\n=== {name} ===");
            f()?;
            stages.push((name, t.elapsed().as_secs_f64()));
            Ok(())
        };

    stage(
        "gates (rustfmt, leptosfmt, clippy -D warnings)",
        &mut || gates(&env),
    )?;
    stage("host tests (unit, contract, sandbox)", &mut || {
        run(env
            .command("cargo")
            .args(["test", "--workspace", "--exclude", "e2e"]))
    })?;
    stage(
        "host SDK (node --check, tsc --noEmit --strict, node --test)",
        &mut || sdk::check(&env),
    )?;
    stage(
        "phone data (esbuild bundle, node --test against Google's libphonenumber)",
        &mut || phone::check(&env),
    )?;
    stage("build the app (trunk, split wasm, release)", &mut || {
        build_app(&env).map(drop)
    })?;
    stage(
        "component tests (wasm-bindgen-test, headless Chromium)",
        &mut || {
            // Chromium leaves ~150 MB temporary folders behind when the
            // runner kills it; they go into a folder removed afterwards.
            let scratch = root().join("target/browser-tmp");
            let _ = std::fs::remove_dir_all(&scratch);
            std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
            let result = run(env
                .command("cargo")
                .args([
                    "test",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--test",
                    "web",
                ])
                // The test wasm is split like the app (its lazy parts in
                // chunks fetched by the page), then run by
                // wasm-bindgen-test-runner: `split::test_runner`.
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    format!("{} split-test-runner", xtask_exe()?.display()),
                )
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                    "-Clink-arg=--emit-relocs",
                )
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
                .env("TMPDIR", &scratch));
            let _ = std::fs::remove_dir_all(&scratch);
            result
        },
    )?;
    let matrix = root().join("target/fault-matrix.tsv");
    let judged = root().join("target/a11y-report.tsv");
    stage(
        "end-to-end tests (WebDriver → Chromium → app → sandbox, and behind nginx)",
        &mut || {
            let _ = std::fs::remove_file(&matrix);
            let _ = std::fs::remove_file(&judged);
            run(env
                .command("cargo")
                .args(["build", "--quiet", "-p", "sandbox"]))?;
            run(env
                .command("cargo")
                .args(["test", "-p", "e2e", "--", "--test-threads=2"])
                .env("SANDBOX_BIN", root().join("target/debug/sandbox"))
                .env("APP_DIST", root().join("dist"))
                .env("NGINX_BIN", tools::NGINX)
                .env("NGINX_MODULES", tools::NGINX_MODULES))
        },
    )?;

    print_fault_matrix(&matrix);
    print_judged_states(&judged);
    eprintln!("\nAll tests passed.");
    for (name, seconds) in &stages {
        eprintln!("  {seconds:>7.1} s  {name}");
    }
    eprintln!(
        "  {:>7.1} s  total, tool checks and installs included",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// What the accessibility judges found in each state the end-to-end tests
/// visited (`tests/e2e/src/judges.rs`), as a table.
fn print_judged_states(path: &Path) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let mut rows: Vec<&str> = text.lines().collect();
    rows.sort();
    eprintln!("\nAccessibility judges, per state (tests/e2e/tests/a11y.rs):");
    eprintln!("| state | axe-core violations | html-validate messages |");
    eprintln!("|---|---|---|");
    for row in rows {
        eprintln!("| {} |", row.split('\t').collect::<Vec<_>>().join(" | "));
    }
}

/// Prints the nginx `server` block for the app built in `--dist`, set up by
/// the `config.json` there (see `nginx.rs`).
fn nginx_config(args: &[String]) -> Result<(), String> {
    let (mut dist, mut listen, mut api) = (None, None, None);
    let (mut base, mut report) = ("/".to_string(), None);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or(USAGE)?.clone();
        match flag.as_str() {
            "--dist" => dist = Some(value),
            "--listen" => listen = Some(value),
            "--api" => api = Some(value),
            "--base" => base = value,
            "--report" => report = Some(value),
            _ => return Err(USAGE.into()),
        }
    }
    let (Some(dist), Some(listen), Some(api)) = (dist, listen, api) else {
        return Err(USAGE.into());
    };
    let dist = std::fs::canonicalize(&dist).map_err(|e| format!("--dist {dist}: {e}"))?;
    let config = dist.join("config.json");
    let config_json = std::fs::read_to_string(&config).map_err(|e| {
        format!(
            "{}: {e} (build the app first: cargo xtask build)",
            config.display()
        )
    })?;
    let site = nginx::Site {
        dist: dist.to_string_lossy().into_owned(),
        listen,
        api,
        base,
        report,
    };
    print!("{}", nginx::server_block(&site, &config_json)?);
    Ok(())
}

/// Formats every file as the gates want it: `view!` bodies first
/// (leptosfmt leaves the code around them alone), then rustfmt (which
/// leaves macro bodies alone). Runs `leptosfmt src tests && cargo fmt --all`.
fn fmt() -> Result<(), String> {
    let env = tools::ensure_formatters()?;
    run(env.command("leptosfmt").args(VIEW_DIRS))?;
    run(env.command("cargo").args(["fmt", "--all"]))
}

/// The checks that need no build of the app: formatting (rustfmt and
/// leptosfmt) and clippy with every warning an error. All three run; the
/// stage fails naming each one that failed, with the command that fixes
/// formatting.
fn gates(env: &tools::Env) -> Result<(), String> {
    let mut failed = Vec::new();
    if let Err(e) = run(env.command("cargo").args(["fmt", "--all", "--", "--check"])) {
        eprintln!("xtask: gate rustfmt: {e}");
        failed.push("rustfmt");
    }
    if let Err(e) = leptosfmt_check(env) {
        eprintln!("xtask: gate leptosfmt: {e}");
        failed.push("leptosfmt");
    }
    // `--all-features`: the benchmark page's code (`bench`) is checked too.
    let clippy = [
        "clippy",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ];
    if let Err(e) = run(env.command("cargo").args(clippy)) {
        eprintln!("xtask: gate clippy: {e}");
        failed.push("clippy");
    }
    if failed.is_empty() {
        return Ok(());
    }
    let mut message = format!("gates failed: {}", failed.join(", "));
    if failed.iter().any(|f| *f != "clippy") {
        message.push_str(
            "\n    format with `cargo xtask fmt` (runs `leptosfmt src tests && cargo fmt --all`)",
        );
    }
    Err(message)
}

/// `leptosfmt --check` over [`VIEW_DIRS`], saying only which files differ
/// (leptosfmt itself prints every line of each such file). A file it cannot
/// parse fails the gate too (leptosfmt reports it but exits 0).
fn leptosfmt_check(env: &tools::Env) -> Result<(), String> {
    let mut command = env.command("leptosfmt");
    command.arg("--check").args(VIEW_DIRS).current_dir(root());
    eprintln!("$ {}", describe(&command));
    let out = command
        .output()
        .map_err(|e| format!("could not start leptosfmt: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let unformatted: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("❌ "))
        .filter_map(|l| l.strip_suffix(" is not correctly formatted. See the difference below:"))
        .collect();
    // `❌ PATH` on stdout, the reason on the next stderr line (tab-indented).
    let unparsed: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("❌ "))
        .collect();
    let reasons: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with('\t'))
        .map(str::trim)
        .collect();
    for file in &unformatted {
        eprintln!("    not formatted: {file}");
    }
    for (i, file) in unparsed.iter().enumerate() {
        eprintln!(
            "    could not be read: {file}: {}",
            reasons.get(i).copied().unwrap_or("")
        );
    }
    if let Some(summary) = stdout.lines().find(|l| l.contains("Checked")) {
        eprintln!("    {}", summary.trim_start_matches("ℹ️ "));
    }
    if out.status.success() && unformatted.is_empty() && unparsed.is_empty() {
        Ok(())
    } else if unformatted.is_empty() && unparsed.is_empty() {
        Err(format!("leptosfmt failed ({}): {stderr}", out.status))
    } else {
        Err(format!(
            "{} file(s) not formatted, {} unreadable",
            unformatted.len(),
            unparsed.len()
        ))
    }
}

/// The fault matrix the end-to-end tests recorded, as a table.
fn print_fault_matrix(path: &Path) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let mut rows: Vec<&str> = text.lines().collect();
    rows.sort();
    eprintln!("\nFault matrix (tests/e2e/tests/faults.rs):");
    eprintln!("| scenario | action | message shown | input kept | requests sent | recovered |");
    eprintln!("|---|---|---|---|---|---|");
    for row in rows {
        eprintln!("| {} |", row.split('\t').collect::<Vec<_>>().join(" | "));
    }
}
