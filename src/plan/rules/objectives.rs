//! Rules for business objectives: specific, measured, dated, and about the business.

use super::{called, Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use crate::plan::wording::{brand_measure, vanity_measure};
use crate::plan::{said, BusinessFunction, ObjectiveKind, Said};
use chrono::NaiveDate;

pub(super) fn judge(strategy: &Strategy, today: NaiveDate, found: &mut Vec<Finding>) {
    let part = Part::Objectives;
    if strategy.objectives.is_empty() {
        found.push(
            Finding::missing(Rule::PartEmpty, Place::part(part, "add"), said!("No business objectives yet."))
                .suggest(said!("Name a specific business issue social media should move: a deal to sign, people to recruit, a product to improve.")),
        );
    }
    let horizon = strategy.measurement.horizon;
    for objective in &strategy.objectives {
        let at = |field| Place::item(part, &objective.id, field);
        let this = called("this objective", "the objective “{}”", objective.label());
        let mut missing = |field, text: Said| {
            found.push(Finding::missing(Rule::FieldMissing, at(field), text));
        };
        if objective.statement.trim().is_empty() {
            missing(
                "statement",
                said!("An objective needs a statement of the business issue."),
            );
        }
        if objective.function.is_none() {
            missing(
                "function",
                said!("Say which business function {} serves.", &this),
            );
        }
        if objective.kind.is_none() {
            missing("kind", said!("Say what kind of result {} is after.", &this));
        }
        if objective.metric.trim().is_empty() {
            missing(
                "metric",
                said!("Give {} a metric: what will be counted.", &this),
            );
        }
        if objective.target.is_none() {
            missing("target", said!("Give {} a target number.", &this));
        }
        if objective.deadline.is_none() {
            missing("deadline", said!("Give {} a deadline.", &this));
        }

        let judged = match objective.metric.trim() {
            "" => &objective.statement,
            _ => &objective.metric,
        };
        let metric = objective.metric.trim();
        if objective.kind == Some(ObjectiveKind::Awareness) {
            // Long-term brand impact is a fair aim, measured where the
            // platforms do not count it themselves.
            if !metric.is_empty() && brand_measure(metric).is_none() {
                let what = match vanity_measure(metric) {
                    Some(measure) => {
                        said!("counts {}, the platform's own tally", Said::label(measure))
                    }
                    None => said!("is not a measure of awareness read off the platforms"),
                };
                found.push(
                    Finding::warning(
                        Rule::AwarenessOnPlatformCount,
                        at("metric"),
                        said!("“{}” {}: the tool that measures awareness is rarely the tool that generates it.", Said::value(metric), what),
                    )
                    .suggest(said!("Measure brand awareness off the platform: a brand-lift survey, searches for the brand's name, direct traffic to the site, or share of voice.")),
                );
            }
        } else if let Some(measure) = vanity_measure(judged) {
            let examples = objective.function.map(outcome_examples).unwrap_or_else(|| {
                said!("signed deals, qualified leads, hires or a product improvement")
            });
            found.push(
                Finding::warning(
                    Rule::VanityObjective,
                    at(if objective.metric.trim().is_empty() { "statement" } else { "metric" }),
                    said!(
                        "“{}” counts {}: attention, not business. Social media can show it rising, but rarely makes the business grow by raising it.",
                        Said::value(judged.trim()),
                        Said::label(measure)
                    ),
                )
                .suggest(said!("Count a business outcome instead, such as {}.", examples)),
            );
        }

        if let (Some(deadline), Some(range)) = (objective.deadline, horizon) {
            if !range.contains(deadline) {
                found.push(
                    Finding::warning(
                        Rule::DeadlineOutsideHorizon,
                        at("deadline"),
                        said!(
                            "The deadline ({}) falls outside the strategy's horizon ({} to {}).",
                            Said::day_year(deadline),
                            Said::day_year(range.start()),
                            Said::day_year(range.end())
                        ),
                    )
                    .suggest(said!("Move the deadline inside the horizon, or widen the horizon under Measurement.")),
                );
            }
        }
        if let Some(deadline) = objective.deadline.filter(|d| *d < today) {
            found.push(
                Finding::warning(
                    Rule::DeadlinePassed,
                    at("deadline"),
                    said!("The deadline ({}) has already passed.", Said::day_year(deadline)),
                )
                .suggest(said!("Set the next date by which this should be achieved, or remove the objective if it is done.")),
            );
        }
        if let (Some(baseline), Some(target)) = (objective.baseline, objective.target) {
            if baseline == target {
                found.push(Finding::warning(
                    Rule::TargetIsBaseline,
                    at("target"),
                    said!("The target equals the baseline, so there is nothing to achieve."),
                ));
            }
        }
    }
}

/// Business outcomes `function` can count instead of attention, as
/// [`BusinessFunction::outcome_examples`] names them.
fn outcome_examples(function: BusinessFunction) -> Said {
    match function {
        BusinessFunction::PublicRelations => {
            said!("coverage won in the titles your buyers read, or speaking invitations")
        }
        BusinessFunction::Marketing => {
            said!("qualified leads, newsletter sign-ups or demo requests")
        }
        BusinessFunction::Sales => {
            said!("signed deals, orders or revenue from customers who came through social")
        }
        BusinessFunction::ProductDevelopment => {
            said!("product ideas adopted from customer conversations, or beta sign-ups")
        }
        BusinessFunction::CustomerService => {
            said!("questions resolved within the target time, or fewer calls to support")
        }
        BusinessFunction::Recruiting => said!("qualified applications or hires"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{day, fields, fields_in, of};
    use super::super::{Part, Rule, Severity};
    use crate::plan::{
        BusinessFunction, DateRange, Objective, ObjectiveId, ObjectiveKind, Strategy,
    };

    fn complete(id: &str, metric: &str) -> Objective {
        Objective {
            statement: "Sign more wholesale cafés".into(),
            function: Some(BusinessFunction::Sales),
            kind: Some(ObjectiveKind::Deal),
            metric: metric.into(),
            baseline: Some(4.0),
            target: Some(16.0),
            deadline: Some(day(2027, 6, 30)),
            ..Objective::new(ObjectiveId::parse(id).unwrap())
        }
    }

    fn with(objectives: Vec<Objective>) -> Strategy {
        Strategy {
            objectives: objectives.into(),
            ..Strategy::default()
        }
    }

    #[test]
    fn a_strategy_without_objectives_is_missing_them() {
        let found = of(&Strategy::default(), Rule::PartEmpty);
        assert!(found
            .iter()
            .any(|f| f.place.field == "add" && f.severity == Severity::Missing));
    }

    #[test]
    fn a_complete_business_objective_raises_nothing() {
        let strategy = with(vec![complete("o1", "signed wholesale contracts")]);
        let found: Vec<_> = strategy
            .findings(super::super::testing::today())
            .into_iter()
            .filter(|f| f.place.part == super::super::Part::Objectives)
            .collect();
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn each_missing_part_of_an_objective_is_named() {
        let strategy = with(vec![Objective::new(ObjectiveId::parse("o1").unwrap())]);
        assert_eq!(
            fields_in(
                &strategy,
                super::super::Part::Objectives,
                Rule::FieldMissing
            ),
            [
                "statement",
                "function",
                "kind",
                "metric",
                "target",
                "deadline"
            ]
        );
    }

    #[test]
    fn a_follower_count_objective_is_warned_with_a_business_suggestion() {
        let strategy = with(vec![complete("o1", "Instagram followers")]);
        let found = of(&strategy, Rule::VanityObjective);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].place.field, "metric");
        assert!(found[0]
            .message
            .to_string()
            .contains("attention, not business"));
        assert!(found[0]
            .suggestion
            .as_ref()
            .unwrap()
            .to_string()
            .contains("signed deals"));
    }

    #[test]
    fn each_function_suggests_its_own_outcomes() {
        for function in BusinessFunction::ALL {
            assert_eq!(
                super::outcome_examples(function).to_string(),
                function.outcome_examples()
            );
        }
    }

    #[test]
    fn sales_to_newsletter_followers_is_a_business_metric() {
        let strategy = with(vec![complete("o1", "sales to followers of our newsletter")]);
        assert!(of(&strategy, Rule::VanityObjective).is_empty());
    }

    #[test]
    fn without_a_metric_the_statement_is_judged() {
        let mut objective = complete("o1", "");
        objective.statement = "Get more likes".into();
        let found = of(&with(vec![objective]), Rule::VanityObjective);
        assert_eq!(found[0].place.field, "statement");
    }

    #[test]
    fn the_vanity_warning_disappears_when_the_metric_is_rewritten() {
        let mut strategy = with(vec![complete("o1", "engagement rate")]);
        assert_eq!(of(&strategy, Rule::VanityObjective).len(), 1);
        strategy.objectives[0].metric = "qualified leads from LinkedIn".into();
        assert!(of(&strategy, Rule::VanityObjective).is_empty());
    }

    #[test]
    fn an_objective_says_what_kind_of_result_it_is_after() {
        let mut objective = complete("o1", "signed deals");
        objective.kind = None;
        assert_eq!(
            fields_in(&with(vec![objective]), Part::Objectives, Rule::FieldMissing),
            ["kind"]
        );
    }

    #[test]
    fn an_awareness_objective_measured_off_the_platform_raises_nothing() {
        for metric in [
            "brand-lift survey score",
            "branded searches a month",
            "share of voice in local press",
            "direct traffic",
        ] {
            let mut objective = complete("o1", metric);
            objective.kind = Some(ObjectiveKind::Awareness);
            let strategy = with(vec![objective]);
            assert!(
                of(&strategy, Rule::AwarenessOnPlatformCount).is_empty(),
                "{metric}"
            );
            assert!(of(&strategy, Rule::VanityObjective).is_empty(), "{metric}");
        }
    }

    #[test]
    fn an_awareness_objective_counted_by_the_platform_is_warned_once() {
        let mut objective = complete("o1", "Instagram followers");
        objective.kind = Some(ObjectiveKind::Awareness);
        let strategy = with(vec![objective]);
        let found = of(&strategy, Rule::AwarenessOnPlatformCount);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .to_string()
                .starts_with("“Instagram followers” counts followers, the platform's own tally"),
            "{}",
            found[0].message
        );
        assert!(found[0]
            .suggestion
            .as_ref()
            .unwrap()
            .to_string()
            .contains("brand-lift survey"));
        assert!(
            of(&strategy, Rule::VanityObjective).is_empty(),
            "one warning, not two"
        );

        let mut vague = complete("o1", "people who know us");
        vague.kind = Some(ObjectiveKind::Awareness);
        let found = of(&with(vec![vague]), Rule::AwarenessOnPlatformCount);
        assert!(found[0]
            .message
            .to_string()
            .contains("is not a measure of awareness read off the platforms"));
    }

    #[test]
    fn a_follower_count_stays_warned_whatever_the_kind() {
        for kind in ObjectiveKind::ALL
            .into_iter()
            .filter(|k| *k != ObjectiveKind::Awareness)
        {
            let mut objective = complete("o1", "Instagram followers");
            objective.kind = Some(kind);
            assert_eq!(
                of(&with(vec![objective]), Rule::VanityObjective).len(),
                1,
                "{kind:?}"
            );
        }
    }

    #[test]
    fn a_deadline_outside_the_horizon_is_warned() {
        let mut strategy = with(vec![complete("o1", "hires")]);
        strategy.measurement.horizon =
            Some(DateRange::new(day(2027, 1, 1), day(2027, 3, 31)).unwrap());
        assert_eq!(
            fields(&strategy, Rule::DeadlineOutsideHorizon),
            ["deadline"]
        );
        // Its days as a reader writes them, not as the plan keeps them.
        let message = of(&strategy, Rule::DeadlineOutsideHorizon)[0]
            .message
            .to_string();
        assert!(
            message.ends_with("falls outside the strategy's horizon (1 Jan 2027 to 31 Mar 2027)."),
            "{message}"
        );
        strategy.measurement.horizon =
            Some(DateRange::new(day(2027, 1, 1), day(2027, 12, 31)).unwrap());
        assert!(of(&strategy, Rule::DeadlineOutsideHorizon).is_empty());
    }

    #[test]
    fn a_deadline_in_the_past_is_warned() {
        let mut objective = complete("o1", "hires");
        objective.deadline = Some(day(2026, 11, 22));
        assert_eq!(
            fields(&with(vec![objective.clone()]), Rule::DeadlinePassed),
            ["deadline"]
        );
        objective.deadline = Some(day(2026, 11, 23));
        assert!(of(&with(vec![objective]), Rule::DeadlinePassed).is_empty());
    }

    #[test]
    fn a_target_equal_to_the_baseline_is_warned() {
        let mut objective = complete("o1", "hires");
        objective.target = Some(4.0);
        assert_eq!(
            fields(&with(vec![objective]), Rule::TargetIsBaseline),
            ["target"]
        );
    }
}
