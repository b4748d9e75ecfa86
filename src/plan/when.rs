//! How days and times are written in the planner: "Thursday 5 March",
//! "5 Mar 2026", "09:05", and the compact forms kept in keys and addresses.
//!
//! Written out directly rather than through strftime patterns: a pattern is
//! parsed again on every call and brings a general formatter into the build,
//! and a month of days and chips asks for a few hundred of these per render.

use super::DateRange;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The names and order a language writes days in: the planner's English
/// ([`ENGLISH`]), or a translation's, whose words the interface looks up
/// for each of these English ones (its patterns keep `{weekday}`, `{day}`
/// and `{month}`, in its own order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateWords<'a> {
    pub months: [&'a str; 12],
    pub months_short: [&'a str; 12],
    /// Monday first.
    pub weekdays: [&'a str; 7],
    pub weekdays_short: [&'a str; 7],
    /// "{day} {month}": "5 Mar"; German "{day}. {month}".
    pub day_month: &'a str,
    /// "{weekday} {day} {month}": "Thursday 5 March"; German
    /// "{weekday}, {day}. {month}".
    pub weekday_day_month: &'a str,
}

pub const ENGLISH: DateWords<'static> = DateWords {
    months: MONTHS,
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    day_month: "{day} {month}",
    weekday_day_month: "{weekday} {day} {month}",
};

/// A form a day is written in, for words that hold one
/// (`plan::Said::Date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayForm {
    /// "5 Mar".
    DayMonth,
    /// "5 Mar 2026".
    DayMonthYear,
    /// "Thu 5 Mar".
    Short,
    /// "Mar 2026".
    MonthYear,
}

impl<'a> DateWords<'a> {
    /// `day` in `form`.
    pub fn write(&self, day: NaiveDate, form: DayForm) -> String {
        match form {
            DayForm::DayMonth => self.day_month(day),
            DayForm::DayMonthYear => self.day_month_year(day),
            DayForm::Short => self.short_day(day),
            DayForm::MonthYear => self.month_short_year(day),
        }
    }

    /// Every name and pattern, in a fixed order.
    fn words(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.months
            .iter()
            .chain(&self.months_short)
            .chain(&self.weekdays)
            .chain(&self.weekdays_short)
            .chain([&self.day_month, &self.weekday_day_month])
            .copied()
    }

    /// Each of the English words, and the words in this language for it.
    pub fn each(&self) -> impl Iterator<Item = (&'static str, &'a str)> + '_ {
        let english: &'static DateWords<'static> = &ENGLISH;
        english.words().zip(self.words())
    }

    /// The words of a language, each looked up by its English (`words`).
    pub fn translated(words: impl Fn(&'static str) -> &'a str) -> Self {
        DateWords {
            months: ENGLISH.months.map(&words),
            months_short: ENGLISH.months_short.map(&words),
            weekdays: ENGLISH.weekdays.map(&words),
            weekdays_short: ENGLISH.weekdays_short.map(&words),
            day_month: words(ENGLISH.day_month),
            weekday_day_month: words(ENGLISH.weekday_day_month),
        }
    }

    /// "Monday".
    pub fn weekday_name(&self, day: Weekday) -> &'a str {
        self.weekdays[day.num_days_from_monday() as usize]
    }

    /// "Mon".
    pub fn weekday_short(&self, day: Weekday) -> &'a str {
        self.weekdays_short[day.num_days_from_monday() as usize]
    }

    /// "March".
    pub fn month_name(&self, day: NaiveDate) -> &'a str {
        self.months[day.month0() as usize]
    }

    /// "Mar".
    pub fn month_short(&self, day: NaiveDate) -> &'a str {
        self.months_short[day.month0() as usize]
    }

    fn written(pattern: &str, weekday: &str, day: NaiveDate, month: &str) -> String {
        pattern
            .replace("{weekday}", weekday)
            .replace("{day}", &day.day().to_string())
            .replace("{month}", month)
    }

    /// "5 Mar".
    pub fn day_month(&self, day: NaiveDate) -> String {
        Self::written(self.day_month, "", day, self.month_short(day))
    }

    /// "5 Mar 2026".
    pub fn day_month_year(&self, day: NaiveDate) -> String {
        format!("{} {}", self.day_month(day), day.year())
    }

    /// "Thursday 5 March".
    pub fn weekday_day_month(&self, day: NaiveDate) -> String {
        let weekday = self.weekday_name(day.weekday());
        Self::written(self.weekday_day_month, weekday, day, self.month_name(day))
    }

    /// "Thursday 5 March 2026".
    pub fn long_day(&self, day: NaiveDate) -> String {
        format!("{} {}", self.weekday_day_month(day), day.year())
    }

    /// "Thu 5 Mar".
    pub fn short_day(&self, day: NaiveDate) -> String {
        let weekday = self.weekday_short(day.weekday());
        Self::written(self.weekday_day_month, weekday, day, self.month_short(day))
    }

    /// "March 2026".
    pub fn month_year(&self, day: NaiveDate) -> String {
        format!("{} {}", self.month_name(day), day.year())
    }

    /// "Mar 2026".
    pub fn month_short_year(&self, day: NaiveDate) -> String {
        format!("{} {}", self.month_short(day), day.year())
    }

    /// "1 Mar – 30 Apr 2027", or "1 Dec 2026 – 31 Jan 2027" across years.
    pub fn span(&self, range: DateRange) -> String {
        let (start, end) = (range.start(), range.end());
        let start = match start.year() == end.year() {
            true => self.day_month(start),
            false => self.day_month_year(start),
        };
        format!("{start} – {}", self.day_month_year(end))
    }
}

/// "Monday".
pub fn weekday_name(day: Weekday) -> &'static str {
    ENGLISH.weekday_name(day)
}

/// "Mon".
pub fn weekday_short(day: Weekday) -> &'static str {
    ENGLISH.weekday_short(day)
}

/// "March".
pub fn month_name(day: NaiveDate) -> &'static str {
    ENGLISH.month_name(day)
}

/// "Mar".
pub fn month_short(day: NaiveDate) -> &'static str {
    ENGLISH.month_short(day)
}

/// "5 Mar".
pub fn day_month(day: NaiveDate) -> String {
    ENGLISH.day_month(day)
}

/// "5 Mar 2026".
pub fn day_month_year(day: NaiveDate) -> String {
    ENGLISH.day_month_year(day)
}

/// "Thursday 5 March".
pub fn weekday_day_month(day: NaiveDate) -> String {
    ENGLISH.weekday_day_month(day)
}

/// "Thursday 5 March 2026".
pub fn long_day(day: NaiveDate) -> String {
    ENGLISH.long_day(day)
}

/// "Thu 5 Mar".
pub fn short_day(day: NaiveDate) -> String {
    ENGLISH.short_day(day)
}

/// "March 2026".
pub fn month_year(day: NaiveDate) -> String {
    ENGLISH.month_year(day)
}

/// "Mar 2026".
pub fn month_short_year(day: NaiveDate) -> String {
    ENGLISH.month_short_year(day)
}

/// "1 Mar – 30 Apr 2027", or "1 Dec 2026 – 31 Jan 2027" across years.
pub fn span(range: DateRange) -> String {
    ENGLISH.span(range)
}

/// "09:05", on the 24-hour clock.
pub fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A time as a time field gives it: "09:05", or "09:05:30" (the seconds are
/// dropped). Anything else is `None`.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let mut parts = text.split(':');
    let hour = two_digits(parts.next()?)?;
    let minute = two_digits(parts.next()?)?;
    match parts.next() {
        Some(seconds) if two_digits(seconds).is_none() => return None,
        _ => {}
    }
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// Exactly two ASCII digits, as a number.
pub(super) fn two_digits(text: &str) -> Option<u32> {
    (text.len() == 2).then(|| digits(text)).flatten()
}

/// One to nine ASCII digits (no sign, no space), as a number.
pub(super) fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// "2026-03-05", as date fields and addresses hold a day.
pub fn iso_day(day: NaiveDate) -> String {
    day.to_string()
}

/// A day written "2026-03-05"; anything else is `None`.
pub fn parse_iso_day(text: &str) -> Option<NaiveDate> {
    let (year, rest) = text.split_once('-')?;
    let (month, day) = rest.split_once('-')?;
    (year.len() == 4 && month.len() == 2 && day.len() == 2)
        .then(|| ymd(year, month, day))
        .flatten()
}

/// "20260305": a day inside a key, where a dash would not do.
pub fn compact_day(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A day written "20260305"; anything else is `None`.
pub fn parse_compact_day(text: &str) -> Option<NaiveDate> {
    (text.len() == 8 && text.is_char_boundary(4) && text.is_char_boundary(6))
        .then(|| ymd(&text[..4], &text[4..6], &text[6..]))
        .flatten()
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(digits(year)?.try_into().ok()?, digits(month)?, digits(day)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn days_read_as_the_strftime_patterns_they_replace() {
        // Every day of two years, one of them leap, against chrono's own
        // formatter, so nothing reads differently from before.
        let mut d = day(2027, 1, 1);
        while d < day(2029, 1, 1) {
            assert_eq!(weekday_day_month(d), d.format("%A %-d %B").to_string());
            assert_eq!(long_day(d), d.format("%A %-d %B %Y").to_string());
            assert_eq!(day_month(d), d.format("%-d %b").to_string());
            assert_eq!(day_month_year(d), d.format("%-d %b %Y").to_string());
            assert_eq!(short_day(d), d.format("%a %-d %b").to_string());
            assert_eq!(month_year(d), d.format("%B %Y").to_string());
            assert_eq!(month_short_year(d), d.format("%b %Y").to_string());
            assert_eq!(weekday_name(d.weekday()), d.format("%A").to_string());
            assert_eq!(weekday_short(d.weekday()), d.format("%a").to_string());
            assert_eq!(iso_day(d), d.format("%Y-%m-%d").to_string());
            assert_eq!(compact_day(d), d.format("%Y%m%d").to_string());
            assert_eq!(parse_iso_day(&iso_day(d)), Some(d));
            assert_eq!(parse_compact_day(&compact_day(d)), Some(d));
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn a_language_writes_days_in_its_own_words_and_order() {
        let german = DateWords::translated(|english| match english {
            "March" => "März",
            "Mar" => "März",
            "Apr" => "Apr.",
            "Thursday" => "Donnerstag",
            "Thu" => "Do.",
            "{day} {month}" => "{day}. {month}",
            "{weekday} {day} {month}" => "{weekday}, {day}. {month}",
            other => other,
        });
        let d = day(2026, 3, 5);
        assert_eq!(german.day_month(d), "5. März");
        assert_eq!(german.day_month_year(d), "5. März 2026");
        assert_eq!(german.weekday_day_month(d), "Donnerstag, 5. März");
        assert_eq!(german.long_day(d), "Donnerstag, 5. März 2026");
        assert_eq!(german.short_day(d), "Do., 5. März");
        assert_eq!(german.month_year(d), "März 2026");
        let range = DateRange::new(d, day(2026, 4, 30)).unwrap();
        assert_eq!(german.span(range), "5. März – 30. Apr. 2026");
        // Nothing translated: the English.
        assert_eq!(DateWords::translated(|english| english), ENGLISH);
        let each: Vec<_> = german.each().collect();
        assert_eq!(each.len(), 12 + 12 + 7 + 7 + 2);
        assert!(each.contains(&("{day} {month}", "{day}. {month}")));
        assert!(each.contains(&("Thu", "Do.")));
    }

    #[test]
    fn a_span_names_the_year_once_when_it_can() {
        let within = DateRange::new(day(2027, 3, 1), day(2027, 4, 30)).unwrap();
        assert_eq!(span(within), "1 Mar – 30 Apr 2027");
        let across = DateRange::new(day(2026, 12, 1), day(2027, 1, 31)).unwrap();
        assert_eq!(span(across), "1 Dec 2026 – 31 Jan 2027");
    }

    #[test]
    fn times_read_and_write_on_the_24_hour_clock() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(clock(t(9, 5)), "09:05");
        assert_eq!(clock(t(23, 59)), "23:59");
        assert_eq!(parse_clock("09:05"), Some(t(9, 5)));
        assert_eq!(parse_clock("00:00"), Some(t(0, 0)));
        assert_eq!(parse_clock("17:45:30"), Some(t(17, 45)));
        for bad in [
            "",
            "9:05",
            "24:00",
            "12:60",
            "12-30",
            "ab:cd",
            "12:30:",
            "12:30:00:00",
            "１２:30",
        ] {
            assert_eq!(parse_clock(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_whole_days_are_read() {
        for bad in [
            "",
            "2026-3-05",
            "2026-02-30",
            "26-03-05",
            "2026-03-05x",
            "2026/03/05",
            "+2026-03-05",
            " 2026-03-05",
            "２０２６-03-05",
        ] {
            assert_eq!(parse_iso_day(bad), None, "{bad:?}");
        }
        for bad in [
            "",
            "2026035",
            "20260230",
            "2026030a",
            "202603055",
            "２０２６0",
        ] {
            assert_eq!(parse_compact_day(bad), None, "{bad:?}");
        }
        assert_eq!(parse_iso_day("2028-02-29"), Some(day(2028, 2, 29)));
        assert_eq!(parse_compact_day("20280229"), Some(day(2028, 2, 29)));
    }
}
