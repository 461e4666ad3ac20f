//! The catalogue's shape: every key the app has ([`Texts`]), plural forms
//! ([`Plural`]) and CLDR's plural categories. Each language file fills one
//! [`Texts`] value; a missing key is a compile error.

/// CLDR plural categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// One text in each plural form; `{n}` is the number. A language fills only
/// the forms its rule uses and leaves the others `""`.
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// For languages with only "one" and "other" (English).
    pub const fn two_forms(one: &'static str, other: &'static str) -> Plural {
        Plural {
            zero: "",
            one,
            two: "",
            few: "",
            many: "",
            other,
        }
    }

    /// The form for `category` (falling back to "other").
    pub fn form(&self, category: Category) -> &'static str {
        let form = match category {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => self.other,
        };
        if form.is_empty() {
            self.other
        } else {
            form
        }
    }
}

macro_rules! catalogue {
    (texts { $($k:ident),* $(,)? } plurals { $($p:ident),* $(,)? }) => {
        /// Every user-facing text of the app, in one language. `{name}`
        /// marks a value filled in with [`fill`](super::fill).
        pub struct Texts {
            $(pub $k: &'static str,)*
            $(pub $p: Plural,)*
        }

        impl Texts {
            /// Every key and its text (plurals as `key.category`), for the
            /// completeness test.
            pub fn entries(&self) -> Vec<(String, &'static str)> {
                let mut all = vec![$((stringify!($k).to_string(), self.$k),)*];
                $(
                    for (cat, text) in [
                        ("zero", self.$p.zero), ("one", self.$p.one), ("two", self.$p.two),
                        ("few", self.$p.few), ("many", self.$p.many), ("other", self.$p.other),
                    ] {
                        all.push((format!("{}.{}", stringify!($p), cat), text));
                    }
                )*
                all
            }

            /// The plural keys, for the completeness test.
            pub fn plurals(&self) -> Vec<(&'static str, Plural)> {
                vec![$((stringify!($p), self.$p),)*]
            }
        }
    };
}

catalogue! {
    texts {
        app_title, language_label, config_error_title, config_error_help, reload,
        crash_title, crash_text, session_expired,
        invite_title, how_to_reach, mode_email, mode_phone, participant, name, email,
        phone, phone_hint, dtmf, dtmf_hint, region, choose_region, send, sending,
        sent_to, will_dial, then_send,
        name_empty, name_too_long, region_missing, email_empty, email_shape,
        dtmf_bad, dtmf_too_long,
        phone_empty, phone_bad_char, phone_no_country, phone_bad_country,
        phone_trunk_zero, phone_too_short, phone_too_long, phone_wrong_length,
        err_network, err_cancelled, err_not_api, saved_trimmed, saved_refused, step_invited_email, step_invited_phone, step_status_detail, step_removal_asked, step_removal_failed, step_removed, step_called_again, step_call_again_failed, history, call_again, calling_again, could_not_call_again, announce_status, just_now, removed_title, err_undecodable, server_said, err_400, err_401, err_403, err_404,
        err_slow, err_busy, err_5xx, err_other,
        roster_title, roster_empty, unnamed, phone_ending, no_contact, identity,
        code_status, code_type, code_gender_option, code_video_option,
        code_status_unknown, code_type_unknown, unnamed_interpreter,
        details, details_for, remove, removing, remove_name, could_not_remove,
        confirm_title, confirm_text, cancel, removed,
        saved_unreadable, saved_other_version, saved_participant_bad,
        idle_title, still_here,
        copy, copy_what, copied, copy_refused,
        // The panels.
        request_title, no_request, f_status, f_language, f_details, f_message, appt_title, no_appt, this_interpreter, starts, ends, duration, show_utc, hide_utc, as_sent, not_given, languages, from_lang, into_lang, client, person, product, call_purpose, schedule_status, routing_status, gender, video, offered, offered_yes, offered_no, interpreter_contact, confirmation, confirmation_what, pin, pin_hidden, show_pin, hide_pin, join, join_requested, join_requested_text, join_opens, join_unavailable, rel_starts, rel_started, rel_ended, rel_starts_soon, rel_started_now, rel_ended_now, interpreters_title, of_total, filter_label, sort_by, sort_listed, sort_rating, sort_performance, shown_status, no_interpreters, no_match, interpreter_list, native, also, no_languages, rating, performance, score_of, not_rated, takes, calls, text_cap, yes, no, not_stated, help_language, has_meetings, no_meetings, appointment_button, no_appointment, show_appointment_of,
    }
    plurals {
        err_timeout, err_busy_wait, idle_text, people,
    }
}
