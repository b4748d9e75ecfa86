//! Rules for the audience: personas with real pains, and named priorities.

use super::{called, Finding, Part, Place, Rule};
use crate::plan::said;
use crate::plan::strategy::Strategy;

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Audience;
    if strategy.personas.is_empty() {
        found.push(
            Finding::missing(Rule::PartEmpty, Place::part(part, "add"), said!("No personas yet."))
                .suggest(said!("Describe one person you most need to reach: who they are and what problem of theirs the brand solves.")),
        );
    }
    for persona in &strategy.personas {
        let at = |field| Place::item(part, &persona.id, field);
        if persona.name.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("name"),
                said!("Give this persona a name."),
            ));
        }
        if persona.who.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("who"),
                said!(
                    "Say who {} is.",
                    called("this persona", "the persona “{}”", &persona.name)
                ),
            ));
        }
        if persona.pain_points.iter().all(|p| p.trim().is_empty()) {
            found.push(
                Finding::missing(
                    Rule::PersonaWithoutPainPoint,
                    at("pain_points"),
                    said!("{} has no pain point the brand solves.", called("This persona", "The persona “{}”", &persona.name)),
                )
                .suggest(said!("A persona matters to the strategy because the brand solves a problem of theirs: name at least one.")),
            );
        }
    }
    if strategy.priorities.is_empty() {
        found.push(
            Finding::missing(Rule::PartEmpty, Place::part(part, "add_priority"), said!("No priorities yet."))
                .suggest(said!("Name the specific people (a key client, journalists, candidates) and topics that matter most.")),
        );
    }
    for priority in &strategy.priorities {
        if priority.name.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                Place::item(part, &priority.id, "name"),
                said!("Name this priority."),
            ));
        }
    }
}

/// "persona “Carla”" as "Persona “Carla”": our own words begin these, so
/// an ASCII capital is enough (and Unicode's case tables stay out of the
/// wasm).
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fields, of};
    use super::super::Rule;
    use crate::plan::{Persona, PersonaId, Priority, PriorityId, Strategy};

    fn persona(pains: &[&str]) -> Persona {
        Persona {
            name: "Café owner Carla".into(),
            who: "Owns two cafés".into(),
            pain_points: pains.iter().map(|p| p.to_string()).collect(),
            ..Persona::new(PersonaId::parse("u1").unwrap())
        }
    }

    #[test]
    fn a_persona_with_no_pain_point_is_flagged_by_name() {
        let strategy = Strategy {
            personas: vec![persona(&[])].into(),
            ..Strategy::default()
        };
        let found = of(&strategy, Rule::PersonaWithoutPainPoint);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .message
            .to_string()
            .starts_with("The persona “Café owner Carla”"));
    }

    #[test]
    fn blank_pain_points_do_not_count() {
        let strategy = Strategy {
            personas: vec![persona(&["  ", ""])].into(),
            ..Strategy::default()
        };
        assert_eq!(
            fields(&strategy, Rule::PersonaWithoutPainPoint),
            ["pain_points"]
        );
    }

    #[test]
    fn a_persona_with_a_pain_point_is_fine() {
        let strategy = Strategy {
            personas: vec![persona(&["unreliable supply"])].into(),
            priorities: vec![Priority {
                name: "Regional café chains".into(),
                ..Priority::new(PriorityId::parse("r1").unwrap())
            }]
            .into(),
            ..Strategy::default()
        };
        let found: Vec<_> = strategy
            .findings(super::super::testing::today())
            .into_iter()
            .filter(|f| f.place.part == super::super::Part::Audience)
            .collect();
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn no_personas_and_no_priorities_are_both_missing() {
        assert_eq!(
            fields(&Strategy::default(), Rule::PartEmpty)[1..3],
            ["add", "add_priority"]
        );
    }
}
