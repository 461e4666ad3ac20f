//! The phone data: `phone/entry.js` and libphonenumber-js ("max" metadata,
//! which knows number types) bundled by esbuild into one ES module, which
//! the app imports only when phone mode is chosen (`src/platform/phone.rs`).
//!
//! [`bundle`] writes `target/phone/phone.mjs` (for the node tests and the
//! component tests) and, given `dist/`, `dist/phone-<hash>.js` under the
//! name the app's build compiled in (`catalogue::phone_file_name`).
//! [`check`] is `cargo xtask test`'s phone stage: the bundle read against
//! Google's own libphonenumber over every example number (`phone/test/`).

use crate::tools::Env;
use crate::{root, run};
use std::path::{Path, PathBuf};

/// Where the bundle is written for the tests.
pub fn built() -> PathBuf {
    root().join("target/phone/phone.mjs")
}

/// Bundles the phone data; with `dist`, copies it in under its served name
/// (removing the copies of earlier builds) and returns that name.
pub fn bundle(env: &Env, dist: Option<&Path>) -> Result<Option<String>, String> {
    let out = built();
    let esbuild = root().join("node_modules/.bin/esbuild");
    run(env.command(&esbuild.to_string_lossy()).args([
        "phone/entry.js",
        "--bundle",
        "--format=esm",
        "--minify",
        "--legal-comments=none",
        "--log-level=warning",
        &format!("--outfile={}", out.display()),
    ]))?;
    let Some(dist) = dist else {
        return Ok(None);
    };
    let read = |name: &str| std::fs::read(root().join(name)).map_err(|e| format!("{name}: {e}"));
    let name = catalogue::phone_file_name(&read("phone/entry.js")?, &read("package-lock.json")?);
    if let Ok(entries) = std::fs::read_dir(dist) {
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let old = path.file_name().unwrap_or_default().to_string_lossy();
            if old.starts_with("phone-") {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    std::fs::copy(&out, dist.join(&name)).map_err(|e| format!("dist/{name}: {e}"))?;
    eprintln!("phone data: dist/{name}");
    Ok(Some(name))
}

/// The phone stage of `cargo xtask test`: bundle, then `node --test`.
pub fn check(env: &Env) -> Result<(), String> {
    bundle(env, None)?;
    run(env
        .command("node")
        .args(["--test", "phone/test/"])
        .env("PHONE_BUNDLE", built()))
}
