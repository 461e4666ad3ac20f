//! The interpreters listed in an invite answer (`secondRequest.providerList`),
//! and the .NET date format their schedules use.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

/// A 1×1 PNG, so `ImageData` is real base64 image data an app could render.
const TINY_PNG_BASE64: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/// `secondRequest.providerList` (`ParaRequestProvider[]`): the interpreters
/// the platform offers for the call, with their next scheduled appointment.
///
/// Two entries that differ where an app could go wrong: one can join now and
/// has a photo, the other cannot and has `ProfileImage: null`.
pub fn provider_list(now: SystemTime) -> Value {
    let soon = now + Duration::from_secs(5 * 60);
    let later = now + Duration::from_secs(20 * 60);
    json!([
        {
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
            "ProfileImage": {
                "FileName": "maria-gonzalez.png",
                "MimeType": "image/png",
                "ImageData": TINY_PNG_BASE64,
                "ServerImageId": 88012
            },
            "ProviderSpecialTypeId": 1,
            "isSchedule": {
                "ScheduledRequestId": 640112,
                "ScheduledBlockId": 2214,
                "startUtcDate": dotnet_utc(soon),
                "startUtcDateStr": dotnet_display(soon),
                "ScheduleDuration": 30,
                "PersonId": 51877,
                "ClientName": "Riverside Community Clinic",
                "PIN": "482913",
                "ForceId": "F-20931",
                "PersonName": "Dr. Samuel Okafor",
                "PersonEmail": "s.okafor@riverside-clinic.example",
                "PersonPhoneNumber": "+1 555 0142",
                "ClientUserId": 3307,
                "FromLanguageId": 1,
                "FromLanguage": "English",
                "ToLanguageId": 2,
                "ToLanguage": "Spanish",
                "ProductName": "Video Remote Interpreting",
                "ProductDescription": "On-demand video interpreting, billed per minute",
                "ProviderId": 7301,
                "ProviderEmail": "maria.gonzalez@interpreters.example",
                "ProviderPhoneNumber": "+1 555 0178",
                "ProviderName": "María González",
                "ScheduleStatusDescription": "Confirmed",
                "ScheduleStatusId": 2,
                "BillPersonPrechargeProductId": 12,
                "ScheduledRequestRoutingStatusCodeId": 3,
                "ScheduledRequestRoutingStatus": "Assigned",
                "JoinAvailable": true,
                "callPurpose": "Follow-up appointment",
                "ConfirmationNumber": "VRI-640112",
                "GenderOptionCode": "F",
                "VideoOptionCode": "V",
                "IsOffered": true,
                "ScheduledRequestProviderId": 9001
            },
            "AnyMeetingExist": true
        },
        {
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
            "isSchedule": {
                "ScheduledRequestId": 640139,
                "ScheduledBlockId": 2231,
                "startUtcDate": dotnet_utc(later),
                "startUtcDateStr": dotnet_display(later),
                "ScheduleDuration": 60,
                "PersonId": 51902,
                "ClientName": "Riverside Community Clinic",
                "PIN": "730558",
                "ForceId": "F-20977",
                "PersonName": "Nurse Priya Raman",
                "PersonEmail": "p.raman@riverside-clinic.example",
                "PersonPhoneNumber": "+1 555 0163",
                "ClientUserId": 3307,
                "FromLanguageId": 1,
                "FromLanguage": "English",
                "ToLanguageId": 2,
                "ToLanguage": "Spanish",
                "ProductName": "Video Remote Interpreting",
                "ProductDescription": "On-demand video interpreting, billed per minute",
                "ProviderId": 7318,
                "ProviderEmail": "david.chen@interpreters.example",
                "ProviderPhoneNumber": "+1 555 0191",
                "ProviderName": "David Chen",
                "ScheduleStatusDescription": "Pending",
                "ScheduleStatusId": 1,
                "BillPersonPrechargeProductId": 12,
                "ScheduledRequestRoutingStatusCodeId": 2,
                "ScheduledRequestRoutingStatus": "Offered",
                "JoinAvailable": false,
                "callPurpose": "Discharge instructions",
                "ConfirmationNumber": "VRI-640139",
                "GenderOptionCode": "M",
                "VideoOptionCode": "V",
                "IsOffered": false,
                "ScheduledRequestProviderId": 9014
            },
            "AnyMeetingExist": false
        }
    ])
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
    fn provider_list_has_two_distinct_interpreters() {
        let now = at(1_745_594_366, 0);
        let list = provider_list(now);
        let list = list.as_array().expect("an array");
        assert_eq!(list.len(), 2);
        assert_ne!(list[0]["RequestProviderId"], list[1]["RequestProviderId"]);
        assert_eq!(list[0]["isSchedule"]["JoinAvailable"], true);
        assert_eq!(list[1]["isSchedule"]["JoinAvailable"], false);
        assert!(list[0]["ProfileImage"].is_object());
        assert!(list[1]["ProfileImage"].is_null());
        assert_eq!(
            list[0]["isSchedule"]["startUtcDate"],
            "2025-04-25T15:24:26.0000000Z"
        );
    }
}
