//! The hints under a form's fields, and when each is shown.
//!
//! A hint helps once: it says what a field asks for while the field is still
//! empty, and goes when the field is filled, so a finished part of the
//! strategy is not a page of advice its author has already followed. A few
//! hints are about what was entered rather than whether it was: they show
//! while what they speak of applies (a campaign far shorter or longer than
//! most, a strategy that looks less than a year ahead, a target that aims
//! for a fall).

use super::{words, DateRange};

/// A field's hint, each with its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// What an objective counts.
    Metric,
    /// How an objective aims for a fall.
    Target,
    /// Where a KPI stands to begin with.
    KpiBaseline,
    /// Where a KPI's figure comes from.
    KpiSource,
    /// What a profile does for the business.
    Mission,
    /// How often a profile posts.
    Cadence,
    /// The content formats, one per line.
    Formats,
    /// How long a post takes to make.
    MinutesPerPost,
    /// What the positioning says.
    Positioning,
    /// How far ahead a strategy looks.
    Horizon,
    /// How long a campaign runs.
    CampaignSpan,
    /// What paid ads really cost.
    ActualSpend,
    /// What a campaign brought in.
    ActualReturn,
    /// A campaign's costs beyond its ads.
    OtherCosts,
    /// What a plan is for.
    About,
}

impl Hint {
    /// The hint's words.
    pub fn text(self) -> &'static str {
        match self {
            Hint::Metric => words!("What will be counted, e.g. signed wholesale accounts."),
            Hint::Target => words!("To aim for a fall, set it below the baseline."),
            Hint::KpiBaseline => words!("Where it stands when the strategy starts; none is 0."),
            Hint::KpiSource => {
                words!("The tools listed under People and tools, or the platform itself.")
            }
            Hint::Mission => {
                words!(
                    "What this profile does for the business; everything it posts should serve it."
                )
            }
            Hint::Cadence => words!("How active the brand will be here."),
            Hint::Formats => words!("One per line, e.g. short videos, carousels, articles."),
            Hint::MinutesPerPost => {
                words!("From idea to published, on average. Used to check the cadence against the team's hours.")
            }
            Hint::Positioning => {
                words!("Who the brand is for, what it offers them, and why it rather than another.")
            }
            Hint::Horizon => words!("A strategy looks about a year ahead, or more."),
            Hint::CampaignSpan => words!("Campaigns usually run one to three months."),
            Hint::ActualSpend => {
                words!("What the ads really cost, as the campaign runs: the actual ROI is on this, not on the plan.")
            }
            Hint::ActualReturn => words!("Enter once the campaign has run."),
            Hint::OtherCosts => words!("Beyond the ads: production, prizes, a photographer."),
            Hint::About => {
                words!("A few lines on the business, the market and the year ahead. Everything saves as you type.")
            }
        }
    }

    /// The hint while its field is empty; nothing once it is filled.
    pub fn until_given(self, given: bool) -> Option<&'static str> {
        (!given).then(|| self.text())
    }
}

/// Text counts as given once it holds more than spaces.
pub fn given(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Under an objective's target: how to aim for a fall while no target is
/// set, and, once the target is below the baseline, that it reads as one.
pub fn objective_target(baseline: Option<f64>, target: Option<f64>) -> Option<&'static str> {
    match (baseline, target) {
        (_, None) => Some(Hint::Target.text()),
        (Some(baseline), Some(target)) if target < baseline => Some(words!(
            "Below the baseline: this objective aims for a fall."
        )),
        _ => None,
    }
}

/// The shortest horizon that needs no hint: a year.
const YEAR_DAYS: i64 = 365;

/// Under a strategy's end: how far ahead a strategy looks, while it has no
/// horizon or looks less than a year ahead.
pub fn horizon(horizon: Option<DateRange>) -> Option<&'static str> {
    match horizon {
        Some(range) if range.days() >= YEAR_DAYS => None,
        _ => Some(Hint::Horizon.text()),
    }
}

/// The days a campaign can run without a hint: from four weeks to three
/// months of 31 days.
const CAMPAIGN_DAYS: std::ops::RangeInclusive<i64> = 28..=93;

/// Under a campaign's end: how long campaigns usually run, when this one
/// runs much shorter or longer.
pub fn campaign_span(dates: DateRange) -> Option<&'static str> {
    (!CAMPAIGN_DAYS.contains(&dates.days())).then(|| Hint::CampaignSpan.text())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn range(start: NaiveDate, end: NaiveDate) -> DateRange {
        DateRange::new(start, end).unwrap()
    }

    #[test]
    fn a_hint_shows_while_its_field_is_empty_and_goes_once_filled() {
        assert_eq!(Hint::Metric.until_given(false), Some(Hint::Metric.text()));
        assert_eq!(Hint::Metric.until_given(true), None);
        assert!(!given("   "));
        assert!(given(" Signed accounts "));
    }

    #[test]
    fn the_target_hint_says_how_to_aim_for_a_fall_until_a_target_is_set() {
        assert_eq!(
            objective_target(Some(40.0), None),
            Some(Hint::Target.text())
        );
        assert_eq!(objective_target(None, None), Some(Hint::Target.text()));
        assert_eq!(objective_target(Some(40.0), Some(60.0)), None);
        assert_eq!(objective_target(None, Some(60.0)), None);
        assert_eq!(objective_target(Some(40.0), Some(40.0)), None);
        assert_eq!(
            objective_target(Some(40.0), Some(20.0)),
            Some("Below the baseline: this objective aims for a fall.")
        );
    }

    #[test]
    fn the_horizon_hint_shows_until_the_strategy_looks_a_year_ahead() {
        assert!(horizon(None).is_some());
        assert!(horizon(Some(range(day(2027, 1, 1), day(2027, 6, 30)))).is_some());
        assert!(horizon(Some(range(day(2027, 1, 1), day(2027, 12, 30)))).is_some());
        assert_eq!(
            horizon(Some(range(day(2027, 1, 1), day(2027, 12, 31)))),
            None
        );
        assert_eq!(
            horizon(Some(range(day(2027, 1, 1), day(2028, 12, 31)))),
            None
        );
    }

    #[test]
    fn the_campaign_hint_shows_only_for_a_campaign_much_shorter_or_longer_than_most() {
        assert!(campaign_span(range(day(2027, 3, 1), day(2027, 3, 14))).is_some());
        assert_eq!(
            campaign_span(range(day(2027, 3, 1), day(2027, 3, 28))),
            None
        );
        assert_eq!(
            campaign_span(range(day(2027, 3, 1), day(2027, 5, 31))),
            None
        );
        assert!(campaign_span(range(day(2027, 3, 1), day(2027, 6, 15))).is_some());
    }
}
