//! Recurring evergreen posts: a series repeats one post every N days, or weekly
//! on chosen days, until a date. One day can be edited on its own (it becomes a
//! post of its own) or skipped; editing the series changes all the others.

use super::entry::EntryKey;
use super::post::{Occurrence, Post, PostContent};
use crate::plan::dates::DateRange;
use crate::plan::id::{PostId, SeriesId};
use crate::plan::{and_said, said, Said};
use chrono::{Datelike, Months, NaiveDate, NaiveTime, Weekday};
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

impl Recurrence {
    /// The weekdays chosen once `day` is ticked or unticked, Monday first.
    pub fn toggle_day(days: &[Weekday], day: Weekday) -> Vec<Weekday> {
        let mut next = days.to_vec();
        match next.iter().position(|d| *d == day) {
            Some(at) => {
                next.remove(at);
            }
            None => next.push(day),
        }
        crate::plan::order::sort_by_key(&mut next, |d| d.num_days_from_monday());
        next
    }
}

/// The ways a post can be made to repeat, as the panel offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatKind {
    EveryDays,
    Weekly,
}

impl RepeatKind {
    pub const ALL: [RepeatKind; 2] = [Self::EveryDays, Self::Weekly];

    pub fn key(self) -> &'static str {
        match self {
            Self::EveryDays => "days",
            Self::Weekly => "weekly",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::EveryDays => "Every few days",
            Self::Weekly => "Weekly, on chosen days",
        }
    }

    /// The rule, from every how many days (at least one) or the weekdays
    /// chosen (one at least); `None` while those do not make one.
    pub fn rule(self, every: Option<f64>, weekdays: &[Weekday]) -> Option<Recurrence> {
        match self {
            Self::EveryDays => every
                .filter(|n| *n >= 1.0)
                .map(|n| Recurrence::EveryDays(n as u32)),
            Self::Weekly => (!weekdays.is_empty()).then(|| Recurrence::Weekly(weekdays.to_vec())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    pub id: SeriesId,
    pub content: PostContent,
    /// Wall-clock time in the plan's time zone, the same every day: a post at
    /// 9:00 stays at 9:00 when the clocks change.
    #[serde(deserialize_with = "crate::plan::stored::time")]
    pub time: NaiveTime,
    pub rule: Recurrence,
    pub days: DateRange,
    /// Days edited on their own (now posts) or removed from the series.
    #[serde(default, deserialize_with = "crate::plan::stored::days")]
    pub skipped: BTreeSet<NaiveDate>,
}

impl Series {
    /// A new series of `post`, at its time, from its day until `until` (its day
    /// alone if `until` is before it).
    pub fn repeating(id: SeriesId, post: &Post, rule: Recurrence, until: NaiveDate) -> Self {
        let day = post.at.date();
        Self {
            id,
            content: post.content.clone(),
            time: post.at.time(),
            rule,
            days: DateRange::new(day, until).unwrap_or(DateRange::day(day)),
            skipped: BTreeSet::new(),
        }
    }

    /// Where a series made from a post on `start` ends unless told otherwise:
    /// three months on.
    pub fn default_until(start: NaiveDate) -> NaiveDate {
        start.checked_add_months(Months::new(3)).unwrap_or(start)
    }

    /// What is wrong with ending a series starting on `start` on `until`, if
    /// anything: "The series cannot end before it starts (2027-03-01)."
    #[inline(never)]
    pub fn until_problem(start: NaiveDate, until: NaiveDate) -> Option<Said> {
        (until < start).then(|| {
            said!(
                "The series cannot end before it starts ({}).",
                Said::day_year(start)
            )
        })
    }

    /// The key of the series' first day, if it has one.
    pub fn first_entry(&self) -> Option<EntryKey> {
        let day = *self.dates(self.days).first()?;
        Some(EntryKey::Occurrence(Occurrence {
            series: self.id.clone(),
            day,
        }))
    }

    /// The days the series posts on within `within`, in order.
    pub fn dates(&self, within: DateRange) -> Vec<NaiveDate> {
        let Some(both) = within.overlap(self.days) else {
            return Vec::new();
        };
        let (from, to) = (both.start(), both.end());
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
    pub fn describe(&self) -> Said {
        let until = Said::day_year(self.days.end());
        match &self.rule {
            Recurrence::EveryDays(1) => said!("Every day until {}", until),
            Recurrence::EveryDays(n) => {
                said!("Every {} days until {}", Said::Number(*n as usize), until)
            }
            Recurrence::Weekly(days) => {
                let short = &crate::plan::when::ENGLISH.weekdays_short;
                let names = days
                    .iter()
                    .map(|d| Said::label(short[d.num_days_from_monday() as usize]))
                    .collect();
                said!("Weekly on {} until {}", and_said(names), until)
            }
        }
    }
}

/// The id of the post a series makes on a day: the series id and the date.
pub fn occurrence_id(series: &SeriesId, day: NaiveDate) -> PostId {
    let text = format!("{series}_{}", crate::plan::when::compact_day(day));
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
        let every = series(Recurrence::EveryDays(3), day(2027, 1, 1), day(2027, 3, 1));
        assert_eq!(every.describe(), "Every 3 days until 1 Mar 2027");
        let weekly = series(
            Recurrence::Weekly(vec![Mon, Thu, Sat]),
            day(2027, 1, 1),
            day(2027, 3, 1),
        );
        assert_eq!(
            weekly.describe(),
            "Weekly on Mon, Thu and Sat until 1 Mar 2027"
        );
    }

    #[test]
    fn the_repeat_choices_keep_their_keys_and_make_a_rule_only_when_complete() {
        for kind in RepeatKind::ALL {
            assert_eq!(RepeatKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(
            (RepeatKind::EveryDays.key(), RepeatKind::Weekly.key()),
            ("days", "weekly")
        );
        assert_eq!(RepeatKind::from_key("none"), None);
        let days = RepeatKind::EveryDays;
        assert_eq!(days.rule(Some(3.0), &[]), Some(Recurrence::EveryDays(3)));
        assert_eq!(days.rule(None, &[Mon]), None);
        assert_eq!(days.rule(Some(0.0), &[Mon]), None);
        let weekly = RepeatKind::Weekly;
        assert_eq!(
            weekly.rule(None, &[Mon, Thu]),
            Some(Recurrence::Weekly(vec![Mon, Thu]))
        );
        assert_eq!(weekly.rule(Some(7.0), &[]), None);
    }

    #[test]
    fn ticking_a_weekday_adds_or_removes_it_keeping_monday_first() {
        assert_eq!(Recurrence::toggle_day(&[Wed], Mon), [Mon, Wed]);
        assert_eq!(Recurrence::toggle_day(&[Mon, Wed], Sun), [Mon, Wed, Sun]);
        assert_eq!(Recurrence::toggle_day(&[Mon, Wed, Sun], Wed), [Mon, Sun]);
        assert!(Recurrence::toggle_day(&[Fri], Fri).is_empty());
    }

    #[test]
    fn a_post_made_to_repeat_keeps_its_content_and_time_until_the_end_chosen() {
        let mut post = Post::new(
            PostId::parse("p").unwrap(),
            day(2027, 1, 31).and_hms_opt(18, 30, 0).unwrap(),
        );
        post.content.copy = "Fresh bread".into();
        // Three months on from 31 January is the last day of April.
        let until = Series::default_until(post.at.date());
        assert_eq!(until, day(2027, 4, 30));
        assert_eq!(Series::until_problem(post.at.date(), until), None);
        assert_eq!(
            Series::until_problem(post.at.date(), day(2027, 1, 30)).map(|s| s.to_string()),
            Some("The series cannot end before it starts (31 Jan 2027).".to_owned())
        );
        let id = SeriesId::parse("s").unwrap();
        let weekly = Recurrence::Weekly(vec![Mon]);
        let s = Series::repeating(id.clone(), &post, weekly.clone(), until);
        assert_eq!(s.content, post.content);
        assert_eq!(s.time, post.at.time());
        assert_eq!(s.days, DateRange::new(day(2027, 1, 31), until).unwrap());
        // The 31st is a Sunday: the first day is the Monday after.
        assert_eq!(
            s.first_entry(),
            Some(EntryKey::Occurrence(Occurrence {
                series: id.clone(),
                day: day(2027, 2, 1)
            }))
        );
        // An end before the post's day makes a series of that day alone.
        let short = Series::repeating(id, &post, weekly, day(2027, 1, 1));
        assert_eq!(short.days, DateRange::day(day(2027, 1, 31)));
        assert_eq!(short.first_entry(), None);
    }
}
