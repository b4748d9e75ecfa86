//! "Start from an example": a complete, realistic strategy for a small business,
//! with one deliberately vanity objective so the rules have something to show,
//! and the plan's life around the day it is made (`living`): campaigns
//! finished, running and next, weeks of posts and tasks, results and what
//! was learned from them.
//!
//! The strategy is data (`strategy.json`, as the planner writes a strategy),
//! read with the same checks as a saved plan, its dates moved to the year
//! the horizon starts. The example is made by the module loaded on demand
//! (`exchange::writers`), so the first load does not carry it.

mod living;

use super::dates::DateRange;
use super::id::PlanId;
use super::name::PlanName;
use super::piece::Piece;
use super::plan::Plan;
use super::strategy::Strategy;
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

/// The example's strategy, its dates for a horizon starting on
/// [`TEMPLATE_START`].
const TEMPLATE: &str = include_str!("strategy.json");

/// The first day of the horizon `example.json` was written for.
const TEMPLATE_START: (i32, u32) = (2026, 12);

/// The example plan made on `today`: its horizon a year from the first of
/// the month its finished campaign began in.
pub fn example_plan(id: PlanId, at: DateTime<Utc>, today: NaiveDate) -> Plan {
    let mut plan = strategy_from(id, at, living::horizon_start(today));
    living::bring_to_life(&mut plan, today);
    plan
}

/// The example's strategy alone, nothing yet planned on it, its horizon
/// starting on the first of the month after `today`: a plan as it stands
/// when its strategy is just finished.
pub fn example_strategy(id: PlanId, at: DateTime<Utc>, today: NaiveDate) -> Plan {
    let start = today
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(today);
    strategy_from(id, at, start)
}

/// The example's strategy, its horizon a year from `start`.
fn strategy_from(id: PlanId, at: DateTime<Utc>, start: NaiveDate) -> Plan {
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
    use crate::plan::{CampaignStatus, PartStatus, PostStatus, Rule, Severity};
    use chrono::{Duration, Weekday};

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
    fn the_example_horizon_is_a_year_from_the_month_its_weeks_begin_in() {
        // 23 November 2026 is a Monday: six weeks back is 12 October.
        let horizon = example().strategy.measurement.horizon.unwrap();
        assert_eq!(
            horizon.start(),
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()
        );
        assert_eq!(horizon.end(), NaiveDate::from_ymd_opt(2027, 9, 30).unwrap());
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
        // Six weeks before the week of 10 May 2027 is 29 March.
        assert_eq!(
            (horizon.start(), horizon.end()),
            (day(2027, 3, 1), day(2028, 2, 29))
        );
        let deadlines: Vec<_> = plan
            .strategy
            .objectives
            .iter()
            .map(|o| o.deadline)
            .collect();
        // Three months later than the template's, which starts in December 2026.
        assert_eq!(
            deadlines,
            [
                Some(day(2027, 12, 1)),
                Some(day(2027, 9, 1)),
                Some(day(2027, 8, 1)),
                Some(day(2028, 2, 1))
            ]
        );
    }

    /// What must hold of the example whenever it is made.
    fn check_made_on(today: NaiveDate) {
        let plan = example_plan(PlanId::parse("ex").unwrap(), DateTime::default(), today);
        let horizon = plan.strategy.measurement.horizon.unwrap();
        for objective in &plan.strategy.objectives {
            let deadline = objective.deadline.unwrap();
            assert!(
                horizon.start() <= deadline && deadline <= horizon.end() && deadline > today,
                "{today}: {deadline}"
            );
        }
        // One campaign finished, one running, one next; none with a problem.
        let statuses: Vec<_> = plan.campaigns.iter().map(|c| c.status(today)).collect();
        assert_eq!(
            statuses,
            [
                CampaignStatus::Finished,
                CampaignStatus::Running,
                CampaignStatus::Planned
            ],
            "{today}"
        );
        for campaign in plan.campaigns.iter() {
            let found = plan.campaign_findings(campaign);
            assert!(found.is_empty(), "{today}: {found:?}");
        }
        // The strategy is as complete as ever.
        let rules: Vec<Rule> = plan
            .strategy
            .findings(today)
            .iter()
            .map(|f| f.rule)
            .collect();
        assert_eq!(rules, [Rule::AwarenessOnPlatformCount], "{today}");
        // The calendar of the months around today finds nothing to say:
        // every profile at its cadence, no gap, the pillars in proportion.
        let first = today.with_day(1).unwrap();
        let months = [
            first
                .checked_sub_months(Months::new(1))
                .unwrap()
                .max(horizon.start()),
            first,
        ];
        for start in months {
            let end = start
                .checked_add_months(Months::new(1))
                .unwrap()
                .pred_opt()
                .unwrap();
            let range = DateRange::new(start, end).unwrap();
            let entries = plan.calendar.entries(range);
            assert!(entries.len() > 25, "{today}: {} entries", entries.len());
            let found = plan.calendar_findings(range, &entries, Weekday::Mon);
            assert!(found.is_empty(), "{today}, the month of {start}: {found:?}");
        }
        // The weeks around today: published behind, planned ahead, and
        // tasks done before today only.
        let entries = plan.calendar.entries(
            DateRange::new(today - Duration::days(28), today + Duration::days(28)).unwrap(),
        );
        for entry in &entries {
            match (entry.post(), entry.task()) {
                (Some(post), _) if entry.day < today && !entry.is_occurrence() => {
                    assert_eq!(post.content.status, PostStatus::Published)
                }
                (Some(post), _)
                    if entry.day > today + Duration::days(21) && !entry.is_occurrence() =>
                {
                    assert_eq!(post.content.status, PostStatus::Idea)
                }
                (_, Some(task)) => assert_eq!(task.done, entry.day < today, "{task:?}"),
                _ => {}
            }
        }
        assert!(entries.iter().any(|e| e.is_occurrence()), "a series shows");
        // Results so far, and what was learned from them.
        let kpis = &plan.strategy.measurement.kpis;
        assert!(kpis
            .iter()
            .all(|k| !k.results.is_empty() && k.results.iter().all(|r| r.day < today)));
        for campaign in plan.campaigns.iter().take(2) {
            let results = &campaign.response.as_ref().unwrap().results;
            assert!(results
                .iter()
                .all(|r| r.day <= today && campaign.dates.contains(r.day)));
            assert!(!results.is_empty(), "{today}: {}", campaign.name);
        }
        assert_eq!((plan.insights.len(), plan.reviews.len()), (2, 1));
        // And it reads back as any saved plan does.
        let saved = serde_json::to_string(&plan).unwrap();
        let read: Plan = serde_json::from_str(&saved).unwrap();
        assert_eq!(read, plan);
    }

    #[test]
    fn whenever_it_is_made_the_example_shows_every_step_with_nothing_amiss() {
        let mut today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        while today < NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() {
            check_made_on(today);
            today += Duration::days(1);
        }
    }
}
