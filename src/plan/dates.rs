//! Date ranges that are never reversed.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("The end is before the start ({start}).")]
pub struct ReversedRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// A span of whole days, first and last day included; the end is never before the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawRange", into = "RawRange")]
pub struct DateRange {
    start: NaiveDate,
    end: NaiveDate,
}

#[derive(Serialize, Deserialize)]
struct RawRange {
    #[serde(deserialize_with = "super::stored::day")]
    start: NaiveDate,
    #[serde(deserialize_with = "super::stored::day")]
    end: NaiveDate,
}

impl DateRange {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, ReversedRange> {
        if end < start {
            return Err(ReversedRange { start, end });
        }
        Ok(Self { start, end })
    }

    /// A range of one day.
    pub fn day(day: NaiveDate) -> Self {
        Self {
            start: day,
            end: day,
        }
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }

    pub fn end(&self) -> NaiveDate {
        self.end
    }

    /// Number of days covered, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// The days both ranges hold; `None` when they hold none in common.
    pub fn overlap(&self, other: DateRange) -> Option<Self> {
        Self::new(self.start.max(other.start), self.end.min(other.end)).ok()
    }

    /// This range with a new start: the end stays where it is if it can, and
    /// otherwise moves with the start so the range keeps its length.
    pub fn starting(&self, start: NaiveDate) -> Option<Self> {
        if start <= self.end {
            return Some(Self {
                start,
                end: self.end,
            });
        }
        let end = start.checked_add_signed(self.end - self.start)?;
        Some(Self { start, end })
    }

    /// This range with a new end; `None` if it would end before it starts.
    pub fn ending(&self, end: NaiveDate) -> Option<Self> {
        Self::new(self.start, end).ok()
    }

    /// What is wrong with a range from `start` to `end`, in words, if anything:
    /// "The end is before the start (2027-03-01)."
    pub fn end_problem(start: NaiveDate, end: NaiveDate) -> Option<String> {
        Self::new(start, end).err().map(|e| e.to_string())
    }

    /// `months` months from `start`: up to the day before the same date that
    /// many months on (one day at least).
    pub fn months_from(start: NaiveDate, months: u32) -> Self {
        let end = start
            .checked_add_months(Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(start);
        Self {
            start,
            end: end.max(start),
        }
    }

    /// `months` months up to `end`: from the day after the same date that many
    /// months before (one day at least).
    pub fn months_until(end: NaiveDate, months: u32) -> Self {
        let start = end
            .checked_sub_months(Months::new(months))
            .and_then(|d| d.succ_opt())
            .unwrap_or(end);
        Self {
            start: start.min(end),
            end,
        }
    }
}

impl TryFrom<RawRange> for DateRange {
    type Error = ReversedRange;
    fn try_from(raw: RawRange) -> Result<Self, ReversedRange> {
        Self::new(raw.start, raw.end)
    }
}

impl From<DateRange> for RawRange {
    fn from(range: DateRange) -> RawRange {
        RawRange {
            start: range.start,
            end: range.end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn two_ranges_overlap_on_the_days_both_hold() {
        let march = DateRange::new(day(2026, 3, 1), day(2026, 3, 31)).unwrap();
        let later = DateRange::new(day(2026, 3, 20), day(2026, 4, 10)).unwrap();
        let april = DateRange::new(day(2026, 4, 1), day(2026, 4, 30)).unwrap();
        assert_eq!(
            march.overlap(later),
            DateRange::new(day(2026, 3, 20), day(2026, 3, 31)).ok()
        );
        assert_eq!(later.overlap(march), march.overlap(later));
        assert_eq!(march.overlap(april), None);
        assert_eq!(march.overlap(march), Some(march));
    }

    #[test]
    fn a_range_ending_before_it_starts_is_refused() {
        let err = DateRange::new(day(2026, 3, 2), day(2026, 3, 1)).unwrap_err();
        assert!(err.to_string().contains("before the start"));
    }

    #[test]
    fn a_reversed_end_is_told_with_the_start_it_must_follow() {
        assert_eq!(
            DateRange::end_problem(day(2027, 3, 1), day(2027, 2, 28)).as_deref(),
            Some("The end is before the start (2027-03-01).")
        );
        assert_eq!(
            DateRange::end_problem(day(2027, 3, 1), day(2027, 3, 1)),
            None
        );
    }

    #[test]
    fn a_new_end_keeps_the_start_or_is_refused_before_it() {
        let range = DateRange::new(day(2026, 12, 1), day(2026, 12, 31)).unwrap();
        assert_eq!(
            range.ending(day(2027, 1, 15)),
            DateRange::new(day(2026, 12, 1), day(2027, 1, 15)).ok()
        );
        assert_eq!(range.ending(day(2026, 11, 30)), None);
    }

    #[test]
    fn months_from_or_until_a_day_end_the_day_before_the_same_date() {
        let year = DateRange::months_from(day(2026, 12, 1), 12);
        assert_eq!(
            (year.start(), year.end()),
            (day(2026, 12, 1), day(2027, 11, 30))
        );
        // From 31 January a month on is 28 February, so the month ends on the 27th.
        let month = DateRange::months_from(day(2027, 1, 31), 1);
        assert_eq!(month.end(), day(2027, 2, 27));
        let back = DateRange::months_until(day(2027, 11, 30), 12);
        assert_eq!(back.start(), day(2026, 12, 1));
        assert_eq!(
            DateRange::months_from(day(2027, 1, 1), 0),
            DateRange::day(day(2027, 1, 1))
        );
        assert_eq!(
            DateRange::months_until(day(2027, 1, 1), 0),
            DateRange::day(day(2027, 1, 1))
        );
    }

    #[test]
    fn a_one_day_range_counts_one_day() {
        let range = DateRange::new(day(2026, 3, 1), day(2026, 3, 1)).unwrap();
        assert_eq!(range.days(), 1);
        assert!(range.contains(day(2026, 3, 1)));
        assert!(!range.contains(day(2026, 3, 2)));
    }

    #[test]
    fn a_new_start_before_the_end_keeps_the_end_and_one_after_it_moves_the_range() {
        let range = DateRange::new(day(2026, 12, 1), day(2026, 12, 31)).unwrap();
        assert_eq!(
            range.starting(day(2026, 12, 10)),
            DateRange::new(day(2026, 12, 10), day(2026, 12, 31)).ok()
        );
        assert_eq!(
            range.starting(day(2027, 3, 1)),
            DateRange::new(day(2027, 3, 1), day(2027, 3, 31)).ok()
        );
    }

    #[test]
    fn a_stored_reversed_range_fails_to_load() {
        let text = r#"{"start":"2026-05-01","end":"2026-04-01"}"#;
        assert!(serde_json::from_str::<DateRange>(text).is_err());
    }
}
