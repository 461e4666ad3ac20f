//! The app's wasm, built without Trunk (Trunk 0.21 cannot split a wasm,
//! trunk-rs/trunk#1022): the same pipeline cargo-leptos runs with `--split`.
//!
//! 1. `cargo +nightly rustc --release` for `wasm32-unknown-unknown`, with a
//!    standard library built for size (`-Zbuild-std`, immediate abort on
//!    panic) and the linker's relocations kept (`--emit-relocs`), which the
//!    split needs to move code and data between modules;
//! 2. `wasm_split_cli_support::transform`: every `#[wasm_split(NAME)]`
//!    function (`src/ui/lazy.rs`) and what only it reaches goes into a
//!    chunk of its own; the main module keeps the rest and a small JS file
//!    (`__wasm_split.js`) that fetches a chunk the first time it is called;
//! 3. `wasm-bindgen --target web`, then `wasm-opt -Oz` on the main module and
//!    on each chunk, and esbuild's minifier on the JS;
//! 4. content hashes in every name, written into `dist/`.
//!
//! The standard library build needs the nightly toolchain with `rust-src`
//! and the wasm target ([`crate::tools::ensure`] adds them).

use crate::tools::Env;
use crate::{root, run};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The nightly toolchain that builds the release wasm (`-Zbuild-std`): the
/// one the machine image ships (`rustc 1.97.0-nightly 2026-05-19`).
pub const NIGHTLY: &str = "nightly";

/// Flags for every crate of the release wasm, the standard library's too:
/// a panic is an immediate `unreachable` trap, with no message formatting
/// and no unwinding code (the crash screen is drawn by the loader's
/// `error` listener, `loader.rs`).
const RUSTFLAGS: &str =
    "-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none";

/// Binaryen's passes after wasm-bindgen: size first, debug info and the
/// producers section dropped, the features rustc's wasm32 target emits.
const WASM_OPT: [&str; 9] = [
    "-Oz",
    "--strip-debug",
    "--strip-producers",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// What the build wrote into `dist/`, by served name.
#[derive(Debug, Clone)]
pub struct Built {
    /// wasm-bindgen's JS (`vri-invite-<hash>.js`): the loader imports it.
    pub glue: String,
    /// The main module (`vri-invite-<hash>_bg.wasm`).
    pub wasm: String,
    /// The split loader (`vri-invite-split-<hash>.js`), imported by the glue.
    pub link: String,
    /// The lazy chunks (`<name>-<hash>.wasm`), fetched when first used.
    pub chunks: Vec<String>,
    /// wasm-bindgen's output with the names kept, for the size-by-crate table.
    pub named_wasm: PathBuf,
}

/// Builds the app's wasm (the `vri-invite` binary, with `features`) and
/// writes it, split, into `dist`.
pub fn build(env: &Env, dist: &Path, bin: &str, features: &[&str]) -> Result<Built, String> {
    let target_dir = root().join("target/app");
    let mut cargo = env.command("cargo");
    cargo
        .arg(format!("+{NIGHTLY}"))
        .args(["rustc", "--locked", "--release"])
        .args(["--target", "wasm32-unknown-unknown", "--bin", bin])
        .args(["-Zbuild-std=std,panic_abort"]);
    if !features.is_empty() {
        cargo.args(["--features", &features.join(",")]);
    }
    cargo
        .args(["--", "-Clink-arg=--emit-relocs"])
        .env("CARGO_TARGET_DIR", &target_dir)
        .env("RUSTFLAGS", RUSTFLAGS)
        // The toolchain is named on the command line; a stray override
        // from the caller's environment must not win.
        .env_remove("RUSTUP_TOOLCHAIN");
    run(&mut cargo)?;
    let linked = target_dir.join(format!("wasm32-unknown-unknown/release/{bin}.wasm"));

    // (2) the split
    let work = target_dir.join("split");
    let (main, split) = split_into(&linked, &work, GLUE)?;

    // (3) bindings, then wasm-opt and the minifier
    let bindgen = target_dir.join("bindgen");
    let _ = std::fs::remove_dir_all(&bindgen);
    run(env
        .command("wasm-bindgen")
        .args(["--target", "web", "--keep-lld-exports"])
        .args(["--no-typescript", "--out-name", "vri-invite", "--out-dir"])
        .arg(&bindgen)
        .arg(&main))?;
    let named_wasm = bindgen.join("vri-invite_bg.wasm");
    let optimized = work.join("main.opt.wasm");
    wasm_opt(env, &named_wasm, &optimized)?;
    let mut chunks = Vec::new();
    for chunk in &split.split_modules {
        let out = chunk.with_extension("opt.wasm");
        wasm_opt(env, chunk, &out)?;
        let stem = chunk.file_stem().unwrap().to_string_lossy().to_string();
        chunks.push((stem, std::fs::read(&out).map_err(|e| e.to_string())?));
    }
    let glue = minify(env, &bindgen.join("vri-invite.js"))?;
    let link = minify(env, &work.join(LINK))?;

    // (4) names with content hashes. The glue imports the split loader and
    // the split loader imports the glue: both get one hash, of everything
    // the two of them and the wasm are, so neither can change under its name.
    let wasm = std::fs::read(&optimized).map_err(|e| e.to_string())?;
    let wasm_name = format!("vri-invite-{}_bg.wasm", hash(&[&wasm]));
    let mut link = link;
    let mut chunk_names = Vec::new();
    for (stem, bytes) in &chunks {
        let name = format!("{}-{}.wasm", stem.replace('_', "-"), hash(&[bytes]));
        link = replace_once(&link, &format!("./{stem}.wasm"), &format!("./{name}"))?;
        write(&dist.join(&name), bytes)?;
        chunk_names.push(name);
    }
    let shared = hash(&[glue.as_bytes(), link.as_bytes(), &wasm]);
    let glue_name = format!("vri-invite-{shared}.js");
    let link_name = format!("vri-invite-split-{shared}.js");
    // Only the imports' specifiers (one namespace import per chunk, all of
    // the same module): the glue also names the wasm's import module
    // `./__wasm_split.js`, which must stay as it is.
    let glue = replace_all(&glue, &from(LINK), &from(&format!("./{link_name}")))?;
    let link = replace_once(&link, &from(GLUE), &from(&format!("./{glue_name}")))?;
    write(&dist.join(&glue_name), glue.as_bytes())?;
    write(&dist.join(&link_name), link.as_bytes())?;
    write(&dist.join(&wasm_name), &wasm)?;
    copy_dir(&bindgen.join("snippets"), &dist.join("snippets"))?;
    Ok(Built {
        glue: glue_name,
        wasm: wasm_name,
        link: link_name,
        chunks: chunk_names,
        named_wasm,
    })
}

/// Cargo's runner for the component tests (`cargo xtask test` sets it):
/// splits the test wasm as the app is split (the tests mount the same
/// components, so their lazy parts come from chunks the page fetches),
/// then hands the main module to `wasm-bindgen-test-runner` with the rest
/// of the arguments. The runner serves files it did not make from its
/// working directory: the split loader and the chunks are written there.
pub fn test_runner(args: &[String]) -> Result<(), String> {
    let (wasm, rest) = args
        .split_first()
        .ok_or("split-test-runner: the test wasm is the first argument")?;
    let wasm = Path::new(wasm);
    let stem = wasm.file_stem().unwrap_or_default().to_string_lossy();
    let work = root().join("target/split-tests").join(stem.as_ref());
    // The name wasm-bindgen-test-runner gives its JS.
    let (main, _) = split_into(wasm, &work, "./wasm-bindgen-test")?;
    let status = std::process::Command::new("wasm-bindgen-test-runner")
        .arg(&main)
        .args(rest)
        .env("WASM_BINDGEN_USE_BROWSER", "1")
        .env("WASM_BINDGEN_KEEP_LLD_EXPORTS", "1")
        .current_dir(&work)
        .status()
        .map_err(|e| format!("could not start wasm-bindgen-test-runner: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("wasm-bindgen-test-runner failed ({status})"))
    }
}

/// Splits the linked `wasm` into `work` (emptied first): the main module
/// (`main.wasm`), the chunks and the split loader (`__wasm_split.js`), which
/// imports `initSync` from `glue`.
fn split_into(
    wasm: &Path,
    work: &Path,
    glue: &str,
) -> Result<(PathBuf, wasm_split_cli_support::SplitWasm), String> {
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).map_err(|e| format!("{}: {e}", work.display()))?;
    let input = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let main = work.join("main.wasm");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&input);
        opts.output_dir = work;
        opts.main_out_path = &main;
        opts.link_name = LINK;
        opts.main_module = glue;
        opts
    })
    .map_err(|e| format!("wasm-split on {}: {e:#}", wasm.display()))?;
    Ok((main, split))
}

/// How the main module imports the split loader, and the loader the glue.
const LINK: &str = "./__wasm_split.js";
const GLUE: &str = "./vri-invite.js";

/// An import's `from "…"` clause as esbuild's minifier writes it.
fn from(specifier: &str) -> String {
    format!("from\"{specifier}\"")
}

fn wasm_opt(env: &Env, input: &Path, output: &Path) -> Result<(), String> {
    run(env
        .command("wasm-opt")
        .args(WASM_OPT)
        .arg(input)
        .arg("-o")
        .arg(output))
}

/// esbuild's minifier over one ES module (imports and `import.meta.url`
/// kept as they are). Trunk 0.21's own minifier breaks on wasm-bindgen's JS.
fn minify(env: &Env, file: &Path) -> Result<String, String> {
    let out = env
        .command("esbuild")
        .arg(file)
        .args([
            "--minify",
            "--format=esm",
            "--target=es2020",
            "--log-level=error",
        ])
        .current_dir(root())
        .output()
        .map_err(|e| format!("could not start esbuild: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "esbuild failed on {}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

/// 16 hex digits of SHA-256 over `parts`, as Trunk names its files.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut digest = Sha256::new();
    for part in parts {
        digest.update((part.len() as u64).to_le_bytes());
        digest.update(part);
    }
    digest.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `text` with its one `from` replaced: a name that is missing, or there
/// twice, means the pipeline's tools changed how they write it.
fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!(
            "expected `{from}` once in the built JS, found it {n} times"
        )),
    }
}

/// `text` with every `from` replaced; at least one must be there.
fn replace_all(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.contains(from) {
        true => Ok(text.replace(from, to)),
        false => Err(format!("expected `{from}` in the built JS, found none")),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    if !from.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_replaced_only_when_it_is_there_once() {
        let glue = "import*as D from\"./__wasm_split.js\";const i={\"./__wasm_split.js\":D};";
        assert_eq!(
            replace_once(glue, &from(LINK), &from("./x.js")).unwrap(),
            "import*as D from\"./x.js\";const i={\"./__wasm_split.js\":D};",
            "the import moves, the wasm's import module stays"
        );
        assert!(replace_once("nothing", LINK, "./x.js").is_err());
        assert_eq!(
            replace_all("from\"a\";from\"a\"", "from\"a\"", "from\"b\"").unwrap(),
            "from\"b\";from\"b\""
        );
        assert!(replace_all("from\"c\"", "from\"a\"", "from\"b\"").is_err());
        assert!(replace_once("./__wasm_split.js ./__wasm_split.js", LINK, "./x.js").is_err());
    }

    #[test]
    fn the_hash_has_sixteen_hex_digits_and_sees_every_part() {
        let h = hash(&[b"ab", b"c"]);
        assert_eq!(h.len(), 16);
        assert!(h.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(h, hash(&[b"a", b"bc"]));
    }
}
