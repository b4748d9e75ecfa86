//! Rules for measurement: KPIs tied to objectives, reviewed on a cadence, over a
//! horizon long enough to be a strategy.

use super::{Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use chrono::Months;

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Measurement;
    let measurement = &strategy.measurement;
    match measurement.horizon {
        None => found.push(
            Finding::missing(
                Rule::FieldMissing,
                Place::part(part, "horizon_start"),
                "No horizon yet: when does the strategy start and end?",
            )
            .suggest("A strategy is the long-term umbrella: plan about a year or more."),
        ),
        Some(range) => {
            let year_later = range.start().checked_add_months(Months::new(12));
            if year_later.is_some_and(|full| range.end() < full.pred_opt().unwrap_or(full)) {
                found.push(
                    Finding::warning(
                        Rule::HorizonTooShort,
                        Place::part(part, "horizon_end"),
                        format!("The horizon covers {} days, less than a year.", range.days()),
                    )
                    .suggest("A strategy is the long-term umbrella, a year or more; a shorter effort is probably a campaign."),
                );
            }
        }
    }
    if measurement.kpis.is_empty() {
        found.push(
            Finding::missing(Rule::PartEmpty, Place::part(part, "add"), "No KPIs yet.")
                .suggest("For each objective, name the number that shows progress towards it."),
        );
    }
    for kpi in &measurement.kpis {
        let at = |field| Place::item(part, &kpi.id, field);
        if kpi.name.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("name"),
                "Name this KPI.",
            ));
        }
        let tied = kpi.objective.as_ref().and_then(|id| strategy.objective(id));
        if tied.is_none() {
            found.push(
                Finding::warning(
                    Rule::KpiWithoutObjective,
                    at("objective"),
                    format!("The KPI “{}” is tied to no objective.", kpi.name.trim()),
                )
                .suggest("Tie it to the objective it tracks, or drop it."),
            );
        }
        if kpi.target.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("target"),
                format!("Give the KPI “{}” a target.", kpi.name.trim()),
            ));
        }
        if kpi.review.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("review"),
                format!("Say how often the KPI “{}” is reviewed.", kpi.name.trim()),
            ));
        }
    }
    if measurement.integration.trim().is_empty() {
        found.push(Finding::missing(
            Rule::FieldMissing,
            Place::part(part, "integration"),
            "Say how this strategy fits into the wider marketing plan.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{day, fields, of};
    use super::super::Rule;
    use crate::plan::{DateRange, Kpi, KpiId, ObjectiveId, Strategy};

    fn horizon(end: (i32, u32, u32)) -> Strategy {
        let mut strategy = Strategy::default();
        strategy.measurement.horizon =
            Some(DateRange::new(day(2027, 1, 1), day(end.0, end.1, end.2)).unwrap());
        strategy
    }

    #[test]
    fn a_horizon_shorter_than_twelve_months_is_warned() {
        let found = of(&horizon((2027, 6, 30)), Rule::HorizonTooShort);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("181 days"));
        assert_eq!(of(&horizon((2027, 12, 30)), Rule::HorizonTooShort).len(), 1);
    }

    #[test]
    fn a_horizon_of_a_full_year_or_more_is_fine() {
        assert!(of(&horizon((2027, 12, 31)), Rule::HorizonTooShort).is_empty());
        assert!(of(&horizon((2028, 6, 30)), Rule::HorizonTooShort).is_empty());
    }

    #[test]
    fn a_kpi_tied_to_no_objective_or_a_removed_one_is_flagged() {
        let mut strategy = Strategy::default();
        strategy.measurement.kpis = vec![Kpi {
            name: "Signed cafés".into(),
            objective: Some(ObjectiveId::parse("gone").unwrap()),
            ..Kpi::new(KpiId::parse("i1").unwrap())
        }];
        assert_eq!(fields(&strategy, Rule::KpiWithoutObjective), ["objective"]);
    }
}
