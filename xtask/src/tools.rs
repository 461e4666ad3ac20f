//! Finds or installs the tools the build and the tests need, at the exact
//! versions that are known to work (see README, "Toolchain").

use crate::{root, run};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Trunk 0.22 needs a newer rustc than this machine kind has.
const TRUNK_VERSION: &str = "0.21.14";
/// leptosfmt, the `view!` formatter (`leptosfmt.toml`): the gates check
/// with it and `cargo xtask fmt` formats with it, so everyone has this one.
const LEPTOSFMT_VERSION: &str = "0.1.33";
/// npm's binaryen version that Trunk.toml pins (`version_132`).
const WASM_OPT_VERSION: &str = "version_132";

/// The environment every child command gets: installed tools first on PATH.
pub struct Env {
    path: OsString,
    pub chromedriver: Option<PathBuf>,
}

impl Env {
    /// A command with this environment's PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("PATH", &self.path);
        if let Some(driver) = &self.chromedriver {
            cmd.env("CHROMEDRIVER", driver);
        }
        cmd
    }

    pub fn output(&self, program: &str, args: &[&str]) -> Option<String> {
        let out = self
            .command(program)
            .args(args)
            .current_dir(root())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }
}

/// The environment with no tool checked: installed tools first on PATH.
fn base_env() -> Result<Env, String> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|home| home.join("bin"))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let npm_bin = root().join("node_modules/.bin");
    let mut paths = vec![npm_bin, cargo_bin];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(paths).map_err(|e| e.to_string())?;
    Ok(Env {
        path,
        chromedriver: None,
    })
}

/// The formatters and the linter alone (for `cargo xtask fmt`).
pub fn ensure_formatters() -> Result<Env, String> {
    let env = base_env()?;
    ensure_lint_tools(&env)?;
    Ok(env)
}

/// rustfmt and clippy (rustup components), and leptosfmt at
/// [`LEPTOSFMT_VERSION`] (`cargo install`, about a minute once).
pub fn ensure_lint_tools(env: &Env) -> Result<(), String> {
    for (component, probe) in [("rustfmt", "fmt"), ("clippy", "clippy")] {
        if env.output("cargo", &[probe, "--version"]).is_none() {
            run(env.command("rustup").args(["component", "add", component]))?;
        }
    }
    let have = env.output("leptosfmt", &["--version"]).unwrap_or_default();
    if have != format!("leptosfmt {LEPTOSFMT_VERSION}") {
        eprintln!(
            "Installing leptosfmt {LEPTOSFMT_VERSION} (found: {})",
            if have.is_empty() { "none" } else { &have }
        );
        run(env.command("cargo").args([
            "install",
            "--locked",
            "--force",
            "leptosfmt",
            "--version",
            LEPTOSFMT_VERSION,
        ]))?;
    }
    Ok(())
}

/// Makes sure every tool is present, installing what is missing. With
/// `browser`, Chromium and chromedriver too.
pub fn ensure(browser: bool) -> Result<Env, String> {
    let mut env = base_env()?;
    let npm_bin = root().join("node_modules/.bin");

    // The wasm target.
    let targets = env
        .output("rustup", &["target", "list", "--installed"])
        .unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        run(env
            .command("rustup")
            .args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    // The release wasm's standard library is built for size on nightly
    // (`split.rs`): its sources and the wasm target.
    ensure_nightly(&env)?;

    // wasm-bindgen-cli at exactly the version in Cargo.lock (its test
    // runner comes with it). Not `--locked`: its own lock file pins a
    // crate version the registry no longer has.
    let wanted = wasm_bindgen_version()?;
    let have = env
        .output("wasm-bindgen", &["--version"])
        .unwrap_or_default();
    if have != format!("wasm-bindgen {wanted}") {
        eprintln!(
            "Installing wasm-bindgen-cli {wanted} (found: {})",
            if have.is_empty() { "none" } else { &have }
        );
        run(env.command("cargo").args([
            "install",
            "--force",
            "wasm-bindgen-cli",
            "--version",
            &wanted,
        ]))?;
    }
    check_trunk_pin(&wanted)?;

    // Trunk.
    let have = env.output("trunk", &["--version"]).unwrap_or_default();
    if have != format!("trunk {TRUNK_VERSION}") {
        eprintln!(
            "Installing trunk {TRUNK_VERSION} (found: {}); this takes a few minutes once",
            if have.is_empty() { "none" } else { &have }
        );
        run(env.command("cargo").args([
            "install",
            "--locked",
            "--force",
            "trunk",
            "--version",
            TRUNK_VERSION,
        ]))?;
    }

    // wasm-opt from npm's binaryen, as package-lock.json pins it.
    let have = env
        .output(&npm_bin.join("wasm-opt").to_string_lossy(), &["--version"])
        .unwrap_or_default();
    // The accessibility judges too, which the tests run from node_modules
    // (axe-core, html-validate and the virtual screen reader), and
    // typescript, which type-checks the host SDK.
    let judges = [
        "axe-core/axe.min.js",
        "html-validate/bin/html-validate.mjs",
        "@guidepup/virtual-screen-reader/lib/esm/index.browser.js",
        "typescript/bin/tsc",
        "libphonenumber-js/max/index.js",
        "google-libphonenumber/package.json",
        "esbuild/bin/esbuild",
    ]
    .iter()
    .all(|file| root().join("node_modules").join(file).exists());
    if !have.contains(WASM_OPT_VERSION) || !judges {
        if env.output("npm", &["--version"]).is_none() {
            apt_install(&["nodejs", "npm"], "Node.js and npm")?;
        }
        run(env.command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }

    // The build writes brotli and gzip copies of dist/ (Debian's tools).
    if env.output("brotli", &["--version"]).is_none()
        || env.output("gzip", &["--version"]).is_none()
    {
        apt_install(&["brotli", "gzip"], "brotli and gzip")?;
    }

    if browser {
        if env.output("chromium", &["--version"]).is_none()
            || env.output("chromedriver", &["--version"]).is_none()
        {
            apt_install(
                &["chromium", "chromium-driver"],
                "Chromium and its WebDriver",
            )?;
        }
        // Chinese and Korean glyphs: without them Chromium draws boxes, and
        // the kiosk check of those languages would measure boxes.
        if !CJK_FONTS.iter().all(|f| Path::new(f).exists()) {
            apt_install(
                &["fonts-droid-fallback", "fonts-nanum"],
                "fonts with Chinese and Korean glyphs",
            )?;
        }
        let driver = env
            .output("sh", &["-c", "command -v chromedriver"])
            .ok_or("chromedriver is not on PATH")?;
        env.chromedriver = Some(PathBuf::from(driver));
    }

    // Trunk.toml builds offline: fetch every crate first.
    run(env.command("cargo").args(["fetch", "--locked"]))?;
    Ok(env)
}

/// The nightly toolchain the image ships, with `rust-src` (for
/// `-Zbuild-std`) and the wasm target, added by rustup when missing.
fn ensure_nightly(env: &Env) -> Result<(), String> {
    let nightly = format!("+{}", crate::split::NIGHTLY);
    if env.output("rustc", &[&nightly, "--version"]).is_none() {
        return Err(format!(
            "the release build needs Rust's {} toolchain (it builds a smaller standard library); install it with `rustup toolchain install {} --profile minimal`",
            crate::split::NIGHTLY,
            crate::split::NIGHTLY
        ));
    }
    let installed = env
        .output(
            "rustup",
            &[
                "component",
                "list",
                "--installed",
                "--toolchain",
                crate::split::NIGHTLY,
            ],
        )
        .unwrap_or_default();
    if !installed.lines().any(|c| c.trim() == "rust-src") {
        run(env.command("rustup").args([
            "component",
            "add",
            "rust-src",
            "--toolchain",
            crate::split::NIGHTLY,
        ]))?;
    }
    if !installed
        .lines()
        .any(|c| c.trim() == "rust-std-wasm32-unknown-unknown")
    {
        run(env.command("rustup").args([
            "target",
            "add",
            "wasm32-unknown-unknown",
            "--toolchain",
            crate::split::NIGHTLY,
        ]))?;
    }
    Ok(())
}

/// Debian's nginx binary, which the end-to-end tests run (never as a service).
pub const NGINX: &str = "/usr/sbin/nginx";
/// Where Debian puts nginx's dynamic modules.
pub const NGINX_MODULES: &str = "/usr/lib/nginx/modules";

/// nginx and its brotli static module, from Debian, for the deployment
/// tests (`tests/e2e/tests/nginx.rs` runs it in a temporary prefix). The
/// packages' scripts would start a system nginx on port 80: a
/// `policy-rc.d` that forbids starting services is in place while they
/// install, and a system nginx found running afterwards is stopped.
pub fn ensure_nginx() -> Result<(), String> {
    let module = PathBuf::from(NGINX_MODULES).join("ngx_http_brotli_static_module.so");
    if PathBuf::from(NGINX).exists() && module.exists() {
        return Ok(());
    }
    let policy = PathBuf::from("/usr/sbin/policy-rc.d");
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    // Only ours is removed again; one already there stays as it was.
    let ours = is_root && !policy.exists();
    if ours {
        std::fs::write(
            &policy,
            "#!/bin/sh\n# cargo xtask: no service starts while packages install\nexit 101\n",
        )
        .map_err(|e| format!("{}: {e}", policy.display()))?;
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&policy, std::fs::Permissions::from_mode(0o755));
    }
    let installed = apt_install(
        &["nginx", "libnginx-mod-http-brotli-static"],
        "nginx with its brotli static module (for the deployment tests)",
    );
    if ours {
        let _ = std::fs::remove_file(&policy);
    }
    installed?;
    if PathBuf::from("/run/nginx.pid").exists() {
        eprintln!("Stopping the system nginx the package started");
        run(Command::new(NGINX).args(["-s", "quit"]))?;
    }
    Ok(())
}

/// Debian's `fonts-droid-fallback` (1.8 MB, Chinese) and `fonts-nanum`
/// (10 MB, Korean).
const CJK_FONTS: [&str; 2] = [
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
];

/// Installs Debian packages when running as root; otherwise says what to
/// install, because a build tool must not ask for a password.
pub fn apt_install(packages: &[&str], what: &str) -> Result<(), String> {
    let uid = Command::new("id")
        .arg("-u")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if uid.as_deref() != Some("0") {
        return Err(format!(
            "{what} is missing. Install it, then run this again:\n    sudo apt-get install -y {}",
            packages.join(" ")
        ));
    }
    eprintln!("Installing {what} from Debian: {}", packages.join(" "));
    run(Command::new("apt-get")
        .arg("update")
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The wasm-bindgen version Cargo.lock resolved.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

/// Trunk refuses to build when its pinned wasm-bindgen differs from the
/// installed one; say so plainly instead.
fn check_trunk_pin(wanted: &str) -> Result<(), String> {
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("Trunk.toml: {e}"))?;
    if trunk_toml.contains(&format!("wasm_bindgen = \"{wanted}\"")) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml must pin wasm_bindgen = \"{wanted}\" (the version in Cargo.lock)"
        ))
    }
}
