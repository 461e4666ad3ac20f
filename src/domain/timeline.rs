//! A person's timeline in this call: invited, each status the portal
//! reported, removal asked / done / failed, called again; in order, each
//! with its time. Kept with the roster for the tab (a reload keeps it) and
//! gone on reset. Nothing personal beyond what the row shows: the contact
//! is the row's own (masked phone), never stored here.

use crate::i18n::{fill, Lang};
use serde::{Deserialize, Serialize};

/// One thing that happened to a person. `at` is milliseconds since 1970.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Externally tagged (`{"status": {…}}`): an internally tagged enum makes
// serde buffer each value first, several KB more wasm.
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// The invite the server accepted (a first call, or a call again).
    Invited {
        at: f64,
        by_phone: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        participant_id: Option<i64>,
    },
    /// The portal reported a status (`participant-status`).
    Status {
        at: f64,
        code: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        detail: Option<String>,
    },
    RemovalAsked {
        at: f64,
    },
    /// The removal failed; `reason` is the message shown then.
    RemovalFailed {
        at: f64,
        reason: String,
    },
    Removed {
        at: f64,
    },
    /// Call again was asked; its own `Invited` follows when it succeeds.
    CalledAgain {
        at: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previous_participant_id: Option<i64>,
    },
    CallAgainFailed {
        at: f64,
        reason: String,
    },
}

impl Step {
    /// When it happened (ms since 1970).
    pub fn at(&self) -> f64 {
        match self {
            Step::Invited { at, .. }
            | Step::Status { at, .. }
            | Step::RemovalAsked { at }
            | Step::RemovalFailed { at, .. }
            | Step::Removed { at }
            | Step::CalledAgain { at, .. }
            | Step::CallAgainFailed { at, .. } => *at,
        }
    }

    /// What happened, in `lang`; `status` names a status code (the
    /// deployment's label, else "Status 4").
    pub fn describe(&self, lang: Lang, status: impl Fn(i64) -> String) -> String {
        let t = lang.texts();
        match self {
            Step::Invited { by_phone: true, .. } => t.step_invited_phone.into(),
            Step::Invited { .. } => t.step_invited_email.into(),
            Step::Status { code, detail, .. } => {
                let label = status(*code);
                match detail.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                    Some(d) => fill(t.step_status_detail, &[("status", &label), ("detail", d)]),
                    None => label,
                }
            }
            Step::RemovalAsked { .. } => t.step_removal_asked.into(),
            Step::RemovalFailed { reason, .. } => {
                fill(t.step_removal_failed, &[("reason", reason)])
            }
            Step::Removed { .. } => t.step_removed.into(),
            Step::CalledAgain { .. } => t.step_called_again.into(),
            Step::CallAgainFailed { reason, .. } => {
                fill(t.step_call_again_failed, &[("reason", reason)])
            }
        }
    }
}

/// The status now: the last one the portal reported on the current leg
/// (since the last invite), else the one the invite answer carried.
pub fn current_status(steps: &[Step], answered: Option<i64>) -> Option<i64> {
    steps
        .iter()
        .rev()
        .take_while(|s| !matches!(s, Step::Invited { .. }))
        .find_map(|s| match s {
            Step::Status { code, .. } => Some(*code),
            _ => None,
        })
        .or(answered)
}

/// Whether a reported status is news: the same code and detail again (a
/// portal that repeats itself) adds no step and is not announced twice.
pub fn is_news(steps: &[Step], code: i64, detail: Option<&str>) -> bool {
    let last = steps
        .iter()
        .rev()
        .take_while(|s| !matches!(s, Step::Invited { .. }))
        .find_map(|s| match s {
            Step::Status { code, detail, .. } => Some((*code, detail.as_deref())),
            _ => None,
        });
    last != Some((code, detail))
}

/// When the latest change happened, for the row's "2 minutes ago".
pub fn last_change(steps: &[Step]) -> Option<f64> {
    steps.last().map(Step::at)
}

/// Whether Call again is offered: a phone participant whose status is one
/// the deployment lists as ended (`call_again_statuses`).
pub fn may_call_again(by_phone: bool, status: Option<i64>, ended: &[i64]) -> bool {
    by_phone && status.is_some_and(|s| ended.contains(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(at: f64, code: i64, detail: Option<&str>) -> Step {
        Step::Status {
            at,
            code,
            detail: detail.map(String::from),
        }
    }

    fn invited(at: f64, id: i64) -> Step {
        Step::Invited {
            at,
            by_phone: true,
            participant_id: Some(id),
        }
    }

    #[test]
    fn the_status_is_the_last_reported_on_the_current_leg() {
        assert_eq!(current_status(&[invited(1.0, 101)], Some(1)), Some(1));
        let steps = [
            invited(1.0, 101),
            status(2.0, 2, None),
            status(3.0, 5, None),
        ];
        assert_eq!(current_status(&steps, Some(1)), Some(5));
        // Called again: the new leg starts from its own answer.
        let again = [
            invited(1.0, 101),
            status(2.0, 6, None),
            Step::CalledAgain {
                at: 3.0,
                previous_participant_id: Some(101),
            },
            invited(4.0, 102),
        ];
        assert_eq!(current_status(&again, Some(1)), Some(1));
        assert_eq!(last_change(&again), Some(4.0));
    }

    #[test]
    fn a_repeated_status_is_not_news() {
        let steps = [invited(1.0, 101), status(2.0, 2, Some("ringing"))];
        assert!(!is_news(&steps, 2, Some("ringing")));
        assert!(is_news(&steps, 2, None));
        assert!(is_news(&steps, 3, Some("ringing")));
        assert!(is_news(&[invited(1.0, 101)], 1, None));
    }

    #[test]
    fn call_again_only_for_a_phone_leg_that_ended() {
        assert!(may_call_again(true, Some(6), &[6, 7]));
        assert!(
            !may_call_again(false, Some(6), &[6, 7]),
            "email has no call"
        );
        assert!(!may_call_again(true, Some(3), &[6, 7]), "still on the call");
        assert!(!may_call_again(true, None, &[6, 7]));
    }

    #[test]
    fn steps_read_as_sentences_and_round_trip() {
        let label = |c: i64| format!("Status {c}");
        let t = Lang::En.texts();
        assert_eq!(
            invited(1.0, 1).describe(Lang::En, label),
            t.step_invited_phone
        );
        assert_eq!(
            status(1.0, 6, Some("busy")).describe(Lang::En, label),
            fill(
                t.step_status_detail,
                &[("status", "Status 6"), ("detail", "busy")]
            )
        );
        assert_eq!(
            status(1.0, 6, Some(" ")).describe(Lang::En, label),
            "Status 6"
        );
        let all = vec![
            invited(1.0, 101),
            status(2.0, 2, Some("ringing")),
            Step::RemovalAsked { at: 3.0 },
            Step::RemovalFailed {
                at: 4.0,
                reason: "x".into(),
            },
            Step::CalledAgain {
                at: 5.0,
                previous_participant_id: None,
            },
            Step::CallAgainFailed {
                at: 6.0,
                reason: "y".into(),
            },
            Step::Removed { at: 7.0 },
        ];
        let text = serde_json::to_string(&all).unwrap();
        assert_eq!(serde_json::from_str::<Vec<Step>>(&text).unwrap(), all);
        for step in &all {
            for lang in Lang::ALL {
                assert!(!step.describe(lang, label).is_empty());
            }
        }
    }
}
