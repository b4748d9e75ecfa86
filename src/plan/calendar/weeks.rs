//! Calendar arithmetic: the weeks of a month grid and of a day, starting on the
//! user's first day of the week.

use crate::plan::dates::DateRange;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The week (seven days from `start`) that holds `day`.
pub fn week_of(day: NaiveDate, start: Weekday) -> DateRange {
    let back = (7 + day.weekday().num_days_from_monday() - start.num_days_from_monday()) % 7;
    let first = day - Duration::days(i64::from(back));
    DateRange::new(first, first + Duration::days(6)).unwrap_or(DateRange::day(day))
}

/// The six full weeks a month view shows: the month, and the days around it that
/// complete its first and last weeks.
pub fn month_grid(month: NaiveDate, start: Weekday) -> DateRange {
    let first = month.with_day(1).unwrap_or(month);
    let from = week_of(first, start).start();
    DateRange::new(from, from + Duration::days(41)).unwrap_or(DateRange::day(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_week_starts_on_the_chosen_day() {
        let wednesday = day(2027, 3, 3);
        assert_eq!(week_of(wednesday, Weekday::Mon).start(), day(2027, 3, 1));
        assert_eq!(week_of(wednesday, Weekday::Sun).start(), day(2027, 2, 28));
        assert_eq!(week_of(wednesday, Weekday::Sat).start(), day(2027, 2, 27));
        assert_eq!(
            week_of(day(2027, 3, 1), Weekday::Mon).end(),
            day(2027, 3, 7)
        );
    }

    #[test]
    fn a_month_grid_is_six_weeks_from_the_week_of_the_first() {
        let grid = month_grid(day(2027, 2, 14), Weekday::Mon);
        assert_eq!(grid.start(), day(2027, 2, 1));
        assert_eq!(grid.days(), 42);
        let sunday_first = month_grid(day(2027, 5, 31), Weekday::Sun);
        assert_eq!(sunday_first.start(), day(2027, 4, 25));
        assert!(sunday_first.contains(day(2027, 5, 31)));
    }

    #[test]
    fn a_leap_february_fits_its_grid() {
        let grid = month_grid(day(2028, 2, 1), Weekday::Mon);
        assert!(grid.contains(day(2028, 2, 29)));
    }
}
