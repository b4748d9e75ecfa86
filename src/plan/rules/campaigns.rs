//! Rules for a campaign's brief: short, inside the strategy's horizon, one
//! numbered targeted response, tactics on profiles made for them, spend within
//! budget, and no link to something the strategy no longer has.

use super::{Finding, Part, Place, Rule};
use crate::plan::campaign::{Campaign, CampaignMessage, ResponseKind, TacticKind};
use crate::plan::plan::Plan;
use crate::plan::profile::PrimaryPurpose;
use crate::plan::values::show_number;
use crate::plan::wording::vanity_measure;
use chrono::Months;

/// Days past three months a campaign may run before it is "long".
const GRACE_DAYS: u64 = 7;

/// Whether a profile with this purpose suits a tactic driving this response.
/// Community engagement belongs anywhere people are; the rest must match.
pub fn purpose_fits(response: ResponseKind, purpose: PrimaryPurpose, tactic: TacticKind) -> bool {
    use PrimaryPurpose::*;
    if tactic == TacticKind::Community {
        return true;
    }
    match response {
        ResponseKind::Sales => matches!(
            purpose,
            PromotingProducts | DrivingTraffic | CommunicatingWithClients
        ),
        ResponseKind::SignUps | ResponseKind::Leads => {
            matches!(
                purpose,
                PromotingProducts | DrivingTraffic | Educating | CommunicatingWithClients
            )
        }
        ResponseKind::PageViews => matches!(
            purpose,
            DrivingTraffic | Educating | Branding | PromotingProducts
        ),
        ResponseKind::EventAttendance => {
            matches!(
                purpose,
                PromotingProducts | Branding | DrivingTraffic | CommunicatingWithClients
            )
        }
        ResponseKind::Other => true,
    }
}

impl Plan {
    /// Everything the rules find in one campaign's brief.
    pub fn campaign_findings(&self, campaign: &Campaign) -> Vec<Finding> {
        let mut found = Vec::new();
        let at = |field| Place::item(Part::Campaign, &campaign.id, field);
        let strategy = &self.strategy;
        let missing = |found: &mut Vec<Finding>, field, text: &str| {
            found.push(Finding::missing(Rule::FieldMissing, at(field), text));
        };
        let broken = |found: &mut Vec<Finding>, field, text: String| {
            found.push(
                Finding::warning(Rule::BrokenLink, at(field), text)
                    .suggest("Choose again from the strategy, or remove the link."),
            );
        };

        if campaign.name.trim().is_empty() {
            missing(&mut found, "name", "Give the campaign a name.");
        }

        let dates = campaign.dates;
        let long_after = dates
            .start()
            .checked_add_months(Months::new(3))
            .and_then(|d| d.checked_add_days(chrono::Days::new(GRACE_DAYS)));
        if long_after.is_some_and(|limit| dates.end() > limit) {
            found.push(
                Finding::warning(Rule::CampaignTooLong, at("end"), format!("The campaign runs {} days, more than about three months.", dates.days()))
                    .suggest("A campaign is a short push. Split it into shorter campaigns, or treat a long effort as part of the strategy."),
            );
        }
        if let Some(horizon) = strategy.measurement.horizon {
            if dates.start() < horizon.start() || dates.end() > horizon.end() {
                found.push(
                    Finding::warning(
                        Rule::CampaignOutsideHorizon,
                        at("start"),
                        format!(
                            "The campaign runs outside the strategy's horizon ({} to {}).",
                            horizon.start(),
                            horizon.end()
                        ),
                    )
                    .suggest("Move it inside the horizon, or extend the strategy first."),
                );
            }
        }

        match &campaign.objective {
            None => missing(
                &mut found,
                "objective",
                "Choose the strategy objective this campaign serves.",
            ),
            Some(id) if strategy.objective(id).is_none() => broken(
                &mut found,
                "objective",
                "The objective this campaign served was removed from the strategy.".into(),
            ),
            Some(_) => {}
        }

        match &campaign.response {
            None => missing(
                &mut found,
                "response",
                "Choose the one targeted response the campaign drives.",
            ),
            Some(response) => {
                if response.kind.named() && response.name.trim().is_empty() {
                    let what = if response.kind == ResponseKind::Sales {
                        "Name the product whose sales count."
                    } else {
                        "Name the metric."
                    };
                    missing(&mut found, "response_name", what);
                }
                if response.target.is_none() {
                    found.push(
                        Finding::warning(Rule::ResponseWithoutNumber, at("response_target"), format!("“{}” has no target number.", response.describe()))
                            .suggest("Say how many: a response without a number cannot be judged afterwards."),
                    );
                }
                if response.kind == ResponseKind::Other {
                    if let Some(measure) = vanity_measure(&response.name) {
                        found.push(
                            Finding::warning(
                                Rule::VanityResponse,
                                at("response_name"),
                                format!("The campaign's only goal counts {measure}, which shows attention rather than a response."),
                            )
                            .suggest("Drive something people do: sign-ups, leads, sales of a product, page views or event attendance."),
                        );
                    }
                }
            }
        }

        if campaign.personas.is_empty() {
            missing(
                &mut found,
                "personas",
                "Choose the personas the campaign speaks to.",
            );
        }
        let gone_personas = campaign.lost_personas(strategy);
        if gone_personas > 0 {
            broken(
                &mut found,
                "personas",
                gone_from_strategy(gone_personas, "personas"),
            );
        }
        if campaign.profiles.is_empty() {
            missing(
                &mut found,
                "profiles",
                "Choose the profiles the campaign runs on.",
            );
        }
        let gone_profiles = campaign.lost_profiles(strategy);
        if gone_profiles > 0 {
            broken(
                &mut found,
                "profiles",
                gone_from_strategy(gone_profiles, "profiles"),
            );
        }

        match &campaign.message {
            None => missing(&mut found, "message", "Choose or write the key message."),
            Some(CampaignMessage::Own(text)) if text.trim().is_empty() => {
                missing(&mut found, "message", "Write the key message.")
            }
            Some(CampaignMessage::FromStrategy(id))
                if !strategy.story.key_messages.iter().any(|m| &m.id == id) =>
            {
                broken(
                    &mut found,
                    "message",
                    "Its key message was removed from the strategy.".into(),
                )
            }
            Some(_) => {}
        }
        if campaign.call_to_action.trim().is_empty() {
            missing(
                &mut found,
                "call_to_action",
                "Say what people should do: the call to action.",
            );
        }

        if campaign.tactics.is_empty() {
            missing(
                &mut found,
                "add_tactic",
                "No tactics yet: say what the campaign will do.",
            );
        }
        for tactic in &campaign.tactics {
            let on = |field| Place::item(Part::Campaign, &tactic.id, field);
            match &tactic.profile {
                None => found.push(Finding::missing(
                    Rule::FieldMissing,
                    on("profile"),
                    "Choose the profile this tactic runs on.",
                )),
                Some(id) => match strategy.profile(id) {
                    None => found.push(
                        Finding::warning(
                            Rule::BrokenLink,
                            on("profile"),
                            "This tactic's profile was removed from the strategy.",
                        )
                        .suggest("Choose another of the campaign's profiles."),
                    ),
                    Some(profile) => {
                        if !campaign.profiles.contains(id) {
                            found.push(Finding::warning(
                                Rule::BrokenLink,
                                on("profile"),
                                format!(
                                    "The {} profile is no longer one the campaign runs on.",
                                    profile.title()
                                ),
                            ));
                        }
                        let response = campaign.response.as_ref().map(|r| r.kind);
                        if let (Some(response), Some(purpose)) = (response, profile.purpose) {
                            if !purpose_fits(response, purpose, tactic.kind) {
                                found.push(
                                    Finding::warning(
                                        Rule::TacticAgainstPurpose,
                                        on("profile"),
                                        format!(
                                            "{} on the {} profile, whose purpose is {}, does not fit a campaign for {}.",
                                            tactic.kind.label(),
                                            profile.title(),
                                            purpose.label().to_ascii_lowercase(),
                                            response.label().to_ascii_lowercase()
                                        ),
                                    )
                                    .suggest("Run it on a profile made for this kind of response, or add one to the strategy."),
                                );
                            }
                        }
                    }
                },
            }
            if tactic.kind == TacticKind::PaidAds && tactic.spend.is_none() {
                found.push(Finding::missing(
                    Rule::FieldMissing,
                    on("spend"),
                    "Say what these ads will spend.",
                ));
            }
        }

        match campaign.budget {
            None => missing(
                &mut found,
                "budget",
                "Set a budget, even a small one: the return is judged against it.",
            ),
            Some(budget) => {
                let spend = campaign.paid_spend();
                if spend > budget {
                    found.push(
                        Finding::warning(
                            Rule::SpendOverBudget,
                            at("budget"),
                            format!(
                                "Paid tactics spend {}, more than the budget of {}.",
                                show_number(spend),
                                show_number(budget)
                            ),
                        )
                        .suggest("Cut the ad spend or raise the budget."),
                    );
                }
            }
        }
        match &campaign.owner {
            None => missing(&mut found, "owner", "Choose who owns the campaign."),
            Some(id) if strategy.team.member(id).is_none() => broken(
                &mut found,
                "owner",
                "Its owner was removed from the team.".into(),
            ),
            Some(_) => {}
        }
        found
    }
}

/// "1 of its personas was removed from the strategy.", "2 of its profiles
/// were …": a count of links the strategy lost, in agreement with its verb.
pub fn gone_from_strategy(count: usize, things: &str) -> String {
    let verb = if count == 1 { "was" } else { "were" };
    format!("{count} of its {things} {verb} removed from the strategy.")
}

#[cfg(test)]
mod tests {
    #[test]
    fn lost_links_are_counted_with_the_verb_that_agrees() {
        assert_eq!(
            super::gone_from_strategy(1, "personas"),
            "1 of its personas was removed from the strategy."
        );
        assert_eq!(
            super::gone_from_strategy(3, "profiles"),
            "3 of its profiles were removed from the strategy."
        );
    }
}
