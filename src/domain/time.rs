//! Display rules for time: the API's dates as instants, the appointment's
//! end, countdown, UTC and ISO text, durations and relative times in the
//! viewer's language (through the browser's `Intl`), and the clock.

use crate::api::model::WireDate;
use crate::i18n::Lang;
use chrono::{DateTime, Datelike, Duration, Timelike, Utc};

/// The instant a date field names, or `None` when it is missing, not a
/// date, or a placeholder: .NET writes `DateTime.MinValue`
/// (`0001-01-01T00:00:00`) for "no date", so anything before 1900 is none.
pub fn instant(date: Option<&WireDate>) -> Option<DateTime<Utc>> {
    date?.utc().filter(|d| d.year() >= 1900)
}

/// When the appointment ends: start + duration.
pub fn end(start: DateTime<Utc>, minutes: Option<i64>) -> Option<DateTime<Utc>> {
    let minutes = minutes.filter(|m| *m > 0)?;
    start.checked_add_signed(Duration::try_minutes(minutes)?)
}

fn plural(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// A countdown to the start ("4:59", "1:02:03"), or `None` once it started.
pub fn countdown(start: DateTime<Utc>, now: DateTime<Utc>) -> Option<String> {
    let millis = (start - now).num_milliseconds();
    if millis <= 0 {
        return None;
    }
    let secs = (millis + 999) / 1000;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    Some(if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    })
}

/// The same instant in UTC, unambiguous for a phone call across zones.
pub fn utc_text(instant: DateTime<Utc>) -> String {
    // By hand: chrono's `format` machinery costs ~20 KB of wasm.
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        instant.year(),
        instant.month(),
        instant.day(),
        instant.hour(),
        instant.minute()
    )
}

/// For `<time datetime=…>`.
pub fn iso(instant: DateTime<Utc>) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        instant.year(),
        instant.month(),
        instant.day(),
        instant.hour(),
        instant.minute(),
        instant.second()
    )
}

/// The instant in the viewer's language and time zone ("Fri, Apr 25, 2025,
/// 11:19 AM EDT"), via `Intl.DateTimeFormat` in the first of `locales` the
/// browser has (none: the browser's own). `time_zone` is `None` in the app
/// (the viewer's own); tests pass it explicitly.
#[cfg(target_arch = "wasm32")]
pub fn local_text(instant: DateTime<Utc>, locales: &[&str], time_zone: Option<&str>) -> String {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let options = Object::new();
    let mut fields = vec![
        ("weekday", "short"),
        ("year", "numeric"),
        ("month", "short"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "2-digit"),
        ("timeZoneName", "short"),
    ];
    if let Some(zone) = time_zone {
        fields.push(("timeZone", zone));
    }
    for (key, value) in fields {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    let locales: Array = locales.iter().map(|l| JsValue::from_str(l)).collect();
    let format = Intl::DateTimeFormat::new(&locales, &options);
    let date = Date::new(&JsValue::from_f64(instant.timestamp_millis() as f64));
    format
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| utc_text(instant))
}

/// A span of minutes as whole units, largest first (the units of
/// [`duration`]): 90 → [(1, "hour"), (30, "minute")].
pub fn span_units(minutes: i64) -> Vec<(i64, &'static str)> {
    match minutes {
        ..=59 => vec![(minutes, "minute")],
        60..=119 => match minutes % 60 {
            0 => vec![(1, "hour")],
            m => vec![(1, "hour"), (m, "minute")],
        },
        120..=2879 => vec![(minutes / 60, "hour")],
        _ => vec![(minutes / 1440, "day")],
    }
}

/// The one unit a relative time is said in: 90 minutes stays 90 minutes
/// ("in 90 minutes"), two hours and more are hours, two days and more days.
fn relative_unit(minutes: i64) -> (i64, &'static str) {
    match span_units(minutes).as_slice() {
        [one] => *one,
        _ => (minutes, "minute"),
    }
}

/// `ScheduleDuration` (minutes: the API does not say, but every sample and
/// the sandbox use appointment-sized whole numbers) in `lang`, each unit
/// through `Intl.NumberFormat` (`style: "unit"`, long names): "1 hour 30
/// minutes", "1 hora 30 minutos"; `None` for a missing, zero or negative
/// length.
pub fn duration(minutes: Option<i64>, lang: Lang) -> Option<String> {
    let minutes = minutes.filter(|m| *m > 0)?;
    Some(
        span_units(minutes)
            .into_iter()
            .map(|(n, unit)| intl_unit(lang, n, unit))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Where the appointment stands relative to `now`, as a sentence in `lang`,
/// the time through `Intl.RelativeTimeFormat` ("Starts in 12 minutes",
/// "Empezó hace 3 minutos", "انتهى قبل ساعتين"). Future times round up
/// (11 min 30 s is "in 12 minutes"), past ones down.
pub fn relative(
    start: DateTime<Utc>,
    minutes: Option<i64>,
    now: DateTime<Utc>,
    lang: Lang,
) -> String {
    use crate::i18n::fill;
    let t = lang.texts();
    let until = (start - now).num_seconds();
    if until > 0 {
        if until < 60 {
            return t.rel_starts_soon.into();
        }
        let (n, unit) = relative_unit((until + 59) / 60);
        return fill(t.rel_starts, &[("when", &intl_relative(lang, n, unit))]);
    }
    if let Some(end) = end(start, minutes) {
        let since_end = (now - end).num_seconds();
        if since_end >= 0 {
            return match since_end / 60 {
                0 => t.rel_ended_now.into(),
                m => {
                    let (n, unit) = relative_unit(m);
                    fill(t.rel_ended, &[("when", &intl_relative(lang, -n, unit))])
                }
            };
        }
    }
    match -until / 60 {
        0 => t.rel_started_now.into(),
        m => {
            let (n, unit) = relative_unit(m);
            fill(t.rel_started, &[("when", &intl_relative(lang, -n, unit))])
        }
    }
}

/// How long ago `at` was, for a roster row's latest change ("2 minutes
/// ago", "hace 2 minutos"; "just now" within the first minute).
pub fn ago(at: DateTime<Utc>, now: DateTime<Utc>, lang: Lang) -> String {
    match (now - at).num_seconds() / 60 {
        m if m <= 0 => lang.texts().just_now.into(),
        m => {
            let (n, unit) = relative_unit(m);
            intl_relative(lang, -n, unit)
        }
    }
}

/// `n` `unit`s as words (`Intl.NumberFormat`, `style: "unit"`).
#[cfg(target_arch = "wasm32")]
fn intl_unit(lang: Lang, n: i64, unit: &str) -> String {
    use js_sys::{Intl, Object, Reflect};
    let options = Object::new();
    for (k, v) in [("style", "unit"), ("unit", unit), ("unitDisplay", "long")] {
        let _ = Reflect::set(&options, &k.into(), &v.into());
    }
    let format = Intl::NumberFormat::new(&crate::i18n::intl_locales(lang), &options);
    format
        .format()
        .call1(&wasm_bindgen::JsValue::UNDEFINED, &(n as f64).into())
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_else(|| plural(n, unit))
}

/// "in 5 minutes" / "3 hours ago" (`Intl.RelativeTimeFormat`).
#[cfg(target_arch = "wasm32")]
fn intl_relative(lang: Lang, n: i64, unit: &str) -> String {
    use js_sys::{Intl, Object};
    let format = Intl::RelativeTimeFormat::new(&crate::i18n::intl_locales(lang), &Object::new());
    String::from(format.format(n as f64, unit))
}

/// Off the browser (host tests): English.
#[cfg(not(target_arch = "wasm32"))]
fn intl_unit(_lang: Lang, n: i64, unit: &str) -> String {
    plural(n, unit)
}

#[cfg(not(target_arch = "wasm32"))]
fn intl_relative(_lang: Lang, n: i64, unit: &str) -> String {
    if n < 0 {
        format!("{} ago", plural(-n, unit))
    } else {
        format!("in {}", plural(n, unit))
    }
}

/// Off the browser there is no viewer: UTC.
#[cfg(not(target_arch = "wasm32"))]
pub fn local_text(instant: DateTime<Utc>, _locales: &[&str], _time_zone: Option<&str>) -> String {
    utc_text(instant)
}

/// Now, from the browser's clock (chrono's clock is not built for wasm here).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as f64)
            .unwrap_or_default()
    }
}

/// Milliseconds since 1970 as an instant.
pub fn from_ms(ms: f64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 4, 25, h, m, s).unwrap()
    }

    fn wire(text: &str) -> WireDate {
        WireDate(text.into())
    }

    #[test]
    fn no_date_cases_have_no_instant() {
        assert_eq!(instant(None), None);
        assert_eq!(instant(Some(&wire("0001-01-01T00:00:00"))), None);
        assert_eq!(instant(Some(&wire("0001-01-01T00:00:00Z"))), None);
        assert_eq!(instant(Some(&wire("sample string 1"))), None);
        assert_eq!(instant(Some(&wire(""))), None);
        assert_eq!(
            instant(Some(&wire("2025-04-25T15:19:26.2846051Z"))).map(|d| d.timestamp()),
            Some(t(15, 19, 26).timestamp())
        );
    }

    #[test]
    fn durations_in_words() {
        assert_eq!(duration(Some(1), Lang::En).as_deref(), Some("1 minute"));
        assert_eq!(duration(Some(30), Lang::En).as_deref(), Some("30 minutes"));
        assert_eq!(duration(Some(60), Lang::En).as_deref(), Some("1 hour"));
        assert_eq!(
            duration(Some(90), Lang::En).as_deref(),
            Some("1 hour 30 minutes")
        );
        // One rule for every place a span is said: a relative time in
        // 90 minutes says so in one unit.
        assert_eq!(
            relative(t(16, 30, 0), None, t(15, 0, 0), Lang::En),
            "Starts in 90 minutes"
        );
        assert_eq!(
            duration(Some(61), Lang::En).as_deref(),
            Some("1 hour 1 minute")
        );
        assert_eq!(duration(Some(180), Lang::En).as_deref(), Some("3 hours"));
        assert_eq!(
            duration(Some(3 * 1440), Lang::En).as_deref(),
            Some("3 days")
        );
        assert_eq!(duration(Some(0), Lang::En), None);
        assert_eq!(duration(Some(-5), Lang::En), None);
        assert_eq!(duration(None, Lang::En), None);
    }

    #[test]
    fn end_is_start_plus_duration() {
        assert_eq!(end(t(15, 0, 0), Some(45)), Some(t(15, 45, 0)));
        assert_eq!(
            end(t(23, 30, 0), Some(60)),
            Some(Utc.with_ymd_and_hms(2025, 4, 26, 0, 30, 0).unwrap()),
            "crosses midnight"
        );
        assert_eq!(end(t(15, 0, 0), None), None);
        assert_eq!(end(t(15, 0, 0), Some(0)), None);
        assert_eq!(end(t(15, 0, 0), Some(i64::MAX)), None, "no overflow panic");
    }

    #[test]
    fn relative_time_before_during_and_after() {
        let start = t(15, 0, 0);
        assert_eq!(
            relative(start, Some(30), t(14, 48, 0), Lang::En),
            "Starts in 12 minutes"
        );
        assert_eq!(
            relative(start, Some(30), t(14, 48, 30), Lang::En),
            "Starts in 12 minutes"
        );
        assert_eq!(
            relative(start, Some(30), t(14, 59, 59), Lang::En),
            "Starts in less than a minute"
        );
        assert_eq!(
            relative(start, Some(30), t(13, 0, 0), Lang::En),
            "Starts in 2 hours"
        );
        assert_eq!(
            relative(start, Some(30), t(14, 0, 0), Lang::En),
            "Starts in 1 hour"
        );
        assert_eq!(
            relative(start, Some(30), t(15, 0, 0), Lang::En),
            "Started just now"
        );
        assert_eq!(
            relative(start, Some(30), t(15, 3, 40), Lang::En),
            "Started 3 minutes ago"
        );
        assert_eq!(
            relative(start, Some(30), t(15, 30, 0), Lang::En),
            "Ended just now"
        );
        assert_eq!(
            relative(start, Some(30), t(18, 30, 0), Lang::En),
            "Ended 3 hours ago"
        );
        assert_eq!(
            relative(start, None, t(18, 0, 0), Lang::En),
            "Started 3 hours ago"
        );
        assert_eq!(
            relative(
                Utc.with_ymd_and_hms(2025, 4, 27, 15, 0, 0).unwrap(),
                None,
                start,
                Lang::En
            ),
            "Starts in 2 days"
        );
    }

    #[test]
    fn countdown_to_the_start() {
        let start = t(15, 0, 0);
        assert_eq!(countdown(start, t(14, 55, 1)).as_deref(), Some("4:59"));
        assert_eq!(countdown(start, t(13, 57, 57)).as_deref(), Some("1:02:03"));
        assert_eq!(
            countdown(start, t(14, 59, 59) + Duration::milliseconds(500)).as_deref(),
            Some("0:01"),
            "half a second left still counts"
        );
        assert_eq!(countdown(start, start), None);
        assert_eq!(countdown(start, t(16, 0, 0)), None);
    }

    #[test]
    fn utc_and_iso_text() {
        assert_eq!(utc_text(t(15, 19, 26)), "2025-04-25 15:19 UTC");
        assert_eq!(iso(t(15, 19, 26)), "2025-04-25T15:19:26Z");
        // An instant written with an offset is the same instant in UTC.
        let offset = instant(Some(&wire("2025-03-09T01:30:00-05:00"))).unwrap();
        assert_eq!(utc_text(offset), "2025-03-09 06:30 UTC");
    }
}
