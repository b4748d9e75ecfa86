//! How ready a strategy is: each part's status, and what a plan still lacks
//! before campaigns can be planned on it.

use super::plan::Plan;
use super::rules::{Finding, Part, Severity};
use super::strategy::Strategy;
use super::{words, Said};
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartStatus {
    NotStarted,
    /// Something the part needs is missing.
    Incomplete,
    /// Nothing is missing, but something present looks wrong.
    Warnings,
    Complete,
}

impl PartStatus {
    pub const ALL: [PartStatus; 4] = [
        Self::NotStarted,
        Self::Incomplete,
        Self::Warnings,
        Self::Complete,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::NotStarted => "Not started",
            Self::Incomplete => "Incomplete",
            Self::Warnings => "Warnings",
            Self::Complete => "Complete",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartReadiness {
    pub part: Part,
    pub status: PartStatus,
    /// Missing things first, then warnings.
    pub findings: Vec<Finding>,
}

impl Strategy {
    /// Each part's status, in page order, from the rules' findings.
    pub fn readiness(&self, today: NaiveDate) -> Vec<PartReadiness> {
        self.readiness_of(&self.findings(today))
    }

    /// Each part's status from findings already worked out (`findings`), so
    /// a page that shows both runs the rules once.
    pub fn readiness_of(&self, all: &[Finding]) -> Vec<PartReadiness> {
        Part::ALL
            .into_iter()
            .map(|part| {
                let mut findings: Vec<Finding> = all
                    .iter()
                    .filter(|f| f.place.part == part)
                    .cloned()
                    .collect();
                super::order::sort_by_key(&mut findings, |f| f.severity);
                let status = if !self.started(part) {
                    PartStatus::NotStarted
                } else if findings.iter().any(|f| f.severity == Severity::Missing) {
                    PartStatus::Incomplete
                } else if findings.is_empty() {
                    PartStatus::Complete
                } else {
                    PartStatus::Warnings
                };
                PartReadiness {
                    part,
                    status,
                    findings,
                }
            })
            .collect()
    }

    /// Whether the user has put anything into a part yet.
    fn started(&self, part: Part) -> bool {
        let filled = |text: &str| !text.trim().is_empty();
        match part {
            Part::Objectives => !self.objectives.is_empty(),
            Part::Audience => !self.personas.is_empty() || !self.priorities.is_empty(),
            Part::Channels => !self.profiles.is_empty(),
            Part::Story => {
                let story = &self.story;
                filled(&story.positioning)
                    || filled(&story.voice)
                    || !story.key_messages.is_empty()
                    || !story.words_to_use.is_empty()
                    || !story.words_to_avoid.is_empty()
            }
            Part::Content => {
                let content = &self.content;
                !content.pillars.is_empty()
                    || !content.formats.is_empty()
                    || content.minutes_per_post.is_some()
            }
            Part::People => {
                !self.team.members.is_empty()
                    || !self.team.tools.is_empty()
                    || self.profiles.iter().any(|p| p.owner.is_some())
            }
            Part::Response => {
                let guidelines = &self.response.guidelines;
                !self.response.escalations.is_empty()
                    || [
                        &guidelines.complaint,
                        &guidelines.question,
                        &guidelines.praise,
                        &guidelines.crisis,
                    ]
                    .into_iter()
                    .any(|g| filled(g))
                    || self.profiles.iter().any(|p| p.response_hours.is_some())
            }
            Part::Campaign | Part::Calendar => false,
            Part::Measurement => {
                let measurement = &self.measurement;
                !measurement.kpis.is_empty()
                    || measurement.horizon.is_some()
                    || filled(&measurement.integration)
            }
        }
    }
}

/// The part the Strategy page opens on when none is asked for: the first
/// that is not complete, where the strategy still needs the user; the first
/// part once every one is complete.
pub fn part_to_open(readiness: &[PartReadiness]) -> Part {
    readiness
        .iter()
        .find(|r| r.status != PartStatus::Complete)
        .map_or(Part::Objectives, |r| r.part)
}

/// A part of the strategy a campaign cannot stand without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Objective,
    Persona,
    Profile,
}

impl Missing {
    /// Several missing things in one sentence, separated by semicolons (each
    /// already holds a comma).
    pub fn joined(missing: &[Missing]) -> Said {
        super::said::semicolons(missing.iter().map(|m| Said::label(m.sentence())).collect())
    }

    /// What is missing, in words to show in the language shown (`t`).
    pub fn sentence(self) -> &'static str {
        match self {
            Self::Objective => words!(
                "a business objective for the campaign to serve, with its statement and a metric"
            ),
            Self::Persona => {
                words!("a persona for the campaign to speak to, with a name and a pain point")
            }
            Self::Profile => {
                words!("a profile for the campaign to run on, with its primary purpose")
            }
        }
    }
}

impl Plan {
    /// Campaigns stand on the strategy: at least one real objective (a
    /// statement and a metric), one real persona (a name and a pain point) and
    /// one profile with a purpose must exist first; blank entries do not count.
    /// Empty when campaign planning is open.
    pub fn campaign_blockers(&self) -> Vec<Missing> {
        let filled = |text: &str| !text.trim().is_empty();
        let strategy = &self.strategy;
        [
            (
                !strategy
                    .objectives
                    .iter()
                    .any(|o| filled(&o.statement) && filled(&o.metric)),
                Missing::Objective,
            ),
            (
                !strategy
                    .personas
                    .iter()
                    .any(|p| filled(&p.name) && p.pain_points.iter().any(|t| filled(t))),
                Missing::Persona,
            ),
            (
                !strategy.profiles.iter().any(|p| p.purpose.is_some()),
                Missing::Profile,
            ),
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
    fn each_part_leads_to_the_next_and_back_in_page_order() {
        assert_eq!(Part::Objectives.beside(), (None, Some(Part::Audience)));
        assert_eq!(
            Part::Story.beside(),
            (Some(Part::Channels), Some(Part::Content))
        );
        assert_eq!(Part::Measurement.beside(), (Some(Part::Response), None));
        assert_eq!(Part::Campaign.beside(), (None, None));
        // Following "next" from the first visits the eight once each.
        let mut seen = vec![Part::Objectives];
        while let (_, Some(next)) = seen[seen.len() - 1].beside() {
            assert_eq!(next.beside().0, Some(seen[seen.len() - 1]));
            seen.push(next);
        }
        assert_eq!(seen, Part::ALL);
    }

    #[test]
    fn the_page_opens_on_the_first_part_not_complete_and_on_the_first_when_all_are() {
        let plan = empty();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let mut readiness = plan.strategy.readiness(today);
        assert_eq!(part_to_open(&readiness), Part::Objectives);
        for r in readiness.iter_mut().take(3) {
            r.status = PartStatus::Complete;
        }
        assert_eq!(part_to_open(&readiness), Part::Story);
        // Warnings are not complete: the page opens on them.
        readiness[3].status = PartStatus::Warnings;
        assert_eq!(part_to_open(&readiness), Part::Story);
        for r in readiness.iter_mut() {
            r.status = PartStatus::Complete;
        }
        assert_eq!(part_to_open(&readiness), Part::Objectives);
        // The example's strategy: every part but the one it leaves to do.
        let example =
            crate::plan::example_strategy(PlanId::parse("e").unwrap(), Default::default(), today);
        let example = example.strategy.readiness(today);
        let open = part_to_open(&example);
        assert!(example
            .iter()
            .take_while(|r| r.part != open)
            .all(|r| r.status == PartStatus::Complete));
    }

    #[test]
    fn an_empty_strategy_has_every_part_not_started() {
        let readiness = empty()
            .strategy
            .readiness(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert_eq!(readiness.len(), 8);
        assert!(readiness.iter().all(|r| r.status == PartStatus::NotStarted));
        assert!(readiness.iter().all(|r| !r.findings.is_empty()));
    }

    #[test]
    fn a_part_moves_from_incomplete_to_warnings_to_complete() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut plan = empty();
        let status = |plan: &Plan| plan.strategy.readiness(today)[0].status;
        plan.strategy
            .objectives
            .push(Objective::new(ObjectiveId::parse("o").unwrap()));
        assert_eq!(status(&plan), PartStatus::Incomplete);
        let objective = &mut plan.strategy.objectives[0];
        objective.statement = "Grow".into();
        objective.function = Some(crate::plan::BusinessFunction::Sales);
        objective.kind = Some(crate::plan::ObjectiveKind::Deal);
        objective.metric = "followers".into();
        objective.target = Some(10.0);
        objective.deadline = NaiveDate::from_ymd_opt(2027, 3, 1);
        assert_eq!(status(&plan), PartStatus::Warnings);
        plan.strategy.objectives[0].metric = "signed deals".into();
        assert_eq!(status(&plan), PartStatus::Complete);
    }

    #[test]
    fn an_empty_plan_lacks_an_objective_a_persona_and_a_profile() {
        assert_eq!(
            empty().campaign_blockers(),
            [Missing::Objective, Missing::Persona, Missing::Profile]
        );
    }

    /// A plan with one blank objective, persona and profile: entries that
    /// exist but say nothing yet.
    fn blank_entries() -> Plan {
        let mut plan = empty();
        plan.strategy
            .objectives
            .push(Objective::new(ObjectiveId::parse("o").unwrap()));
        plan.strategy
            .personas
            .push(Persona::new(PersonaId::parse("pe").unwrap()));
        plan.strategy.profiles.push(Profile::new(
            ProfileId::parse("pr").unwrap(),
            Platform::LinkedIn,
        ));
        plan
    }

    /// Fills the blank entries just enough for campaigns to stand on them.
    fn make_ready(plan: &mut Plan) {
        let strategy = &mut plan.strategy;
        strategy.objectives[0].statement = "Win wholesale cafés".into();
        strategy.objectives[0].metric = "signed wholesale deals".into();
        strategy.personas[0].name = "Café owner Carla".into();
        strategy.personas[0].pain_points = vec!["late deliveries".into()];
        strategy.profiles[0].purpose = Some(crate::plan::PrimaryPurpose::PromotingProducts);
    }

    #[test]
    fn blank_entries_do_not_open_campaign_planning() {
        let plan = blank_entries();
        assert_eq!(
            plan.campaign_blockers(),
            [Missing::Objective, Missing::Persona, Missing::Profile]
        );
    }

    #[test]
    fn campaigns_open_once_each_part_has_one_real_entry() {
        let mut plan = blank_entries();
        make_ready(&mut plan);
        assert!(plan.campaign_blockers().is_empty());

        let mut no_metric = plan.clone();
        no_metric.strategy.objectives[0].metric = "  ".into();
        assert_eq!(no_metric.campaign_blockers(), [Missing::Objective]);
        let mut no_pain = plan.clone();
        no_pain.strategy.personas[0].pain_points = vec![" ".into()];
        assert_eq!(no_pain.campaign_blockers(), [Missing::Persona]);
        let mut nameless = plan.clone();
        nameless.strategy.personas[0].name.clear();
        assert_eq!(nameless.campaign_blockers(), [Missing::Persona]);
        let mut no_purpose = plan.clone();
        no_purpose.strategy.profiles[0].purpose = None;
        assert_eq!(no_purpose.campaign_blockers(), [Missing::Profile]);

        // One real entry among blank ones is enough.
        let mut more = plan;
        more.strategy
            .objectives
            .insert(0, Objective::new(ObjectiveId::parse("o2").unwrap()));
        assert!(more.campaign_blockers().is_empty());
    }
}
