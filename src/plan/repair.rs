//! Checking a loaded or imported plan's invariants, and repairing what can be
//! repaired — always saying what was done, never silently.

use super::plan::Plan;
use super::{said, words, Said};
use std::collections::BTreeSet;

/// The new ids for the items whose id repeats an earlier one's, as
/// (position, id), each said in `repairs`. Worked on the ids' text, so one
/// copy serves every kind of list; a suffixed id is valid for every kind.
fn renewed(ids: &[&str], nouns: &'static str, repairs: &mut Vec<Said>) -> Vec<(usize, String)> {
    // Every id in the list is taken, so a fresh one never lands on an id a
    // later item (and the links to it) already has.
    // Inserted one by one: collecting would sort them with a sort of its own.
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for id in ids {
        taken.insert((*id).to_owned());
    }
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if seen.insert((*id).to_owned()) {
            continue;
        }
        if let Some(fresh) = (2..)
            .map(|n| suffixed(id, n))
            .find(|candidate| !taken.contains(candidate))
        {
            taken.insert(fresh.clone());
            repairs.push(shared_id(nouns, id));
            seen.insert(fresh.clone());
            out.push((i, fresh));
        }
    }
    out
}

/// Said of a repair: two items of `nouns` ("posts", a text the translations
/// carry) shared `id`, and the second was given its own.
pub fn shared_id(nouns: &'static str, id: &str) -> Said {
    said!(
        "Two {} shared the id “{}”; the second now has its own.",
        Said::label(nouns),
        Said::value(id)
    )
}

/// `id-n` ("o1" → "o1-2"), cut to fit the longest id allowed: by
/// characters, so that an id read from a file, not yet checked, is cut
/// whole.
pub fn suffixed(id: &str, n: usize) -> String {
    let suffix = format!("-{n}");
    let room = super::id::MAX_ID_LEN.saturating_sub(suffix.len());
    let kept: String = id.chars().take(room).collect();
    format!("{kept}{suffix}")
}

macro_rules! dedupe {
    ($list:expr, $nouns:expr, $id:ty, $repairs:expr) => {{
        let list = $list;
        let ids: Vec<&str> = list.iter().map(|item| item.id.as_str()).collect();
        let fresh = renewed(&ids, $nouns, $repairs);
        for (i, id) in fresh {
            if let Ok(id) = <$id>::parse(&id) {
                list[i].id = id;
            }
        }
    }};
}

impl Plan {
    /// Repairs what would otherwise break the plan (ids repeated in a list, links
    /// inside the strategy to things it does not have) and says what it did.
    /// Links from campaigns to the strategy are left as they are: a campaign
    /// shows such a link as broken, for the user to fix.
    pub fn repair(&mut self) -> Vec<Said> {
        use super::id::*;
        let mut repairs = Vec::new();
        let r = &mut repairs;
        let s = &mut self.strategy;
        dedupe!(&mut s.objectives, words!("objectives"), ObjectiveId, r);
        dedupe!(&mut s.personas, words!("personas"), PersonaId, r);
        dedupe!(&mut s.priorities, words!("priorities"), PriorityId, r);
        dedupe!(&mut s.profiles, words!("profiles"), ProfileId, r);
        dedupe!(
            &mut s.story.key_messages,
            words!("key messages"),
            KeyMessageId,
            r
        );
        dedupe!(&mut s.content.pillars, words!("pillars"), PillarId, r);
        dedupe!(&mut s.team.members, words!("team members"), MemberId, r);
        dedupe!(&mut s.team.tools, words!("tools"), ToolId, r);
        dedupe!(
            &mut s.response.escalations,
            words!("escalation paths"),
            EscalationId,
            r
        );
        dedupe!(&mut s.measurement.kpis, words!("KPIs"), KpiId, r);
        dedupe!(&mut self.campaigns, words!("campaigns"), CampaignId, r);
        for kpi in &mut s.measurement.kpis {
            if super::results::tidy(&mut kpi.results) {
                r.push(said!("The results of the KPI “{}” were out of order or given twice for one day; they are now in order, with the last value given for each day.", Said::value(kpi.name.trim())));
            }
        }
        for campaign in &mut self.campaigns {
            let name = campaign.name.trim().to_owned();
            if let Some(response) = &mut campaign.response {
                if super::results::tidy(&mut response.results) {
                    r.push(said!("The results of the campaign “{}” were out of order or given twice for one day; they are now in order, with the last value given for each day.", Said::value(&name)));
                }
            }
            let ids: Vec<&str> = campaign.tactics.iter().map(|t| t.id.as_str()).collect();
            let fresh = renewed(&ids, words!("tactics"), &mut Vec::new());
            for (i, id) in fresh {
                if let Ok(id) = TacticId::parse(&id) {
                    r.push(said!("Two tactics of the campaign “{}” shared an id; the second now has its own.", Said::value(&name)));
                    campaign.tactics[i].id = id;
                }
            }
        }
        dedupe!(&mut self.insights, words!("insights"), InsightId, r);
        dedupe!(&mut self.reviews, words!("reviews"), ReviewId, r);
        if self.revisions.tidy() {
            r.push(said!("The strategy's history had revisions out of order or beyond what is kept; it now holds the latest, in order."));
        }
        if let Some(id) = self.adapting.clone() {
            if self.insight(&id).is_none() {
                self.adapting = None;
                r.push(said!("The strategy was being adapted from an insight the plan does not have; that was stopped."));
            }
        }
        self.unlink_dangling(r);
        repairs
    }

    fn unlink_dangling(&mut self, repairs: &mut Vec<Said>) {
        let s = &mut self.strategy;
        // Plain lists of the ids' text, searched in turn: a strategy holds
        // tens of each, and a set per kind of id would cost the wasm a sort
        // and a tree of its own (about 3 KB each).
        let objectives: Vec<String> = s
            .objectives
            .iter()
            .map(|o| o.id.as_str().to_owned())
            .collect();
        let personas: Vec<String> = s
            .personas
            .iter()
            .map(|p| p.id.as_str().to_owned())
            .collect();
        let members: Vec<String> = s
            .team
            .members
            .iter()
            .map(|m| m.id.as_str().to_owned())
            .collect();
        let mut note = |what: Said| {
            repairs.push(said!(
                "{} pointed at something the strategy does not have; the link was removed.",
                what
            ))
        };
        for pillar in &mut s.content.pillars {
            let before = pillar.objectives.len() + pillar.personas.len();
            pillar
                .objectives
                .retain(|id| holds(&objectives, id.as_str()));
            pillar.personas.retain(|id| holds(&personas, id.as_str()));
            if pillar.objectives.len() + pillar.personas.len() < before {
                note(said!("The pillar “{}”", Said::value(pillar.name.trim())));
            }
        }
        for kpi in &mut s.measurement.kpis {
            if kpi
                .objective
                .as_ref()
                .is_some_and(|id| !holds(&objectives, id.as_str()))
            {
                kpi.objective = None;
                note(said!("The KPI “{}”", Said::value(kpi.name.trim())));
            }
        }
        for profile in &mut s.profiles {
            let before = profile.personas.len();
            profile.personas.retain(|id| holds(&personas, id.as_str()));
            let mut changed = profile.personas.len() < before;
            for member in [&mut profile.owner, &mut profile.approver] {
                if member
                    .as_ref()
                    .is_some_and(|id| !holds(&members, id.as_str()))
                {
                    *member = None;
                    changed = true;
                }
            }
            if changed {
                note(said!("The profile “{}”", Said::value(profile.title())));
            }
        }
        for escalation in &mut s.response.escalations {
            if escalation
                .to
                .as_ref()
                .is_some_and(|id| !holds(&members, id.as_str()))
            {
                escalation.to = None;
                note(said!(
                    "The escalation path “{}”",
                    Said::value(escalation.situation.trim())
                ));
            }
        }
    }
}

/// Whether `ids` holds `id`.
fn holds(ids: &[String], id: &str) -> bool {
    ids.iter().any(|held| held == id)
}

#[cfg(test)]
mod tests {
    use crate::plan::*;
    use chrono::{DateTime, NaiveDate};

    #[test]
    fn a_fresh_id_never_takes_one_a_later_item_has() {
        let mut repairs = Vec::new();
        let fresh = super::renewed(&["a", "a", "a-2"], "objective", &mut repairs);
        assert_eq!(fresh, [(1, "a-3".to_owned())]);
        assert_eq!(repairs.len(), 1);
    }

    fn example() -> Plan {
        example_plan(
            PlanId::parse("p").unwrap(),
            DateTime::default(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        )
    }

    #[test]
    fn a_sound_plan_needs_no_repair() {
        let mut plan = example();
        let before = plan.clone();
        assert!(plan.repair().is_empty());
        assert_eq!(plan, before);
    }

    #[test]
    fn results_out_of_order_or_twice_on_a_day_are_put_in_order_and_reported() {
        let mut plan = example();
        let on = |d: u32, value: f64| Reading {
            day: NaiveDate::from_ymd_opt(2027, 1, d).unwrap(),
            value,
        };
        plan.strategy.measurement.kpis[0].results = vec![on(9, 3.0), on(2, 1.0), on(9, 4.0)];
        let mut campaign = Campaign::new(
            CampaignId::parse("c1").unwrap(),
            DateRange::new(on(1, 0.0).day, on(31, 0.0).day).unwrap(),
        );
        campaign.set_response_kind(Some(ResponseKind::Leads));
        campaign.response.as_mut().unwrap().results = vec![on(5, 2.0), on(4, 1.0)];
        plan.campaigns = vec![campaign.into()].into();
        let repairs = plan.repair();
        assert_eq!(
            plan.strategy.measurement.kpis[0].results,
            [on(2, 1.0), on(9, 4.0)]
        );
        assert_eq!(
            plan.campaigns[0].response.as_ref().unwrap().results,
            [on(4, 1.0), on(5, 2.0)]
        );
        assert_eq!(repairs.len(), 2, "{repairs:?}");
        assert!(repairs[0]
            .to_string()
            .starts_with("The results of the KPI “"));
        assert!(repairs[1]
            .to_string()
            .starts_with("The results of the campaign “"));
        // In order, they need nothing.
        assert!(plan.repair().is_empty());
    }

    #[test]
    fn repeated_ids_get_ids_of_their_own_and_are_reported() {
        let mut plan = example();
        let copy = plan.strategy.objectives[0].clone();
        plan.strategy.objectives.push(copy.clone());
        plan.strategy.objectives.push(copy);
        let repairs = plan.repair();
        let ids: Vec<&str> = plan
            .strategy
            .objectives
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(ids[4..], ["o-wholesale-2", "o-wholesale-3"]);
        assert_eq!(repairs.len(), 2);
        assert!(repairs[0]
            .to_string()
            .contains("Two objectives shared the id “o-wholesale”"));
    }

    #[test]
    fn a_long_repeated_id_stays_within_the_limit() {
        let mut plan = example();
        let long = ObjectiveId::parse(&"x".repeat(MAX_ID_LEN)).unwrap();
        for _ in 0..2 {
            plan.strategy.objectives.push(Objective::new(long.clone()));
        }
        plan.repair();
        let last = plan.strategy.objectives.last().unwrap().id.as_str();
        assert_eq!(last.len(), MAX_ID_LEN);
        assert!(last.ends_with("-2"));
    }

    #[test]
    fn links_inside_the_strategy_to_missing_things_are_removed_and_reported() {
        let mut plan = example();
        plan.strategy.content.pillars[0]
            .objectives
            .push(ObjectiveId::parse("ghost").unwrap());
        plan.strategy.measurement.kpis[0].objective = Some(ObjectiveId::parse("ghost").unwrap());
        plan.strategy.profiles[0].owner = Some(MemberId::parse("nobody").unwrap());
        let repairs = plan.repair();
        assert_eq!(repairs.len(), 3);
        assert!(repairs[0]
            .to_string()
            .starts_with("The pillar “From our ovens” pointed at something"));
        assert_eq!(plan.strategy.content.pillars[0].objectives.len(), 1);
        assert_eq!(plan.strategy.measurement.kpis[0].objective, None);
        assert_eq!(plan.strategy.profiles[0].owner, None);
    }

    #[test]
    fn campaign_links_to_the_strategy_are_left_for_the_user() {
        let mut plan = example();
        let mut campaign = Campaign::new(
            CampaignId::parse("m").unwrap(),
            DateRange::day(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()),
        );
        campaign.personas.push(PersonaId::parse("gone").unwrap());
        plan.campaigns.push(campaign.into());
        assert!(plan.repair().is_empty());
        assert_eq!(plan.campaigns[0].personas.len(), 1);
    }

    #[test]
    fn a_suffixed_id_is_cut_by_characters_to_fit() {
        let long = "a".repeat(MAX_ID_LEN);
        assert_eq!(
            suffixed(&long, 12),
            format!("{}-12", "a".repeat(MAX_ID_LEN - 3))
        );
        assert_eq!(suffixed("o1", 2), "o1-2");
        // An id read from a file is not yet checked: it is cut whole.
        let wide = "é".repeat(MAX_ID_LEN);
        assert_eq!(suffixed(&wide, 2).chars().count(), MAX_ID_LEN);
    }
}
