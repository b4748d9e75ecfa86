//! A result's line chart, laid out: the values reached over time against the
//! straight line to the target, with axes a reader can follow. Pure geometry
//! in the chart's own units; the page only draws it.

use super::dashboard::Tally;
use super::results::{Goal, Reading};
use super::said::{said, Said};
use super::values::to_places;
use super::when::DayForm;
use chrono::{Datelike, NaiveDate};

/// The drawing's size, in its own units (the page scales it to fit): wide
/// for a card on a laptop, narrow for a phone, where the same text must not
/// shrink with a wide drawing.
pub const WIDE: f64 = 400.0;
pub const NARROW: f64 = 280.0;
pub const HEIGHT: f64 = 220.0;
/// Room kept for the axes' labels.
const LEFT: f64 = 44.0;
const RIGHT: f64 = 28.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// One value reached, where it sits and how it reads aloud.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    /// "31 Jan 2027: 9, on track (expected 7.5)".
    pub label: Said,
    pub on_track: Option<bool>,
}

/// A tick on an axis: its position and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: Said,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Days along the bottom, a tick at the start of months.
    pub x_ticks: Vec<Tick>,
    /// Values up the side, at round numbers.
    pub y_ticks: Vec<Tick>,
    pub points: Vec<Point>,
    /// The straight line from the baseline at the start to the target by the
    /// deadline, as (x1, y1, x2, y2).
    pub expected: Option<(f64, f64, f64, f64)>,
    /// The target's height, drawn across the chart.
    pub target: Option<f64>,
    /// Where the deadline falls.
    pub deadline: Option<f64>,
    /// The plot area: left, top, right, bottom.
    pub frame: (f64, f64, f64, f64),
    pub width: f64,
}

impl Chart {
    /// Lays out `readings` against `goal` in a drawing `width` wide (about
    /// 60 units a month label). `None` when there is nothing to draw: no
    /// value and no goal.
    pub fn lay_out(goal: Option<&Goal>, readings: &[Reading], width: f64) -> Option<Chart> {
        let days = readings.iter().map(|r| r.day);
        let goal_days = goal.iter().flat_map(|g| [g.start, g.deadline]);
        let first = days.clone().chain(goal_days.clone()).min()?;
        let last = days.chain(goal_days).max()?;
        // A single day still needs a width to sit in.
        let last = match last == first {
            true => first.succ_opt().unwrap_or(first),
            false => last,
        };
        let values = readings.iter().map(|r| r.value);
        let goal_values = goal.iter().flat_map(|g| [g.baseline, g.target]);
        let low = values
            .clone()
            .chain(goal_values.clone())
            .fold(f64::INFINITY, f64::min);
        let high = values.chain(goal_values).fold(f64::NEG_INFINITY, f64::max);
        let (low, high, step) = nice_scale(low, high);

        let frame = (LEFT, TOP, width - RIGHT, HEIGHT - BOTTOM);
        let span = (last - first).num_days() as f64;
        let x =
            |day: NaiveDate| frame.0 + (frame.2 - frame.0) * (day - first).num_days() as f64 / span;
        let y = |value: f64| frame.3 - (frame.3 - frame.1) * (value - low) / (high - low);

        // Counted, not summed: at sizes where a step is lost in rounding,
        // adding it would never reach the top.
        let steps = ((high - low) / step).round().clamp(1.0, 20.0) as u32;
        let y_ticks = (0..=steps)
            .map(|i| {
                let value = low + step * f64::from(i);
                Tick {
                    at: y(value),
                    label: Said::Figure(round_to(value, step)),
                }
            })
            .collect();
        let most = ((width - LEFT - RIGHT) / 60.0).floor().max(2.0) as usize;
        let x_ticks = month_ticks(first, last, most)
            .into_iter()
            .map(|day| Tick {
                at: x(day),
                label: Said::Date(day, DayForm::MonthYear),
            })
            .collect();
        let points = readings
            .iter()
            .map(|r| {
                let on_track = goal.map(|g| g.on_track(*r));
                let value = said!("{}: {}", Said::day_year(r.day), Said::Figure(r.value));
                let label = match (goal, on_track) {
                    (Some(g), Some(true)) => {
                        said!("{}, on track (expected {})", value, g.expected_text(r.day))
                    }
                    (Some(g), Some(false)) => {
                        said!("{}, behind (expected {})", value, g.expected_text(r.day))
                    }
                    _ => value,
                };
                Point {
                    x: x(r.day),
                    y: y(r.value),
                    label,
                    on_track,
                }
            })
            .collect();
        Some(Chart {
            x_ticks,
            y_ticks,
            points,
            expected: goal.map(|g| (x(g.start), y(g.baseline), x(g.deadline), y(g.target))),
            target: goal.map(|g| y(g.target)),
            deadline: goal.map(|g| x(g.deadline)),
            frame,
            width,
        })
    }

    /// The line through the values, as an SVG path's points ("x,y x,y").
    pub fn polyline(&self) -> String {
        let pairs: Vec<String> = self
            .points
            .iter()
            .map(|p| format!("{},{}", to_places(p.x, 1), to_places(p.y, 1)))
            .collect();
        pairs.join(" ")
    }
}

/// A bar chart of posts planned and published, one row a week or a pillar,
/// in counts or in shares of the whole; laid out like [`Chart`], in the
/// drawing's own units.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    pub rows: Vec<BarRow>,
    /// Counts or shares along the bottom.
    pub ticks: Vec<Tick>,
    /// The plot area: left, top, right, bottom.
    pub frame: (f64, f64, f64, f64),
    pub width: f64,
    pub height: f64,
}

/// One row: its label (clipped to fit), where it sits, how long each bar
/// is, where the strategy's intended share falls, and how it reads aloud.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub label: Said,
    pub y: f64,
    pub planned: f64,
    pub published: f64,
    pub intended: Option<f64>,
    pub spoken: Said,
}

/// Each row's height; the two bars in it, and the gap between them.
pub const ROW: f64 = 26.0;
pub const BAR: f64 = 9.0;

impl Bars {
    /// Lays out `rows` in a drawing `width` wide: counts, or each row's share
    /// of all posts planned and of all published when `shares`.
    pub fn lay_out(rows: &[Tally], width: f64, shares: bool) -> Bars {
        let label_room = if width >= WIDE { 124.0 } else { 84.0 };
        let frame = (label_room, 6.0, width - 16.0, 6.0 + ROW * rows.len() as f64);
        let whole = super::dashboard::totals(rows);
        let value = |n: usize, of: usize| match (shares, of) {
            (false, _) => n as f64,
            (true, 0) => 0.0,
            (true, of) => n as f64 * 100.0 / of as f64,
        };
        let top = match shares {
            true => 100.0,
            false => rows
                .iter()
                .map(|r| r.planned.max(r.published))
                .max()
                .unwrap_or(0)
                .max(1) as f64,
        };
        let (_, high, step) = nice_scale(0.0, top);
        let x = |v: f64| frame.0 + (frame.2 - frame.0) * v / high;
        let steps = (high / step).round().clamp(1.0, 20.0) as u32;
        let ticks = (0..=steps)
            .map(|i| {
                let v = step * f64::from(i);
                Tick {
                    at: x(v),
                    label: match shares {
                        true => said!("{}%", Said::Figure(round_to(v, step))),
                        false => Said::Figure(round_to(v, step)),
                    },
                }
            })
            .collect();
        let clip = if width >= WIDE { 16 } else { 11 };
        let rows = rows
            .iter()
            .enumerate()
            .map(|(i, r)| BarRow {
                label: short_label(&r.label, clip),
                y: frame.1 + ROW * i as f64,
                planned: x(value(r.planned, whole.0)) - frame.0,
                published: x(value(r.published, whole.1)) - frame.0,
                intended: r
                    .intended
                    .filter(|_| shares)
                    .map(|share| x(share.clamp(0.0, 100.0))),
                spoken: r.describe(shares.then_some(whole)),
            })
            .collect();
        Bars {
            rows,
            ticks,
            frame,
            width,
            height: frame.3 + 24.0,
        }
    }
}

/// A row's label as the drawing shows it: a week by its first day ("4
/// May"), a pillar's name clipped to `clip` characters.
fn short_label(label: &Said, clip: usize) -> Said {
    match label {
        Said::Text("Week of {}", day) if day.len() == 1 => day[0].clone(),
        Said::Value(name) => Said::Value(super::clipped(name, clip)),
        other => other.clone(),
    }
}

/// Rounds a tick's value to its step's own precision, so 0.1 + 0.2 shows 0.3.
fn round_to(value: f64, step: f64) -> f64 {
    let digits = (-step.log10().floor()).max(0.0) as i32;
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}

/// A range from `low` to `high` widened to round numbers, with the step
/// between about four to six ticks: 1, 2 or 5 times a power of ten.
pub fn nice_scale(low: f64, high: f64) -> (f64, f64, f64) {
    let (low, high) = match (low.is_finite(), high.is_finite()) {
        (true, true) => (low, high),
        _ => (0.0, 1.0),
    };
    // Start from zero when the values are all on one side of it and not far
    // from it, so a rise is not exaggerated.
    let low = if low > 0.0 && low < high * 0.5 {
        0.0
    } else {
        low
    };
    let (low, high) = match high - low {
        d if d <= f64::EPSILON * high.abs().max(1.0) => (low - 1.0, high + 1.0),
        _ => (low, high),
    };
    let rough = (high - low) / 5.0;
    let power = 10f64.powi(rough.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power);
    (
        (low / step).floor() * step,
        (high / step).ceil() * step,
        step,
    )
}

/// The first of each month from `first` to `last`, thinned to at most `most`.
fn month_ticks(first: NaiveDate, last: NaiveDate, most: usize) -> Vec<NaiveDate> {
    let mut months = Vec::new();
    let mut day = first.with_day(1).unwrap_or(first);
    if day < first {
        day = day
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(last);
    }
    while day <= last {
        months.push(day);
        match day.checked_add_months(chrono::Months::new(1)) {
            Some(next) => day = next,
            None => break,
        }
    }
    let every = months.len().div_ceil(most.max(1)).max(1);
    months.into_iter().step_by(every).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A row labelled as the planner labels it: "Week of 4 May" for a
    /// week, else a pillar's name.
    fn tally(label: &str, planned: usize, published: usize, intended: Option<f64>) -> Tally {
        let label = match label
            .strip_prefix("Week of ")
            .and_then(|d| d.strip_suffix(" May"))
        {
            Some(d) => said!("Week of {}", Said::day(day(2026, 5, d.parse().unwrap()))),
            None => Said::value(label),
        };
        Tally {
            label,
            planned,
            published,
            intended,
        }
    }

    #[test]
    fn counts_are_bars_on_a_round_scale_one_row_each() {
        let rows = [
            tally("Week of 4 May", 3, 1, None),
            tally("Week of 11 May", 0, 0, None),
            tally("Week of 18 May", 7, 7, None),
        ];
        let bars = Bars::lay_out(&rows, WIDE, false);
        let (left, top, right, bottom) = bars.frame;
        assert_eq!(bars.rows.len(), 3);
        assert_eq!(bottom - top, 3.0 * ROW);
        assert_eq!(bars.height, bottom + 24.0);
        // 7 at most: the scale runs to 8 in steps of 2.
        let labels: Vec<String> = bars.ticks.iter().map(|t| t.label.to_string()).collect();
        assert_eq!(labels, ["0", "2", "4", "6", "8"]);
        assert_eq!(bars.ticks[0].at, left);
        assert_eq!(bars.ticks[4].at, right);
        let unit = (right - left) / 8.0;
        assert!((bars.rows[0].planned - 3.0 * unit).abs() < 1e-9);
        assert!((bars.rows[0].published - unit).abs() < 1e-9);
        assert_eq!(bars.rows[1].planned, 0.0);
        assert_eq!(bars.rows[2].y, top + 2.0 * ROW);
        // The drawing is labelled without "Week of"; aloud it is whole.
        assert_eq!(bars.rows[0].label, "4 May");
        assert_eq!(bars.rows[0].spoken, "Week of 4 May: 3 planned, 1 published");
        assert_eq!(bars.rows[0].intended, None);
    }

    #[test]
    fn shares_are_of_all_planned_and_all_published_with_the_intended_share() {
        let rows = [
            tally("Recipes", 1, 1, Some(40.0)),
            tally("Behind the counter at the bakery", 3, 0, None),
        ];
        let bars = Bars::lay_out(&rows, NARROW, true);
        let (left, _, right, _) = bars.frame;
        let width = right - left;
        assert_eq!(
            bars.ticks.last().map(|t| t.label.to_string()).as_deref(),
            Some("100%")
        );
        assert!((bars.rows[0].planned - width * 0.25).abs() < 1e-9);
        assert!((bars.rows[0].published - width).abs() < 1e-9);
        assert_eq!(bars.rows[1].published, 0.0);
        assert_eq!(bars.rows[0].intended, Some(left + width * 0.4));
        assert_eq!(
            bars.rows[0].spoken,
            "Recipes: 25% of the posts planned, 100% of those published; the strategy intends 40%"
        );
        // A long name is clipped to fit the narrow drawing's labels.
        assert_eq!(bars.rows[1].label, "Behind the …");
    }

    #[test]
    fn nothing_planned_still_draws_a_scale() {
        let bars = Bars::lay_out(&[tally("Week of 4 May", 0, 0, None)], WIDE, false);
        assert!(bars.ticks.len() >= 2);
        assert!(bars.ticks.iter().all(|t| t.at.is_finite()));
        let shares = Bars::lay_out(&[tally("Recipes", 0, 0, Some(120.0))], WIDE, true);
        assert_eq!(shares.rows[0].planned, 0.0);
        // An intended share past the whole stays on the drawing.
        assert_eq!(shares.rows[0].intended, Some(shares.frame.2));
    }

    fn goal() -> Goal {
        Goal {
            start: day(2027, 1, 1),
            baseline: 4.0,
            deadline: day(2027, 7, 1),
            target: 12.0,
        }
    }

    #[test]
    fn round_scales_cover_the_values_in_a_few_steps() {
        // Zero is kept as the floor when the values are near it.
        assert_eq!(nice_scale(4.0, 12.0), (0.0, 15.0, 5.0));
        assert_eq!(nice_scale(0.0, 100.0), (0.0, 100.0, 20.0));
        assert_eq!(nice_scale(1800.0, 5000.0), (0.0, 5000.0, 1000.0));
        assert_eq!(nice_scale(4200.0, 5000.0), (4200.0, 5000.0, 200.0));
        assert_eq!(nice_scale(-3.0, 7.0), (-4.0, 8.0, 2.0));
        // One value alone still gets a range.
        let (low, high, _) = nice_scale(5.0, 5.0);
        assert!(low < 5.0 && high > 5.0);
        assert_eq!(
            nice_scale(f64::INFINITY, f64::NEG_INFINITY),
            (0.0, 1.0, 0.2)
        );
    }

    #[test]
    fn points_sit_in_the_frame_in_day_order_and_read_aloud() {
        let readings = [
            Reading {
                day: day(2027, 2, 1),
                value: 6.0,
            },
            Reading {
                day: day(2027, 4, 1),
                value: 6.5,
            },
        ];
        let chart = Chart::lay_out(Some(&goal()), &readings, WIDE).unwrap();
        let (left, top, right, bottom) = chart.frame;
        for p in &chart.points {
            assert!(
                p.x >= left && p.x <= right && p.y >= top && p.y <= bottom,
                "{p:?}"
            );
        }
        assert!(chart.points[0].x < chart.points[1].x);
        // Higher values are drawn higher up.
        assert!(chart.points[1].y < chart.points[0].y);
        assert_eq!(
            chart.points[0].label,
            "1 Feb 2027: 6, on track (expected 5.4)"
        );
        assert_eq!(
            chart.points[1].label,
            "1 Apr 2027: 6.5, behind (expected 8)"
        );
        assert_eq!(chart.points[1].on_track, Some(false));
        // The expected line runs from the start's baseline to the deadline's target.
        let (x1, y1, x2, y2) = chart.expected.unwrap();
        assert_eq!((x1, x2), (left, right));
        assert!(y2 < y1);
        assert_eq!(chart.target, Some(y2));
        assert_eq!(chart.deadline, Some(right));
        assert_eq!(chart.polyline().split(' ').count(), 2);
    }

    #[test]
    fn the_axes_are_labelled_with_months_and_round_values() {
        let chart = Chart::lay_out(Some(&goal()), &[], WIDE).unwrap();
        let months: Vec<String> = chart.x_ticks.iter().map(|t| t.label.to_string()).collect();
        assert_eq!(months, ["Jan 2027", "Mar 2027", "May 2027", "Jul 2027"]);
        // A narrow drawing keeps its labels apart with fewer of them.
        let narrow = Chart::lay_out(Some(&goal()), &[], NARROW).unwrap();
        let months: Vec<String> = narrow.x_ticks.iter().map(|t| t.label.to_string()).collect();
        assert_eq!(months, ["Jan 2027", "Apr 2027", "Jul 2027"]);
        assert_eq!(narrow.frame.2, NARROW - 28.0);
        let values: Vec<String> = chart.y_ticks.iter().map(|t| t.label.to_string()).collect();
        assert_eq!(values, ["0", "5", "10", "15"]);
        assert!(chart.points.is_empty());
    }

    #[test]
    fn a_fall_and_values_past_the_deadline_widen_the_chart() {
        let falling = Goal {
            start: day(2027, 1, 1),
            baseline: 48.0,
            deadline: day(2027, 3, 1),
            target: 12.0,
        };
        let late = [Reading {
            day: day(2027, 5, 1),
            value: 10.0,
        }];
        let chart = Chart::lay_out(Some(&falling), &late, WIDE).unwrap();
        let (_, _, right, _) = chart.frame;
        assert_eq!(chart.points[0].x, right, "the latest day is the right edge");
        assert!(chart.deadline.unwrap() < right);
        let (_, y1, _, y2) = chart.expected.unwrap();
        assert!(y2 > y1, "a fall is drawn going down");
        assert!(chart.points[0]
            .label
            .to_string()
            .ends_with("on track (expected 12)"));
    }

    #[test]
    fn huge_values_from_a_file_still_give_a_few_ticks() {
        let huge = [
            Reading {
                day: day(2027, 2, 1),
                value: 1e17,
            },
            Reading {
                day: day(2027, 3, 1),
                value: 1e17 + 16.0,
            },
        ];
        let chart = Chart::lay_out(None, &huge, WIDE).unwrap();
        assert!(!chart.y_ticks.is_empty() && chart.y_ticks.len() <= 21);
    }

    #[test]
    fn values_without_a_goal_are_drawn_without_its_lines_and_nothing_is_no_chart() {
        let one = [Reading {
            day: day(2027, 2, 1),
            value: 3.0,
        }];
        let chart = Chart::lay_out(None, &one, NARROW).unwrap();
        assert_eq!(chart.expected, None);
        assert_eq!(chart.points[0].label, "1 Feb 2027: 3");
        assert!(chart.points[0].x.is_finite());
        assert_eq!(Chart::lay_out(None, &[], WIDE), None);
    }
}
