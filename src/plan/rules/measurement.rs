//! Rules for measurement: KPIs tied to objectives, reviewed on a cadence, over a
//! horizon long enough to be a strategy.

use super::{Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use crate::plan::{said, KpiSource, Said, Tool, ToolRole};
use chrono::Months;

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Measurement;
    let measurement = &strategy.measurement;
    match measurement.horizon {
        None => found.push(
            Finding::missing(
                Rule::FieldMissing,
                Place::part(part, "horizon_start"),
                said!("No horizon yet: when does the strategy start and end?"),
            )
            .suggest(said!(
                "A strategy is the long-term umbrella: plan about a year or more."
            )),
        ),
        Some(range) => {
            let year_later = range.start().checked_add_months(Months::new(12));
            if year_later.is_some_and(|full| range.end() < full.pred_opt().unwrap_or(full)) {
                found.push(
                    Finding::warning(
                        Rule::HorizonTooShort,
                        Place::part(part, "horizon_end"),
                        said!("The horizon covers {} days, less than a year.", Said::value(range.days())),
                    )
                    .suggest(said!("A strategy is the long-term umbrella, a year or more; a shorter effort is probably a campaign.")),
                );
            }
        }
    }
    if measurement.kpis.is_empty() {
        found.push(
            Finding::missing(
                Rule::PartEmpty,
                Place::part(part, "add"),
                said!("No KPIs yet."),
            )
            .suggest(said!(
                "For each objective, name the number that shows progress towards it."
            )),
        );
    }
    for kpi in &measurement.kpis {
        let at = |field| Place::item(part, &kpi.id, field);
        if kpi.name.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("name"),
                said!("Name this KPI."),
            ));
        }
        let tied = kpi.objective.as_ref().and_then(|id| strategy.objective(id));
        if tied.is_none() {
            found.push(
                Finding::warning(
                    Rule::KpiWithoutObjective,
                    at("objective"),
                    said!(
                        "The KPI “{}” is tied to no objective.",
                        Said::value(kpi.name.trim())
                    ),
                )
                .suggest(said!("Tie it to the objective it tracks, or drop it.")),
            );
        }
        if kpi.target.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("target"),
                said!("Give the KPI “{}” a target.", Said::value(kpi.name.trim())),
            ));
        }
        let name = kpi.name.trim();
        match &kpi.source {
            None => found.push(Finding::missing(
                Rule::FieldMissing,
                at("source"),
                said!("Say where the figure of the KPI “{}” comes from.", Said::value(name)),
            )),
            Some(KpiSource::Tool(id)) if strategy.team.tool(id).is_none() => {
                found.push(Finding::missing(
                    Rule::BrokenLink,
                    at("source"),
                    said!("The tool the KPI “{}” was read from has been removed; choose where its figure comes from now.", Said::value(name)),
                ))
            }
            Some(source) => {
                let tool = match source {
                    KpiSource::Tool(id) => strategy.team.tool(id),
                    KpiSource::Platform => None,
                };
                let from = match tool {
                    None => Some(said!("the platform's own analytics")),
                    Some(t) if t.role == Some(ToolRole::Publishing) => {
                        Some(said!("{}, a tool that publishes", named(t)))
                    }
                    Some(_) => None,
                };
                if let Some(from) = from {
                    found.push(
                        Finding::note(
                            Rule::KpiReadFromItsChannel,
                            at("source"),
                            said!("The KPI “{}” is read only from {}: the channel it is meant to move counts its own success.", Said::value(name), from),
                        )
                        .suggest(said!("Where you can, read it where the business counts it too: web analytics, the till or the CRM, a survey.")),
                    );
                }
            }
        }
        if kpi.review.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("review"),
                said!(
                    "Say how often the KPI “{}” is reviewed.",
                    Said::value(kpi.name.trim())
                ),
            ));
        }
    }
    if measurement.integration.trim().is_empty() {
        found.push(Finding::missing(
            Rule::FieldMissing,
            Place::part(part, "integration"),
            said!("Say how this strategy fits into the wider marketing plan."),
        ));
    }
}

/// A tool by name, or "Unnamed tool" (said in the language shown) while the
/// name is blank: `Tool::title` in words to say.
fn named(tool: &Tool) -> Said {
    match tool.name.trim() {
        "" => said!("Unnamed tool"),
        name => Said::value(name),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{day, fields, of};
    use super::super::{Rule, Severity};
    use crate::plan::{
        DateRange, Kpi, KpiId, KpiSource, ObjectiveId, Strategy, Tool, ToolId, ToolRole,
    };

    fn sourced(source: Option<KpiSource>) -> Strategy {
        let mut strategy = Strategy::default();
        for (id, name, role) in [
            ("x-buffer", "Buffer", ToolRole::Publishing),
            ("x-ga", "Web analytics", ToolRole::Measuring),
        ] {
            strategy.team.tools.push(Tool {
                name: name.into(),
                role: Some(role),
                ..Tool::new(ToolId::parse(id).unwrap())
            });
        }
        strategy.measurement.kpis = vec![Kpi {
            name: "Class bookings".into(),
            source,
            ..Kpi::new(KpiId::parse("i1").unwrap())
        }];
        strategy
    }

    fn tool(id: &str) -> Option<KpiSource> {
        Some(KpiSource::Tool(ToolId::parse(id).unwrap()))
    }

    #[test]
    fn a_kpi_says_where_its_figure_comes_from() {
        let found = of(&sourced(None), Rule::FieldMissing);
        assert!(found.iter().any(|f| f.place.field == "source"
            && f.message == "Say where the figure of the KPI “Class bookings” comes from."));
        assert!(!of(&sourced(tool("x-ga")), Rule::FieldMissing)
            .iter()
            .any(|f| f.place.field == "source"));
        assert_eq!(
            fields(&sourced(tool("x-gone")), Rule::BrokenLink),
            ["source"]
        );
    }

    #[test]
    fn a_kpi_read_only_from_the_channel_it_moves_is_noted() {
        let platform = of(
            &sourced(Some(KpiSource::Platform)),
            Rule::KpiReadFromItsChannel,
        );
        assert_eq!(platform.len(), 1);
        assert_eq!(platform[0].severity, Severity::Note);
        assert!(platform[0]
            .message
            .to_string()
            .contains("read only from the platform's own analytics"));
        let publisher = of(&sourced(tool("x-buffer")), Rule::KpiReadFromItsChannel);
        assert!(
            publisher[0]
                .message
                .to_string()
                .contains("read only from Buffer, a tool that publishes"),
            "{}",
            publisher[0].message
        );
        assert!(of(&sourced(tool("x-ga")), Rule::KpiReadFromItsChannel).is_empty());
    }

    #[test]
    fn the_strategy_says_how_it_fits_the_wider_marketing_plan() {
        let mut strategy = Strategy::default();
        assert_eq!(
            fields(&strategy, Rule::FieldMissing)
                .iter()
                .filter(|f| **f == "integration")
                .count(),
            1
        );
        strategy.measurement.integration = "Feeds the monthly sales review.".into();
        assert!(!fields(&strategy, Rule::FieldMissing).contains(&"integration"));
    }

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
        assert!(found[0].message.to_string().contains("181 days"));
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
