#![cfg(not(target_arch = "wasm32"))]
//! The dashboard: the week's work per owner, the campaigns running and next,
//! the results behind their line, and the calendar's output per week and per
//! pillar.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use social_media_planner::plan::dashboard::{
    share, OwnerWeek, ResultOf, Tally, NEXT_CAMPAIGNS, OUTPUT_WEEKS,
};
use social_media_planner::plan::{
    week_of, Campaign, CampaignId, DateRange, Kpi, KpiId, Member, MemberId, Pillar, PillarId, Plan,
    PlanId, PlanName, Platform, Post, PostContent, PostId, PostStatus, Profile, ProfileId, Reading,
    Recurrence, ResponseKind, Series, SeriesId, TargetedResponse, Task, TaskId,
};

/// A day of 2026.
fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32) -> NaiveDateTime {
    day(m, d).and_hms_opt(h, 0, 0).unwrap()
}

/// Wednesday 24 June 2026: its week (from Monday) is 22–28 June.
fn today() -> NaiveDate {
    day(6, 24)
}

fn range(from: NaiveDate, to: NaiveDate) -> DateRange {
    DateRange::new(from, to).unwrap()
}

fn empty_plan() -> Plan {
    Plan::new(
        PlanId::parse("p").unwrap(),
        PlanName::parse("Bakery").unwrap(),
        DateTime::default(),
    )
}

fn member(id: &str, name: &str) -> Member {
    Member {
        name: name.into(),
        ..Member::new(MemberId::parse(id).unwrap())
    }
}

fn owner(id: &str) -> Option<MemberId> {
    Some(MemberId::parse(id).unwrap())
}

fn post(id: &str, when: NaiveDateTime, content: PostContent) -> Post {
    Post {
        content,
        ..Post::new(PostId::parse(id).unwrap(), when)
    }
}

fn owned(who: Option<MemberId>, status: PostStatus) -> PostContent {
    PostContent {
        owner: who,
        status,
        ..PostContent::default()
    }
}

fn on_profile(profile: &str, status: PostStatus) -> PostContent {
    PostContent {
        profile: Some(ProfileId::parse(profile).unwrap()),
        status,
        ..PostContent::default()
    }
}

fn on_pillar(pillar: Option<&str>, status: PostStatus) -> PostContent {
    PostContent {
        pillar: pillar.map(|p| PillarId::parse(p).unwrap()),
        status,
        ..PostContent::default()
    }
}

fn task(id: &str, due: NaiveDate, who: Option<MemberId>, done: bool) -> Task {
    Task {
        owner: who,
        done,
        ..Task::new(TaskId::parse(id).unwrap(), due)
    }
}

fn series(id: &str, days: DateRange, weekdays: Vec<Weekday>, content: PostContent) -> Series {
    Series {
        id: SeriesId::parse(id).unwrap(),
        content,
        time: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        rule: Recurrence::Weekly(weekdays),
        days,
        skipped: Default::default(),
    }
}

fn add_post(plan: &mut Plan, post: Post) {
    plan.calendar.posts.put(post.into());
}

fn add_task(plan: &mut Plan, task: Task) {
    plan.calendar.tasks.put(task.into());
}

fn campaign(id: &str, name: &str, from: NaiveDate, to: NaiveDate) -> Campaign {
    Campaign {
        name: name.into(),
        ..Campaign::new(CampaignId::parse(id).unwrap(), range(from, to))
    }
}

fn keys(group: &OwnerWeek) -> Vec<String> {
    group.entries.iter().map(|e| e.key.to_param()).collect()
}

// ---------------------------------------------------------------------------
// The week by owner

/// Ana and Bea in the team (Bea first), Cy with nothing this week, and
/// entries in and around the week of 22–28 June.
fn team_week() -> Plan {
    let mut plan = empty_plan();
    plan.strategy.team.members.extend([
        member("bea", "Bea"),
        member("ana", "Ana"),
        member("cy", "Cy"),
    ]);
    // Ana: two posts, one published, and a task not done.
    add_post(
        &mut plan,
        post("a1", at(6, 22, 9), owned(owner("ana"), PostStatus::Draft)),
    );
    add_post(
        &mut plan,
        post(
            "a2",
            at(6, 23, 10),
            owned(owner("ana"), PostStatus::Published),
        ),
    );
    add_task(&mut plan, task("at", day(6, 23), owner("ana"), false));
    // Ana's, but outside the week: the Sunday before and the Monday after.
    add_post(
        &mut plan,
        post("a0", at(6, 21, 9), owned(owner("ana"), PostStatus::Draft)),
    );
    add_task(&mut plan, task("a9", day(6, 29), owner("ana"), false));
    // Bea: a series on Mondays and Thursdays, and one post of her own.
    plan.calendar.series.push(series(
        "bs",
        range(day(6, 1), day(7, 31)),
        vec![Weekday::Mon, Weekday::Thu],
        owned(owner("bea"), PostStatus::Scheduled),
    ));
    add_post(
        &mut plan,
        post("b1", at(6, 28, 18), owned(owner("bea"), PostStatus::Ready)),
    );
    // Nobody's: a task with no owner, a post whose owner left the team.
    add_task(&mut plan, task("nt", day(6, 24), None, false));
    add_post(
        &mut plan,
        post(
            "np",
            at(6, 25, 12),
            owned(owner("gone"), PostStatus::Published),
        ),
    );
    plan
}

fn this_week() -> DateRange {
    range(day(6, 22), day(6, 28))
}

#[test]
fn the_week_is_grouped_by_owner_in_the_teams_order_then_nobody() {
    let groups = team_week().week_by_owner(this_week());
    let names: Vec<String> = groups.iter().map(|g| g.name.to_string()).collect();
    // Cy, with nothing this week, is left out.
    assert_eq!(names, ["Bea", "Ana", "No one yet"]);
    let owners: Vec<Option<MemberId>> = groups.iter().map(|g| g.owner.clone()).collect();
    assert_eq!(owners, [owner("bea"), owner("ana"), None]);
}

#[test]
fn each_owner_has_the_weeks_entries_in_order_of_day_and_time() {
    let groups = team_week().week_by_owner(this_week());
    // The Monday and Thursday of Bea's series count, one entry each.
    assert_eq!(keys(&groups[0]), ["o.bs.20260622", "o.bs.20260625", "p.b1"]);
    // The task comes first on its day; a0 and a9 fall outside the week.
    assert_eq!(keys(&groups[1]), ["p.a1", "t.at", "p.a2"]);
    // No owner, and an owner no longer in the team.
    assert_eq!(keys(&groups[2]), ["t.nt", "p.np"]);
}

#[test]
fn open_counts_posts_not_published_and_tasks_not_done() {
    let groups = team_week().week_by_owner(this_week());
    let open: Vec<usize> = groups.iter().map(|g| g.open).collect();
    assert_eq!(open, [3, 2, 1]);
}

#[test]
fn an_owners_week_reads_as_a_summary() {
    let groups = team_week().week_by_owner(this_week());
    assert_eq!(groups[0].summary(), "3 posts · 3 still to do");
    assert_eq!(groups[1].summary(), "2 posts · 1 task · 2 still to do");
    assert_eq!(groups[2].summary(), "1 post · 1 task · 1 still to do");
}

#[test]
fn a_week_with_everything_done_says_so() {
    let mut plan = empty_plan();
    plan.strategy.team.members.push(member("ana", "Ana"));
    add_task(&mut plan, task("t1", day(6, 22), owner("ana"), true));
    add_task(&mut plan, task("t2", day(6, 23), owner("ana"), true));
    add_post(
        &mut plan,
        post("p1", at(6, 24, 9), owned(None, PostStatus::Published)),
    );
    let groups = plan.week_by_owner(this_week());
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].open, 0);
    assert_eq!(groups[0].summary(), "2 tasks · all done");
    assert_eq!(groups[1].name, "No one yet");
    assert_eq!(groups[1].summary(), "1 post · all done");
}

#[test]
fn a_week_with_nothing_in_it_has_no_groups() {
    let mut plan = team_week();
    assert_eq!(
        plan.week_by_owner(range(day(8, 3), day(8, 9))),
        Vec::<OwnerWeek>::new()
    );
    plan.strategy.team.members.clear();
    // With no team at all, everything is nobody's.
    let groups = plan.week_by_owner(this_week());
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].name, "No one yet");
    assert_eq!(groups[0].entries.len(), 8);
}

#[test]
fn an_unnamed_member_is_grouped_under_their_title() {
    let mut plan = empty_plan();
    plan.strategy.team.members.push(member("ana", "  "));
    add_task(&mut plan, task("t1", day(6, 22), owner("ana"), false));
    let groups = plan.week_by_owner(this_week());
    assert_eq!(groups[0].name, "Unnamed team member");
    assert_eq!(groups[0].summary(), "1 task · 1 still to do");
}

// ---------------------------------------------------------------------------
// Campaigns running and next

fn campaign_plan() -> Plan {
    let mut plan = empty_plan();
    let archived = Campaign {
        archived: true,
        ..campaign("x1", "Old idea", day(6, 26), day(7, 10))
    };
    let archived_running = Campaign {
        archived: true,
        ..campaign("x2", "Shelved", day(6, 1), day(6, 30))
    };
    // In no particular order, to see them sorted.
    for c in [
        campaign("n3", "Autumn menu", day(9, 1), day(9, 30)),
        campaign("r2", "Midsummer", day(6, 10), day(6, 24)),
        archived,
        campaign("n1", "Summer tasting", day(6, 25), day(7, 25)),
        campaign("f1", "Spring", day(5, 1), day(6, 23)),
        campaign("n4", "Christmas", day(12, 1), day(12, 31)),
        campaign("r1", "June bakes", day(6, 1), day(7, 6)),
        archived_running,
        campaign("n2", "Back to school", day(8, 15), day(9, 15)),
        campaign("r3", "", day(6, 24), day(6, 30)),
    ] {
        plan.campaigns.push(c.into());
    }
    plan
}

fn ids(lines: &[social_media_planner::plan::dashboard::CampaignLine]) -> Vec<&str> {
    lines.iter().map(|l| l.id.as_str()).collect()
}

#[test]
fn the_campaigns_running_today_come_soonest_first() {
    let dashboard = campaign_plan().dashboard(today(), Weekday::Mon);
    // Finished and archived ones are left out; one starting today runs.
    assert_eq!(ids(&dashboard.running), ["r1", "r2", "r3"]);
    let titles: Vec<String> = dashboard
        .running
        .iter()
        .map(|l| l.title.to_string())
        .collect();
    assert_eq!(titles, ["June bakes", "Midsummer", "Untitled campaign"]);
    // The untitled one is said in the language shown, the named ones as they are.
    assert_eq!(
        dashboard.running[2].title,
        social_media_planner::plan::Said::label("Untitled campaign")
    );
    assert_eq!(
        dashboard.running[0].title,
        social_media_planner::plan::Said::value("June bakes")
    );
}

#[test]
fn every_running_campaign_is_listed_however_many() {
    let mut plan = campaign_plan();
    plan.campaigns
        .push(campaign("r4", "Late June", day(6, 20), day(7, 20)).into());
    let dashboard = plan.dashboard(today(), Weekday::Mon);
    assert_eq!(ids(&dashboard.running), ["r1", "r2", "r4", "r3"]);
}

#[test]
fn the_next_campaigns_are_the_soonest_to_start_and_only_a_few() {
    let dashboard = campaign_plan().dashboard(today(), Weekday::Mon);
    assert_eq!(NEXT_CAMPAIGNS, 3);
    // The archived one starting on the 26th is left out, and Christmas is
    // one too many.
    assert_eq!(ids(&dashboard.next), ["n1", "n2", "n3"]);
}

#[test]
fn campaigns_starting_on_the_same_day_come_by_their_end() {
    let mut plan = empty_plan();
    plan.campaigns
        .push(campaign("long", "Long", day(7, 1), day(8, 31)).into());
    plan.campaigns
        .push(campaign("short", "Short", day(7, 1), day(7, 14)).into());
    let dashboard = plan.dashboard(today(), Weekday::Mon);
    assert_eq!(ids(&dashboard.next), ["short", "long"]);
    assert!(dashboard.running.is_empty());
}

#[test]
fn a_campaign_line_says_its_dates_and_how_long_until_it_ends_or_starts() {
    let dashboard = campaign_plan().dashboard(today(), Weekday::Mon);
    let running: Vec<String> = dashboard
        .running
        .iter()
        .map(|l| l.when.to_string())
        .collect();
    assert_eq!(
        running,
        [
            "1 Jun – 6 Jul 2026 · ends in 12 days",
            "10 Jun – 24 Jun 2026 · ends today",
            "24 Jun – 30 Jun 2026 · ends in 6 days",
        ]
    );
    let next: Vec<String> = dashboard.next.iter().map(|l| l.when.to_string()).collect();
    assert_eq!(
        next,
        [
            "25 Jun – 25 Jul 2026 · starts tomorrow",
            "15 Aug – 15 Sep 2026 · starts in 52 days",
            "1 Sep – 30 Sep 2026 · starts in 69 days",
        ]
    );
}

#[test]
fn a_campaign_ending_tomorrow_or_across_the_year_reads_so() {
    let mut plan = empty_plan();
    plan.campaigns
        .push(campaign("a", "A", day(6, 1), day(6, 25)).into());
    plan.campaigns.push(
        campaign(
            "b",
            "B",
            day(12, 1),
            NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
        )
        .into(),
    );
    let dashboard = plan.dashboard(today(), Weekday::Mon);
    assert_eq!(
        dashboard.running[0].when,
        "1 Jun – 25 Jun 2026 · ends tomorrow"
    );
    assert_eq!(
        dashboard.next[0].when,
        "1 Dec 2026 – 31 Jan 2027 · starts in 160 days"
    );
}

#[test]
fn a_campaign_line_counts_what_the_briefs_checks_find() {
    let mut plan = campaign_plan();
    // One brief a little more complete than the others.
    plan.campaigns[0].call_to_action = "Book a table".into();
    plan.campaigns[0].budget = Some(200.0);
    let dashboard = plan.dashboard(today(), Weekday::Mon);
    let lines = dashboard.running.iter().chain(&dashboard.next);
    let mut counts = Vec::new();
    for line in lines {
        let c = plan
            .campaigns
            .iter()
            .find(|c| c.id == line.id)
            .expect("a line of a campaign of the plan");
        assert_eq!(
            line.findings,
            plan.campaign_findings(c).len(),
            "{}",
            line.id
        );
        counts.push(line.findings);
    }
    assert!(counts.iter().all(|n| *n > 0));
    // n3 (Autumn menu) is the more complete one: fewer findings.
    let n3 = dashboard.next[2].findings;
    assert!(n3 < dashboard.next[0].findings);
}

#[test]
fn the_dashboard_holds_the_week_and_its_parts() {
    let mut plan = team_week();
    for c in campaign_plan().campaigns.iter() {
        plan.campaigns.push(c.clone());
    }
    let dashboard = plan.dashboard(today(), Weekday::Mon);
    assert_eq!(dashboard.week, this_week());
    assert_eq!(dashboard.owners, plan.week_by_owner(this_week()));
    assert_eq!(dashboard.off_track, plan.off_track(today()));
    // The calendar's checks on the week, as the calendar finds them.
    let week = this_week();
    let found = plan.calendar_findings(week, &plan.calendar.entries(week), Weekday::Mon);
    assert_eq!(dashboard.week_checks, found.len());
    assert_eq!(
        dashboard.checks_text().map(|s| s.to_string()),
        match found.len() {
            0 => None,
            1 => Some("1 check on the calendar this week".to_owned()),
            n => Some(format!("{n} checks on the calendar this week")),
        }
    );
    // Weeks starting on Sunday: 21–27 June, a0 in it, b1 not.
    let sunday = plan.dashboard(today(), Weekday::Sun);
    assert_eq!(sunday.week, range(day(6, 21), day(6, 27)));
    assert_eq!(sunday.week, week_of(today(), Weekday::Sun));
    let ana = sunday
        .owners
        .iter()
        .find(|g| g.name == "Ana")
        .expect("Ana has work that week");
    assert_eq!(keys(ana), ["p.a0", "p.a1", "t.at", "p.a2"]);
    let bea = sunday
        .owners
        .iter()
        .find(|g| g.name == "Bea")
        .expect("Bea has work that week");
    assert_eq!(keys(bea), ["o.bs.20260622", "o.bs.20260625"]);
}

#[test]
fn an_empty_plan_has_an_empty_dashboard() {
    let dashboard = empty_plan().dashboard(today(), Weekday::Mon);
    assert!(dashboard.owners.is_empty());
    assert!(dashboard.running.is_empty());
    assert!(dashboard.next.is_empty());
    assert!(dashboard.off_track.is_empty());
    assert_eq!(dashboard.week_checks, 0);
    assert_eq!(dashboard.checks_text(), None);
}

// ---------------------------------------------------------------------------
// Results behind their line

fn reading(m: u32, d: u32, value: f64) -> Reading {
    Reading {
        day: day(m, d),
        value,
    }
}

fn kpi(id: &str, name: &str, target: Option<f64>, results: Vec<Reading>) -> Kpi {
    Kpi {
        name: name.into(),
        target,
        baseline: Some(0.0),
        results,
        ..Kpi::new(KpiId::parse(id).unwrap())
    }
}

/// A horizon of 2026 (364 days from 1 Jan to 31 Dec): a target of 3640
/// expects ten a day, 1220 by 3 May.
fn results_plan() -> Plan {
    let mut plan = empty_plan();
    plan.strategy.measurement.horizon = Some(range(day(1, 1), day(12, 31)));
    plan.strategy.measurement.kpis.extend([
        kpi(
            "behind",
            " Newsletter sign-ups ",
            Some(3640.0),
            vec![reading(4, 1, 900.0), reading(5, 3, 420.0)],
        ),
        kpi(
            "ahead",
            "Bookings",
            Some(3640.0),
            vec![reading(5, 3, 1300.0)],
        ),
        kpi("empty", "Reviews", Some(3640.0), vec![]),
        kpi("unnamed", "  ", Some(3640.0), vec![reading(5, 3, 1.0)]),
        kpi("aimless", "Visits", None, vec![reading(5, 3, 1.0)]),
    ]);
    // A response from 0 on 1 June to 290 by 30 June: 100 by 11 June.
    let response = |kind, name: &str, results| TargetedResponse {
        kind,
        name: name.into(),
        target: Some(290.0),
        results,
    };
    let behind = Campaign {
        response: Some(response(
            ResponseKind::Leads,
            "",
            vec![reading(6, 11, 20.0)],
        )),
        ..campaign("c1", "Summer tasting", day(6, 1), day(6, 30))
    };
    let ahead = Campaign {
        response: Some(response(
            ResponseKind::SignUps,
            "",
            vec![reading(6, 11, 150.0)],
        )),
        ..campaign("c2", "Classes", day(6, 1), day(6, 30))
    };
    let archived = Campaign {
        archived: true,
        response: Some(response(ResponseKind::Leads, "", vec![reading(6, 11, 1.0)])),
        ..campaign("c3", "Shelved", day(6, 1), day(6, 30))
    };
    let sales = Campaign {
        response: Some(response(
            ResponseKind::Sales,
            "Sourdough kits",
            vec![reading(6, 11, 99.0)],
        )),
        ..campaign("c4", "Kits", day(6, 1), day(6, 30))
    };
    let no_target = Campaign {
        response: Some(TargetedResponse {
            target: None,
            ..response(ResponseKind::Leads, "", vec![reading(6, 11, 0.0)])
        }),
        ..campaign("c5", "Someday", day(6, 1), day(6, 30))
    };
    let no_response = campaign("c6", "Quiet", day(6, 1), day(6, 30));
    for c in [behind, ahead, archived, sales, no_target, no_response] {
        plan.campaigns.push(c.into());
    }
    plan
}

#[test]
fn the_results_behind_their_line_are_listed_kpis_first() {
    let off = results_plan().off_track(today());
    let of: Vec<&ResultOf> = off.iter().map(|o| &o.of).collect();
    assert_eq!(
        of,
        [
            &ResultOf::Kpi(KpiId::parse("behind").unwrap()),
            &ResultOf::Campaign(CampaignId::parse("c1").unwrap()),
            &ResultOf::Campaign(CampaignId::parse("c4").unwrap()),
        ]
    );
    let titles: Vec<String> = off.iter().map(|o| o.title.to_string()).collect();
    assert_eq!(
        titles,
        [
            "Newsletter sign-ups",
            "Summer tasting: Leads",
            "Kits: Sales of Sourdough kits",
        ]
    );
}

#[test]
fn an_off_track_result_says_its_latest_value_and_what_the_line_expected() {
    let off = results_plan().off_track(today());
    // The OffTrack docs read "Reached 420 on 3 May; …": the end is what
    // matters here.
    assert!(
        off[0]
            .fact
            .to_string()
            .ends_with("420 on 3 May; the line expected 1,220 by then."),
        "{}",
        off[0].fact
    );
    assert!(
        off[1]
            .fact
            .to_string()
            .ends_with("20 on 11 Jun; the line expected 100 by then."),
        "{}",
        off[1].fact
    );
    assert!(
        off[2]
            .fact
            .to_string()
            .ends_with("99 on 11 Jun; the line expected 100 by then."),
        "{}",
        off[2].fact
    );
}

#[test]
fn the_line_expected_is_given_to_a_tenth() {
    let mut plan = empty_plan();
    plan.strategy.measurement.horizon = Some(range(day(1, 1), day(12, 31)));
    // 1000 over 364 days: 335.164… by 3 May.
    plan.strategy.measurement.kpis.push(kpi(
        "k",
        "Followers",
        Some(1000.0),
        vec![reading(5, 3, 12.5)],
    ));
    let off = plan.off_track(today());
    assert_eq!(off.len(), 1);
    assert!(
        off[0]
            .fact
            .to_string()
            .ends_with("12.5 on 3 May; the line expected 335.2 by then."),
        "{}",
        off[0].fact
    );
}

#[test]
fn a_falling_target_is_behind_when_above_its_line() {
    let mut plan = empty_plan();
    plan.strategy.measurement.horizon = Some(range(day(1, 1), day(12, 31)));
    let mut slow = kpi("k", "Reply time", Some(0.0), vec![reading(7, 2, 300.0)]);
    // From 364 hours down to none: 182 expected by 2 July.
    slow.baseline = Some(364.0);
    let mut quick = slow.clone();
    quick.id = KpiId::parse("q").unwrap();
    quick.results = vec![reading(7, 2, 100.0)];
    plan.strategy.measurement.kpis.extend([slow, quick]);
    let off = plan.off_track(today());
    assert_eq!(off.len(), 1);
    assert_eq!(off[0].of, ResultOf::Kpi(KpiId::parse("k").unwrap()));
    assert!(off[0]
        .fact
        .to_string()
        .ends_with("300 on 2 Jul; the line expected 182 by then."));
}

#[test]
fn without_a_horizon_no_kpi_can_be_behind() {
    let mut plan = results_plan();
    plan.strategy.measurement.horizon = None;
    let off = plan.off_track(today());
    assert!(off.iter().all(|o| matches!(o.of, ResultOf::Campaign(_))));
    assert_eq!(off.len(), 2);
}

#[test]
fn the_latest_value_decides_not_an_earlier_one() {
    let mut plan = results_plan();
    // Behind on 1 April, ahead on 3 May.
    plan.strategy.measurement.kpis[0].results = vec![reading(4, 1, 10.0), reading(5, 3, 2000.0)];
    let off = plan.off_track(today());
    assert!(!off
        .iter()
        .any(|o| o.of == ResultOf::Kpi(KpiId::parse("behind").unwrap())));
}

// ---------------------------------------------------------------------------
// Output per week

/// Instagram, Facebook and LinkedIn (no posts), with posts in and around the
/// eight weeks from 4 May to 28 June.
fn output_plan() -> Plan {
    let mut plan = empty_plan();
    plan.strategy.profiles.extend([
        Profile {
            handle: "@bakery".into(),
            ..Profile::new(ProfileId::parse("ig").unwrap(), Platform::Instagram)
        },
        Profile::new(ProfileId::parse("fb").unwrap(), Platform::Facebook),
        Profile::new(ProfileId::parse("li").unwrap(), Platform::LinkedIn),
    ]);
    for (id, when, profile, status) in [
        ("i0", at(5, 3, 9), "ig", PostStatus::Published),
        ("i1", at(5, 4, 9), "ig", PostStatus::Published),
        ("i2", at(5, 10, 20), "ig", PostStatus::Draft),
        ("i3", at(6, 22, 9), "ig", PostStatus::Published),
        ("i4", at(6, 28, 23), "ig", PostStatus::Scheduled),
        ("i5", at(6, 29, 9), "ig", PostStatus::Published),
        ("f1", at(6, 1, 9), "fb", PostStatus::Published),
    ] {
        add_post(&mut plan, post(id, when, on_profile(profile, status)));
    }
    add_post(&mut plan, post("n1", at(6, 15, 9), PostContent::default()));
    // Facebook on Wednesdays 3 and 10 June, published.
    plan.calendar.series.push(series(
        "fs",
        range(day(6, 1), day(6, 14)),
        vec![Weekday::Wed],
        on_profile("fb", PostStatus::Published),
    ));
    // Tasks are not output.
    add_task(&mut plan, task("t1", day(6, 23), None, false));
    add_task(&mut plan, task("t2", day(5, 20), None, true));
    plan
}

fn counts(rows: &[Tally]) -> Vec<(usize, usize)> {
    rows.iter().map(|r| (r.planned, r.published)).collect()
}

#[test]
fn output_covers_eight_weeks_ending_with_this_one() {
    let output = output_plan().output_by_week(today(), Weekday::Mon);
    assert_eq!(OUTPUT_WEEKS, 8);
    let labels: Vec<String> = output[0].rows.iter().map(|r| r.label.to_string()).collect();
    assert_eq!(
        labels,
        [
            "Week of 4 May",
            "Week of 11 May",
            "Week of 18 May",
            "Week of 25 May",
            "Week of 1 Jun",
            "Week of 8 Jun",
            "Week of 15 Jun",
            "Week of 22 Jun",
        ]
    );
    for profile in &output {
        assert_eq!(profile.rows.len(), 8);
        assert!(profile.rows.iter().all(|r| r.intended.is_none()));
        assert_eq!(profile.rows[0].label, "Week of 4 May");
    }
}

#[test]
fn output_is_per_profile_with_posts_and_no_profile_last() {
    let output = output_plan().output_by_week(today(), Weekday::Mon);
    let names: Vec<&str> = output.iter().map(|p| p.name.as_str()).collect();
    // LinkedIn, with nothing in the eight weeks, is left out.
    assert_eq!(names, ["Instagram @bakery", "Facebook", "No profile"]);
    let profiles: Vec<Option<&str>> = output
        .iter()
        .map(|p| p.profile.as_ref().map(|id| id.as_str()))
        .collect();
    assert_eq!(profiles, [Some("ig"), Some("fb"), None]);
}

#[test]
fn output_counts_every_post_planned_and_only_the_published() {
    let output = output_plan().output_by_week(today(), Weekday::Mon);
    // Instagram: 3 May and 29 June fall outside; the week's last day is in.
    assert_eq!(
        counts(&output[0].rows),
        [
            (2, 1),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (2, 1)
        ]
    );
    // Facebook: a post and a day of the series, then another day of it.
    assert_eq!(
        counts(&output[1].rows),
        [
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (2, 2),
            (1, 1),
            (0, 0),
            (0, 0)
        ]
    );
    // No profile: one idea; the tasks count nowhere.
    assert_eq!(
        counts(&output[2].rows),
        [
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (1, 0),
            (0, 0)
        ]
    );
}

#[test]
fn output_weeks_start_on_the_users_first_day() {
    let output = output_plan().output_by_week(today(), Weekday::Sun);
    let ig = &output[0];
    assert_eq!(ig.rows[0].label, "Week of 3 May");
    assert_eq!(ig.rows[7].label, "Week of 21 Jun");
    // 3 May is in now, 10 May starts the next week, and 28 June (a Sunday)
    // starts a week still to come.
    assert_eq!((ig.rows[0].planned, ig.rows[0].published), (2, 2));
    assert_eq!(ig.rows[1].planned, 1);
    assert_eq!(ig.rows[7].planned, 1);
}

#[test]
fn with_no_posts_in_the_weeks_there_is_no_output() {
    let mut plan = output_plan();
    assert!(plan.output_by_week(day(11, 30), Weekday::Mon).is_empty());
    plan.calendar.posts.retain(|_| false);
    plan.calendar.series.clear();
    // Tasks alone make no output.
    assert!(plan.output_by_week(today(), Weekday::Mon).is_empty());
}

#[test]
fn a_weeks_row_reads_as_its_counts() {
    let output = output_plan().output_by_week(today(), Weekday::Mon);
    assert_eq!(
        output[0].rows[0].describe(None),
        "Week of 4 May: 2 planned, 1 published"
    );
    assert_eq!(
        output[0].rows[1].describe(None),
        "Week of 11 May: 0 planned, 0 published"
    );
}

// A post whose profile was removed from the strategy (kept by the calendar,
// flagged as a broken link, shown as "No profile" there) counts under "No
// profile", as an owner since removed counts under "No one yet".
#[test]
fn a_post_whose_profile_was_removed_counts_under_no_profile() {
    let mut plan = output_plan();
    add_post(
        &mut plan,
        post(
            "g1",
            at(6, 23, 9),
            on_profile("gone", PostStatus::Published),
        ),
    );
    let output = plan.output_by_week(today(), Weekday::Mon);
    let none = output
        .iter()
        .find(|p| p.profile.is_none())
        .expect("a row of no profile");
    assert_eq!(none.name, "No profile");
    assert_eq!((none.rows[7].planned, none.rows[7].published), (1, 1));
    let planned: usize = output.iter().flat_map(|p| &p.rows).map(|r| r.planned).sum();
    assert_eq!(planned, 9);
}

// ---------------------------------------------------------------------------
// The pillar mix

fn pillar(id: &str, name: &str, intended: Option<f64>) -> Pillar {
    Pillar {
        name: name.into(),
        share: intended,
        ..Pillar::new(PillarId::parse(id).unwrap())
    }
}

/// Recipes (40%), Behind the scenes (60%) and Events (no share, no posts);
/// four posts in the eight weeks, one of them with no pillar.
fn mix_plan() -> Plan {
    let mut plan = empty_plan();
    plan.strategy.content.pillars.extend([
        pillar("re", " Recipes ", Some(40.0)),
        pillar("bs", "Behind the scenes", Some(60.0)),
        pillar("ev", "Events", None),
    ]);
    for (id, when, of, status) in [
        ("r1", at(5, 5, 9), Some("re"), PostStatus::Published),
        ("r2", at(6, 24, 9), Some("re"), PostStatus::Draft),
        ("r0", at(5, 1, 9), Some("re"), PostStatus::Published),
        ("r9", at(6, 30, 9), Some("re"), PostStatus::Published),
        ("b1", at(6, 2, 9), Some("bs"), PostStatus::Scheduled),
        ("x1", at(6, 10, 9), None, PostStatus::Idea),
    ] {
        add_post(&mut plan, post(id, when, on_pillar(of, status)));
    }
    add_task(&mut plan, task("t1", day(6, 23), None, true));
    plan
}

#[test]
fn the_mix_has_a_row_per_pillar_with_its_counts_and_intended_share() {
    let mix = mix_plan().pillar_mix(today(), Weekday::Mon);
    let labels: Vec<String> = mix.iter().map(|t| t.label.to_string()).collect();
    assert_eq!(labels, ["Recipes", "Behind the scenes", "Events"]);
    // Posts before 4 May or after 28 June are outside the weeks.
    assert_eq!(counts(&mix), [(2, 1), (1, 0), (0, 0)]);
    let intended: Vec<Option<f64>> = mix.iter().map(|t| t.intended).collect();
    assert_eq!(intended, [Some(40.0), Some(60.0), None]);
}

#[test]
fn the_mix_counts_the_days_of_a_series() {
    let mut plan = mix_plan();
    // Mondays 8 to 29 June, but only up to the 28th count: three.
    plan.calendar.series.push(series(
        "ss",
        range(day(6, 8), day(6, 29)),
        vec![Weekday::Mon],
        on_pillar(Some("ev"), PostStatus::Published),
    ));
    let mix = plan.pillar_mix(today(), Weekday::Mon);
    assert_eq!(counts(&mix), [(2, 1), (1, 0), (3, 3)]);
}

#[test]
fn a_pillar_row_reads_as_its_shares_of_the_whole() {
    let mix = mix_plan().pillar_mix(today(), Weekday::Mon);
    // The whole counts the post with no pillar: four planned, one published.
    let whole = Some((4, 1));
    assert_eq!(
        mix[0].describe(whole),
        "Recipes: 50% of the posts planned, 100% of those published; the strategy intends 40%"
    );
    assert_eq!(
        mix[1].describe(whole),
        "Behind the scenes: 25% of the posts planned, 0% of those published; the strategy intends 60%"
    );
    assert_eq!(
        mix[2].describe(whole),
        "Events: 0% of the posts planned, 0% of those published"
    );
    assert_eq!(
        mix[1].describe(Some((4, 0))),
        "Behind the scenes: 25% of the posts planned, none of those published; the strategy intends 60%"
    );
    // Without the whole, the counts alone.
    assert_eq!(mix[0].describe(None), "Recipes: 2 planned, 1 published");
}

#[test]
fn an_intended_share_keeps_its_fraction() {
    let tally = Tally {
        label: social_media_planner::plan::Said::value("Tips"),
        planned: 1,
        published: 1,
        intended: Some(12.5),
    };
    assert_eq!(
        tally.describe(Some((8, 2))),
        "Tips: 13% of the posts planned, 50% of those published; the strategy intends 12.5%"
    );
}

#[test]
fn with_no_posts_in_the_weeks_there_is_no_mix() {
    let mut plan = mix_plan();
    assert!(plan.pillar_mix(day(11, 30), Weekday::Mon).is_empty());
    plan.calendar.posts.retain(|_| false);
    assert!(plan.pillar_mix(today(), Weekday::Mon).is_empty());
    // With posts but no pillars, no rows either.
    let mut bare = mix_plan();
    bare.strategy.content.pillars.clear();
    assert!(bare.pillar_mix(today(), Weekday::Mon).is_empty());
}

#[test]
fn the_mix_weeks_start_on_the_users_first_day() {
    let mut plan = mix_plan();
    // Sunday 3 May: in the eight weeks from Sunday, not from Monday.
    add_post(
        &mut plan,
        post(
            "r3",
            at(5, 3, 9),
            on_pillar(Some("re"), PostStatus::Published),
        ),
    );
    assert_eq!(plan.pillar_mix(today(), Weekday::Mon)[0].planned, 2);
    assert_eq!(plan.pillar_mix(today(), Weekday::Sun)[0].planned, 3);
}

// A pillar with no name is "Unnamed pillar", as everywhere in the app.
#[test]
fn an_unnamed_pillar_is_called_as_everywhere_else() {
    let mut plan = mix_plan();
    plan.strategy.content.pillars[1].name = "  ".into();
    let mix = plan.pillar_mix(today(), Weekday::Mon);
    assert_eq!(
        mix[1].label,
        plan.strategy.content.pillars[1].title().english()
    );
    assert_eq!(mix[1].label, "Unnamed pillar");
}

#[test]
fn a_share_is_a_whole_percent_or_none_of_nothing() {
    assert_eq!(share(1, 3), "33%");
    assert_eq!(share(2, 3), "67%");
    assert_eq!(share(0, 5), "0%");
    assert_eq!(share(5, 5), "100%");
    assert_eq!(share(1, 8), "13%");
    assert_eq!(share(0, 0), "none");
}
