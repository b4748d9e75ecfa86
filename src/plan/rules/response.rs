//! Rules for the customer response plan: a response time on every profile, a
//! path for what must be passed on, and words ready for the common cases.

use super::{Finding, Part, Place, Rule};
use crate::plan::response::Situation;
use crate::plan::strategy::Strategy;
use crate::plan::{said, Said};

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Response;
    let plan = &strategy.response;
    for profile in &strategy.profiles {
        if profile.response_hours.is_none() {
            found.push(
                Finding::missing(
                    Rule::ProfileWithoutResponseTime,
                    Place::item(part, &profile.id, "response_hours"),
                    said!(
                        "No target response time for the {} profile.",
                        Said::value(profile.title())
                    ),
                )
                .suggest(said!(
                    "People expect an answer on social within hours; say how many."
                )),
            );
        }
    }
    if plan.escalations.is_empty() {
        found.push(
            Finding::missing(Rule::PartEmpty, Place::part(part, "add"), said!("No escalation paths yet."))
                .suggest(said!("Say what the person answering must pass on, and to whom: a legal threat, a press question, a safety issue.")),
        );
    }
    for escalation in &plan.escalations {
        let at = |field| Place::item(part, &escalation.id, field);
        if escalation.situation.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("situation"),
                said!("Say what this escalation path is for."),
            ));
        }
        if escalation.to.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("to"),
                said!("Choose who this goes to."),
            ));
        }
    }
    let unwritten: Vec<Situation> = Situation::ALL
        .into_iter()
        .filter(|s| plan.guidelines.get(*s).trim().is_empty())
        .collect();
    if let Some(first) = unwritten.first() {
        // The situations' labels, lower-cased and joined, are said in English.
        let names: Vec<String> = unwritten
            .iter()
            .map(|s| s.label().to_ascii_lowercase())
            .collect();
        found.push(Finding::missing(
            Rule::FieldMissing,
            Place::part(part, first.field()),
            said!(
                "No answer guidelines yet for {}.",
                Said::value(names.join(", "))
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fields, of};
    use super::super::Rule;
    use crate::plan::{Platform, Profile, ProfileId, Situation, Strategy};

    #[test]
    fn a_profile_with_no_response_time_is_flagged() {
        let mut strategy = Strategy {
            profiles: vec![Profile::new(
                ProfileId::parse("a").unwrap(),
                Platform::Facebook,
            )]
            .into(),
            ..Strategy::default()
        };
        assert_eq!(
            fields(&strategy, Rule::ProfileWithoutResponseTime),
            ["response_hours"]
        );
        strategy.profiles[0].response_hours = Some(4);
        assert!(of(&strategy, Rule::ProfileWithoutResponseTime).is_empty());
    }

    #[test]
    fn unwritten_guidelines_are_named_together_and_point_at_the_first() {
        let mut strategy = Strategy::default();
        strategy
            .response
            .guidelines
            .set(Situation::Complaint, "Apologise, then fix".into());
        let found: Vec<_> = of(&strategy, Rule::FieldMissing)
            .into_iter()
            .filter(|f| f.place.field.starts_with("guideline"))
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.field, "guideline_question");
        assert!(found[0]
            .message
            .to_string()
            .contains("a question, praise, a crisis"));
    }
}
