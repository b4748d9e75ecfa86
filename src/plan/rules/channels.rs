//! Rules for channels: every profile has one primary purpose, a handle, a
//! cadence, and a reason to be on its platform.

use super::{Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use crate::plan::wording::purposes_stated;
use crate::plan::{said, Said};

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Channels;
    if strategy.profiles.is_empty() {
        found.push(
            Finding::missing(
                Rule::PartEmpty,
                Place::part(part, "add"),
                said!("No profiles yet."),
            )
            .suggest(said!(
                "Add each account the brand will run, one per platform and purpose."
            )),
        );
    }
    for (index, profile) in strategy.profiles.iter().enumerate() {
        let at = |field| Place::item(part, &profile.id, field);
        let title = Said::value(profile.title());
        let this = said!("the {} profile", &title);
        if profile.handle.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("handle"),
                said!("Give {} its handle or name.", &this),
            ));
        }
        match profile.purpose {
            None => found.push(
                Finding::missing(
                    Rule::ProfileWithoutPurpose,
                    at("purpose"),
                    said!("Choose the one primary purpose of {}.", &this),
                )
                .suggest(said!(
                    "Everything the profile posts should serve that purpose."
                )),
            ),
            Some(purpose) => {
                if let Some(twin) = strategy.profiles[..index].iter().find(|other| {
                    other.purpose == Some(purpose) && other.platform.same_as(&profile.platform)
                }) {
                    found.push(
                        Finding::warning(
                            Rule::DuplicateProfile,
                            at("purpose"),
                            said!(
                                "{} has the same platform and purpose as {}: likely a duplicate.",
                                said!("The {} profile", &title),
                                Said::value(twin.title())
                            ),
                        )
                        .suggest(said!("Remove one, or give each a different purpose.")),
                    );
                }
            }
        }
        let stated = purposes_stated(&profile.mission);
        if stated.len() > 1 {
            let names = stated
                .iter()
                .rev()
                .map(|p| Said::label(p.label()))
                .reduce(|rest, name| said!("{}, {}", name, rest))
                .unwrap_or(Said::Value(String::new()));
            found.push(
                Finding::warning(
                    Rule::ProfileWithTwoPurposes,
                    at("mission"),
                    said!("The mission of {} states {} purposes: {}.", &this, Said::Number(stated.len()), names),
                )
                .suggest(said!("A profile works best with one primary purpose. Give the second its own profile, as brands do with a separate support account.")),
            );
        } else if let (Some(chosen), [said]) = (profile.purpose, stated.as_slice()) {
            if chosen != *said {
                found.push(
                    Finding::warning(
                        Rule::MissionAgainstPurpose,
                        at("mission"),
                        said!(
                            "The mission reads as {} but the primary purpose is {}.",
                            said.in_a_sentence(),
                            chosen.in_a_sentence()
                        ),
                    )
                    .suggest(said!(
                        "Make them agree: change the purpose, or rewrite the mission."
                    )),
                );
            }
        }
        if profile.posts_per_week.is_none() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("posts_per_week"),
                said!("Say how many posts a week {} will carry.", &this),
            ));
        }
        if profile.fit.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("fit"),
                said!(
                    "Say why {}'s platform fits the people it should reach.",
                    &this
                ),
            ));
        }
        if profile.personas.is_empty() && !strategy.personas.is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                at("personas"),
                said!("Choose the personas {} reaches.", &this),
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
        assert_eq!(
            found[0].message.to_string(),
            "The mission of the X (Twitter) @a profile states 2 purposes: Branding, Customer service."
        );
        assert!(found[0]
            .suggestion
            .as_ref()
            .unwrap()
            .to_string()
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
        assert_eq!(
            of(&strategy, Rule::MissionAgainstPurpose)[0]
                .message
                .to_string(),
            "The mission reads as customer service but the primary purpose is branding."
        );
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
