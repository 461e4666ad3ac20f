//! The server's dates, parsed by hand: `YYYY-MM-DDTHH:MM:SS`, then 0 to 9
//! fractional digits, then `Z`, an offset `±HH:MM`, or nothing (UTC).
//!
//! Why not chrono's parsers: `DateTime::parse_from_rfc3339` and
//! `NaiveDateTime: FromStr` pull in chrono's general format parser, about
//! 16 KB of wasm before optimisation, for one fixed shape (BENCHMARKS.md,
//! "Dependencies"). chrono's `DateTime` type stays: it is cheap.

use chrono::{DateTime, Utc};

/// The instant `text` names, or `None` when it is not a date of that shape
/// (or names a day that does not exist).
pub fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = b.get(range)?;
        digits.iter().try_fold(0i64, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0'))
        })
    };
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut at = 19;
    let mut nanos = 0u32;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while at < b.len() && b[at].is_ascii_digit() {
            if at - start < 9 {
                nanos = nanos * 10 + u32::from(b[at] - b'0');
            }
            at += 1;
        }
        let digits = at - start;
        if digits == 0 {
            return None;
        }
        nanos *= 10u32.pow(9u32.saturating_sub(digits as u32));
    }
    let offset_s = match &b[at..] {
        [] | [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (h, m) = (num(at + 1..at + 3)?, num(at + 4..at + 6)?);
            if h > 23 || m > 59 {
                return None;
            }
            let s = h * 3600 + m * 60;
            if *sign == b'+' {
                s
            } else {
                -s
            }
        }
        _ => return None,
    };
    let seconds =
        days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset_s;
    DateTime::from_timestamp(seconds, nanos)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDateTime, TimeZone};

    /// chrono's own parsers, as the reference.
    fn chrono_parse(text: &str) -> Option<DateTime<Utc>> {
        if let Ok(d) = DateTime::parse_from_rfc3339(text) {
            return Some(d.with_timezone(&Utc));
        }
        let naive = text.strip_suffix(['Z', 'z']).unwrap_or(text);
        naive.parse::<NaiveDateTime>().ok().map(|n| n.and_utc())
    }

    #[test]
    fn agrees_with_chrono_on_the_shapes_servers_send() {
        for text in [
            "2025-04-25T15:19:26.2846051Z",
            "2025-04-25T15:19:26.2846051",
            "2025-04-25T15:19:26",
            "2025-04-25T15:19:26.5Z",
            "2025-04-25t15:19:26z",
            "2025-04-25T17:19:26+02:00",
            "2025-04-25T01:19:26-05:30",
            "0001-01-01T00:00:00",
            "1970-01-01T00:00:00Z",
            "2024-02-29T23:59:59.999999999Z",
            "2000-02-29T12:00:00",
            "9999-12-31T23:59:59",
        ] {
            assert_eq!(parse_utc(text), chrono_parse(text), "{text}");
            assert!(parse_utc(text).is_some(), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in [
            "",
            "sample string 1",
            "2025-04-25",
            "2025-04-25T15:19",
            "2025-13-01T00:00:00",
            "2025-02-29T00:00:00",
            "1900-02-29T00:00:00",
            "2025-04-31T00:00:00",
            "2025-04-25T24:00:00",
            "2025-04-25T15:60:00",
            "2025-04-25T15:19:26.",
            "2025-04-25T15:19:26Zx",
            "2025-04-25T15:19:26+0200",
            "2025-04-25T15:19:26+24:00",
            "２０２５-04-25T15:19:26",
            "+025-04-25T15:19:26",
        ] {
            assert_eq!(parse_utc(text), None, "{text}");
        }
    }

    #[test]
    fn fractions_beyond_nanoseconds_are_cut() {
        assert_eq!(
            parse_utc("2025-04-25T15:19:26.1234567891Z"),
            Some(
                Utc.with_ymd_and_hms(2025, 4, 25, 15, 19, 26).unwrap()
                    + chrono::Duration::nanoseconds(123_456_789)
            )
        );
    }
}
