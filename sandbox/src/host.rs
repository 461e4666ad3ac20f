//! The example host page (the portal team's starting point), served on a
//! second port so that it is a different origin from the app, with the
//! app's real origin written in.
//!
//! Imports no other sandbox module.

use axum::http::header;
use axum::response::Redirect;
use axum::routing::get;
use axum::Router;

/// The example host page: the portal team's starting point.
pub const HOST_EXAMPLE: &str = include_str!("../host/host-example.html");
/// A bare page for the handshake's edges (a frame with
/// `referrerpolicy="no-referrer"`, a host that talks before the app is
/// ready): for tests, not a model for portals.
pub const EDGE_FRAME: &str = include_str!("../host/edge-frame.html");
/// The line of the host page that names the app's origin; the sandbox
/// writes its own origin there.
const APP_ORIGIN_LINE: &str = "const APP_ORIGIN = \"http://127.0.0.1:8080\";";
/// The line that imports the host SDK from the app's origin.
const SDK_IMPORT_LINE: &str =
    "import { VriInvite } from \"http://127.0.0.1:8080/vri-invite-host.js\";";

/// The example host page with the app's real origin written in (where it
/// names the app and where it imports the SDK from it).
pub fn host_page(app_origin: &str) -> String {
    HOST_EXAMPLE
        .replace(
            APP_ORIGIN_LINE,
            &format!("const APP_ORIGIN = {app_origin:?};"),
        )
        .replace(
            SDK_IMPORT_LINE,
            &format!(
                "import {{ VriInvite }} from {:?};",
                format!("{app_origin}/vri-invite-host.js")
            ),
        )
}

/// The second origin: the example host page (and `/` pointing to it), and
/// the handshake test page.
pub fn host_app(app_origin: String) -> Router {
    let page = host_page(&app_origin);
    let edge = EDGE_FRAME.replace(
        APP_ORIGIN_LINE,
        &format!("const APP_ORIGIN = {app_origin:?};"),
    );
    Router::new()
        .route(
            "/edge-frame.html",
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    edge,
                )
            }),
        )
        .route(
            "/host-example.html",
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    page,
                )
            }),
        )
        .route("/", get(|| async { Redirect::to("/host-example.html") }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_names_the_app_and_imports_the_sdk_from_its_origin() {
        assert!(HOST_EXAMPLE.contains(APP_ORIGIN_LINE));
        assert!(HOST_EXAMPLE.contains(SDK_IMPORT_LINE));
        let page = host_page("http://127.0.0.1:4242");
        assert!(page.contains("const APP_ORIGIN = \"http://127.0.0.1:4242\";"));
        assert!(page
            .contains("import { VriInvite } from \"http://127.0.0.1:4242/vri-invite-host.js\";"));
        assert!(!page.contains("127.0.0.1:8080"), "no other origin left");
    }
}
