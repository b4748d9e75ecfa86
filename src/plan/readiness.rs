//! What a plan still lacks before campaigns can be planned on it.

use super::plan::Plan;

/// A part of the strategy a campaign cannot stand without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Objective,
    Persona,
    Profile,
}

impl Missing {
    pub fn sentence(self) -> &'static str {
        match self {
            Self::Objective => "a business objective for the campaign to serve",
            Self::Persona => "a persona for the campaign to speak to",
            Self::Profile => "a profile for the campaign to run on",
        }
    }
}

impl Plan {
    /// Campaigns stand on the strategy: at least one objective, one persona and one
    /// profile must exist first. Empty when campaign planning is open.
    pub fn campaign_blockers(&self) -> Vec<Missing> {
        [
            (self.objectives.is_empty(), Missing::Objective),
            (self.personas.is_empty(), Missing::Persona),
            (self.profiles.is_empty(), Missing::Profile),
        ]
        .into_iter()
        .filter_map(|(absent, missing)| absent.then_some(missing))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{
        Objective, ObjectiveId, Persona, PersonaId, PlanId, PlanName, Platform, Profile, ProfileId,
    };

    fn empty() -> Plan {
        Plan::new(
            PlanId::parse("p").unwrap(),
            PlanName::parse("P").unwrap(),
            Default::default(),
        )
    }

    #[test]
    fn an_empty_plan_lacks_an_objective_a_persona_and_a_profile() {
        assert_eq!(
            empty().campaign_blockers(),
            [Missing::Objective, Missing::Persona, Missing::Profile]
        );
    }

    #[test]
    fn campaigns_open_once_each_part_has_one_entry() {
        let mut plan = empty();
        plan.objectives.push(Objective {
            id: ObjectiveId::parse("o").unwrap(),
            statement: String::new(),
            function: None,
            metric: String::new(),
            baseline: None,
            target: None,
            deadline: None,
        });
        assert_eq!(
            plan.campaign_blockers(),
            [Missing::Persona, Missing::Profile]
        );
        plan.personas.push(Persona {
            id: PersonaId::parse("pe").unwrap(),
            name: "Olivia".into(),
            who: String::new(),
            interests: vec![],
            behaviours: vec![],
            pain_points: vec![],
        });
        plan.profiles.push(Profile {
            id: ProfileId::parse("pr").unwrap(),
            platform: Platform::LinkedIn,
            handle: String::new(),
            purpose: None,
            posts_per_week: None,
            fit: String::new(),
        });
        assert!(plan.campaign_blockers().is_empty());
    }
}
