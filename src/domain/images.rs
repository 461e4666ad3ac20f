//! The profile-image allowlist: the only way API image data reaches an
//! `<img src>`.
//!
//! A `src` built from server text could be `javascript:`, an SVG with script,
//! or a huge payload; so only a `data:` URL of a raster type the browser
//! renders inertly is ever built, and only from base64 that decodes to bytes
//! that really are that type (its magic number). Anything else: initials.

use crate::api::model::ProfileImage;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// Larger images are refused: a roster photo is a thumbnail, and 5,000 of
/// them must not take the tab's memory.
pub const MAX_BASE64_LEN: usize = 512 * 1024;

/// The `src` for an interpreter's photo, or `None` (show initials).
pub fn profile_src(image: Option<&ProfileImage>) -> Option<String> {
    let image = image?;
    let mime = image.mime_type.as_deref()?.trim().to_ascii_lowercase();
    let mime = match mime.as_str() {
        // A common misspelling of the registered type.
        "image/jpg" => "image/jpeg",
        "image/png" | "image/jpeg" | "image/webp" | "image/gif" => mime.as_str(),
        _ => return None,
    };
    let data: String = image
        .image_data
        .as_deref()?
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    if data.is_empty() || data.len() > MAX_BASE64_LEN {
        return None;
    }
    let bytes = STANDARD.decode(&data).ok()?;
    if !has_magic(mime, &bytes) {
        return None;
    }
    Some(format!("data:{mime};base64,{data}"))
}

/// Whether `bytes` start the way a file of type `mime` must.
fn has_magic(mime: &str, bytes: &[u8]) -> bool {
    match mime {
        "image/png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        "image/gif" => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
        "image/webp" => bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &str =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    fn image(mime: &str, data: &str) -> ProfileImage {
        ProfileImage {
            mime_type: Some(mime.into()),
            image_data: Some(data.into()),
            ..ProfileImage::default()
        }
    }

    fn b64(bytes: &[u8]) -> String {
        STANDARD.encode(bytes)
    }

    #[test]
    fn real_images_of_allowed_types_become_data_urls() {
        assert_eq!(
            profile_src(Some(&image("image/png", PNG))),
            Some(format!("data:image/png;base64,{PNG}"))
        );
        let jpeg = b64(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        assert_eq!(
            profile_src(Some(&image(" IMAGE/JPG ", &jpeg))),
            Some(format!("data:image/jpeg;base64,{jpeg}"))
        );
        let gif = b64(b"GIF89a\x01\x00\x01\x00");
        assert!(profile_src(Some(&image("image/gif", &gif))).is_some());
        let webp = b64(b"RIFF\x1a\x00\x00\x00WEBPVP8 ");
        assert!(profile_src(Some(&image("image/webp", &webp))).is_some());
        // Line breaks some encoders insert are dropped, not refused.
        let wrapped = format!("{}\r\n{}", &PNG[..40], &PNG[40..]);
        assert_eq!(
            profile_src(Some(&image("image/png", &wrapped))),
            Some(format!("data:image/png;base64,{PNG}"))
        );
    }

    #[test]
    fn anything_else_shows_initials() {
        let svg = b64(b"<svg onload=alert(1)></svg>");
        for (mime, data) in [
            ("image/svg+xml", svg.as_str()),
            ("text/html", PNG),
            ("image/png;base64,AAAA\" onerror=\"x", PNG),
            ("", PNG),
            ("image/png", ""),
            ("image/png", "not base64!"),
            ("image/png", "sample string 3"),
            ("image/jpeg", PNG),
            ("image/png", &b64(b"GIF89a")),
            ("image/webp", &b64(b"RIFF")),
        ] {
            assert_eq!(profile_src(Some(&image(mime, data))), None, "{mime} {data}");
        }
        assert_eq!(profile_src(None), None);
        assert_eq!(profile_src(Some(&ProfileImage::default())), None);
        let huge = "A".repeat(MAX_BASE64_LEN + 4);
        assert_eq!(profile_src(Some(&image("image/png", &huge))), None);
    }
}
