//! "Start from an example": a complete, realistic strategy for a small business,
//! with one deliberately vanity objective so the rules have something to show.
//!
//! The strategy is data (`example.json`, as the planner writes a strategy),
//! read with the same checks as a saved plan, its dates moved to the year
//! ahead. Kept as data rather than code, it costs the app a fraction of the
//! bytes.

use super::dates::DateRange;
use super::id::PlanId;
use super::name::PlanName;
use super::piece::Piece;
use super::plan::Plan;
use super::strategy::Strategy;
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

/// The example's strategy, its dates for a horizon starting on
/// [`TEMPLATE_START`].
const TEMPLATE: &str = include_str!("example.json");

/// The first day of the horizon `example.json` was written for.
const TEMPLATE_START: (i32, u32) = (2026, 12);

/// The example plan, its horizon starting on the first day of next month.
pub fn example_plan(id: PlanId, at: DateTime<Utc>, today: NaiveDate) -> Plan {
    let start = today
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(today);
    let name = PlanName::parse("Example: Hearth & Crumb Bakery").unwrap_or_else(|_| unreachable!());
    let mut plan = Plan::new(id, name, at);
    plan.brand = "Hearth & Crumb, a neighbourhood bakery with two shops".into();
    plan.about = "Year one on social media: win wholesale accounts with local cafés, fill the weekend baking classes, and hire two bakers for the new shop.".into();
    // Read as any saved strategy is (a test proves it reads).
    let mut strategy: Strategy = serde_json::from_str(TEMPLATE).unwrap_or_default();
    let shift = |day: NaiveDate| moved(day, start).unwrap_or(day);
    for objective in &mut strategy.objectives {
        objective.deadline = objective.deadline.map(shift);
    }
    let end = start
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt())
        .unwrap_or(start);
    strategy.measurement.horizon = DateRange::new(start, end).ok();
    plan.strategy = Piece::new(strategy);
    plan
}

/// `day` of the template, as many months after `start` as it is after the
/// template's first day.
fn moved(day: NaiveDate, start: NaiveDate) -> Option<NaiveDate> {
    let months =
        (day.year() - TEMPLATE_START.0) * 12 + day.month() as i32 - TEMPLATE_START.1 as i32;
    let months = Months::new(u32::try_from(months).ok()?);
    start.with_day(day.day())?.checked_add_months(months)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{PartStatus, Rule, Severity};

    fn example() -> Plan {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        example_plan(PlanId::parse("ex").unwrap(), DateTime::default(), today)
    }

    #[test]
    fn the_example_is_complete_but_for_its_deliberate_vanity_objective() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let findings = example().strategy.findings(today);
        assert!(
            findings.iter().all(|f| f.severity == Severity::Warning),
            "{findings:?}"
        );
        let rules: Vec<Rule> = findings.iter().map(|f| f.rule).collect();
        assert_eq!(rules, [Rule::AwarenessOnPlatformCount]);
        let readiness = example().strategy.readiness(today);
        assert_eq!(readiness[0].status, PartStatus::Warnings);
        assert!(readiness[1..]
            .iter()
            .all(|r| r.status == PartStatus::Complete));
    }

    #[test]
    fn the_example_horizon_is_a_year_from_next_month() {
        let horizon = example().strategy.measurement.horizon.unwrap();
        assert_eq!(
            horizon.start(),
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert_eq!(
            horizon.end(),
            NaiveDate::from_ymd_opt(2027, 11, 30).unwrap()
        );
    }

    #[test]
    fn the_example_opens_campaign_planning() {
        assert!(example().campaign_blockers().is_empty());
    }

    #[test]
    fn the_template_reads_as_a_saved_strategy_does() {
        let strategy: Strategy = serde_json::from_str(TEMPLATE).unwrap();
        assert_eq!(strategy.objectives.len(), 4);
        assert_eq!(
            strategy.measurement.horizon.map(|h| h.start()),
            NaiveDate::from_ymd_opt(TEMPLATE_START.0, TEMPLATE_START.1, 1)
        );
        assert!(!strategy.profiles.is_empty() && !strategy.measurement.kpis.is_empty());
    }

    #[test]
    fn its_dates_move_with_the_day_it_is_made() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let plan = example_plan(
            PlanId::parse("ex").unwrap(),
            DateTime::default(),
            day(2027, 5, 10),
        );
        let horizon = plan.strategy.measurement.horizon.unwrap();
        assert_eq!(
            (horizon.start(), horizon.end()),
            (day(2027, 6, 1), day(2028, 5, 31))
        );
        let deadlines: Vec<_> = plan
            .strategy
            .objectives
            .iter()
            .map(|o| o.deadline)
            .collect();
        // Six months later than the template's, which starts in December 2026.
        assert_eq!(
            deadlines,
            [
                Some(day(2028, 3, 1)),
                Some(day(2027, 12, 1)),
                Some(day(2027, 10, 1)),
                Some(day(2028, 5, 1))
            ]
        );
        // Whenever it is made, every deadline falls within its horizon.
        let mut today = day(2026, 1, 1);
        while today < day(2030, 1, 1) {
            let plan = example_plan(PlanId::parse("ex").unwrap(), DateTime::default(), today);
            let horizon = plan.strategy.measurement.horizon.unwrap();
            for objective in &plan.strategy.objectives {
                let deadline = objective.deadline.unwrap();
                assert!(
                    horizon.start() <= deadline && deadline <= horizon.end(),
                    "{today}: {deadline}"
                );
            }
            today = today.succ_opt().unwrap();
        }
    }
}
