//! Answers as .NET servers really type them (`POST /__sandbox/odd-types`):
//! the same invite answer, with display fields in the shapes a real server
//! sends where the help pages show another: a single string for a list,
//! numbers as strings, an integer as a float, a boolean as text, an object
//! field as a string, a list element that is no object. The ids the roster
//! and the kick need stay as documented, so the app must read around the
//! rest.
//!
//! Imports: nothing of the crate.

use serde_json::{json, Value};

/// Rewrites `answer` (an invite answer) in the odd shapes.
pub fn apply(answer: &mut Value) {
    let second = &mut answer["secondRequest"];
    second["RequestStatusCodeId"] = json!("1");
    second["ToLanguageId"] = json!(2.0);
    if let Some(list) = second["providerList"].as_array_mut() {
        for provider in list.iter_mut() {
            if let Some(first) = provider["NativeLanguage"].get(0).cloned() {
                provider["NativeLanguage"] = first;
            }
            if let Some(rate) = provider["ProviderRate"].as_f64() {
                provider["ProviderRate"] = json!(rate.to_string());
            }
            provider["SupportVideo"] = json!("true");
            provider["ProfileImage"] = json!("none");
            if provider["isSchedule"].is_object() {
                let duration = provider["isSchedule"]["ScheduleDuration"].as_i64();
                provider["isSchedule"]["ScheduleDuration"] = json!(duration.map(|d| d as f64));
                provider["isSchedule"]["ScheduleStatusId"] = json!("2");
            }
        }
        list.push(json!("not an interpreter"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_fields_change_shape_and_ids_stay() {
        let mut answer = json!({
            "RequestConferenceSessionVideoParticipantId": 42,
            "secondRequest": {"RequestStatusCodeId": 1, "providerList": [
                {"NativeLanguage": ["Spanish", "English"], "ProviderRate": 4.5,
                 "isSchedule": {"ScheduleDuration": 30}}
            ]}
        });
        apply(&mut answer);
        assert_eq!(answer["RequestConferenceSessionVideoParticipantId"], 42);
        let list = &answer["secondRequest"]["providerList"];
        assert_eq!(list[0]["NativeLanguage"], "Spanish");
        assert_eq!(list[0]["ProviderRate"], "4.5");
        assert_eq!(list[0]["isSchedule"]["ScheduleDuration"], 30.0);
        assert_eq!(list[1], "not an interpreter");
    }
}
