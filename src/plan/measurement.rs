//! Measurement: KPIs tied to objectives, when they are reviewed, and the
//! strategy's horizon.

use super::dates::DateRange;
use super::id::{KpiId, ObjectiveId, ToolId};
use super::results::{Goal, Reading};
use super::strategy::Strategy;
use super::team::Team;
use super::{said, words, Said};
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

impl Strategy {
    /// The line a KPI's results are judged against: from its baseline (none
    /// set is none reached yet: 0) at the horizon's start to its target by
    /// its objective's deadline, or by the horizon's end. `None` without a
    /// target or a horizon.
    pub fn kpi_goal(&self, kpi: &Kpi) -> Option<Goal> {
        let horizon = self.measurement.horizon?;
        let target = kpi.target?;
        let deadline = kpi
            .objective
            .as_ref()
            .and_then(|id| self.objective(id))
            .and_then(|o| o.deadline)
            .unwrap_or(horizon.end());
        Some(Goal {
            start: horizon.start(),
            baseline: kpi.baseline.unwrap_or(0.0),
            deadline,
            target,
        })
    }

    /// What a KPI's results count towards, said beside its chart: the
    /// objective it tracks, or that it tracks none.
    pub fn kpi_tracks(&self, kpi: &Kpi) -> Said {
        match kpi.objective.as_ref().and_then(|id| self.objective(id)) {
            Some(objective) => said!("Tracks the objective “{}”.", Said::from(objective.title())),
            None => said!("Tied to no objective: a result counts only against one of the strategy's objectives."),
        }
    }

    /// What makes a KPI's results weaker evidence, named beside its chart: a
    /// vanity count as its only measure, or a figure read only from the
    /// channel it is meant to move.
    pub fn kpi_cautions(&self, kpi: &Kpi) -> Vec<Said> {
        let mut cautions = Vec::new();
        if let Some(measure) = super::wording::vanity_measure(&kpi.name) {
            cautions.push(said!(
                "A vanity count: it measures {} only, attention rather than a business result.",
                Said::label(measure)
            ));
        }
        let from_channel = match &kpi.source {
            Some(KpiSource::Platform) => true,
            Some(KpiSource::Tool(id)) => self
                .team
                .tool(id)
                .is_some_and(|t| t.role == Some(super::team::ToolRole::Publishing)),
            None => false,
        };
        if from_channel {
            cautions.push(said!(
                "Read only from the channel it is meant to move, which counts its own success."
            ));
        }
        cautions
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

    /// Its label inside a sentence, in lower case: "monthly".
    pub fn in_a_sentence(self) -> super::Said {
        match self {
            Self::Weekly => super::said!("weekly"),
            Self::Monthly => super::said!("monthly"),
            Self::Quarterly => super::said!("quarterly"),
        }
    }

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

/// Where a KPI's figure is read from: the platform the strategy is meant to
/// move (its own analytics), or one of the team's tools.
/// Saved by its key ("platform", "tool:x-ga"), so reading it takes no code
/// of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum KpiSource {
    Platform,
    Tool(ToolId),
}

impl TryFrom<String> for KpiSource {
    type Error = String;

    fn try_from(key: String) -> Result<Self, String> {
        Self::from_key(&key)
            .ok_or_else(|| format!("“{key}” is not where a KPI's figure comes from"))
    }
}

impl From<KpiSource> for String {
    fn from(source: KpiSource) -> String {
        source.key()
    }
}

impl KpiSource {
    /// Its name in a form's choices: "platform", or "tool:" and the tool's id.
    pub fn key(&self) -> String {
        match self {
            Self::Platform => "platform".to_owned(),
            Self::Tool(id) => format!("tool:{id}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key.strip_prefix("tool:") {
            Some(id) => ToolId::parse(id).ok().map(Self::Tool),
            None => (key == "platform").then_some(Self::Platform),
        }
    }

    pub const PLATFORM_LABEL: &'static str = words!("The platform's own analytics");

    /// The choices for a KPI's source: the platform's analytics, then each
    /// tool that is named, as (key, label) pairs.
    pub fn choices(team: &Team) -> Vec<(String, Said)> {
        let mut choices = vec![(Self::Platform.key(), Said::label(Self::PLATFORM_LABEL))];
        for tool in team.tools.iter().filter(|t| !t.name.trim().is_empty()) {
            choices.push((Self::Tool(tool.id.clone()).key(), tool.title().into()));
        }
        choices
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
    /// Where its figure comes from (version 6).
    #[serde(default)]
    pub source: Option<KpiSource>,
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
            source: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kpi_says_what_it_tracks_and_what_weakens_it() {
        use crate::plan::{Objective, Tool, ToolRole};
        let mut strategy = Strategy::default();
        strategy.objectives.push(Objective {
            statement: "Fill the baking classes".into(),
            ..Objective::new(ObjectiveId::parse("o1").unwrap())
        });
        strategy.team.tools.push(Tool {
            name: "Buffer".into(),
            role: Some(ToolRole::Publishing),
            ..Tool::new(ToolId::parse("x1").unwrap())
        });
        let kpi = Kpi {
            name: "Instagram likes".into(),
            source: Some(KpiSource::Tool(ToolId::parse("x1").unwrap())),
            ..Kpi::new(KpiId::parse("i1").unwrap())
        };
        assert_eq!(
            strategy.kpi_tracks(&kpi),
            "Tied to no objective: a result counts only against one of the strategy's objectives."
        );
        assert_eq!(
            strategy.kpi_cautions(&kpi),
            [
                "A vanity count: it measures likes only, attention rather than a business result.",
                "Read only from the channel it is meant to move, which counts its own success."
            ]
        );
        let tied = Kpi {
            name: "Class bookings".into(),
            objective: Some(ObjectiveId::parse("o1").unwrap()),
            source: None,
            ..kpi
        };
        assert_eq!(
            strategy.kpi_tracks(&tied),
            "Tracks the objective “Fill the baking classes”."
        );
        assert!(strategy.kpi_cautions(&tied).is_empty());
    }

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

#[cfg(test)]
mod goal_tests {
    use crate::plan::*;
    use chrono::{DateTime, NaiveDate};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_kpi_runs_from_its_baseline_at_the_horizons_start_to_its_objectives_deadline() {
        let plan = example_plan(
            PlanId::parse("p").unwrap(),
            DateTime::default(),
            day(2026, 12, 1),
        );
        let s = &plan.strategy;
        let mut tastings = s.measurement.kpis[0].clone();
        let horizon = s.measurement.horizon.unwrap();
        let deadline = s.objectives[0].deadline.unwrap();
        assert_eq!(tastings.objective.as_ref(), Some(&s.objectives[0].id));
        let goal = s.kpi_goal(&tastings).unwrap();
        assert_eq!(
            (goal.start, goal.baseline, goal.deadline, goal.target),
            (horizon.start(), 0.0, deadline, 30.0)
        );
        tastings.baseline = Some(2.0);
        assert_eq!(s.kpi_goal(&tastings).unwrap().baseline, 2.0);
        // Tied to no objective: by the horizon's end.
        tastings.objective = None;
        assert_eq!(s.kpi_goal(&tastings).unwrap().deadline, horizon.end());
        tastings.target = None;
        assert_eq!(s.kpi_goal(&tastings), None);
        let mut no_horizon = s.clone();
        no_horizon.measurement.horizon = None;
        assert_eq!(no_horizon.kpi_goal(&s.measurement.kpis[0]), None);
    }
}
