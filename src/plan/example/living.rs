//! The example's life around the day it is made: three campaigns (one
//! finished with its results, one running, one next), twelve weeks of posts
//! and tasks from six weeks back, a weekly series, the results reached so
//! far, what was learned from them and the last review. Every date is
//! counted from `today`, handed in.

use super::super::calendar::{Post, PostContent, PostStatus, Recurrence, Series, Task, TaskKind};
use super::super::campaign::TargetedResponse;
use super::super::campaign::{Campaign, CampaignMessage, ResponseKind, Tactic, TacticKind};
use super::super::dates::DateRange;
use super::super::id::*;
use super::super::learning::{Insight, InsightSource, Review};
use super::super::piece::Piece;
use super::super::plan::Plan;
use super::super::results::Reading;
use super::super::rules::Part;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use std::collections::BTreeSet;
use std::rc::Rc;

/// An id of the example's own, all of them valid.
fn id<T>(made: Result<T, IdError>) -> T {
    made.unwrap_or_else(|_| unreachable!("the example's ids are valid"))
}

/// The Monday of the week `weeks` after the one of `today`, plus `days`.
fn day(today: NaiveDate, weeks: i64, days: i64) -> NaiveDate {
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    monday + Duration::days(weeks * 7 + days)
}

fn range(today: NaiveDate, from: (i64, i64), to: (i64, i64)) -> DateRange {
    let (start, end) = (day(today, from.0, from.1), day(today, to.0, to.1));
    DateRange::new(start, end).unwrap_or(DateRange::day(start))
}

fn time(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default()
}

/// Where a post made for `on` stands on `today`: out when it is past, then
/// scheduled, ready, drafted and an idea the further off it is.
fn status(on: NaiveDate, today: NaiveDate) -> PostStatus {
    match (on - today).num_days() {
        ..=-1 => PostStatus::Published,
        0..=7 => PostStatus::Scheduled,
        8..=14 => PostStatus::Ready,
        15..=21 => PostStatus::Draft,
        _ => PostStatus::Idea,
    }
}

/// The weeks the example's tasks cover, from the week of `today`; its posts
/// begin with the horizon, on the first of the month of the first of them.
const WEEKS: std::ops::RangeInclusive<i64> = -6..=5;

/// The first day of the example's horizon: the first of the month its
/// weeks begin in, so that the finished campaign falls inside it.
pub fn horizon_start(today: NaiveDate) -> NaiveDate {
    let first = day(today, *WEEKS.start(), 0);
    first.with_day(1).unwrap_or(first)
}

/// A post's id: its day and where it goes.
fn post_key(on: NaiveDate, profile: &str) -> String {
    format!("p-{}-{profile}", on.format("%Y%m%d"))
}

/// The finished, the running and the next campaign: their ids and weeks.
const TASTINGS: (&str, i64, i64) = ("m-tastings", -6, -3);
const CLASSES: (&str, i64, i64) = ("m-winter-classes", -1, 3);
const HIRING: (&str, i64, i64) = ("m-hiring", 4, 7);

/// The campaign of `choices` whose weeks hold `week`, if any.
fn campaign_of(week: i64, choices: &[(&str, i64, i64)]) -> Option<CampaignId> {
    choices
        .iter()
        .find(|(_, from, to)| (*from..=*to).contains(&week))
        .map(|(key, _, _)| id(CampaignId::parse(key)))
}

/// Words for the bakery's posts, by pillar: cycled through the weeks.
const OVENS: [(&str, &str); 8] = [
    ("Tonight's loaf: a rye that took 36 hours, from the county mill's flour. Out of the oven at 6am.", "Photo: the rye, cut, on the counter"),
    ("Morning buns, laminated by hand. The first tray always goes to the early regulars.", "Reel: 15 seconds of the lamination"),
    ("Why our sourdough has a dark crust: a hot oven, a long bake and no shortcuts.", "Photo: three crusts, pale to dark"),
    ("Seeded spelt is back on the shelf, in half loaves too for smaller households.", ""),
    ("What a café counter looks like with our croissants on it. Ask us for the wholesale list.", "Photo: a partner café's counter"),
    ("The cardamom knots everyone asks about: twisted, proved overnight, baked at dawn.", "Reel: twisting the knots"),
    ("Flour from the county mill, water, salt and time: the whole recipe of our country loaf.", ""),
    ("Saturday's focaccia: rosemary from the shop garden, sea salt and plenty of oil.", "Photo: focaccia from above"),
];
const CLASS_POSTS: [(&str, &str); 6] = [
    ("Two seats left in Saturday's sourdough class. Bring an apron: we bring the starter.", ""),
    ("What you take home from a class: your own loaf, a jar of starter and the confidence to do it again.", "Photo: a student's loaf"),
    ("Shaping is the hardest part. In class we do it together, six times, until it clicks.", "Reel: hands shaping a boule"),
    ("A first loaf from last weekend's class. Crumb shots welcome in the comments!", "Photo: the crumb"),
    ("Give a class this winter: vouchers are at the counter and online.", ""),
    ("Pizza-dough morning for children, Sunday at 10. Small hands, big mess, proper dough.", "Photo: flour everywhere"),
];
const TEAM_POSTS: [&str; 6] = [
    "What a baker's week looks like at Hearth & Crumb: four days, early starts and a long weekend.",
    "How we train new bakers: six weeks alongside Leo, one bread at a time.",
    "Slow fermentation is slower work, not harder work. Our bakers explain the difference.",
    "Why we pay for the county mill's flour, and what it means for the people who bake with it.",
    "The whiteboard where we plan tomorrow's bake, and who decides what goes on it.",
    "We are hiring two bakers for the new shop. Here is what the job is, and what it is not.",
];

const CLASSES_LINK: &str = "https://hearthandcrumb.example/classes";
const WHOLESALE_LINK: &str = "https://hearthandcrumb.example/wholesale";
const JOBS_LINK: &str = "https://hearthandcrumb.example/jobs";

/// Adds the campaigns, the calendar, the results, the insights and the
/// review to `plan`, whose strategy is the example's, around `today`.
pub fn bring_to_life(plan: &mut Plan, today: NaiveDate) {
    plan.campaigns = Piece::new(campaigns(today).into_iter().map(Piece::new).collect());
    posts(plan, today);
    tasks(plan, today);
    plan.calendar.series.push(Series {
        id: id(SeriesId::parse("r-weekend-hours")),
        content: PostContent {
            profile: Some(id(ProfileId::parse("c-facebook"))),
            copy: "This weekend: open Saturday 7am to 4pm, Sunday 8am to 1pm. Orders for collection by Thursday noon, by message or at the counter.".into(),
            owner: Some(id(MemberId::parse("e-maya"))),
            status: PostStatus::Scheduled,
            ..PostContent::default()
        },
        time: time(9, 0),
        rule: Recurrence::Weekly(vec![Weekday::Fri]),
        days: plan
            .strategy
            .measurement
            .horizon
            .unwrap_or(range(today, (-6, 0), (5, 6))),
        skipped: BTreeSet::new(),
    });
    results(plan, today);
    learning(plan, today);
}

fn campaigns(today: NaiveDate) -> Vec<Campaign> {
    let person = |key| id(PersonaId::parse(key));
    let profile = |key| Some(id(ProfileId::parse(key)));
    let tactic = |key, kind, description: &str, on: Option<ProfileId>, spend, actual| Tactic {
        id: id(TacticId::parse(key)),
        kind,
        description: description.into(),
        profile: on,
        spend,
        actual_spend: actual,
    };
    let weeks = |(_, from, to): (&str, i64, i64)| range(today, (from, 0), (to, 6));
    let readings = |values: &[(i64, i64, f64)]| -> Vec<Reading> {
        values
            .iter()
            .map(|&(week, days, value)| Reading {
                day: day(today, week, days),
                value,
            })
            .filter(|r| r.day <= today)
            .collect()
    };
    vec![
        Campaign {
            id: id(CampaignId::parse(TASTINGS.0)),
            name: "Café tasting month".into(),
            dates: weeks(TASTINGS),
            objective: Some(id(ObjectiveId::parse("o-wholesale"))),
            response: Some(TargetedResponse {
                kind: ResponseKind::Leads,
                name: String::new(),
                target: Some(12.0),
                results: readings(&[(-5, 0, 3.0), (-4, 0, 7.0), (-3, 0, 11.0), (-3, 6, 14.0)]),
            }),
            personas: vec![person("u-cafe-owner")],
            profiles: vec![id(ProfileId::parse("c-instagram"))],
            message: Some(CampaignMessage::FromStrategy(id(KeyMessageId::parse("k-wholesale")))),
            call_to_action: "Book a free tasting for your café".into(),
            offer: "A tasting box of six pastries, delivered free".into(),
            tactics: vec![
                tactic("t-tasting-reels", TacticKind::Content, "Reels of the morning bake, ending on a partner café's counter", profile("c-instagram"), None, None),
                tactic("t-tasting-ads", TacticKind::PaidAds, "Ads to café owners within five miles", profile("c-instagram"), Some(200.0), Some(180.0)),
                tactic("t-tasting-partners", TacticKind::Partnership, "Two partner cafés tell their story", profile("c-instagram"), Some(0.0), Some(0.0)),
            ],
            owner: Some(id(MemberId::parse("e-leo"))),
            budget: Some(300.0),
            expected_return: Some(2400.0),
            actual_return: Some(3100.0),
            other_costs: Some(60.0),
            notes: "Fourteen tastings, five new accounts. Reels did the work; the ads mostly reached bakeries.".into(),
            archived: false,
        },
        Campaign {
            id: id(CampaignId::parse(CLASSES.0)),
            name: "Winter bread classes".into(),
            dates: weeks(CLASSES),
            objective: Some(id(ObjectiveId::parse("o-classes"))),
            response: Some(TargetedResponse {
                kind: ResponseKind::EventAttendance,
                name: String::new(),
                target: Some(48.0),
                results: readings(&[(-1, 3, 6.0), (0, 0, 13.0), (1, 0, 21.0), (2, 0, 30.0)]),
            }),
            personas: vec![person("u-weekend-learner")],
            profiles: vec![id(ProfileId::parse("c-instagram"))],
            message: Some(CampaignMessage::FromStrategy(id(KeyMessageId::parse("k-classes")))),
            call_to_action: "Book a seat in a Saturday class".into(),
            offer: "Bring a friend for half price".into(),
            tactics: vec![
                tactic("t-class-posts", TacticKind::Content, "Class moments twice a week: shaping, first loaves, students' crumb", profile("c-instagram"), None, None),
                tactic("t-class-ads", TacticKind::PaidAds, "Ads to people who follow local food pages", profile("c-instagram"), Some(150.0), None),
            ],
            owner: Some(id(MemberId::parse("e-maya"))),
            budget: Some(250.0),
            expected_return: Some(1800.0),
            actual_return: None,
            other_costs: None,
            notes: String::new(),
            archived: false,
        },
        Campaign {
            id: id(CampaignId::parse(HIRING.0)),
            name: "Bake with us: two bakers for the new shop".into(),
            dates: weeks(HIRING),
            objective: Some(id(ObjectiveId::parse("o-hiring"))),
            response: Some(TargetedResponse {
                kind: ResponseKind::Other,
                name: "Applications from bakers".into(),
                target: Some(10.0),
                results: Vec::new(),
            }),
            personas: vec![person("u-baker")],
            profiles: vec![id(ProfileId::parse("c-linkedin")), id(ProfileId::parse("c-instagram"))],
            message: Some(CampaignMessage::Own("Bake real bread at sane hours, with people who care how it is made.".into())),
            call_to_action: "Apply with a photo of a bake you are proud of".into(),
            offer: "Four-day weeks and paid training".into(),
            tactics: vec![
                tactic("t-hiring-posts", TacticKind::Content, "A day in the bakehouse, told by the bakers", profile("c-linkedin"), None, None),
                tactic("t-hiring-school", TacticKind::Partnership, "The baking school's job board and newsletter", profile("c-linkedin"), Some(50.0), None),
            ],
            owner: Some(id(MemberId::parse("e-leo"))),
            budget: Some(100.0),
            expected_return: None,
            actual_return: None,
            other_costs: None,
            notes: String::new(),
            archived: false,
        },
    ]
}

/// Five Instagram posts a week in the evening, one on LinkedIn on
/// Wednesday at lunchtime, in the pillars' proportions; those in a
/// campaign's weeks are its posts.
fn posts(plan: &mut Plan, today: NaiveDate) {
    let instagram = id(ProfileId::parse("c-instagram"));
    let linkedin = id(ProfileId::parse("c-linkedin"));
    let (maya, leo) = (id(MemberId::parse("e-maya")), id(MemberId::parse("e-leo")));
    let pillar = |key| Some(id(PillarId::parse(key)));
    let start = horizon_start(today);
    let first = -(day(today, 0, 0) - day(start, 0, 0)).num_weeks();
    let (mut ovens, mut classes, mut team) = (0usize, 0usize, 0usize);
    for week in first..=*WEEKS.end() {
        // Monday to Friday: the bake, a class, the bake, a class, then the
        // team every other week.
        for weekday in 0..5 {
            let on = day(today, week, weekday);
            if on < start {
                continue;
            }
            let (copy, media, pillar, link, campaign) = match weekday {
                1 | 3 => {
                    let (copy, media) = CLASS_POSTS[classes % CLASS_POSTS.len()];
                    classes += 1;
                    let campaign = campaign_of(week, &[CLASSES]);
                    let link = if campaign.is_some() { CLASSES_LINK } else { "" };
                    (copy, media, pillar("l-classes"), link, campaign)
                }
                4 if week % 2 == 0 => {
                    let copy = TEAM_POSTS[team % TEAM_POSTS.len()];
                    team += 1;
                    let campaign = campaign_of(week, &[HIRING]);
                    let link = if campaign.is_some() { JOBS_LINK } else { "" };
                    (
                        copy,
                        "Photo: the bakers at the bench",
                        pillar("l-team"),
                        link,
                        campaign,
                    )
                }
                _ => {
                    let (copy, media) = OVENS[ovens % OVENS.len()];
                    ovens += 1;
                    let campaign = campaign_of(week, &[TASTINGS]);
                    let link = if campaign.is_some() {
                        WHOLESALE_LINK
                    } else {
                        ""
                    };
                    (copy, media, pillar("l-ovens"), link, campaign)
                }
            };
            put_post(
                plan,
                post_key(on, "ig"),
                on.and_time(time(19, 0)),
                PostContent {
                    profile: Some(instagram.clone()),
                    pillar,
                    campaign,
                    copy: copy.into(),
                    link: link.into(),
                    media: media.into(),
                    owner: Some(maya.clone()),
                    status: status(on, today),
                    notes: String::new(),
                },
            );
        }
        let on = day(today, week, 2);
        if on < start {
            continue;
        }
        let campaign = campaign_of(week, &[HIRING]);
        put_post(
            plan,
            post_key(on, "li"),
            on.and_time(time(12, 30)),
            PostContent {
                profile: Some(linkedin.clone()),
                pillar: pillar("l-team"),
                link: if campaign.is_some() {
                    JOBS_LINK.into()
                } else {
                    String::new()
                },
                campaign,
                copy: TEAM_POSTS[week.rem_euclid(TEAM_POSTS.len() as i64) as usize].into(),
                media: String::new(),
                owner: Some(leo.clone()),
                status: status(on, today),
                notes: String::new(),
            },
        );
    }
}

fn put_post(plan: &mut Plan, key: String, at: chrono::NaiveDateTime, content: PostContent) {
    plan.calendar.posts.put(Rc::new(Post {
        id: id(PostId::parse(&key)),
        at,
        content,
        occurrence_of: None,
    }));
}

/// Leo approves each week's posts on Monday; the campaigns' own work falls
/// on the days it is needed.
fn tasks(plan: &mut Plan, today: NaiveDate) {
    let (maya, leo) = (id(MemberId::parse("e-maya")), id(MemberId::parse("e-leo")));
    let mut put = |key: String,
                   kind,
                   title: &str,
                   owner: &MemberId,
                   due: NaiveDate,
                   campaign: Option<&str>,
                   post: Option<String>| {
        plan.calendar.tasks.put(Rc::new(Task {
            id: id(TaskId::parse(&key)),
            kind,
            title: title.into(),
            owner: Some(owner.clone()),
            due,
            post: post.map(|key| id(PostId::parse(&key))),
            campaign: campaign.map(|key| id(CampaignId::parse(key))),
            done: due < today,
        }));
    };
    for week in WEEKS {
        put(
            format!("a-week-{}", day(today, week, 0).format("%Y%m%d")),
            TaskKind::Approve,
            "The week's posts",
            &leo,
            day(today, week, 0),
            None,
            None,
        );
    }
    let on = |week, days| day(today, week, days);
    put(
        "a-tasting-report".into(),
        TaskKind::Report,
        "Tasting month: results and what we learned",
        &leo,
        on(-2, 2),
        Some(TASTINGS.0),
        None,
    );
    put(
        "a-class-poster".into(),
        TaskKind::Design,
        "Class poster for the counter",
        &maya,
        on(-1, 1),
        Some(CLASSES.0),
        None,
    );
    put(
        "a-class-reel".into(),
        TaskKind::Film,
        "A Saturday class, for next week's reel",
        &maya,
        on(0, 5),
        Some(CLASSES.0),
        Some(post_key(on(1, 1), "ig")),
    );
    put(
        "a-class-count".into(),
        TaskKind::Report,
        "Class bookings so far, for the review",
        &maya,
        on(1, 4),
        Some(CLASSES.0),
        None,
    );
    put(
        "a-job-post".into(),
        TaskKind::Write,
        "The job post for the two baker roles",
        &leo,
        on(3, 2),
        Some(HIRING.0),
        None,
    );
    put(
        "a-bakehouse-film".into(),
        TaskKind::Film,
        "A day in the bakehouse, for the job post",
        &maya,
        on(3, 4),
        Some(HIRING.0),
        Some(post_key(on(4, 4), "ig")),
    );
}

/// The readings of the strategy's results at the end of each month of the
/// horizon gone by.
fn results(plan: &mut Plan, today: NaiveDate) {
    let Some(horizon) = plan.strategy.measurement.horizon else {
        return;
    };
    let values: [(&str, [f64; 3]); 3] = [
        ("i-tastings", [2.0, 9.0, 16.0]),
        ("i-bookings", [6.0, 13.0, 22.0]),
        ("i-applications", [0.0, 1.0, 1.0]),
    ];
    for kpi in &mut plan.strategy.measurement.kpis {
        let Some((_, values)) = values.iter().find(|(key, _)| *key == kpi.id.as_str()) else {
            continue;
        };
        let month_ends = (1..).map_while(|months| {
            horizon
                .start()
                .checked_add_months(chrono::Months::new(months))
                .and_then(|d| d.pred_opt())
        });
        kpi.results = month_ends
            .zip(values)
            .filter(|(day, _)| *day < today)
            .map(|(day, &value)| Reading { day, value })
            .collect();
    }
}

/// What the tasting month taught, what the classes' bookings show, and
/// the review held after the tastings.
fn learning(plan: &mut Plan, today: NaiveDate) {
    let insight = |key, on: NaiveDate, text: &str, part, source| Insight {
        id: id(InsightId::parse(key)),
        day: on,
        text: text.into(),
        part: Some(part),
        source: Some(source),
    };
    plan.insights = Piece::new(vec![
        insight(
            "n-reels",
            day(today, -2, 3),
            "Nine of the fourteen cafés that booked a tasting named a reel of the morning bake; photos of the counter brought none.",
            Part::Content,
            InsightSource::Campaign(id(CampaignId::parse(TASTINGS.0))),
        ),
        insight(
            "n-evenings",
            day(today, -1, 4),
            "Class seats are booked on Tuesday and Thursday evenings, within an hour of a class post.",
            Part::Channels,
            InsightSource::Kpi(id(KpiId::parse("i-bookings"))),
        ),
    ]);
    let reviewed = day(today, -2, 4);
    plan.reviews = Piece::new(vec![Review {
        id: id(ReviewId::parse("v-after-tastings")),
        day: reviewed,
        at: reviewed
            .and_time(time(17, 0))
            .and_utc(),
        decided: "Run the tasting month again next autumn, with reels and without the ads. Class posts stay on Tuesday and Thursday evenings.".into(),
        revisions: Vec::new(),
    }]);
}
