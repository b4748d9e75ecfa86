//! Rules for channels: every profile has one primary purpose, a handle, a
//! cadence, and a reason to be on its platform.

use super::audience::capitalised;
use super::{Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use crate::plan::wording::purposes_stated;

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Channels;
    if strategy.profiles.is_empty() {
        found.push(
            Finding::missing(
                Rule::PartEmpty,
                Place::part(part, "add"),
                "No profiles yet.",
            )
            .suggest("Add each account the brand will run, one per platform and purpose."),
        );
    }
    for (index, profile) in strategy.profiles.iter().enumerate() {
        let at = |field| Place::item(part, &profile.id, field);
        let this = format!("the {} profile", profile.title());
        if profile.handle.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("handle"),
                format!("Give {this} its handle or name."),
            ));
        }
        match profile.purpose {
            None => found.push(
                Finding::missing(
                    Rule::ProfileWithoutPurpose,
                    at("purpose"),
                    format!("Choose the one primary purpose of {this}."),
                )
                .suggest("Everything the profile posts should serve that purpose."),
            ),
            Some(purpose) => {
                if let Some(twin) = strategy.profiles[..index].iter().find(|other| {
                    other.purpose == Some(purpose) && other.platform.same_as(&profile.platform)
                }) {
                    found.push(
                        Finding::warning(
                            Rule::DuplicateProfile,
                            at("purpose"),
                            format!(
                                "{} has the same platform and purpose as {}: likely a duplicate.",
                                capitalised(&this),
                                twin.title()
                            ),
                        )
                        .suggest("Remove one, or give each a different purpose."),
                    );
                }
            }
        }
        let stated = purposes_stated(&profile.mission);
        if stated.len() > 1 {
            let names: Vec<&str> = stated.iter().map(|p| p.label()).collect();
            found.push(
                Finding::warning(
                    Rule::ProfileWithTwoPurposes,
                    at("mission"),
                    format!("The mission of {this} states {} purposes: {}.", stated.len(), names.join(", ")),
                )
                .suggest("A profile works best with one primary purpose. Give the second its own profile, as brands do with a separate support account."),
            );
        } else if let (Some(chosen), [said]) = (profile.purpose, stated.as_slice()) {
            if chosen != *said {
                found.push(
                    Finding::warning(
                        Rule::MissionAgainstPurpose,
                        at("mission"),
                        format!(
                            "The mission reads as {} but the primary purpose is {}.",
                            said.label().to_ascii_lowercase(),
                            chosen.label().to_ascii_lowercase()
                        ),
                    )
                    .suggest("Make them agree: change the purpose, or rewrite the mission."),
                );
            }
        }
        if profile.posts_per_week.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("posts_per_week"),
                format!("Say how many posts a week {this} will carry."),
            ));
        }
        if profile.fit.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("fit"),
                format!("Say why {this}'s platform fits the people it should reach."),
            ));
        }
        if profile.personas.is_empty() && !strategy.personas.is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("personas"),
                format!("Choose the personas {this} reaches."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fields, fields_in, of};
    use super::super::Rule;
    use crate::plan::{Platform, PrimaryPurpose, Profile, ProfileId, Strategy};

    fn profile(
        id: &str,
        platform: Platform,
        purpose: Option<PrimaryPurpose>,
        mission: &str,
    ) -> Profile {
        Profile {
            handle: format!("@{id}"),
            purpose,
            mission: mission.into(),
            posts_per_week: Some(3),
            fit: "Our buyers are here".into(),
            ..Profile::new(ProfileId::parse(id).unwrap(), platform)
        }
    }

    fn with(profiles: Vec<Profile>) -> Strategy {
        Strategy {
            profiles: profiles.into(),
            ..Strategy::default()
        }
    }

    #[test]
    fn a_profile_without_a_purpose_is_flagged() {
        let strategy = with(vec![profile("a", Platform::Instagram, None, "")]);
        assert_eq!(fields(&strategy, Rule::ProfileWithoutPurpose), ["purpose"]);
    }

    #[test]
    fn a_mission_stating_two_purposes_is_flagged() {
        let strategy = with(vec![profile(
            "a",
            Platform::X,
            Some(PrimaryPurpose::Branding),
            "Build the brand and answer customer support questions",
        )]);
        let found = of(&strategy, Rule::ProfileWithTwoPurposes);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("2 purposes"));
        assert!(found[0]
            .suggestion
            .as_deref()
            .unwrap()
            .contains("its own profile"));
    }

    #[test]
    fn a_mission_at_odds_with_the_chosen_purpose_is_flagged() {
        let strategy = with(vec![profile(
            "a",
            Platform::X,
            Some(PrimaryPurpose::Branding),
            "We answer support questions and fix problems fast",
        )]);
        assert_eq!(fields(&strategy, Rule::MissionAgainstPurpose), ["mission"]);
    }

    #[test]
    fn two_profiles_on_one_platform_with_one_purpose_are_a_likely_duplicate() {
        let strategy = with(vec![
            profile(
                "a",
                Platform::Instagram,
                Some(PrimaryPurpose::Educating),
                "",
            ),
            profile(
                "b",
                Platform::Instagram,
                Some(PrimaryPurpose::Educating),
                "",
            ),
            profile(
                "c",
                Platform::Instagram,
                Some(PrimaryPurpose::CustomerService),
                "",
            ),
            profile("d", Platform::LinkedIn, Some(PrimaryPurpose::Educating), ""),
        ]);
        let found = of(&strategy, Rule::DuplicateProfile);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.item.as_deref(), Some("b"));
    }

    #[test]
    fn unlisted_platforms_match_by_name_regardless_of_case() {
        let strategy = with(vec![
            profile(
                "a",
                Platform::Other("Substack".into()),
                Some(PrimaryPurpose::Educating),
                "",
            ),
            profile(
                "b",
                Platform::Other(" substack ".into()),
                Some(PrimaryPurpose::Educating),
                "",
            ),
        ]);
        assert_eq!(of(&strategy, Rule::DuplicateProfile).len(), 1);
    }

    #[test]
    fn a_purpose_with_no_profile_is_fine() {
        let strategy = with(vec![profile(
            "a",
            Platform::LinkedIn,
            Some(PrimaryPurpose::Educating),
            "Teach HR leads",
        )]);
        let found: Vec<_> = strategy
            .findings(super::super::testing::today())
            .into_iter()
            .filter(|f| f.place.part == super::super::Part::Channels)
            .collect();
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_profile_missing_handle_cadence_and_fit_is_incomplete() {
        let bare = Profile {
            purpose: Some(PrimaryPurpose::Branding),
            ..Profile::new(ProfileId::parse("a").unwrap(), Platform::TikTok)
        };
        assert_eq!(
            fields_in(
                &with(vec![bare]),
                super::super::Part::Channels,
                Rule::FieldMissing
            ),
            ["handle", "posts_per_week", "fit"]
        );
    }
}
