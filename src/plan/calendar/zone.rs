//! Changing the plan's time zone on purpose: every post keeps its clock time,
//! or every post keeps its moment (9:00 in Paris becomes 8:00 in London).

use super::{Calendar, CalendarEdit};
use chrono::NaiveDateTime;

impl Calendar {
    /// The edit that moves the plan from zone `from` to zone `to`. Keeping
    /// moments retimes every post and series through `convert` (a wall time in
    /// `from` to the wall time in `to`, which only the browser can work out);
    /// otherwise nothing moves. A plan that followed the browser's zone and is
    /// set to it again keeps following it.
    pub fn change_time_zone(
        &self,
        to: &str,
        browser: &str,
        keep_moments: bool,
        convert: impl Fn(NaiveDateTime) -> NaiveDateTime,
    ) -> CalendarEdit {
        let (retimed_posts, retimed_series) = if keep_moments {
            let posts = self
                .posts
                .iter()
                .map(|p| (p.id.clone(), convert(p.at)))
                .collect();
            let series = self
                .series
                .iter()
                .map(|s| {
                    (
                        s.id.clone(),
                        convert(s.days.start().and_time(s.time)).time(),
                    )
                })
                .collect();
            (posts, series)
        } else {
            (Vec::new(), Vec::new())
        };
        let zone = (to != browser || self.time_zone.is_some()).then(|| to.to_owned());
        CalendarEdit::TimeZone {
            zone,
            retimed_posts,
            retimed_series,
        }
    }
}

/// The zones to choose from: those the browser knows (`known`, in its
/// order), with each of `wanted` (the plan's zone, the browser's own, UTC)
/// first when the browser leaves it out, as browsers on UTC do, so the zone
/// in force is always the one chosen at first.
pub fn zone_choices(mut known: Vec<String>, wanted: &[&str]) -> Vec<String> {
    let mut missing: Vec<String> = Vec::new();
    for zone in wanted {
        if !zone.is_empty() && !known.iter().chain(&missing).any(|k| k == zone) {
            missing.push((*zone).to_owned());
        }
    }
    missing.append(&mut known);
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_and_the_zones_in_force_are_always_offered() {
        let known = || vec!["Europe/Paris".to_owned(), "Pacific/Wallis".to_owned()];
        assert_eq!(
            zone_choices(known(), &["UTC", "UTC", "UTC"]),
            ["UTC", "Europe/Paris", "Pacific/Wallis"]
        );
        assert_eq!(
            zone_choices(known(), &["Europe/Paris", "Asia/Kolkata", "UTC"]),
            ["Asia/Kolkata", "UTC", "Europe/Paris", "Pacific/Wallis"]
        );
        assert_eq!(zone_choices(Vec::new(), &["", "UTC"]), ["UTC"]);
    }
    use crate::plan::{DateRange, Post, PostId, Recurrence, Series, SeriesId};
    use chrono::{Duration, NaiveDate, NaiveTime};
    use std::rc::Rc;

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 3, d)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .unwrap()
    }

    fn calendar() -> Calendar {
        let mut calendar = Calendar::default();
        let post = Post::new(PostId::parse("p-1").unwrap(), at(2, 9));
        calendar.posts.put(Rc::new(post));
        let day = at(3, 0).date();
        calendar.series.push(Series {
            id: SeriesId::parse("s-1").unwrap(),
            content: Default::default(),
            time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            rule: Recurrence::EveryDays(7),
            days: DateRange::new(day, day + Duration::days(30)).unwrap(),
            skipped: Default::default(),
        });
        calendar
    }

    /// London is an hour behind Paris in March.
    fn paris_to_london(at: NaiveDateTime) -> NaiveDateTime {
        at - Duration::hours(1)
    }

    #[test]
    fn keeping_clock_times_moves_nothing() {
        let edit =
            calendar().change_time_zone("Europe/London", "Europe/Paris", false, paris_to_london);
        let CalendarEdit::TimeZone {
            zone,
            retimed_posts,
            retimed_series,
        } = edit
        else {
            panic!("not a time zone edit");
        };
        assert_eq!(zone.as_deref(), Some("Europe/London"));
        assert!(retimed_posts.is_empty() && retimed_series.is_empty());
    }

    #[test]
    fn keeping_moments_retimes_every_post_and_series() {
        let mut calendar = calendar();
        let edit =
            calendar.change_time_zone("Europe/London", "Europe/Paris", true, paris_to_london);
        calendar.apply(edit);
        assert_eq!(calendar.time_zone.as_deref(), Some("Europe/London"));
        let post = calendar.post(&PostId::parse("p-1").unwrap()).unwrap();
        assert_eq!(post.at, at(2, 8));
        let series = calendar.series(&SeriesId::parse("s-1").unwrap()).unwrap();
        assert_eq!(series.time, NaiveTime::from_hms_opt(17, 30, 0).unwrap());
    }

    #[test]
    fn a_plan_following_the_browser_set_to_the_browser_zone_keeps_following_it() {
        let calendar = calendar();
        let CalendarEdit::TimeZone { zone, .. } =
            calendar.change_time_zone("Europe/Paris", "Europe/Paris", false, |at| at)
        else {
            panic!("not a time zone edit");
        };
        assert_eq!(zone, None);
        // A plan with a zone of its own keeps the one chosen, even the browser's.
        let mut own = calendar;
        own.time_zone = Some("Asia/Tokyo".to_owned());
        let CalendarEdit::TimeZone { zone, .. } =
            own.change_time_zone("Europe/Paris", "Europe/Paris", false, |at| at)
        else {
            panic!("not a time zone edit");
        };
        assert_eq!(zone.as_deref(), Some("Europe/Paris"));
    }
}
