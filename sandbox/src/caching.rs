//! How long a browser may keep each file of the built app, as a deployment
//! should serve it (README, "Deploying"): Trunk puts a content hash in the
//! name of the js, wasm and css (`vri-invite-d7dd19e815cb6716_bg.wasm`), so
//! those never change under their name and are cached for a year without
//! revalidation; `index.html` and `config.json` keep their names across
//! releases and are revalidated on every load.

/// A year, the longest lifetime caches honour.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Revalidate every time (an unchanged file costs a 304, no body).
pub const REVALIDATE: &str = "no-cache";

/// The `Cache-Control` for a request path.
pub fn cache_control(path: &str) -> &'static str {
    if is_hashed(path.rsplit('/').next().unwrap_or("")) {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

/// Whether a file name carries Trunk's content hash: `-` then up to 16
/// lower-case hex digits (a 64-bit hash printed without leading zeros: 12
/// to 16 of them but once in 65,536 builds), right before `.` or `_bg.`.
fn is_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => {
            (12..=16).contains(&hash.len())
                && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_immutable() {
        for path in [
            "/vri-invite-d7dd19e815cb6716_bg.wasm",
            "/vri-invite-c0a9d700a2794a8_bg.wasm",
            "/vri-invite-d7dd19e815cb6716.js",
            "/main-13e9776594225fd3.css",
            "/vri-invite-host-04c4723b19dc0890.js",
            "/vri-invite-host-04c4723b19dc0890.d.ts",
        ] {
            assert_eq!(cache_control(path), IMMUTABLE, "{path}");
        }
    }

    #[test]
    fn named_files_are_revalidated() {
        for path in [
            "/",
            "/index.html",
            "/config.json",
            "/main.css",
            "/vri-invite-d7dd19e8.js",
            "/a-D7DD19E815CB6716.js",
            "/x-d7dd19e815cb671g.js",
            "/vri-invite-host.js",
            "/vri-invite-host.d.ts",
        ] {
            assert_eq!(cache_control(path), REVALIDATE, "{path}");
        }
    }
}
