//! "Start from an example": a complete, realistic strategy for a small business,
//! with one deliberately vanity objective so the rules have something to show.

use super::content::Pillar;
use super::dates::DateRange;
use super::id::{
    EscalationId, KeyMessageId, KpiId, MemberId, ObjectiveId, PersonaId, PillarId, PlanId,
    PriorityId, ProfileId, ToolId,
};
use super::measurement::{Kpi, ReviewCadence};
use super::name::PlanName;
use super::objective::{BusinessFunction, Objective};
use super::persona::{Persona, Priority, PriorityKind};
use super::plan::Plan;
use super::profile::{Platform, PrimaryPurpose, Profile};
use super::response::{Escalation, Situation};
use super::story::KeyMessage;
use super::team::{Member, Tool};
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

/// Ids inside a plan only need to be unique within it; the example's are fixed
/// strings, valid by construction.
macro_rules! id {
    ($ty:ident, $text:literal) => {
        match $ty::parse($text) {
            Ok(id) => id,
            Err(_) => unreachable!(),
        }
    };
}

fn lines(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The example plan, its horizon starting on the first day of next month.
pub fn example_plan(id: PlanId, at: DateTime<Utc>, today: NaiveDate) -> Plan {
    let start = today
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(today);
    let month = |n: u32| start.checked_add_months(Months::new(n)).unwrap_or(start);
    let end = month(12).pred_opt().unwrap_or(start);
    let name = PlanName::parse("Example: Hearth & Crumb Bakery").unwrap_or_else(|_| unreachable!());

    let mut plan = Plan::new(id, name, at);
    plan.brand = "Hearth & Crumb, a neighbourhood bakery with two shops".into();
    plan.about = "Year one on social media: win wholesale accounts with local cafés, fill the weekend baking classes, and hire two bakers for the new shop.".into();

    let s = &mut plan.strategy;
    let (wholesale, classes, hiring, followers) = (
        id!(ObjectiveId, "o-wholesale"),
        id!(ObjectiveId, "o-classes"),
        id!(ObjectiveId, "o-hiring"),
        id!(ObjectiveId, "o-followers"),
    );
    s.objectives = vec![
        Objective {
            statement: "Win wholesale accounts with independent cafés".into(),
            function: Some(BusinessFunction::Sales),
            metric: "signed wholesale accounts".into(),
            baseline: Some(3.0),
            target: Some(12.0),
            deadline: Some(month(9)),
            ..Objective::new(wholesale.clone())
        },
        Objective {
            statement: "Fill the weekend baking classes".into(),
            function: Some(BusinessFunction::Marketing),
            metric: "class seats booked per month".into(),
            baseline: Some(20.0),
            target: Some(48.0),
            deadline: Some(month(6)),
            ..Objective::new(classes.clone())
        },
        Objective {
            statement: "Hire two bakers for the new shop".into(),
            function: Some(BusinessFunction::Recruiting),
            metric: "bakers hired".into(),
            baseline: Some(0.0),
            target: Some(2.0),
            deadline: Some(month(4)),
            ..Objective::new(hiring.clone())
        },
        Objective {
            statement: "Become the best-known bakery in town".into(),
            function: Some(BusinessFunction::Marketing),
            metric: "Instagram followers".into(),
            baseline: Some(1800.0),
            target: Some(5000.0),
            deadline: Some(month(11)),
            ..Objective::new(followers)
        },
    ]
    .into();

    let (cafe, parent, baker) = (
        id!(PersonaId, "u-cafe-owner"),
        id!(PersonaId, "u-weekend-learner"),
        id!(PersonaId, "u-baker"),
    );
    s.personas = vec![
        Persona {
            name: "Café owner Carla".into(),
            who: "Runs one or two independent cafés nearby; buys pastries daily.".into(),
            interests: lines(&["local sourcing", "what her regulars talk about", "margins"]),
            behaviours: lines(&[
                "checks Instagram after closing",
                "asks other owners for supplier tips",
            ]),
            pain_points: lines(&[
                "supplier deliveries that arrive late",
                "pastries that taste mass-produced",
            ]),
            online: "Instagram in the evening, a local hospitality Facebook group".into(),
            ..Persona::new(cafe.clone())
        },
        Persona {
            name: "Weekend learner Will".into(),
            who: "A 30-something who wants a hands-on hobby and a gift idea.".into(),
            interests: lines(&["sourdough", "food videos", "experiences as gifts"]),
            behaviours: lines(&["saves recipes", "books activities a week or two ahead"]),
            pain_points: lines(&["recipes that fail at home with no one to ask why"]),
            online: "Instagram and TikTok, mostly in the evening".into(),
            ..Persona::new(parent.clone())
        },
        Persona {
            name: "Baker Bea".into(),
            who: "A trained baker in a supermarket bakery, tired of night shifts.".into(),
            interests: lines(&["craft baking", "better hours"]),
            behaviours: lines(&[
                "browses job posts on her phone",
                "follows bakeries she admires",
            ]),
            pain_points: lines(&["night shifts", "no room to learn craft techniques"]),
            online: "Instagram, Facebook jobs groups".into(),
            ..Persona::new(baker.clone())
        },
    ]
    .into();
    s.priorities = vec![
        Priority {
            kind: PriorityKind::Person,
            name: "The 15 cafés within two miles".into(),
            why: "Every one is a possible daily wholesale order.".into(),
            ..Priority::new(id!(PriorityId, "r-cafes"))
        },
        Priority {
            kind: PriorityKind::Topic,
            name: "Real bread and where it comes from".into(),
            why: "The conversation where the bakery's craft stands out.".into(),
            ..Priority::new(id!(PriorityId, "r-bread"))
        },
    ]
    .into();

    let (maya, leo) = (id!(MemberId, "e-maya"), id!(MemberId, "e-leo"));
    let (instagram, facebook, linkedin) = (
        id!(ProfileId, "c-instagram"),
        id!(ProfileId, "c-facebook"),
        id!(ProfileId, "c-linkedin"),
    );
    s.profiles = vec![
        Profile {
            handle: "@hearthandcrumb".into(),
            purpose: Some(PrimaryPurpose::PromotingProducts),
            mission: "Show the bakes, the classes and the wholesale range so people order and book.".into(),
            posts_per_week: Some(5),
            fit: "Carla and Will both scroll Instagram in the evening; bread is made to be photographed.".into(),
            personas: vec![cafe.clone(), parent.clone()],
            owner: Some(maya.clone()),
            approver: Some(leo.clone()),
            updates: "Maya posts weekdays at 7pm; Leo approves the week's posts on Monday.".into(),
            response_hours: Some(4),
            ..Profile::new(instagram, Platform::Instagram)
        },
        Profile {
            handle: "Hearth & Crumb Bakery".into(),
            purpose: Some(PrimaryPurpose::CustomerService),
            mission: "Answer questions about orders, opening hours and allergens.".into(),
            posts_per_week: Some(1),
            fit: "Local customers already message the page to ask about orders.".into(),
            personas: vec![parent.clone()],
            owner: Some(maya.clone()),
            updates: "Maya checks messages at 8am and 2pm; hours and closures posted on Fridays.".into(),
            response_hours: Some(2),
            ..Profile::new(facebook, Platform::Facebook)
        },
        Profile {
            handle: "Hearth & Crumb".into(),
            purpose: Some(PrimaryPurpose::Branding),
            mission: "Show what it is like to bake here, so good bakers want to join.".into(),
            posts_per_week: Some(1),
            fit: "Where bakers looking for a better job see the team and its craft.".into(),
            personas: vec![baker.clone()],
            owner: Some(leo.clone()),
            updates: "Leo posts on Wednesdays.".into(),
            response_hours: Some(24),
            ..Profile::new(linkedin, Platform::LinkedIn)
        },
    ]
    .into();

    s.story.positioning = "The neighbourhood's real bakery: slow-fermented bread and honest pastries, made by people you can watch at work.".into();
    s.story.key_messages = vec![
        KeyMessage {
            text: "Baked here this morning, from flour milled in the county.".into(),
            ..KeyMessage::new(id!(KeyMessageId, "k-fresh"))
        },
        KeyMessage {
            text: "Your café's pastries can taste this good too.".into(),
            ..KeyMessage::new(id!(KeyMessageId, "k-wholesale"))
        },
        KeyMessage {
            text: "Anyone can learn to bake real bread: we'll show you.".into(),
            ..KeyMessage::new(id!(KeyMessageId, "k-classes"))
        },
    ];
    s.story.voice = "Warm, plain-spoken and a little floury: we explain, we never boast.".into();
    s.story.words_to_use = lines(&["slow", "real", "neighbourhood", "from scratch"]);
    s.story.words_to_avoid = lines(&["artisanal", "luxury", "world-class"]);

    s.content.pillars = vec![
        Pillar {
            name: "From our ovens".into(),
            description: "Today's bakes and the wholesale range, with the story behind each."
                .into(),
            objectives: vec![wholesale.clone()],
            personas: vec![cafe.clone()],
            share: Some(40.0),
            ..Pillar::new(id!(PillarId, "l-ovens"))
        },
        Pillar {
            name: "Bake with us".into(),
            description: "Tips, short videos and class highlights.".into(),
            objectives: vec![classes.clone()],
            personas: vec![parent.clone()],
            share: Some(35.0),
            ..Pillar::new(id!(PillarId, "l-classes"))
        },
        Pillar {
            name: "Behind the counter".into(),
            description: "The team, the early mornings, and the craft.".into(),
            objectives: vec![hiring.clone()],
            personas: vec![baker.clone()],
            share: Some(25.0),
            ..Pillar::new(id!(PillarId, "l-team"))
        },
    ];
    s.content.formats = lines(&["Reels", "Carousels", "Stories", "Photo posts"]);
    s.content.minutes_per_post = Some(45);

    s.team.members = vec![
        Member {
            name: "Maya".into(),
            role: "Shop manager, runs social".into(),
            hours_per_week: Some(6.0),
            training: "Short-form video editing".into(),
            ..Member::new(maya.clone())
        },
        Member {
            name: "Leo".into(),
            role: "Owner and head baker".into(),
            hours_per_week: Some(2.0),
            training: "Answering reviews and complaints in public".into(),
            ..Member::new(leo.clone())
        },
    ];
    s.team.tools = vec![
        Tool {
            name: "A scheduling app".into(),
            used_for: "Planning and scheduling the week's posts".into(),
            ..Tool::new(id!(ToolId, "x-scheduler"))
        },
        Tool {
            name: "Phone and a small tripod".into(),
            used_for: "Photos and videos in the bakehouse".into(),
            ..Tool::new(id!(ToolId, "x-phone"))
        },
    ];

    s.response.escalations = vec![
        Escalation {
            situation: "An allergy or food safety concern".into(),
            to: Some(leo.clone()),
            how: "Call the customer the same day; never discuss details in public.".into(),
            ..Escalation::new(id!(EscalationId, "s-safety"))
        },
        Escalation {
            situation: "A wholesale enquiry".into(),
            to: Some(leo.clone()),
            how: "Move it to email within a day and offer a tasting.".into(),
            ..Escalation::new(id!(EscalationId, "s-wholesale"))
        },
    ];
    let guidelines = &mut s.response.guidelines;
    guidelines.set(Situation::Complaint, "Thank them, apologise once without excuses, offer to make it right, and take the details to a private message.".into());
    guidelines.set(
        Situation::Question,
        "Answer in the thread so others see it; link to the order page when it helps.".into(),
    );
    guidelines.set(
        Situation::Praise,
        "Thank them by name and share it to Stories when they are happy for us to.".into(),
    );
    guidelines.set(Situation::Crisis, "Pause scheduled posts, tell Leo at once, and post one short holding statement he approves.".into());

    s.measurement.horizon = DateRange::new(start, end).ok();
    s.measurement.integration = "Feeds the shop's marketing plan: the wholesale pipeline goes into the monthly sales review, class bookings into the events calendar.".into();
    s.measurement.kpis = vec![
        Kpi {
            name: "Wholesale tastings booked from social".into(),
            objective: Some(wholesale),
            target: Some(30.0),
            review: Some(ReviewCadence::Monthly),
            ..Kpi::new(id!(KpiId, "i-tastings"))
        },
        Kpi {
            name: "Class bookings from Instagram links".into(),
            objective: Some(classes),
            target: Some(25.0),
            review: Some(ReviewCadence::Monthly),
            ..Kpi::new(id!(KpiId, "i-bookings"))
        },
        Kpi {
            name: "Baker applications mentioning our posts".into(),
            objective: Some(hiring),
            target: Some(10.0),
            review: Some(ReviewCadence::Quarterly),
            ..Kpi::new(id!(KpiId, "i-applications"))
        },
    ];
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{PartStatus, Rule, Severity};

    fn example() -> Plan {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        example_plan(PlanId::parse("ex").unwrap(), DateTime::default(), today)
    }

    #[test]
    fn the_example_is_complete_but_for_its_deliberate_vanity_objective() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let findings = example().strategy.findings(today);
        assert!(
            findings.iter().all(|f| f.severity == Severity::Warning),
            "{findings:?}"
        );
        let rules: Vec<Rule> = findings.iter().map(|f| f.rule).collect();
        assert_eq!(rules, [Rule::VanityObjective]);
        let readiness = example().strategy.readiness(today);
        assert_eq!(readiness[0].status, PartStatus::Warnings);
        assert!(readiness[1..]
            .iter()
            .all(|r| r.status == PartStatus::Complete));
    }

    #[test]
    fn the_example_horizon_is_a_year_from_next_month() {
        let horizon = example().strategy.measurement.horizon.unwrap();
        assert_eq!(
            horizon.start(),
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert_eq!(
            horizon.end(),
            NaiveDate::from_ymd_opt(2027, 11, 30).unwrap()
        );
    }

    #[test]
    fn the_example_opens_campaign_planning() {
        assert!(example().campaign_blockers().is_empty());
    }
}
