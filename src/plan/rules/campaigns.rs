//! Rules for a campaign's brief: short, inside the strategy's horizon, one
//! numbered targeted response, tactics on profiles made for them, spend within
//! budget, and no link to something the strategy no longer has.

use super::{Finding, Part, Place, Rule};
use crate::plan::campaign::{Campaign, CampaignMessage, ResponseKind, TacticKind};
use crate::plan::plan::Plan;
use crate::plan::profile::PrimaryPurpose;
use crate::plan::wording::vanity_measure;
use crate::plan::{said, said_n, Said};
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
        let missing = |found: &mut Vec<Finding>, field, text: Said| {
            found.push(Finding::missing(Rule::FieldMissing, at(field), text));
        };
        let broken = |found: &mut Vec<Finding>, field, text: Said| {
            found.push(
                Finding::warning(Rule::BrokenLink, at(field), text)
                    .suggest(said!("Choose again from the strategy, or remove the link.")),
            );
        };

        if campaign.name.trim().is_empty() {
            missing(&mut found, "name", said!("Give the campaign a name."));
        }

        let dates = campaign.dates;
        let long_after = dates
            .start()
            .checked_add_months(Months::new(3))
            .and_then(|d| d.checked_add_days(chrono::Days::new(GRACE_DAYS)));
        if long_after.is_some_and(|limit| dates.end() > limit) {
            found.push(
                Finding::warning(Rule::CampaignTooLong, at("end"), said!("The campaign runs {} days, more than about three months.", Said::value(dates.days())))
                    .suggest(said!("A campaign is a short push. Split it into shorter campaigns, or treat a long effort as part of the strategy.")),
            );
        }
        if let Some(horizon) = strategy.measurement.horizon {
            if dates.start() < horizon.start() || dates.end() > horizon.end() {
                found.push(
                    Finding::warning(
                        Rule::CampaignOutsideHorizon,
                        at("start"),
                        said!(
                            "The campaign runs outside the strategy's horizon ({} to {}).",
                            Said::day_year(horizon.start()),
                            Said::day_year(horizon.end())
                        ),
                    )
                    .suggest(said!(
                        "Move it inside the horizon, or extend the strategy first."
                    )),
                );
            }
        }

        match &campaign.objective {
            None => missing(
                &mut found,
                "objective",
                said!("Choose the strategy objective this campaign serves."),
            ),
            Some(id) if strategy.objective(id).is_none() => broken(
                &mut found,
                "objective",
                said!("The objective this campaign served was removed from the strategy."),
            ),
            Some(_) => {}
        }

        match &campaign.response {
            None => missing(
                &mut found,
                "response",
                said!("Choose the one targeted response the campaign drives."),
            ),
            Some(response) => {
                if response.kind.named() && response.name.trim().is_empty() {
                    let what = if response.kind == ResponseKind::Sales {
                        said!("Name the product whose sales count.")
                    } else {
                        said!("Name the metric.")
                    };
                    missing(&mut found, "response_name", what);
                }
                if response.target.is_none() {
                    found.push(
                        Finding::warning(Rule::ResponseWithoutNumber, at("response_target"), said!("“{}” has no target number.", response.describe()))
                            .suggest(said!("Say how many: a response without a number cannot be judged afterwards.")),
                    );
                }
                if response.kind == ResponseKind::Other {
                    if let Some(measure) = vanity_measure(&response.name) {
                        found.push(
                            Finding::warning(
                                Rule::VanityResponse,
                                at("response_name"),
                                said!("The campaign's only goal counts {}, which shows attention rather than a response.", Said::label(measure)),
                            )
                            .suggest(said!("Drive something people do: sign-ups, leads, sales of a product, page views or event attendance.")),
                        );
                    }
                }
            }
        }

        if campaign.personas.is_empty() {
            missing(
                &mut found,
                "personas",
                said!("Choose the personas the campaign speaks to."),
            );
        }
        let gone_personas = campaign.lost_personas(strategy);
        if gone_personas > 0 {
            broken(
                &mut found,
                "personas",
                gone_from_strategy(gone_personas, Gone::Personas),
            );
        }
        if campaign.profiles.is_empty() {
            missing(
                &mut found,
                "profiles",
                said!("Choose the profiles the campaign runs on."),
            );
        }
        let gone_profiles = campaign.lost_profiles(strategy);
        if gone_profiles > 0 {
            broken(
                &mut found,
                "profiles",
                gone_from_strategy(gone_profiles, Gone::Profiles),
            );
        }

        match &campaign.message {
            None => missing(
                &mut found,
                "message",
                said!("Choose or write the key message."),
            ),
            Some(CampaignMessage::Own(text)) if text.trim().is_empty() => {
                missing(&mut found, "message", said!("Write the key message."))
            }
            Some(CampaignMessage::FromStrategy(id))
                if !strategy.story.key_messages.iter().any(|m| &m.id == id) =>
            {
                broken(
                    &mut found,
                    "message",
                    said!("Its key message was removed from the strategy."),
                )
            }
            Some(_) => {}
        }
        if campaign.call_to_action.trim().is_empty() {
            missing(
                &mut found,
                "call_to_action",
                said!("Say what people should do: the call to action."),
            );
        }

        if campaign.tactics.is_empty() {
            missing(
                &mut found,
                "add_tactic",
                said!("No tactics yet: say what the campaign will do."),
            );
        }
        for tactic in &campaign.tactics {
            let on = |field| Place::item(Part::Campaign, &tactic.id, field);
            match &tactic.profile {
                None => found.push(Finding::missing(
                    Rule::FieldMissing,
                    on("profile"),
                    said!("Choose the profile this tactic runs on."),
                )),
                Some(id) => match strategy.profile(id) {
                    None => found.push(
                        Finding::warning(
                            Rule::BrokenLink,
                            on("profile"),
                            said!("This tactic's profile was removed from the strategy."),
                        )
                        .suggest(said!("Choose another of the campaign's profiles.")),
                    ),
                    Some(profile) => {
                        if !campaign.profiles.contains(id) {
                            found.push(Finding::warning(
                                Rule::BrokenLink,
                                on("profile"),
                                said!(
                                    "The {} profile is no longer one the campaign runs on.",
                                    Said::value(profile.title())
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
                                        said!(
                                            "{} on the {} profile, whose purpose is {}, does not fit a campaign for {}.",
                                            Said::label(tactic.kind.label()),
                                            Said::value(profile.title()),
                                            purpose.in_a_sentence(),
                                            response.in_a_sentence()
                                        ),
                                    )
                                    .suggest(said!("Run it on a profile made for this kind of response, or add one to the strategy.")),
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
                    said!("Say what these ads will spend."),
                ));
            }
        }

        match campaign.budget {
            None => missing(
                &mut found,
                "budget",
                said!("Set a budget, even a small one: the return is judged against it."),
            ),
            Some(budget) => {
                let spend = campaign.paid_spend();
                if spend > budget {
                    found.push(
                        Finding::warning(
                            Rule::SpendOverBudget,
                            at("budget"),
                            said!(
                                "Paid tactics spend {}, more than the budget of {}.",
                                self.money(spend),
                                self.money(budget)
                            ),
                        )
                        .suggest(said!("Cut the ad spend or raise the budget.")),
                    );
                }
            }
        }
        match &campaign.owner {
            None => missing(&mut found, "owner", said!("Choose who owns the campaign.")),
            Some(id) if strategy.team.member(id).is_none() => broken(
                &mut found,
                "owner",
                said!("Its owner was removed from the team."),
            ),
            Some(_) => {}
        }
        found
    }
}

/// The links of a campaign's the strategy can lose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gone {
    Personas,
    Profiles,
}

/// "1 of its personas was removed from the strategy.", "2 of its profiles
/// were …": a count of links the strategy lost, in agreement with its verb.
pub fn gone_from_strategy(count: usize, things: Gone) -> Said {
    match things {
        Gone::Personas => said_n!(
            count,
            "{} of its personas was removed from the strategy.",
            "{} of its personas were removed from the strategy."
        ),
        Gone::Profiles => said_n!(
            count,
            "{} of its profiles was removed from the strategy.",
            "{} of its profiles were removed from the strategy."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{gone_from_strategy, Gone};

    #[test]
    fn lost_links_are_counted_with_the_verb_that_agrees() {
        assert_eq!(
            gone_from_strategy(1, Gone::Personas).to_string(),
            "1 of its personas was removed from the strategy."
        );
        assert_eq!(
            gone_from_strategy(3, Gone::Profiles).to_string(),
            "3 of its profiles were removed from the strategy."
        );
    }

    #[test]
    fn labels_inside_a_sentence_are_the_labels_in_lower_case() {
        use crate::plan::{PrimaryPurpose, ResponseKind, TargetedResponse};
        for purpose in PrimaryPurpose::ALL {
            let label = purpose.label().to_ascii_lowercase();
            assert_eq!(purpose.in_a_sentence().to_string(), label);
        }
        for kind in ResponseKind::ALL {
            let label = kind.label().to_ascii_lowercase();
            assert_eq!(kind.in_a_sentence().to_string(), label);
            for name in ["", " Sourdough Kits "] {
                let response = TargetedResponse {
                    kind,
                    name: name.into(),
                    target: None,
                    results: Vec::new(),
                };
                let described = response.describe().to_string().to_ascii_lowercase();
                assert_eq!(response.in_a_sentence().to_string(), described);
            }
        }
    }
}
