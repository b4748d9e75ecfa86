//! Reading back the days and times a saved plan holds, in the forms chrono
//! writes them ("2026-03-05", "09:30:00", "2026-03-05T09:30:00",
//! "2026-03-05T09:30:00.123Z"), for the fields' `deserialize_with`.
//!
//! Read here rather than by chrono's own parser, a general one for every
//! strftime pattern, which the app would otherwise carry for this alone.
//! Accepted as chrono's reader accepts them: a day's year of four digits or
//! more (with a sign past 9999), a time with or without seconds and a
//! fraction of up to nine digits, `T`, `t` or a space between day and time,
//! and an instant's offset as `Z`, `z`, `+01:00`, `+0100` or `+01`.

use super::when::{digits, two_digits};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::de::{Deserialize, Deserializer, Error, Unexpected, Visitor};
use std::collections::BTreeSet;
use std::fmt;

/// "2026-03-05"; "+10000-01-01" past 9999.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    // Four digits, or (past 9999 and before year 0) a sign and four or more.
    let (sign, signed, rest) = match text.as_bytes().first()? {
        b'+' => (1, true, &text[1..]),
        b'-' => (-1, true, &text[1..]),
        _ => (1, false, text),
    };
    let (year, rest) = rest.split_once('-')?;
    let (month, day) = rest.split_once('-')?;
    let year_fits = if signed {
        year.len() >= 4
    } else {
        year.len() == 4
    };
    if !year_fits || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year: i32 = digits(year)?.try_into().ok()?;
    NaiveDate::from_ymd_opt(sign * year, digits(month)?, digits(day)?)
}

/// "09:30", "09:30:00" or "09:30:00.5"; a leap second as "23:59:60".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let (clock, fraction) = match text.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (text, None),
    };
    let mut parts = clock.split(':');
    let hour = two_digits(parts.next()?)?;
    let minute = two_digits(parts.next()?)?;
    let second = match parts.next() {
        Some(second) => two_digits(second)?,
        None if fraction.is_none() => 0,
        None => return None,
    };
    if parts.next().is_some() {
        return None;
    }
    let nanos = match fraction {
        Some(f) if (1..=9).contains(&f.len()) => digits(f)? * 10u32.pow(9 - f.len() as u32),
        Some(_) => return None,
        None => 0,
    };
    match second {
        60 => NaiveTime::from_hms_nano_opt(hour, minute, 59, 1_000_000_000 + nanos),
        _ => NaiveTime::from_hms_nano_opt(hour, minute, second, nanos),
    }
}

/// A day and a time of day: "2026-03-05T09:30:00".
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let split = text.find(['T', 't', ' '])?;
    Some(NaiveDateTime::new(
        parse_day(&text[..split])?,
        parse_time(&text[split + 1..])?,
    ))
}

/// A moment, with its offset from UTC: "2026-03-05T09:30:00.123Z",
/// "2026-03-05T10:30:00+01:00".
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    let (local, offset) = if let Some(local) = text.strip_suffix(['Z', 'z']) {
        (local, 0)
    } else {
        let at = text.rfind(['+', '-'])?;
        let (local, offset) = text.split_at(at);
        (local, offset_seconds(offset)?)
    };
    parse_date_time(local)?
        .checked_sub_signed(Duration::seconds(offset))
        .map(|utc| utc.and_utc())
}

/// "+01:00", "-0530", "+01": seconds east of UTC.
fn offset_seconds(text: &str) -> Option<i64> {
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let rest = &text[1..];
    // Split by bytes below: anything but ASCII digits and a colon is not an
    // offset (and would not split on a character's boundary).
    if !rest.is_ascii() {
        return None;
    }
    let (hours, minutes) = match rest.len() {
        2 => (rest, "00"),
        4 => rest.split_at(2),
        5 if rest.as_bytes()[2] == b':' => (&rest[..2], &rest[3..]),
        _ => return None,
    };
    let (hours, minutes) = (two_digits(hours)?, two_digits(minutes)?);
    (hours < 24 && minutes < 60).then(|| sign * i64::from(hours * 3600 + minutes * 60))
}

/// Reads a string with `parse`, saying what was expected when it does not read.
struct Text<T> {
    parse: fn(&str) -> Option<T>,
    expected: &'static str,
}

impl<T> Visitor<'_> for Text<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
        (self.parse)(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
    }
}

const A_DAY: &str = "a date such as 2026-03-05";

/// A day, read as [`parse_day`] does.
struct Day(NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_str(Text {
                parse: parse_day,
                expected: A_DAY,
            })
            .map(Day)
    }
}

pub fn day<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    Day::deserialize(deserializer).map(|Day(day)| day)
}

pub fn day_or_none<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Day>::deserialize(deserializer).map(|day| day.map(|Day(day)| day))
}

pub fn days<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BTreeSet<NaiveDate>, D::Error> {
    // Inserted one by one: collecting would sort them with a sort of its own.
    let mut set = BTreeSet::new();
    for Day(day) in Vec::<Day>::deserialize(deserializer)? {
        set.insert(day);
    }
    Ok(set)
}

pub fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
    deserializer.deserialize_str(Text {
        parse: parse_time,
        expected: "a time such as 09:30:00",
    })
}

pub fn date_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDateTime, D::Error> {
    deserializer.deserialize_str(Text {
        parse: parse_date_time,
        expected: "a date and time such as 2026-03-05T09:30:00",
    })
}

pub fn instant<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Text {
        parse: parse_instant,
        expected: "a moment such as 2026-03-05T09:30:00Z",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, SecondsFormat, Timelike};

    #[test]
    fn an_offset_of_other_characters_is_refused_not_split_inside_one() {
        for text in [
            "+𐀀",
            "2026-03-05T10:30:00+𐀀",
            "2026-03-05T10:30:00-é1",
            "+0é:00",
            "-1:é0",
        ] {
            assert_eq!(parse_instant(text), None, "{text}");
        }
        assert!(parse_instant("2026-03-05T10:30:00+01:00").is_some());
    }

    #[test]
    fn every_day_chrono_writes_reads_back() {
        let mut day = NaiveDate::from_ymd_opt(1999, 12, 25).unwrap();
        while day.year() < 2032 {
            assert_eq!(parse_day(&day.to_string()), Some(day));
            day = day.succ_opt().unwrap();
        }
        for day in [
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-44, 3, 15).unwrap(),
            NaiveDate::MAX,
            NaiveDate::MIN,
        ] {
            assert_eq!(parse_day(&day.to_string()), Some(day), "{day}");
        }
    }

    #[test]
    fn times_chrono_writes_read_back_with_their_fractions() {
        for (h, m, s, nano) in [
            (0, 0, 0, 0),
            (9, 30, 0, 0),
            (23, 59, 59, 999_999_999),
            (12, 5, 7, 120_000_000),
            (8, 0, 1, 1_000),
        ] {
            let time = NaiveTime::from_hms_nano_opt(h, m, s, nano).unwrap();
            assert_eq!(parse_time(&time.to_string()), Some(time), "{time}");
            assert_eq!(parse_time(&format!("{time:?}")), Some(time), "{time:?}");
        }
        let leap = NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap();
        assert_eq!(parse_time(&leap.to_string()), Some(leap));
        assert_eq!(parse_time("09:30"), NaiveTime::from_hms_opt(9, 30, 0));
    }

    #[test]
    fn moments_read_back_as_chrono_writes_them_and_with_any_offset() {
        let moment = NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_milli_opt(9, 0, 0, 125)
            .unwrap()
            .and_utc();
        for format in [
            SecondsFormat::Secs,
            SecondsFormat::Millis,
            SecondsFormat::Nanos,
            SecondsFormat::AutoSi,
        ] {
            let whole = moment.with_nanosecond(0).unwrap();
            let text = moment.to_rfc3339_opts(format, true);
            let expected = if format == SecondsFormat::Secs {
                whole
            } else {
                moment
            };
            assert_eq!(parse_instant(&text), Some(expected), "{text}");
            assert_eq!(
                parse_instant(&moment.to_rfc3339_opts(format, false)),
                Some(expected)
            );
        }
        // What serde writes for a moment, and the fixtures' form.
        assert_eq!(
            parse_instant(serde_json::to_value(moment).unwrap().as_str().unwrap()),
            Some(moment)
        );
        let nine = NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc();
        for text in [
            "2026-11-01T09:00:00Z",
            "2026-11-01t09:00:00z",
            "2026-11-01 09:00:00Z",
            "2026-11-01T10:00:00+01:00",
            "2026-11-01T10:00:00+0100",
            "2026-11-01T10:00:00+01",
            "2026-11-01T03:30:00-05:30",
        ] {
            assert_eq!(parse_instant(text), Some(nine), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_day_or_time_is_refused() {
        for text in [
            "",
            "2026",
            "2026-3-5",
            "26-03-05",
            "2026-02-30",
            "2026-13-01",
            "2026-03-05x",
            "x2026-03-05",
            "20260-01-01",
            "２０２６-03-05",
            "2026-03-05T",
        ] {
            assert_eq!(parse_day(text), None, "{text}");
        }
        for text in [
            "",
            "9:30",
            "09:3",
            "24:00",
            "09:60",
            "09:30:0",
            "09:30:00.",
            "09:30:00.1234567890",
            "09:30.5",
            "09:30:00:00",
            "aa:bb",
        ] {
            assert_eq!(parse_time(text), None, "{text}");
        }
        for text in [
            "",
            "2026-03-05",
            "2026-03-05T09:30:00",
            "2026-03-05T09:30:00+25:00",
            "2026-03-05T09:30:00+01:60",
            "2026-03-05T09:30:00 +01:00",
            "2026-03-05T09:30:00Zz",
            "Z",
        ] {
            assert_eq!(parse_instant(text), None, "{text}");
        }
        assert_eq!(
            parse_date_time("2026-03-05 09:30"),
            NaiveDate::from_ymd_opt(2026, 3, 5)
                .unwrap()
                .and_hms_opt(9, 30, 0)
        );
        assert_eq!(parse_date_time("2026-03-05"), None);
    }

    #[test]
    fn a_field_that_does_not_read_says_what_it_wanted() {
        #[derive(serde::Deserialize, Debug)]
        struct Holder {
            #[serde(deserialize_with = "day")]
            #[allow(dead_code)]
            due: NaiveDate,
        }
        let error = serde_json::from_str::<Holder>(r#"{"due":"5 March"}"#).unwrap_err();
        assert!(
            error.to_string().contains("a date such as 2026-03-05"),
            "{error}"
        );
        assert!(serde_json::from_str::<Holder>(r#"{"due":7}"#).is_err());
    }
}
