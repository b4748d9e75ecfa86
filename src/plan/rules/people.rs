//! Rules for people and tools: every profile owned, and no one asked for more
//! hours than they have.

use super::{called, Finding, Part, Place, Rule};
use crate::plan::strategy::Strategy;
use crate::plan::{said, Member, Said};

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::People;
    let team = &strategy.team;
    if team.members.is_empty() {
        found.push(
            Finding::missing(
                Rule::PartEmpty,
                Place::part(part, "add"),
                said!("No team members yet."),
            )
            .suggest(said!(
                "List who will run the profiles, with the hours each can give a week."
            )),
        );
    }
    for member in &team.members {
        if member.name.trim().is_empty() {
            found.push(Finding::missing(
                Rule::FieldMissing,
                Place::item(part, &member.id, "name"),
                said!("Name this team member."),
            ));
        }
    }
    for profile in &strategy.profiles {
        let at = |field| Place::item(part, &profile.id, field);
        let owned = profile.owner.as_ref().and_then(|id| team.member(id));
        match owned {
            None => found.push(
                Finding::missing(
                    Rule::ProfileWithoutOwner,
                    at("owner"),
                    said!("No one owns the {} profile.", Said::value(profile.title())),
                )
                .suggest(said!("Every profile needs one person responsible for it.")),
            ),
            Some(_) if profile.updates.trim().is_empty() => found.push(Finding::missing(
                Rule::FieldMissing,
                at("updates"),
                said!(
                    "Say when the {} profile is updated: the conversation calendar.",
                    Said::value(profile.title())
                ),
            )),
            Some(_) => {}
        }
    }
    if team.tools.is_empty() {
        found.push(Finding::missing(
            Rule::PartEmpty,
            Place::part(part, "add_tool"),
            said!("No tools listed yet."),
        ));
    }
    for tool in &team.tools {
        if tool.role.is_none() {
            found.push(Finding::missing(
                Rule::ToolWithoutRole,
                Place::item(part, &tool.id, "role"),
                said!(
                    "Say whether {} is used to publish and engage, or to measure.",
                    called("this tool", "the tool “{}”", &tool.name)
                ),
            ));
        }
    }
    let roles: Vec<_> = team.tools.iter().filter_map(|t| t.role).collect();
    if !roles.is_empty() && !roles.iter().any(|r| r.measures()) {
        found.push(
            Finding::warning(
                Rule::NoMeasuringTool,
                Place::part(part, "add_tool"),
                said!("Every tool listed publishes; none measures the results."),
            )
            .suggest(said!("Add the tool the figures come from, apart from the ones that publish: web analytics, the till or the CRM, a survey.")),
        );
    }
    staffing(strategy, found);
}

/// Posts a week times minutes a post, summed over the profiles each person owns,
/// against the hours they have. Judged only where all three are given.
fn staffing(strategy: &Strategy, found: &mut Vec<Finding>) {
    let Some(minutes) = strategy.content.minutes_per_post else {
        return;
    };
    for member in &strategy.team.members {
        let Some(hours) = member.hours_per_week else {
            continue;
        };
        let posts: u32 = strategy
            .profiles
            .iter()
            .filter(|p| p.owner.as_ref() == Some(&member.id))
            .filter_map(|p| p.posts_per_week)
            .sum();
        let needed = f64::from(posts) * f64::from(minutes) / 60.0;
        if needed > hours {
            found.push(
                Finding::warning(
                    Rule::CadenceUnstaffed,
                    Place::item(Part::People, &member.id, "hours"),
                    said!(
                        "{} owns profiles needing about {} hours a week ({} posts × {} min) but has {}.",
                        named(member),
                        Said::Figure((needed * 10.0).round() / 10.0),
                        Said::value(posts),
                        Said::value(minutes),
                        Said::Figure(hours)
                    ),
                )
                .suggest(said!("Post less often, share the profiles out, or give this person more hours.")),
            );
        }
    }
}

/// A team member by name, or "Unnamed team member" (said in the language
/// shown) while the name is blank: `Member::title` in words to say.
fn named(member: &Member) -> Said {
    match member.name.trim() {
        "" => said!("Unnamed team member"),
        name => Said::value(name),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fields, of};
    use super::super::{Rule, Severity};
    use crate::plan::{
        Member, MemberId, Platform, Profile, ProfileId, Strategy, Tool, ToolId, ToolRole,
    };

    fn tool(id: &str, name: &str, role: Option<ToolRole>) -> Tool {
        Tool {
            name: name.into(),
            role,
            ..Tool::new(ToolId::parse(id).unwrap())
        }
    }

    fn with_tools(tools: Vec<Tool>) -> Strategy {
        let mut strategy = Strategy::default();
        strategy.team.tools = tools;
        strategy
    }

    #[test]
    fn tools_must_be_chosen() {
        let found = of(&Strategy::default(), Rule::PartEmpty);
        assert!(found
            .iter()
            .any(|f| f.place.field == "add_tool" && f.severity == Severity::Missing));
        let listed = with_tools(vec![tool("x1", "Plausible", Some(ToolRole::Measuring))]);
        assert!(!of(&listed, Rule::PartEmpty)
            .iter()
            .any(|f| f.place.field == "add_tool"));
    }

    #[test]
    fn each_tool_says_whether_it_publishes_or_measures() {
        let strategy = with_tools(vec![
            tool("x1", "Buffer", None),
            tool("x2", "Plausible", Some(ToolRole::Measuring)),
        ]);
        let found = of(&strategy, Rule::ToolWithoutRole);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.item.as_deref(), Some("x1"));
        assert_eq!(
            found[0].message.to_string(),
            "Say whether the tool “Buffer” is used to publish and engage, or to measure."
        );
    }

    #[test]
    fn tools_that_only_publish_are_warned_that_nothing_measures() {
        let publishing = with_tools(vec![
            tool("x1", "Buffer", Some(ToolRole::Publishing)),
            tool("x2", "Canva", Some(ToolRole::Publishing)),
        ]);
        assert_eq!(fields(&publishing, Rule::NoMeasuringTool), ["add_tool"]);
        for role in [ToolRole::Measuring, ToolRole::Both] {
            let mut strategy = publishing.clone();
            strategy.team.tools.push(tool("x3", "GA4", Some(role)));
            assert!(of(&strategy, Rule::NoMeasuringTool).is_empty(), "{role:?}");
        }
        // Nothing is said before any role is given.
        assert!(of(
            &with_tools(vec![tool("x1", "Buffer", None)]),
            Rule::NoMeasuringTool
        )
        .is_empty());
    }

    #[test]
    fn an_owned_profile_says_who_updates_it_and_when() {
        let mut profile = owned("a", "e1", 3);
        profile.updates = "  ".into();
        let strategy = team(vec![profile], vec![member("e1", None)], None);
        let found = of(&strategy, Rule::FieldMissing);
        assert!(
            found.iter().any(|f| f.place.field == "updates"
                && f.message.to_string().contains("the conversation calendar")),
            "{found:?}"
        );
        let strategy = team(vec![owned("a", "e1", 3)], vec![member("e1", None)], None);
        assert!(!of(&strategy, Rule::FieldMissing)
            .iter()
            .any(|f| f.place.field == "updates"));
    }

    fn member(id: &str, hours: Option<f64>) -> Member {
        Member {
            name: "Dana".into(),
            hours_per_week: hours,
            ..Member::new(MemberId::parse(id).unwrap())
        }
    }

    fn owned(id: &str, owner: &str, posts: u32) -> Profile {
        Profile {
            owner: Some(MemberId::parse(owner).unwrap()),
            posts_per_week: Some(posts),
            updates: "Weekdays at 9".into(),
            ..Profile::new(ProfileId::parse(id).unwrap(), Platform::Instagram)
        }
    }

    fn team(profiles: Vec<Profile>, members: Vec<Member>, minutes: Option<u32>) -> Strategy {
        let mut strategy = Strategy {
            profiles: profiles.into(),
            ..Strategy::default()
        };
        strategy.team.members = members;
        strategy.content.minutes_per_post = minutes;
        strategy
    }

    #[test]
    fn a_cadence_past_the_owners_hours_is_warned_with_the_sum() {
        let strategy = team(
            vec![owned("a", "e1", 7), owned("b", "e1", 5)],
            vec![member("e1", Some(4.0))],
            Some(30),
        );
        let found = of(&strategy, Rule::CadenceUnstaffed);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .to_string()
                .contains("about 6 hours a week (12 posts × 30 min) but has 4"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_cadence_within_the_hours_is_fine() {
        let strategy = team(
            vec![owned("a", "e1", 4)],
            vec![member("e1", Some(2.0))],
            Some(30),
        );
        assert!(of(&strategy, Rule::CadenceUnstaffed).is_empty());
    }

    #[test]
    fn staffing_is_judged_only_where_minutes_and_hours_are_given() {
        let no_minutes = team(
            vec![owned("a", "e1", 50)],
            vec![member("e1", Some(1.0))],
            None,
        );
        assert!(of(&no_minutes, Rule::CadenceUnstaffed).is_empty());
        let no_hours = team(
            vec![owned("a", "e1", 50)],
            vec![member("e1", None)],
            Some(60),
        );
        assert!(of(&no_hours, Rule::CadenceUnstaffed).is_empty());
    }

    #[test]
    fn a_profile_with_no_owner_or_a_removed_owner_is_flagged() {
        let strategy = team(vec![owned("a", "gone", 1)], vec![member("e1", None)], None);
        assert_eq!(fields(&strategy, Rule::ProfileWithoutOwner), ["owner"]);
    }
}
