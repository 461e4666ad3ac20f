//! The interpreters listed in an invite answer (`secondRequest.providerList`),
//! and the .NET date format their schedules use.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde_json::{json, Value};

/// `secondRequest.providerList` (`ParaRequestProvider[]`): the interpreters
/// the platform offers for the call, each with their next scheduled
/// appointment.
///
/// The entries differ wherever an app could go wrong: names in Latin, Arabic,
/// Chinese and Cyrillic script; PNG and JPEG photos and none; appointments
/// starting soon, later, already started and long over, and none at all;
/// `JoinAvailable` both ways; some fields `null`.
pub fn provider_list(now: SystemTime) -> Value {
    Value::Array(curated(now))
}

/// `n` interpreters for load tests: the curated ones, then copies of them
/// with their own ids, names and ratings.
pub fn provider_list_of(now: SystemTime, n: usize) -> Value {
    let base = curated(now);
    let list = (0..n)
        .map(|i| {
            let mut entry = base[i % base.len()].clone();
            if i >= base.len() {
                let id = 100_000 + i as u64;
                entry["RequestProviderId"] = json!(id);
                let name = entry["Name"].as_str().unwrap_or("Interpreter").to_owned();
                entry["Name"] = json!(format!("{name} {i}"));
                // Deterministic spread of ratings so sorting has work to do.
                entry["ProviderRate"] = json!(((i * 37) % 50) as f64 / 10.0);
                entry["ProviderPerformance"] = json!(((i * 53) % 50) as f64 / 10.0);
                if entry["isSchedule"].is_object() {
                    entry["isSchedule"]["ScheduledRequestProviderId"] = json!(id);
                }
            }
            entry
        })
        .collect();
    Value::Array(list)
}

fn at(now: SystemTime, minutes: i64) -> SystemTime {
    let offset = Duration::from_secs(minutes.unsigned_abs() * 60);
    if minutes >= 0 {
        now + offset
    } else {
        now - offset
    }
}

#[allow(clippy::too_many_arguments)]
fn schedule(
    now: SystemTime,
    id: u64,
    starts_in_min: i64,
    duration_min: u64,
    provider: (u64, &str, &str),
    person: (&str, &str, &str),
    status: (&str, u64, &str, u64),
    join: bool,
    offered: bool,
    purpose: &str,
    gender: &str,
) -> Value {
    let start = at(now, starts_in_min);
    json!({
        "ScheduledRequestId": id,
        "ScheduledBlockId": id % 10_000,
        "startUtcDate": dotnet_utc(start),
        "startUtcDateStr": dotnet_display(start),
        "ScheduleDuration": duration_min,
        "PersonId": 50_000 + id % 1000,
        "ClientName": "Riverside Community Clinic",
        "PIN": format!("{:06}", (id * 7919) % 1_000_000),
        "ForceId": format!("F-{}", id % 100_000),
        "PersonName": person.0,
        "PersonEmail": person.1,
        "PersonPhoneNumber": person.2,
        "ClientUserId": 3307,
        "FromLanguageId": 1,
        "FromLanguage": "English",
        "ToLanguageId": 2,
        "ToLanguage": provider.2,
        "ProductName": "Video Remote Interpreting",
        "ProductDescription": "On-demand video interpreting, billed per minute",
        "ProviderId": provider.0,
        "ProviderEmail": format!("interpreter{}@interpreters.example", provider.0),
        "ProviderPhoneNumber": "+1 555 0178",
        "ProviderName": provider.1,
        "ScheduleStatusDescription": status.0,
        "ScheduleStatusId": status.1,
        "BillPersonPrechargeProductId": 12,
        "ScheduledRequestRoutingStatusCodeId": status.3,
        "ScheduledRequestRoutingStatus": status.2,
        "JoinAvailable": join,
        "callPurpose": purpose,
        "ConfirmationNumber": format!("VRI-{id}"),
        "GenderOptionCode": gender,
        "VideoOptionCode": "V",
        "IsOffered": offered,
        "ScheduledRequestProviderId": 9000 + id % 1000
    })
}

fn image(file: &str, mime: &str, bytes: &[u8], server_id: u64) -> Value {
    json!({
        "FileName": file,
        "MimeType": mime,
        "ImageData": BASE64.encode(bytes),
        "ServerImageId": server_id
    })
}

fn curated(now: SystemTime) -> Vec<Value> {
    let clinic_person = (
        "Dr. Samuel Okafor",
        "s.okafor@riverside-clinic.example",
        "+1 555 0142",
    );
    vec![
        json!({
            "RequestProviderId": 7301,
            "Name": "María González",
            "NativeLanguage": ["Spanish"],
            "OtherLanguage": ["English", "Portuguese"],
            "ProviderRate": 4.9,
            "ProviderPerformance": 4.7,
            "NeedHelpLanguage": "Spanish",
            "SupportCall": true,
            "SupportVideo": true,
            "SupportText": false,
            "ProfileImage": image("maria-gonzalez.png", "image/png", &png_avatar([0x2e, 0x7d, 0x32]), 88012),
            "ProviderSpecialTypeId": 1,
            "isSchedule": schedule(now, 640112, 5, 30, (7301, "María González", "Spanish"), clinic_person,
                ("Confirmed", 2, "Assigned", 3), true, true, "Follow-up appointment", "F"),
            "AnyMeetingExist": true
        }),
        json!({
            "RequestProviderId": 7318,
            "Name": "David Chen",
            "NativeLanguage": ["English"],
            "OtherLanguage": ["Spanish", "Mandarin"],
            "ProviderRate": 4.6,
            "ProviderPerformance": 4.8,
            "NeedHelpLanguage": "Spanish",
            "SupportCall": true,
            "SupportVideo": true,
            "SupportText": true,
            "ProfileImage": null,
            "ProviderSpecialTypeId": 1,
            "isSchedule": schedule(now, 640139, 20, 60, (7318, "David Chen", "Spanish"),
                ("Nurse Priya Raman", "p.raman@riverside-clinic.example", "+1 555 0163"),
                ("Pending", 1, "Offered", 2), false, false, "Discharge instructions", "M"),
            "AnyMeetingExist": false
        }),
        json!({
            "RequestProviderId": 7325,
            "Name": "فاطمة الزهراء",
            "NativeLanguage": ["Arabic"],
            "OtherLanguage": ["English", "French"],
            "ProviderRate": 4.8,
            "ProviderPerformance": 4.2,
            "NeedHelpLanguage": "Arabic",
            "SupportCall": true,
            "SupportVideo": true,
            "SupportText": true,
            "ProfileImage": image("fatima.jpg", "image/jpeg", &jpeg_avatar([0x8e, 0x24, 0xaa]), 88020),
            "ProviderSpecialTypeId": 2,
            "isSchedule": schedule(now, 640150, -10, 45, (7325, "فاطمة الزهراء", "Arabic"),
                ("Yusuf Haddad", "y.haddad@riverside-clinic.example", "+1 555 0188"),
                ("In progress", 3, "Connected", 4), true, true, "Pre-operative consent", "F"),
            "AnyMeetingExist": true
        }),
        json!({
            "RequestProviderId": 7340,
            "Name": "王小明",
            "NativeLanguage": ["Mandarin"],
            "OtherLanguage": ["Cantonese", "English"],
            "ProviderRate": 3.9,
            "ProviderPerformance": 4.5,
            "NeedHelpLanguage": "Mandarin",
            "SupportCall": false,
            "SupportVideo": true,
            "SupportText": false,
            "ProfileImage": image("wang.png", "image/png", &png_avatar([0x15, 0x65, 0xc0]), 88031),
            "ProviderSpecialTypeId": 3,
            "isSchedule": schedule(now, 640177, 26 * 60, 90, (7340, "王小明", "Mandarin"), clinic_person,
                ("Confirmed", 2, "Assigned", 3), false, true, "Physiotherapy assessment", "M"),
            "AnyMeetingExist": true
        }),
        json!({
            "RequestProviderId": 7352,
            "Name": "Ольга Смирнова",
            "NativeLanguage": ["Russian"],
            "OtherLanguage": ["Ukrainian"],
            "ProviderRate": 4.1,
            "ProviderPerformance": 3.6,
            "NeedHelpLanguage": null,
            "SupportCall": true,
            "SupportVideo": false,
            "SupportText": true,
            "ProfileImage": image("olga.jpg", "image/jpeg", &jpeg_avatar([0xc6, 0x28, 0x28]), 88044),
            "ProviderSpecialTypeId": null,
            "isSchedule": {
                "ScheduledRequestId": 640101,
                "startUtcDate": dotnet_utc(at(now, -180)),
                "startUtcDateStr": dotnet_display(at(now, -180)),
                "ScheduleDuration": 30,
                "ClientName": "Riverside Community Clinic",
                "PIN": null,
                "PersonName": null,
                "PersonEmail": null,
                "FromLanguage": "English",
                "ToLanguage": "Russian",
                "ScheduleStatusDescription": "Completed",
                "ScheduleStatusId": 4,
                "ScheduledRequestRoutingStatusCodeId": 5,
                "ScheduledRequestRoutingStatus": null,
                "JoinAvailable": false,
                "ConfirmationNumber": "VRI-640101",
                "GenderOptionCode": null,
                "VideoOptionCode": "A",
                "IsOffered": true
            },
            "AnyMeetingExist": false
        }),
        json!({
            "RequestProviderId": 7366,
            "Name": "Kwame Mensah",
            "NativeLanguage": ["Twi"],
            "OtherLanguage": [],
            "ProviderRate": 4.4,
            "ProviderPerformance": null,
            "NeedHelpLanguage": "Twi",
            "SupportCall": true,
            "SupportVideo": true,
            "SupportText": false,
            "ProfileImage": { "FileName": "kwame.svg", "MimeType": "image/svg+xml", "ImageData": "PHN2Zz48L3N2Zz4=", "ServerImageId": 88050 },
            "ProviderSpecialTypeId": 1,
            "isSchedule": null,
            "AnyMeetingExist": false
        }),
    ]
}

/// A 16×16 solid-colour PNG (8-bit RGB, the `png` crate): real bytes a
/// browser decodes.
pub fn png_avatar(rgb: [u8; 3]) -> Vec<u8> {
    const SIDE: u32 = 16;
    let pixels: Vec<u8> = std::iter::repeat_n(rgb, (SIDE * SIDE) as usize)
        .flatten()
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, SIDE, SIDE);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut writer| {
            writer.write_image_data(&pixels)?;
            writer.finish()
        })
        .expect("encoding a 16×16 image into memory cannot fail");
    out
}

/// A 16×16 solid-colour baseline JPEG (jpeg-encoder).
pub fn jpeg_avatar(rgb: [u8; 3]) -> Vec<u8> {
    let pixels: Vec<u8> = std::iter::repeat_n(rgb, 16 * 16).flatten().collect();
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 80)
        .encode(&pixels, 16, 16, jpeg_encoder::ColorType::Rgb)
        .expect("encoding a 16×16 image into memory cannot fail");
    out
}

/// `2025-04-25T15:19:26.2846051Z`: UTC with 100 ns ticks, as .NET writes a `DateTime`.
pub fn dotnet_utc(time: SystemTime) -> String {
    let (date, secs, ticks) = split(time);
    let (year, month, day) = date;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{ticks:07}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// `4/25/2025 3:19:26 PM`: .NET's default en-US `DateTime.ToString()`, a
/// plausible guess at what `startUtcDateStr` holds (the docs do not say).
pub fn dotnet_display(time: SystemTime) -> String {
    let ((year, month, day), secs, _) = split(time);
    let hour = secs / 3600;
    let (hour12, meridiem) = match hour {
        0 => (12, "AM"),
        1..=11 => (hour, "AM"),
        12 => (12, "PM"),
        _ => (hour - 12, "PM"),
    };
    format!(
        "{month}/{day}/{year} {hour12}:{:02}:{:02} {meridiem}",
        secs / 60 % 60,
        secs % 60
    )
}

/// (civil date, seconds into the day, 100 ns ticks into the second), in UTC.
fn split(time: SystemTime) -> ((i64, u32, u32), u64, u32) {
    let since_epoch = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since_epoch.as_secs();
    let days = i64::try_from(secs / 86_400).expect("days since 1970 fit in i64");
    (
        civil_from_days(days),
        secs % 86_400,
        since_epoch.subsec_nanos() / 100,
    )
}

/// Days since 1970-01-01 to (year, month, day): Howard Hinnant's algorithm,
/// to avoid a date crate for two format strings.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64, nanos: u32) -> SystemTime {
        UNIX_EPOCH + Duration::new(secs, nanos)
    }

    #[test]
    fn formats_dates_like_dotnet() {
        let sample = at(1_745_594_366, 284_605_100);
        assert_eq!(dotnet_utc(sample), "2025-04-25T15:19:26.2846051Z");
        assert_eq!(dotnet_display(sample), "4/25/2025 3:19:26 PM");
        assert_eq!(dotnet_utc(at(0, 0)), "1970-01-01T00:00:00.0000000Z");
        assert_eq!(dotnet_display(at(0, 0)), "1/1/1970 12:00:00 AM");
        // A leap day, to exercise the month arithmetic.
        assert_eq!(
            dotnet_utc(at(951_782_400, 0)),
            "2000-02-29T00:00:00.0000000Z"
        );
    }

    #[test]
    fn provider_list_has_distinct_interpreters_in_several_scripts() {
        let now = at(1_745_594_366, 0);
        let list = provider_list(now);
        let list = list.as_array().expect("an array");
        assert!(list.len() >= 6);
        let mut ids: Vec<_> = list
            .iter()
            .map(|p| p["RequestProviderId"].clone())
            .collect();
        ids.dedup();
        assert_eq!(ids.len(), list.len(), "ids are distinct");
        assert_eq!(list[0]["isSchedule"]["JoinAvailable"], true);
        assert_eq!(list[1]["isSchedule"]["JoinAvailable"], false);
        assert!(list[0]["ProfileImage"].is_object());
        assert!(list[1]["ProfileImage"].is_null());
        assert_eq!(
            list[0]["isSchedule"]["startUtcDate"],
            "2025-04-25T15:24:26.0000000Z"
        );
        let names: String = list.iter().filter_map(|p| p["Name"].as_str()).collect();
        for script in ['á', 'ف', '王', 'О'] {
            assert!(names.contains(script), "a name with {script}");
        }
        assert!(list.iter().any(|p| p["isSchedule"].is_null()));
        let mimes: Vec<_> = list
            .iter()
            .filter_map(|p| p["ProfileImage"]["MimeType"].as_str())
            .collect();
        assert!(mimes.contains(&"image/png") && mimes.contains(&"image/jpeg"));
    }

    #[test]
    fn generated_images_are_real_png_and_jpeg() {
        let png = png_avatar([1, 2, 3]);
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(
            png.ends_with(&[0xAE, 0x42, 0x60, 0x82]),
            "IEND's well-known CRC"
        );
        // Decodes back to the 16×16 RGB square it was made from.
        let mut reader = png::Decoder::new(std::io::Cursor::new(&png))
            .read_info()
            .expect("a PNG header");
        let mut pixels = vec![0; reader.output_buffer_size().expect("a small image")];
        let frame = reader.next_frame(&mut pixels).expect("one frame");
        assert_eq!((frame.width, frame.height), (16, 16));
        assert_eq!(frame.color_type, png::ColorType::Rgb);
        assert_eq!(frame.bit_depth, png::BitDepth::Eight);
        assert_eq!(&pixels[..frame.buffer_size()], [1, 2, 3].repeat(16 * 16));
        let jpeg = jpeg_avatar([1, 2, 3]);
        assert!(jpeg.starts_with(&[0xFF, 0xD8, 0xFF]));
        assert!(jpeg.ends_with(&[0xFF, 0xD9]));
    }

    #[test]
    fn load_list_has_n_distinct_interpreters() {
        let list = provider_list_of(at(0, 0), 5000);
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 5000);
        let mut ids: Vec<_> = list
            .iter()
            .map(|p| p["RequestProviderId"].as_u64().unwrap())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 5000);
        assert_eq!(provider_list_of(at(0, 0), 0), json!([]));
    }
}
