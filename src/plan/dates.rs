//! Date ranges that are never reversed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("The end date ({end}) is before the start date ({start}).")]
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
    start: NaiveDate,
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
    fn a_range_ending_before_it_starts_is_refused() {
        let err = DateRange::new(day(2026, 3, 2), day(2026, 3, 1)).unwrap_err();
        assert!(err.to_string().contains("before the start"));
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
