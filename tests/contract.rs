//! The API contract, checked against the samples from the API's own help
//! pages (`tests/fixtures/`, copied verbatim) and against what real servers
//! send that the samples don't show.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};
use vri_invite::api::decode_invite;
use vri_invite::api::model::{ParaThirdPartyVideoParticipant, ResultVideoConferenceParticipant};

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// Decodes into `T` and encodes again; the JSON value must be unchanged.
fn round_trip<T: Serialize + DeserializeOwned>(value: &Value) -> T {
    let typed: T = serde_json::from_value(value.clone()).expect("decodes");
    assert_eq!(
        &serde_json::to_value(&typed).unwrap(),
        value,
        "decode → encode changed the JSON"
    );
    typed
}

#[test]
fn invite_request_sample_round_trips() {
    let body: ParaThirdPartyVideoParticipant = round_trip(&fixture("invite-request.json"));
    assert_eq!(body.region_id, Some(2));
    assert_eq!(body.dtmf.as_deref(), Some("sample string 5"));
    assert_eq!(body.is_pstn, Some(true));
}

#[test]
fn invite_response_sample_round_trips() {
    let answer: ResultVideoConferenceParticipant = round_trip(&fixture("invite-response.json"));
    assert_eq!(
        answer.request_conference_session_video_participant_id,
        Some(2)
    );
    assert_eq!(
        answer.video_account_identity.as_deref(),
        Some("sample string 10")
    );
    let second = answer.second_request.unwrap();
    assert_eq!(second.waiting_msg.as_deref(), Some("sample string 1"));
    let providers = second.provider_list.unwrap();
    assert_eq!(providers.len(), 2);
    assert_eq!(providers[0].provider_rate, Some(3.0));
    assert_eq!(
        providers[0].profile_image.as_ref().unwrap().server_image_id,
        Some(1)
    );
    let schedule = providers[0].is_schedule.as_ref().unwrap();
    assert_eq!(
        schedule.confirmation_number.as_deref(),
        Some("sample string 18")
    );
    assert_eq!(
        schedule
            .start_utc_date
            .as_ref()
            .unwrap()
            .utc()
            .unwrap()
            .to_rfc3339(),
        "2025-04-25T15:19:26.284605100+00:00"
    );
}

#[test]
fn kick_request_sample_round_trips() {
    let kick: ResultVideoConferenceParticipant = round_trip(&fixture("kick-request.json"));
    assert_eq!(kick.request_conference_session_id, Some(1));
}

#[test]
fn every_field_null_decodes_to_nothing() {
    let mut nulls = fixture("invite-response.json");
    fn null_out(v: &mut Value) {
        if let Value::Object(map) = v {
            for field in map.values_mut() {
                *field = Value::Null;
            }
        }
    }
    null_out(&mut nulls);
    let answer = decode_invite(&nulls.to_string()).unwrap().answer;
    assert_eq!(answer, ResultVideoConferenceParticipant::default());

    let mut inner_nulls = fixture("invite-response.json");
    null_out(&mut inner_nulls["secondRequest"]["providerList"][0]);
    null_out(&mut inner_nulls["secondRequest"]["providerList"][1]["isSchedule"]);
    let answer = decode_invite(&inner_nulls.to_string()).unwrap().answer;
    let providers = answer.second_request.unwrap().provider_list.unwrap();
    assert_eq!(providers[0].name, None);
    assert_eq!(
        providers[1].is_schedule.as_ref().unwrap().join_available,
        None
    );
}

#[test]
fn missing_fields_decode() {
    assert_eq!(
        decode_invite("{}").unwrap().answer,
        ResultVideoConferenceParticipant::default()
    );
    let partial = decode_invite(r#"{"secondRequest":{"providerList":[{"isSchedule":{}}]}}"#)
        .unwrap()
        .answer;
    let provider = &partial.second_request.unwrap().provider_list.unwrap()[0];
    assert_eq!(provider.is_schedule.as_ref().unwrap().start_utc_date, None);
}

#[test]
fn real_server_dates_and_numbers() {
    let answer = json!({"secondRequest": {"providerList": [
        {"ProviderRate": 3, "ProviderPerformance": 4.5, "isSchedule": {"startUtcDate": "2025-04-25T15:19:26", "ScheduleDuration": 30}},
        {"isSchedule": {"startUtcDate": "2025-04-25T15:19:26.28"}},
        {"isSchedule": {"startUtcDate": "2025-04-25T15:19:26.2846051Z"}}
    ]}});
    let providers = decode_invite(&answer.to_string())
        .unwrap()
        .answer
        .second_request
        .unwrap()
        .provider_list
        .unwrap();
    assert_eq!(providers[0].provider_rate, Some(3.0));
    let start = |i: usize| {
        providers[i]
            .is_schedule
            .as_ref()
            .unwrap()
            .start_utc_date
            .as_ref()
            .unwrap()
            .utc()
            .unwrap()
    };
    assert_eq!(start(0).to_rfc3339(), "2025-04-25T15:19:26+00:00");
    assert_eq!(start(1).timestamp_subsec_millis(), 280);
    assert_eq!(start(2).timestamp_subsec_nanos(), 284_605_100);
    assert_eq!(
        providers[0].is_schedule.as_ref().unwrap().schedule_duration,
        Some(30)
    );
}

#[test]
fn fields_we_do_not_model_survive_in_the_raw_answer() {
    let mut answer = fixture("invite-response.json");
    answer["ServerOnly"] = json!({"nested": [1, "two"]});
    answer["secondRequest"]["AlsoUnknown"] = json!(true);
    // Pretty-printed, with numbers written two ways: the text itself is kept.
    let text = serde_json::to_string_pretty(&answer)
        .unwrap()
        .replace("\"ProviderRate\": 3.0", "\"ProviderRate\": 3.00");
    let invited = decode_invite(&text).unwrap();
    assert_eq!(
        invited.raw, text,
        "the kick body is the answer exactly as received"
    );
    assert_eq!(
        serde_json::from_str::<Value>(&invited.raw).unwrap()["ServerOnly"],
        json!({"nested": [1, "two"]})
    );
}

#[test]
fn a_field_of_the_wrong_type_is_left_out_not_the_answer() {
    let invited = decode_invite(
        r#"{"RequestConferenceSessionId":"x","RequestConferenceSessionVideoParticipantId":42,"secondRequest":[]}"#,
    )
    .expect("the answer is read around its odd fields");
    assert_eq!(invited.answer.request_conference_session_id, None);
    assert_eq!(
        invited
            .answer
            .request_conference_session_video_participant_id,
        Some(42)
    );
    assert_eq!(invited.answer.second_request, None);
}

#[test]
fn an_answer_that_is_no_object_is_a_decode_error_not_a_panic() {
    for bad in [
        "null",
        "42",
        "\"text\"",
        "[1, 2]",
        "{\"PersonName\": \"Ana\"",
    ] {
        assert!(decode_invite(bad).is_err(), "{bad}");
    }
}
