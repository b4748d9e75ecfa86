//! The strategy: the long-term foundation every campaign stands on, in eight
//! parts, and the edits that change it.

use super::content::{ContentStrategy, Pillar};
use super::dates::DateRange;
use super::id::{
    EscalationId, KeyMessageId, KpiId, MemberId, ObjectiveId, PersonaId, PillarId, PriorityId,
    ProfileId, ToolId,
};
use super::measurement::{Kpi, Measurement};
use super::objective::Objective;
use super::persona::{Persona, Priority};
use super::piece::Piece;
use super::profile::Profile;
use super::response::{Escalation, ResponsePlan, Situation};
use super::story::{KeyMessage, Story};
use super::team::{Member, Team, Tool};
use super::{said, Said};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Strategy {
    #[serde(default)]
    pub objectives: Piece<Vec<Objective>>,
    #[serde(default)]
    pub personas: Piece<Vec<Persona>>,
    #[serde(default)]
    pub priorities: Piece<Vec<Priority>>,
    #[serde(default)]
    pub profiles: Piece<Vec<Profile>>,
    #[serde(default)]
    pub story: Piece<Story>,
    #[serde(default)]
    pub content: Piece<ContentStrategy>,
    #[serde(default)]
    pub team: Piece<Team>,
    #[serde(default)]
    pub response: Piece<ResponsePlan>,
    #[serde(default)]
    pub measurement: Piece<Measurement>,
}

/// Something kept in a list, found by its id.
pub trait Item {
    type Id: PartialEq;
    fn id(&self) -> &Self::Id;
}

macro_rules! item {
    ($($ty:ty => $id:ty),* $(,)?) => {
        $(impl Item for $ty {
            type Id = $id;
            fn id(&self) -> &$id {
                &self.id
            }
        })*
    };
}

item!(
    super::campaign::Campaign => super::id::CampaignId,
    Objective => ObjectiveId,
    Persona => PersonaId,
    Priority => PriorityId,
    Profile => ProfileId,
    KeyMessage => KeyMessageId,
    Pillar => PillarId,
    Member => MemberId,
    Tool => ToolId,
    Escalation => EscalationId,
    Kpi => KpiId,
    super::learning::Insight => super::id::InsightId,
    super::learning::Review => super::id::ReviewId,
);

/// An edit to one list of the strategy.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemEdit<T, Id> {
    /// Adds the item at the end, or replaces the one with its id in place.
    Put(T),
    Remove(Id),
}

impl<T: Item> ItemEdit<T, T::Id> {
    /// Applies the edit to a list of the items, or of the items each in a
    /// `Piece` of its own (where only the one put is new).
    pub(crate) fn apply<L: Item<Id = T::Id> + From<T>>(self, list: &mut Vec<L>) {
        match self {
            ItemEdit::Put(item) => match list.iter_mut().find(|i| i.id() == item.id()) {
                Some(slot) => *slot = L::from(item),
                None => list.push(L::from(item)),
            },
            ItemEdit::Remove(id) => list.retain(|i| i.id() != &id),
        }
    }
}

/// Every change the Strategy page can make.
#[derive(Debug, Clone, PartialEq)]
pub enum StrategyEdit {
    Objective(ItemEdit<Objective, ObjectiveId>),
    Persona(ItemEdit<Persona, PersonaId>),
    Priority(ItemEdit<Priority, PriorityId>),
    Profile(ItemEdit<Profile, ProfileId>),
    KeyMessage(ItemEdit<KeyMessage, KeyMessageId>),
    Pillar(ItemEdit<Pillar, PillarId>),
    Member(ItemEdit<Member, MemberId>),
    Tool(ItemEdit<Tool, ToolId>),
    Escalation(ItemEdit<Escalation, EscalationId>),
    Kpi(ItemEdit<Kpi, KpiId>),
    Positioning(String),
    Voice(String),
    WordsToUse(Vec<String>),
    WordsToAvoid(Vec<String>),
    Formats(Vec<String>),
    MinutesPerPost(Option<u32>),
    Guideline(Situation, String),
    Horizon(Option<DateRange>),
    Integration(String),
}

impl Strategy {
    pub fn apply(&mut self, edit: StrategyEdit) {
        match edit {
            StrategyEdit::Objective(edit) => {
                if let ItemEdit::Remove(id) = &edit {
                    self.forget_objective(id);
                }
                edit.apply(&mut self.objectives)
            }
            StrategyEdit::Persona(edit) => {
                if let ItemEdit::Remove(id) = &edit {
                    self.forget_persona(id);
                }
                edit.apply(&mut self.personas)
            }
            StrategyEdit::Member(edit) => {
                if let ItemEdit::Remove(id) = &edit {
                    self.forget_member(id);
                }
                edit.apply(&mut self.team.members)
            }
            StrategyEdit::Priority(edit) => edit.apply(&mut self.priorities),
            StrategyEdit::Profile(edit) => edit.apply(&mut self.profiles),
            StrategyEdit::KeyMessage(edit) => edit.apply(&mut self.story.key_messages),
            StrategyEdit::Pillar(edit) => edit.apply(&mut self.content.pillars),
            StrategyEdit::Tool(edit) => edit.apply(&mut self.team.tools),
            StrategyEdit::Escalation(edit) => edit.apply(&mut self.response.escalations),
            StrategyEdit::Kpi(edit) => edit.apply(&mut self.measurement.kpis),
            StrategyEdit::Positioning(text) => self.story.positioning = text,
            StrategyEdit::Voice(text) => self.story.voice = text,
            StrategyEdit::WordsToUse(words) => self.story.words_to_use = words,
            StrategyEdit::WordsToAvoid(words) => self.story.words_to_avoid = words,
            StrategyEdit::Formats(formats) => self.content.formats = formats,
            StrategyEdit::MinutesPerPost(minutes) => self.content.minutes_per_post = minutes,
            StrategyEdit::Guideline(situation, text) => {
                self.response.guidelines.set(situation, text)
            }
            StrategyEdit::Horizon(range) => self.measurement.horizon = range,
            StrategyEdit::Integration(text) => self.measurement.integration = text,
        }
    }

    // Removing an item unlinks whatever pointed at it inside the strategy; the
    // rules then flag the orphans, so nothing disappears unseen.
    fn forget_objective(&mut self, id: &ObjectiveId) {
        for pillar in &mut self.content.pillars {
            pillar.objectives.retain(|o| o != id);
        }
        for kpi in &mut self.measurement.kpis {
            if kpi.objective.as_ref() == Some(id) {
                kpi.objective = None;
            }
        }
    }

    fn forget_persona(&mut self, id: &PersonaId) {
        for profile in &mut self.profiles {
            profile.personas.retain(|p| p != id);
        }
        for pillar in &mut self.content.pillars {
            pillar.personas.retain(|p| p != id);
        }
    }

    fn forget_member(&mut self, id: &MemberId) {
        for profile in &mut self.profiles {
            if profile.owner.as_ref() == Some(id) {
                profile.owner = None;
            }
            if profile.approver.as_ref() == Some(id) {
                profile.approver = None;
            }
        }
        for escalation in &mut self.response.escalations {
            if escalation.to.as_ref() == Some(id) {
                escalation.to = None;
            }
        }
    }

    /// What else in the strategy points at an objective, in words, so the user
    /// can be told before it is removed.
    pub fn uses_of_objective(&self, id: &ObjectiveId) -> Vec<Said> {
        let pillars = self
            .content
            .pillars
            .iter()
            .filter(|p| p.objectives.contains(id))
            .map(|p| said!("pillar “{}”", Said::from(p.title())));
        let kpis = self
            .measurement
            .kpis
            .iter()
            .filter(|k| k.objective.as_ref() == Some(id))
            .map(|k| said!("KPI “{}”", Said::value(k.name.trim())));
        pillars.chain(kpis).collect()
    }

    pub fn uses_of_persona(&self, id: &PersonaId) -> Vec<Said> {
        let profiles = self
            .profiles
            .iter()
            .filter(|p| p.personas.contains(id))
            .map(|p| said!("profile “{}”", Said::value(p.title())));
        let pillars = self
            .content
            .pillars
            .iter()
            .filter(|p| p.personas.contains(id))
            .map(|p| said!("pillar “{}”", Said::from(p.title())));
        profiles.chain(pillars).collect()
    }

    pub fn uses_of_member(&self, id: &MemberId) -> Vec<Said> {
        let profiles = self
            .profiles
            .iter()
            .filter(|p| p.owner.as_ref() == Some(id) || p.approver.as_ref() == Some(id))
            .map(|p| said!("profile “{}”", Said::value(p.title())));
        let escalations = self
            .response
            .escalations
            .iter()
            .filter(|e| e.to.as_ref() == Some(id))
            .map(|e| said!("escalation “{}”", Said::value(e.situation.trim())));
        profiles.chain(escalations).collect()
    }

    pub fn objective(&self, id: &ObjectiveId) -> Option<&Objective> {
        self.objectives.iter().find(|o| &o.id == id)
    }

    pub fn profile(&self, id: &ProfileId) -> Option<&Profile> {
        self.profiles.iter().find(|p| &p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Platform, ReviewCadence};

    fn objective(id: &str, statement: &str) -> Objective {
        Objective {
            statement: statement.into(),
            ..Objective::new(ObjectiveId::parse(id).unwrap())
        }
    }

    #[test]
    fn put_adds_a_new_item_at_the_end_and_replaces_a_known_one_in_place() {
        let mut strategy = Strategy::default();
        for (id, text) in [("a", "First"), ("b", "Second"), ("a", "First, edited")] {
            strategy.apply(StrategyEdit::Objective(ItemEdit::Put(objective(id, text))));
        }
        let statements: Vec<&str> = strategy
            .objectives
            .iter()
            .map(|o| o.statement.as_str())
            .collect();
        assert_eq!(statements, ["First, edited", "Second"]);
    }

    #[test]
    fn removing_an_objective_unlinks_its_pillars_and_kpis_and_says_so_first() {
        let mut strategy = Strategy::default();
        let id = ObjectiveId::parse("o1").unwrap();
        strategy.objectives.push(objective("o1", "Sign deals"));
        strategy.content.pillars.push(Pillar {
            name: "Proof".into(),
            objectives: vec![id.clone()],
            ..Pillar::new(PillarId::parse("l1").unwrap())
        });
        strategy.measurement.kpis.push(Kpi {
            name: "Deals".into(),
            objective: Some(id.clone()),
            review: Some(ReviewCadence::Monthly),
            ..Kpi::new(KpiId::parse("i1").unwrap())
        });
        assert_eq!(
            strategy.uses_of_objective(&id),
            ["pillar “Proof”", "KPI “Deals”"]
        );
        strategy.apply(StrategyEdit::Objective(ItemEdit::Remove(id.clone())));
        assert!(strategy.objectives.is_empty());
        assert!(strategy.content.pillars[0].objectives.is_empty());
        assert_eq!(strategy.measurement.kpis[0].objective, None);
        assert!(strategy.uses_of_objective(&id).is_empty());
    }

    #[test]
    fn removing_a_member_clears_ownership_approval_and_escalations() {
        let mut strategy = Strategy::default();
        let id = MemberId::parse("e1").unwrap();
        strategy.team.members.push(Member::new(id.clone()));
        strategy.profiles.push(Profile {
            owner: Some(id.clone()),
            approver: Some(id.clone()),
            ..Profile::new(ProfileId::parse("c1").unwrap(), Platform::X)
        });
        strategy.response.escalations.push(Escalation {
            situation: "Press".into(),
            to: Some(id.clone()),
            ..Escalation::new(EscalationId::parse("s1").unwrap())
        });
        assert_eq!(
            strategy.uses_of_member(&id),
            ["profile “X (Twitter)”", "escalation “Press”"]
        );
        strategy.apply(StrategyEdit::Member(ItemEdit::Remove(id)));
        assert_eq!(strategy.profiles[0].owner, None);
        assert_eq!(strategy.profiles[0].approver, None);
        assert_eq!(strategy.response.escalations[0].to, None);
    }

    #[test]
    fn removing_a_persona_unlinks_profiles_and_pillars() {
        let mut strategy = Strategy::default();
        let id = PersonaId::parse("u1").unwrap();
        strategy.personas.push(Persona::new(id.clone()));
        strategy.profiles.push(Profile {
            personas: vec![id.clone()],
            ..Profile::new(ProfileId::parse("c1").unwrap(), Platform::TikTok)
        });
        strategy.content.pillars.push(Pillar {
            personas: vec![id.clone()],
            ..Pillar::new(PillarId::parse("l1").unwrap())
        });
        assert_eq!(strategy.uses_of_persona(&id).len(), 2);
        strategy.apply(StrategyEdit::Persona(ItemEdit::Remove(id)));
        assert!(strategy.profiles[0].personas.is_empty());
        assert!(strategy.content.pillars[0].personas.is_empty());
    }

    #[test]
    fn scalar_edits_land_in_their_part() {
        let mut strategy = Strategy::default();
        strategy.apply(StrategyEdit::Positioning("For cafés".into()));
        strategy.apply(StrategyEdit::Guideline(
            Situation::Crisis,
            "Pause posts".into(),
        ));
        strategy.apply(StrategyEdit::MinutesPerPost(Some(30)));
        strategy.apply(StrategyEdit::Formats(vec!["Reels".into()]));
        assert_eq!(strategy.story.positioning, "For cafés");
        assert_eq!(strategy.response.guidelines.crisis, "Pause posts");
        assert_eq!(strategy.content.minutes_per_post, Some(30));
        assert_eq!(strategy.content.formats, ["Reels"]);
    }
}
