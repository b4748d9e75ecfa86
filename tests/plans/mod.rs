//! Plans the tests share, natively and in the browser: the fixtures, and busy
//! plans of any size. (Each test file uses its own part of this.)
#![allow(dead_code)]

use chrono::NaiveDate;
use social_media_planner::exchange::decode;
use social_media_planner::plan::{
    CalendarEdit, Plan, PlanId, PlanName, Post, PostContent, PostId, PostStatus, Task, TaskId,
};

/// A fixture's text, built into the test so it reads in the browser too.
pub fn fixture(name: &str) -> String {
    match name {
        "v1-plan.json" => include_str!("../fixtures/v1-plan.json"),
        "v2-plan.json" => include_str!("../fixtures/v2-plan.json"),
        "v3-plan.json" => include_str!("../fixtures/v3-plan.json"),
        "v4-plan.json" => include_str!("../fixtures/v4-plan.json"),
        "v4-compact-1.txt" => include_str!("../fixtures/v4-compact-1.txt"),
        other => panic!("no fixture {other}"),
    }
    .to_owned()
}

pub fn v4_plan() -> Plan {
    decode(&fixture("v4-plan.json")).unwrap()
}

/// The fourth fixture with `count` posts and tasks over a year: copy, links and
/// owners vary as a real calendar's do.
pub fn busy(count: usize, id: &str) -> Plan {
    let mut plan = v4_plan();
    plan.id = PlanId::parse(id).unwrap();
    plan.name = PlanName::parse(&format!("Busy {id}")).unwrap();
    let profiles: Vec<_> = plan
        .strategy
        .profiles
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let pillars: Vec<_> = plan
        .strategy
        .content
        .pillars
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let words = [
        "sourdough",
        "behind the counter",
        "class",
        "wholesale",
        "weekend",
        "bakers",
        "lamination",
        "rye",
        "partners",
        "county flour",
        "starter",
        "crumb",
    ];
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    for n in 0..count {
        let day = start + chrono::Days::new((n * 7919 % 365) as u64);
        if n % 10 == 9 {
            plan.calendar.apply(CalendarEdit::PutTask(Task {
                title: format!("{} assets for post {}", words[n % words.len()], n - 1),
                ..Task::new(TaskId::parse(&format!("t{n}")).unwrap(), day)
            }));
            continue;
        }
        let mut post = Post::new(
            PostId::parse(&format!("p{n}")).unwrap(),
            day.and_hms_opt(7 + (n % 12) as u32, (n % 4) as u32 * 15, 0)
                .unwrap(),
        );
        post.content = PostContent {
            profile: Some(profiles[n % profiles.len()].clone()),
            pillar: Some(pillars[n % pillars.len()].clone()),
            copy: format!(
                "{} and {}: {} — post {n}, day {}",
                words[n % words.len()],
                words[(n / 3) % words.len()],
                words[(n * 7) % words.len()],
                n % 365
            ),
            link: format!("https://example.com/bakery/{}", n % 97),
            status: PostStatus::ALL[n % 5],
            ..PostContent::default()
        };
        plan.calendar.apply(CalendarEdit::PutPost(post));
    }
    plan
}
