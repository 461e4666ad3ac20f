//! The host SDK (`host-sdk/`): the ES module portal pages import from the
//! app's origin, and its TypeScript declarations.
//!
//! [`ship`] copies both into `dist/` under their stable names
//! (`vri-invite-host.js`, `vri-invite-host.d.ts`: served `no-cache`, for a
//! portal that always wants the deployed version) and under a content-hashed
//! name (`vri-invite-host-<16 hex>.js` and the `.d.ts` with the same hash:
//! served immutable, for a portal that pins one build). The hash is the
//! module's, 16 hex digits like the loader's, so the sandbox and the nginx
//! block read it as Trunk's.
//!
//! [`check`] is `cargo xtask test`'s SDK stage: `node --check` on the
//! module, `tsc --noEmit --strict` on the example portal against the
//! declarations, and the unit tests against a fake frame (`node --test`).

use crate::tools::Env;
use crate::{root, run};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The SDK's folder in the repository.
pub const SOURCE: &str = "host-sdk";
/// The module's stable name.
pub const MODULE: &str = "vri-invite-host.js";
/// The declarations' stable name.
pub const TYPES: &str = "vri-invite-host.d.ts";
const STEM: &str = "vri-invite-host";

/// `vri-invite-host-<hash>.js` for `vri-invite-host.js` (and `.d.ts`).
pub fn hashed_name(stable: &str, hash: &str) -> String {
    let ext = stable.strip_prefix(STEM).unwrap_or(stable);
    format!("{STEM}-{hash}{ext}")
}

/// The module's content hash: the first 8 bytes of its SHA-256, in hex.
pub fn content_hash(module: &[u8]) -> String {
    Sha256::digest(module)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Copies the module and its declarations into `dist` under their stable
/// and hashed names (removing hashed copies of earlier builds); returns the
/// hashed module's name.
pub fn ship(dist: &Path) -> Result<String, String> {
    let source = root().join(SOURCE);
    let read =
        |name: &str| std::fs::read(source.join(name)).map_err(|e| format!("{SOURCE}/{name}: {e}"));
    let module = read(MODULE)?;
    let types = read(TYPES)?;
    let hash = content_hash(&module);
    if let Ok(entries) = std::fs::read_dir(dist) {
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if name.starts_with(&format!("{STEM}-")) {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    for (stable, bytes) in [(MODULE, &module), (TYPES, &types)] {
        for name in [stable.to_string(), hashed_name(stable, &hash)] {
            std::fs::write(dist.join(&name), bytes).map_err(|e| format!("dist/{name}: {e}"))?;
        }
    }
    eprintln!(
        "host SDK: dist/{MODULE} and dist/{}",
        hashed_name(MODULE, &hash)
    );
    Ok(hashed_name(MODULE, &hash))
}

/// The SDK's checks: syntax, types, unit tests.
pub fn check(env: &Env) -> Result<(), String> {
    run(env
        .command("node")
        .args(["--check", &format!("{SOURCE}/{MODULE}")]))?;
    let tsc = root().join("node_modules/.bin/tsc");
    run(env
        .command(&tsc.to_string_lossy())
        .args(["--noEmit", "--strict", "-p", SOURCE]))?;
    run(env
        .command("node")
        .args(["--test", &format!("{SOURCE}/test/")]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_keep_the_extension_after_the_hash() {
        let hash = content_hash(b"export const x = 1;\n");
        assert_eq!(hash.len(), 16);
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            hashed_name(MODULE, &hash),
            format!("vri-invite-host-{hash}.js")
        );
        assert_eq!(
            hashed_name(TYPES, &hash),
            format!("vri-invite-host-{hash}.d.ts")
        );
        assert_ne!(hash, content_hash(b"export const x = 2;\n"));
    }
}
