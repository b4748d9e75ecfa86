//! Measurement: KPIs tied to objectives, when they are reviewed, and the
//! strategy's horizon.

use super::dates::DateRange;
use super::id::{KpiId, ObjectiveId};
use super::results::Reading;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Measurement {
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    /// The span the strategy covers: about a year or more.
    #[serde(default)]
    pub horizon: Option<DateRange>,
    /// How the strategy ties into the wider marketing plan.
    #[serde(default)]
    pub integration: String,
}

/// How long a horizon set from one date alone runs.
const A_YEAR: u32 = 12;

impl Measurement {
    /// The horizon `horizon` becomes when its start is set: set alone, it runs
    /// a year from there; otherwise it moves as `DateRange::starting` says.
    pub fn horizon_starting(horizon: Option<DateRange>, start: NaiveDate) -> Option<DateRange> {
        match horizon {
            Some(h) => h.starting(start),
            None => Some(DateRange::months_from(start, A_YEAR)),
        }
    }

    /// The horizon `horizon` becomes when its end is set: set alone, it starts
    /// a year before; `None` if the end is before the start.
    pub fn horizon_ending(horizon: Option<DateRange>, end: NaiveDate) -> Option<DateRange> {
        match horizon {
            Some(h) => h.ending(end),
            None => Some(DateRange::months_until(end, A_YEAR)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewCadence {
    Weekly,
    Monthly,
    Quarterly,
}

impl ReviewCadence {
    pub const ALL: [ReviewCadence; 3] = [Self::Weekly, Self::Monthly, Self::Quarterly];

    pub fn label(self) -> &'static str {
        match self {
            Self::Weekly => "Weekly",
            Self::Monthly => "Monthly",
            Self::Quarterly => "Quarterly",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
            Self::Quarterly => "quarterly",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    pub id: KpiId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub objective: Option<ObjectiveId>,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub review: Option<ReviewCadence>,
    /// Where the figure stood when the strategy began (schema version 5).
    #[serde(default)]
    pub baseline: Option<f64>,
    /// The values it actually reached, one per day, in order (version 5).
    #[serde(default)]
    pub results: Vec<Reading>,
}

impl Kpi {
    pub fn new(id: KpiId) -> Self {
        Self {
            id,
            name: String::new(),
            objective: None,
            target: None,
            review: None,
            baseline: None,
            results: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn range(from: NaiveDate, to: NaiveDate) -> Option<DateRange> {
        DateRange::new(from, to).ok()
    }

    #[test]
    fn a_horizon_date_set_alone_gets_its_partner_a_year_away() {
        assert_eq!(
            Measurement::horizon_starting(None, day(2026, 12, 1)),
            range(day(2026, 12, 1), day(2027, 11, 30))
        );
        assert_eq!(
            Measurement::horizon_ending(None, day(2027, 11, 30)),
            range(day(2026, 12, 1), day(2027, 11, 30))
        );
    }

    #[test]
    fn a_set_horizon_moves_its_start_like_any_range_and_refuses_a_reversed_end() {
        let horizon = range(day(2026, 12, 1), day(2027, 11, 30));
        assert_eq!(
            Measurement::horizon_starting(horizon, day(2027, 1, 1)),
            range(day(2027, 1, 1), day(2027, 11, 30))
        );
        // A start past the end moves the whole horizon, keeping its length.
        assert_eq!(
            Measurement::horizon_starting(horizon, day(2028, 1, 1)),
            range(day(2028, 1, 1), day(2028, 12, 30))
        );
        assert_eq!(
            Measurement::horizon_ending(horizon, day(2027, 12, 31)),
            range(day(2026, 12, 1), day(2027, 12, 31))
        );
        assert_eq!(Measurement::horizon_ending(horizon, day(2026, 11, 1)), None);
    }

    #[test]
    fn review_cadences_keep_their_keys() {
        for review in ReviewCadence::ALL {
            assert_eq!(ReviewCadence::from_key(review.key()), Some(review));
        }
        assert_eq!(ReviewCadence::Monthly.key(), "monthly");
        assert_eq!(ReviewCadence::from_key("yearly"), None);
    }
}
