//! Recurring evergreen posts: a series repeats one post every N days, or weekly
//! on chosen days, until a date. One day can be edited on its own (it becomes a
//! post of its own) or skipped; editing the series changes all the others.

use super::post::{Occurrence, Post, PostContent};
use crate::plan::dates::DateRange;
use crate::plan::id::{PostId, SeriesId};
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recurrence {
    /// Every this many days, from the first day.
    EveryDays(u32),
    /// Each week, on these days.
    Weekly(Vec<Weekday>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    pub id: SeriesId,
    pub content: PostContent,
    /// Wall-clock time in the plan's time zone, the same every day: a post at
    /// 9:00 stays at 9:00 when the clocks change.
    pub time: NaiveTime,
    pub rule: Recurrence,
    pub days: DateRange,
    /// Days edited on their own (now posts) or removed from the series.
    #[serde(default)]
    pub skipped: BTreeSet<NaiveDate>,
}

impl Series {
    /// The days the series posts on within `within`, in order.
    pub fn dates(&self, within: DateRange) -> Vec<NaiveDate> {
        let from = within.start().max(self.days.start());
        let to = within.end().min(self.days.end());
        if from > to {
            return Vec::new();
        }
        let mut days = Vec::new();
        match &self.rule {
            Recurrence::EveryDays(step) => {
                let step = i64::from((*step).max(1));
                // The first day on or after `from` that falls on the rhythm.
                let offset = (from - self.days.start()).num_days();
                let skip = (step - offset % step) % step;
                let mut day = from + chrono::Duration::days(skip);
                while day <= to {
                    days.push(day);
                    day += chrono::Duration::days(step);
                }
            }
            Recurrence::Weekly(weekdays) => {
                let mut day = from;
                while day <= to {
                    if weekdays.contains(&day.weekday()) {
                        days.push(day);
                    }
                    match day.succ_opt() {
                        Some(next) => day = next,
                        None => break,
                    }
                }
            }
        }
        days.retain(|d| !self.skipped.contains(d));
        days
    }

    /// The post the series makes on one day (not stored: drawn from the series).
    pub fn post_on(&self, day: NaiveDate) -> Post {
        Post {
            id: occurrence_id(&self.id, day),
            at: day.and_time(self.time),
            content: self.content.clone(),
            occurrence_of: Some(Occurrence {
                series: self.id.clone(),
                day,
            }),
        }
    }

    /// Whether the series posts on this day.
    pub fn posts_on(&self, day: NaiveDate) -> bool {
        self.dates(DateRange::day(day)).contains(&day)
    }

    /// In words: "Every 3 days until 30 Nov 2027", "Weekly on Mon, Thu until …".
    pub fn describe(&self) -> String {
        let until = self.days.end().format("%-d %b %Y");
        match &self.rule {
            Recurrence::EveryDays(1) => format!("Every day until {until}"),
            Recurrence::EveryDays(n) => format!("Every {n} days until {until}"),
            Recurrence::Weekly(days) => {
                let names: Vec<String> = days.iter().map(|d| d.to_string()).collect();
                format!("Weekly on {} until {until}", names.join(", "))
            }
        }
    }
}

/// The id of the post a series makes on a day: the series id and the date.
pub fn occurrence_id(series: &SeriesId, day: NaiveDate) -> PostId {
    let text = format!("{series}_{}", day.format("%Y%m%d"));
    PostId::parse(&text).unwrap_or_else(|_| PostId::generated(day.num_days_from_ce() as u64, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn series(rule: Recurrence, from: NaiveDate, until: NaiveDate) -> Series {
        Series {
            id: SeriesId::parse("w1").unwrap(),
            content: PostContent::default(),
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            rule,
            days: DateRange::new(from, until).unwrap(),
            skipped: BTreeSet::new(),
        }
    }

    fn all(s: &Series) -> Vec<NaiveDate> {
        s.dates(s.days)
    }

    #[test]
    fn every_n_days_counts_from_the_first_day_whatever_the_window() {
        let s = series(Recurrence::EveryDays(3), day(2027, 1, 1), day(2027, 1, 12));
        assert_eq!(
            all(&s),
            [
                day(2027, 1, 1),
                day(2027, 1, 4),
                day(2027, 1, 7),
                day(2027, 1, 10)
            ]
        );
        let window = DateRange::new(day(2027, 1, 5), day(2027, 1, 31)).unwrap();
        assert_eq!(s.dates(window), [day(2027, 1, 7), day(2027, 1, 10)]);
    }

    #[test]
    fn weekly_posts_fall_on_the_chosen_days_until_the_last_day() {
        let s = series(
            Recurrence::Weekly(vec![Mon, Thu]),
            day(2027, 3, 1),
            day(2027, 3, 11),
        );
        assert_eq!(
            all(&s),
            [
                day(2027, 3, 1),
                day(2027, 3, 4),
                day(2027, 3, 8),
                day(2027, 3, 11)
            ]
        );
    }

    #[test]
    fn a_series_across_month_ends_and_a_leap_day_misses_no_day() {
        let s = series(Recurrence::EveryDays(1), day(2028, 2, 27), day(2028, 3, 2));
        assert_eq!(
            all(&s),
            [
                day(2028, 2, 27),
                day(2028, 2, 28),
                day(2028, 2, 29),
                day(2028, 3, 1),
                day(2028, 3, 2)
            ]
        );
        let monthly_end = series(
            Recurrence::EveryDays(31),
            day(2027, 1, 31),
            day(2027, 5, 31),
        );
        assert_eq!(
            all(&monthly_end),
            [
                day(2027, 1, 31),
                day(2027, 3, 3),
                day(2027, 4, 3),
                day(2027, 5, 4)
            ]
        );
    }

    #[test]
    fn the_clock_time_holds_across_daylight_saving_changes() {
        // 28 March and 31 October 2027 are the European clock changes.
        let s = series(
            Recurrence::Weekly(vec![Sun]),
            day(2027, 3, 21),
            day(2027, 11, 7),
        );
        for date in [
            day(2027, 3, 21),
            day(2027, 3, 28),
            day(2027, 10, 31),
            day(2027, 11, 7),
        ] {
            assert!(s.posts_on(date));
            assert_eq!(s.post_on(date).at, date.and_hms_opt(9, 0, 0).unwrap());
        }
    }

    #[test]
    fn skipped_days_are_left_out_and_each_day_has_its_own_post_id() {
        let mut s = series(Recurrence::EveryDays(1), day(2027, 1, 1), day(2027, 1, 3));
        s.skipped.insert(day(2027, 1, 2));
        assert_eq!(all(&s), [day(2027, 1, 1), day(2027, 1, 3)]);
        assert_eq!(s.post_on(day(2027, 1, 3)).id.as_str(), "w1_20270103");
        assert_eq!(
            s.post_on(day(2027, 1, 3)).occurrence_of,
            Some(Occurrence {
                series: s.id.clone(),
                day: day(2027, 1, 3)
            })
        );
    }

    #[test]
    fn a_window_outside_the_series_holds_nothing() {
        let s = series(Recurrence::EveryDays(1), day(2027, 1, 1), day(2027, 1, 3));
        assert!(s
            .dates(DateRange::new(day(2027, 2, 1), day(2027, 2, 28)).unwrap())
            .is_empty());
        assert_eq!(s.describe(), "Every day until 3 Jan 2027");
    }
}
