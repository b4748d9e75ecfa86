//! Rules for the content strategy: pillars that serve objectives, in a mix that
//! adds up.

use super::{called, Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use crate::plan::{said, Said};

/// How far from 100% a mix may be and still count as whole (rounding).
const MIX_TOLERANCE: f64 = 0.5;

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Content;
    let content = &strategy.content;
    if content.pillars.is_empty() {
        found.push(
            Finding::missing(
                Rule::PartEmpty,
                Place::part(part, "add"),
                said!("No content pillars yet."),
            )
            .suggest(said!(
                "Name the three to five themes the brand keeps coming back to."
            )),
        );
    }
    for pillar in &content.pillars {
        let at = |field| Place::item(part, &pillar.id, field);
        let this = called("this pillar", "the pillar “{}”", &pillar.name);
        if pillar.name.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("name"),
                said!("Name this pillar."),
            ));
        }
        if pillar.objectives.is_empty() {
            let named = called("This pillar", "The pillar “{}”", &pillar.name);
            found.push(
                Finding::warning(
                    Rule::PillarWithoutObjective,
                    at("objectives"),
                    said!("{} is tied to no objective.", named),
                )
                .suggest(said!(
                    "Tie it to the objective it serves, or drop it: content that serves no objective is noise."
                )),
            );
        }
        if pillar.share.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("share"),
                said!("Give {} its share of the mix.", this),
            ));
        }
    }
    if let Some(total) = content.mix_total() {
        if (total - 100.0).abs() > MIX_TOLERANCE {
            found.push(
                Finding::warning(
                    Rule::MixNotWhole,
                    Place::part(part, "mix"),
                    said!(
                        "The pillars' shares add up to {}%, not 100%.",
                        Said::Figure(total)
                    ),
                )
                .suggest(said!(
                    "Adjust the shares so the mix describes all the posts, no more and no less."
                )),
            );
        }
    }
    if content.formats.iter().all(|f| f.trim().is_empty()) {
        found.push(Finding::missing(
            Rule::FieldMissing,
            Place::part(part, "formats"),
            said!("List the formats you will use."),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fields, of};
    use super::super::Rule;
    use crate::plan::{ObjectiveId, Pillar, PillarId, Strategy};

    fn pillar(id: &str, share: Option<f64>, tied: bool) -> Pillar {
        Pillar {
            name: format!("Pillar {id}"),
            share,
            objectives: if tied {
                vec![ObjectiveId::parse("o1").unwrap()]
            } else {
                vec![]
            },
            ..Pillar::new(PillarId::parse(id).unwrap())
        }
    }

    fn with(pillars: Vec<Pillar>) -> Strategy {
        let mut strategy = Strategy::default();
        strategy.content.pillars = pillars;
        strategy
    }

    #[test]
    fn a_mix_that_adds_to_100_is_fine_within_rounding() {
        let strategy = with(vec![
            pillar("a", Some(33.3), true),
            pillar("b", Some(33.3), true),
            pillar("c", Some(33.3), true),
        ]);
        assert!(of(&strategy, Rule::MixNotWhole).is_empty());
    }

    #[test]
    fn a_mix_of_300_percent_is_warned_with_its_total() {
        let strategy = with(vec![
            pillar("a", Some(100.0), true),
            pillar("b", Some(100.0), true),
            pillar("c", Some(100.0), true),
        ]);
        let found = of(&strategy, Rule::MixNotWhole);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.to_string().contains("300%"));
    }

    #[test]
    fn a_mix_short_of_100_is_warned() {
        let strategy = with(vec![
            pillar("a", Some(40.0), true),
            pillar("b", Some(30.0), true),
        ]);
        assert!(of(&strategy, Rule::MixNotWhole)[0]
            .message
            .to_string()
            .contains("70%"));
    }

    #[test]
    fn no_shares_at_all_is_missing_not_a_wrong_mix() {
        let strategy = with(vec![pillar("a", None, true)]);
        assert!(of(&strategy, Rule::MixNotWhole).is_empty());
        assert!(fields(&strategy, Rule::FieldMissing).contains(&"share"));
    }

    #[test]
    fn a_pillar_tied_to_no_objective_is_flagged() {
        let strategy = with(vec![
            pillar("a", Some(50.0), false),
            pillar("b", Some(50.0), true),
        ]);
        let found = of(&strategy, Rule::PillarWithoutObjective);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.item.as_deref(), Some("a"));
    }
}
