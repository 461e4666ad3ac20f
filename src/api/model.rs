//! The platform API's contract, typed: one struct per documented object, with
//! the exact wire names from the API's help pages (a mix of PascalCase and
//! camelCase, kept as the server spells them).
//!
//! Every field is an `Option`: a real server sends `null` or leaves fields out
//! wherever it likes (see `tests/fixtures/` and the README's API notes), and a
//! missing or oddly typed field must never make a whole answer unreadable:
//! every answer field is read on its own by [`lenient`](super::lenient)
//! (`"42"` for 42, `30.0` for 30, `"Spanish"` for `["Spanish"]`), and one
//! that cannot be read is `None`. Numbers documented as `3.0` are `f64`. Dates keep the server's exact
//! text (see [`WireDate`]) so that decoding and encoding again changes nothing.

use crate::api::lenient::{lenient, lenient_objects, Lenient};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Body of `POST Provider/Task/InviteThirdPartyVideoConference`: who to bring
/// into the conference, by email link or by dialing a phone (PSTN). A field
/// with no value is left out of the body, never sent as `null`: a .NET
/// server binds `"RegionId": null` to an `int` and refuses the request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ParaThirdPartyVideoParticipant {
    #[serde(skip_serializing_if = "Option::is_none", rename = "Email")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", rename = "RegionId")]
    pub region_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none", rename = "PhoneNumber")]
    pub phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", rename = "Name")]
    pub name: Option<String>,
    /// Tones sent once the phone call connects (digits, `*`, `#`, pauses).
    #[serde(skip_serializing_if = "Option::is_none", rename = "DTMF")]
    pub dtmf: Option<String>,
    /// `true`: dial `PhoneNumber`; `false`: email a video link to `Email`.
    #[serde(skip_serializing_if = "Option::is_none", rename = "isPSTN")]
    pub is_pstn: Option<bool>,
    /// Legacy duplicate of `isPSTN` as `"true"`/`"false"`; always sent in step.
    #[serde(skip_serializing_if = "Option::is_none", rename = "isPSTNStr")]
    pub is_pstn_str: Option<String>,
}

/// Answer of the invite call: the new video participant. Sent back unchanged
/// (as received, see `Participant::raw` in `domain::participant`) to remove them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResultVideoConferenceParticipant {
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "RequestConferenceSessionId"
    )]
    pub request_conference_session_id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "RequestConferenceSessionVideoParticipantId"
    )]
    pub request_conference_session_video_participant_id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "RequestConferenceSessionVideoTypeCodeId"
    )]
    pub request_conference_session_video_type_code_id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "RequestConferenceSessionVideoStatusCodeId"
    )]
    pub request_conference_session_video_status_code_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "PersonName")]
    pub person_name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderName")]
    pub provider_name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "AppClientEmail")]
    pub app_client_email: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "AppClientPhoneNumber")]
    pub app_client_phone_number: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "AppClientName")]
    pub app_client_name: Option<String>,
    /// The identity the video engine uses for this participant.
    #[serde(default, deserialize_with = "lenient", rename = "VideoAccountIdentity")]
    pub video_account_identity: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "secondRequest")]
    pub second_request: Option<ResultVideoConferenceSecondRequest>,
}

/// The interpreting request that goes with the invite: its status, the
/// target language and the interpreters on offer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResultVideoConferenceSecondRequest {
    #[serde(default, deserialize_with = "lenient", rename = "RequestStatusCodeId")]
    pub request_status_code_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "providerList")]
    pub provider_list: Option<Vec<ParaRequestProvider>>,
    /// A message to show while waiting for the participant.
    #[serde(default, deserialize_with = "lenient", rename = "waitingMsg")]
    pub waiting_msg: Option<String>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "RequestConferenceSessionVideoParticipantId"
    )]
    pub request_conference_session_video_participant_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "ToLanguageId")]
    pub to_language_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "ToLanguage")]
    pub to_language: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "additionalInfo")]
    pub additional_info: Option<String>,
}

/// One interpreter offered for the request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ParaRequestProvider {
    #[serde(default, deserialize_with = "lenient", rename = "RequestProviderId")]
    pub request_provider_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "Name")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "NativeLanguage")]
    pub native_language: Option<Vec<String>>,
    #[serde(default, deserialize_with = "lenient", rename = "OtherLanguage")]
    pub other_language: Option<Vec<String>>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderRate")]
    pub provider_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderPerformance")]
    pub provider_performance: Option<f64>,
    #[serde(default, deserialize_with = "lenient", rename = "NeedHelpLanguage")]
    pub need_help_language: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "SupportCall")]
    pub support_call: Option<bool>,
    #[serde(default, deserialize_with = "lenient", rename = "SupportVideo")]
    pub support_video: Option<bool>,
    #[serde(default, deserialize_with = "lenient", rename = "SupportText")]
    pub support_text: Option<bool>,
    #[serde(default, deserialize_with = "lenient", rename = "ProfileImage")]
    pub profile_image: Option<ProfileImage>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "ProviderSpecialTypeId"
    )]
    pub provider_special_type_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "isSchedule")]
    pub is_schedule: Option<Schedule>,
    #[serde(default, deserialize_with = "lenient", rename = "AnyMeetingExist")]
    pub any_meeting_exist: Option<bool>,
}

/// An interpreter's profile picture, as base64 bytes with their mime type.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileImage {
    #[serde(default, deserialize_with = "lenient", rename = "FileName")]
    pub file_name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "MimeType")]
    pub mime_type: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ImageData")]
    pub image_data: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ServerImageId")]
    pub server_image_id: Option<i64>,
}

/// `isSchedule`: the scheduled appointment an interpreter is booked for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    #[serde(default, deserialize_with = "lenient", rename = "ScheduledRequestId")]
    pub scheduled_request_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "ScheduledBlockId")]
    pub scheduled_block_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "startUtcDate")]
    pub start_utc_date: Option<WireDate>,
    #[serde(default, deserialize_with = "lenient", rename = "startUtcDateStr")]
    pub start_utc_date_str: Option<String>,
    /// Length of the appointment (an integer on the wire).
    #[serde(default, deserialize_with = "lenient", rename = "ScheduleDuration")]
    pub schedule_duration: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "PersonId")]
    pub person_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "ClientName")]
    pub client_name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "PIN")]
    pub pin: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ForceId")]
    pub force_id: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "PersonName")]
    pub person_name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "PersonEmail")]
    pub person_email: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "PersonPhoneNumber")]
    pub person_phone_number: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ClientUserId")]
    pub client_user_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "FromLanguageId")]
    pub from_language_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "FromLanguage")]
    pub from_language: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ToLanguageId")]
    pub to_language_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "ToLanguage")]
    pub to_language: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ProductName")]
    pub product_name: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ProductDescription")]
    pub product_description: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderId")]
    pub provider_id: Option<i64>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderEmail")]
    pub provider_email: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderPhoneNumber")]
    pub provider_phone_number: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ProviderName")]
    pub provider_name: Option<String>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "ScheduleStatusDescription"
    )]
    pub schedule_status_description: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ScheduleStatusId")]
    pub schedule_status_id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "BillPersonPrechargeProductId"
    )]
    pub bill_person_precharge_product_id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "ScheduledRequestRoutingStatusCodeId"
    )]
    pub scheduled_request_routing_status_code_id: Option<i64>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "ScheduledRequestRoutingStatus"
    )]
    pub scheduled_request_routing_status: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "JoinAvailable")]
    pub join_available: Option<bool>,
    #[serde(default, deserialize_with = "lenient", rename = "callPurpose")]
    pub call_purpose: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "ConfirmationNumber")]
    pub confirmation_number: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "GenderOptionCode")]
    pub gender_option_code: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "VideoOptionCode")]
    pub video_option_code: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "IsOffered")]
    pub is_offered: Option<bool>,
    #[serde(
        default,
        deserialize_with = "lenient",
        rename = "ScheduledRequestProviderId"
    )]
    pub scheduled_request_provider_id: Option<i64>,
}

/// A date as the server wrote it, with its meaning parsed on demand.
///
/// The server writes UTC in .NET style (`2025-04-25T15:19:26.2846051Z`), but
/// real answers also come without the `Z` and with 0 to 7 fractional digits.
/// Keeping the text means encoding gives back exactly what was received;
/// [`WireDate::utc`] gives the instant, or `None` for text that is no date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireDate(pub String);

impl WireDate {
    /// The instant this date names. Text without an offset is UTC (the field
    /// is documented as UTC); text with an offset is converted to UTC.
    pub fn utc(&self) -> Option<DateTime<Utc>> {
        crate::api::dates::parse_utc(self.0.trim())
    }
}

impl Lenient for WireDate {
    fn from_str(s: &str) -> Option<WireDate> {
        Some(WireDate(s.to_string()))
    }
}

lenient_objects!(
    ResultVideoConferenceSecondRequest,
    ParaRequestProvider,
    ProfileImage,
    Schedule,
);

impl Serialize for WireDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for WireDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(WireDate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Timelike};

    fn date(text: &str) -> Option<DateTime<Utc>> {
        WireDate(text.to_string()).utc()
    }

    #[test]
    fn dotnet_date_with_seven_digits_and_z() {
        let d = date("2025-04-25T15:19:26.2846051Z").unwrap();
        assert_eq!(
            d.timestamp(),
            Utc.with_ymd_and_hms(2025, 4, 25, 15, 19, 26)
                .unwrap()
                .timestamp()
        );
        assert_eq!(d.nanosecond(), 284_605_100);
    }

    #[test]
    fn date_without_z_is_utc() {
        assert_eq!(
            date("2025-04-25T15:19:26.2846051"),
            date("2025-04-25T15:19:26.2846051Z")
        );
    }

    #[test]
    fn zero_to_seven_fractional_digits() {
        let whole = date("2025-04-25T15:19:26").unwrap();
        assert_eq!(whole.nanosecond(), 0);
        assert_eq!(
            date("2025-04-25T15:19:26.5Z").unwrap().nanosecond(),
            500_000_000
        );
        assert_eq!(
            date("2025-04-25T15:19:26.123").unwrap().nanosecond(),
            123_000_000
        );
        assert_eq!(
            date("2025-04-25T15:19:26.123456").unwrap().nanosecond(),
            123_456_000
        );
        for text in [
            "2025-04-25T15:19:26Z",
            "2025-04-25T15:19:26.0",
            "2025-04-25T15:19:26.0000000Z",
        ] {
            assert_eq!(date(text), Some(whole), "{text}");
        }
    }

    #[test]
    fn date_with_offset_is_converted_to_utc() {
        assert_eq!(
            date("2025-04-25T17:19:26+02:00"),
            date("2025-04-25T15:19:26Z")
        );
    }

    #[test]
    fn text_that_is_no_date_has_no_instant() {
        assert_eq!(date("sample string 1"), None);
        assert_eq!(date(""), None);
        assert_eq!(
            date("0001-01-01T00:00:00").map(|d| d.timestamp()),
            Some(-62135596800)
        );
    }

    #[test]
    fn wire_date_round_trips_its_text() {
        let json = r#""2025-04-25T15:19:26.28Z""#;
        let d: WireDate = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), json);
    }
}
