#![cfg(not(target_arch = "wasm32"))]
//! The calendar: edits to posts, tasks and series, entry keys, and the rules
//! that judge what is planned.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use social_media_planner::plan::{
    example_strategy, BulkSet, Calendar, CalendarEdit, Campaign, CampaignId, DateRange, Entry,
    EntryItem, EntryKey, MemberId, Occurrence, Plan, PlanId, Post, PostContent, PostId, PostStatus,
    Recurrence, ResponseKind, Rule, Series, SeriesId, Severity, TargetedResponse, Task, TaskId,
};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(m, d).and_hms_opt(h, min, 0).unwrap()
}

fn example() -> Plan {
    example_strategy(
        PlanId::parse("p").unwrap(),
        DateTime::default(),
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
}

/// A post on the example's Instagram profile (5 a week, owned by Maya).
fn post(id: &str, when: NaiveDateTime) -> Post {
    let mut post = Post::new(PostId::parse(id).unwrap(), when);
    post.content.profile = example().strategy.profiles[0].id.clone().into();
    post
}

fn weekly(id: &str) -> Series {
    Series {
        id: SeriesId::parse(id).unwrap(),
        content: PostContent {
            copy: "Tip of the week".into(),
            ..PostContent::default()
        },
        time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        rule: Recurrence::Weekly(vec![Weekday::Tue]),
        days: DateRange::new(day(3, 1), day(3, 31)).unwrap(),
        skipped: Default::default(),
    }
}

fn march() -> DateRange {
    DateRange::new(day(3, 1), day(3, 31)).unwrap()
}

fn keys(calendar: &Calendar) -> Vec<String> {
    calendar
        .entries(march())
        .iter()
        .map(|e| e.key.to_param())
        .collect()
}

#[test]
fn entries_come_in_order_of_day_and_time_with_series_days_drawn() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutPost(post("late", at(3, 2, 18, 0))));
    calendar.apply(CalendarEdit::PutPost(post("early", at(3, 2, 8, 0))));
    calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t").unwrap(),
        day(3, 2),
    )));
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    assert_eq!(
        keys(&calendar)[..5],
        ["t.t", "p.early", "o.w.20270302", "p.late", "o.w.20270309"]
    );
    assert_eq!(calendar.entries(march()).len(), 3 + 5);
}

#[test]
fn entry_keys_survive_the_url() {
    for key in [
        EntryKey::Post(PostId::parse("p-1").unwrap()),
        EntryKey::Task(TaskId::parse("t_2").unwrap()),
        EntryKey::Occurrence(Occurrence {
            series: SeriesId::parse("w-9").unwrap(),
            day: day(2, 28),
        }),
    ] {
        assert_eq!(EntryKey::from_param(&key.to_param()), Some(key));
    }
    assert_eq!(EntryKey::from_param("x.1"), None);
    assert_eq!(EntryKey::from_param("o.w.notadate"), None);
}

#[test]
fn one_day_of_a_series_can_be_edited_alone_or_skipped() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    let series = calendar.series[0].clone();
    let mut alone = series.post_on(day(3, 9));
    alone.content.copy = "A special one".into();
    alone.at = at(3, 10, 12, 0);
    calendar.apply(CalendarEdit::Detach(alone));
    calendar.apply(CalendarEdit::Skip(Occurrence {
        series: series.id.clone(),
        day: day(3, 16),
    }));
    assert_eq!(
        keys(&calendar),
        [
            "o.w.20270302",
            "p.w_20270309",
            "o.w.20270323",
            "o.w.20270330"
        ]
    );
    // Editing the series changes every day still in it, not the one edited alone.
    let mut all = calendar.series[0].clone();
    all.content.copy = "New tip".into();
    calendar.apply(CalendarEdit::PutSeries(all));
    let copies: Vec<String> = calendar
        .entries(march())
        .iter()
        .map(|e| e.post().unwrap().content.copy.clone())
        .collect();
    assert_eq!(copies, ["New tip", "A special one", "New tip", "New tip"]);
    // Removing the series keeps the day edited alone, as a plain post.
    calendar.apply(CalendarEdit::RemoveSeries(series.id.clone()));
    assert_eq!(keys(&calendar), ["p.w_20270309"]);
    assert_eq!(calendar.posts.iter().next().unwrap().occurrence_of, None);
}

#[test]
fn a_post_becomes_a_series() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutPost(post("p", at(3, 2, 9, 0))));
    calendar.apply(CalendarEdit::PostToSeries {
        post: PostId::parse("p").unwrap(),
        series: weekly("w"),
    });
    assert!(calendar.posts.is_empty());
    assert_eq!(calendar.entries(march()).len(), 5);
}

#[test]
fn a_bulk_change_reaches_posts_series_days_and_task_owners() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutPost(post("a", at(3, 1, 9, 0))));
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t").unwrap(),
        day(3, 3),
    )));
    let chosen = vec![
        EntryKey::Post(PostId::parse("a").unwrap()),
        EntryKey::Occurrence(Occurrence {
            series: SeriesId::parse("w").unwrap(),
            day: day(3, 2),
        }),
        EntryKey::Task(TaskId::parse("t").unwrap()),
    ];
    calendar.apply(CalendarEdit::Bulk {
        entries: chosen.clone(),
        set: BulkSet::Status(PostStatus::Ready),
    });
    let dana = MemberId::parse("dana").unwrap();
    let mut retargeted = chosen.clone();
    retargeted[1] = EntryKey::Post(PostId::parse("w_20270302").unwrap());
    calendar.apply(CalendarEdit::Bulk {
        entries: retargeted,
        set: BulkSet::Owner(Some(dana.clone())),
    });
    let entries = calendar.entries(march());
    let status = |key: &str| {
        entries
            .iter()
            .find(|e| e.key.to_param() == key)
            .and_then(|e| e.content().map(|c| c.status))
    };
    assert_eq!(status("p.a"), Some(PostStatus::Ready));
    assert_eq!(status("p.w_20270302"), Some(PostStatus::Ready));
    assert_eq!(status("o.w.20270309"), Some(PostStatus::Idea));
    assert_eq!(calendar.tasks.iter().next().unwrap().owner, Some(dana));
}

#[test]
fn posts_too_close_on_one_profile_are_warned_on_the_later_one() {
    let mut plan = example();
    plan.calendar
        .apply(CalendarEdit::PutPost(post("a", at(3, 2, 9, 0))));
    plan.calendar
        .apply(CalendarEdit::PutPost(post("b", at(3, 2, 9, 20))));
    plan.calendar
        .apply(CalendarEdit::PutPost(post("c", at(3, 2, 9, 50))));
    let entries = plan.calendar.entries(march());
    let found = plan.calendar_findings(march(), &entries, Weekday::Mon);
    let close: Vec<_> = found
        .iter()
        .filter(|f| f.rule == Rule::PostsTooClose)
        .collect();
    assert_eq!(close.len(), 1);
    assert_eq!(close[0].place.item.as_deref(), Some("p.b"));
    assert!(close[0].message.to_string().contains("(09:00 and 09:20)"));
}

#[test]
fn cadence_is_judged_per_whole_week_and_profile() {
    let mut plan = example();
    // Instagram intends 5 a week: plan 2 in the week of 1 March, 6 in the next.
    for (n, d) in [1, 3].iter().enumerate() {
        plan.calendar.apply(CalendarEdit::PutPost(post(
            &format!("a{n}"),
            at(3, *d, 10, 0),
        )));
    }
    for d in 8..=13 {
        plan.calendar.apply(CalendarEdit::PutPost(post(
            &format!("b{d}"),
            at(3, d, 10, 0),
        )));
    }
    let range = DateRange::new(day(3, 1), day(3, 14)).unwrap();
    let entries = plan.calendar.entries(range);
    let cadence: Vec<String> = plan
        .calendar_findings(range, &entries, Weekday::Mon)
        .into_iter()
        .filter(|f| f.rule == Rule::CadenceOff && f.message.to_string().starts_with("Instagram"))
        .map(|f| f.message.to_string())
        .collect();
    // One line for the profile over the days shown, naming each week off.
    assert_eq!(
        cadence,
        ["Instagram @hearthandcrumb: 2 weeks off the 5 a week the content strategy intends: 2 the week of 1 Mar and 6 the week of 8 Mar."]
    );
    let found = plan.calendar_findings(range, &entries, Weekday::Mon);
    let instagram = found
        .iter()
        .find(|f| f.rule == Rule::CadenceOff && f.message.to_string().starts_with("Instagram"))
        .unwrap();
    assert_eq!(
        instagram
            .suggestion
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("Move posts from the full weeks to the thin ones, or change the profile's cadence.")
    );
    // One week off says so in a sentence of its own.
    let one_week = DateRange::new(day(3, 1), day(3, 7)).unwrap();
    let found = plan.calendar_findings(one_week, &plan.calendar.entries(one_week), Weekday::Mon);
    let said: Vec<String> = found
        .iter()
        .filter(|f| f.rule == Rule::CadenceOff)
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(
        said,
        ["Instagram @hearthandcrumb: 2 posts planned the week of 1 Mar, fewer than the 5 the content strategy intends."]
    );
}

#[test]
fn an_empty_month_says_once_per_profile_that_nothing_is_planned() {
    // The example's three profiles, nothing planned in March: one gap each,
    // no cadence line on top, where there were fifteen lines.
    let plan = example();
    let found = plan.calendar_findings(march(), &plan.calendar.entries(march()), Weekday::Mon);
    let said: Vec<(Rule, String)> = found
        .iter()
        .map(|f| (f.rule, f.message.to_string()))
        .collect();
    let said: Vec<(Rule, &str)> = said.iter().map(|(r, m)| (*r, m.as_str())).collect();
    assert_eq!(
        said,
        [
            (Rule::Gap, "Nothing on Instagram @hearthandcrumb from 1 Mar to 31 Mar: 31 days, where 5 a week allow about 3."),
            (Rule::Gap, "Nothing on Facebook Hearth & Crumb Bakery from 1 Mar to 31 Mar: 31 days, where 1 a week allow about 14."),
            (Rule::Gap, "Nothing on LinkedIn Hearth & Crumb from 1 Mar to 31 Mar: 31 days, where 1 a week allow about 14."),
        ]
    );
    assert_eq!(
        social_media_planner::plan::checks_title(found.len(), 0).to_string(),
        "Checks on the days shown: 3 warnings, 0 other notes"
    );
}

#[test]
fn days_outside_the_strategys_horizon_are_not_judged_for_cadence_or_gaps() {
    // The horizon starts on 1 December 2026: November is not judged at all,
    // and a range across the start only from the first.
    let mut plan = example();
    let november = DateRange::new(
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    )
    .unwrap();
    let found = plan.calendar_findings(november, &plan.calendar.entries(november), Weekday::Mon);
    assert_eq!(found, []);
    let across = DateRange::new(
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 13).unwrap(),
    )
    .unwrap();
    let found = plan.calendar_findings(across, &plan.calendar.entries(across), Weekday::Mon);
    assert!(
        found
            .iter()
            .all(|f| f.message.to_string().contains("from 1 Dec to 13 Dec")),
        "{found:?}"
    );
    // Without a horizon, every day shown is judged.
    plan.strategy.measurement.horizon = None;
    let found = plan.calendar_findings(november, &plan.calendar.entries(november), Weekday::Mon);
    assert_eq!(found.len(), 3);
}

#[test]
fn a_gap_longer_than_the_cadence_allows_is_warned() {
    let mut plan = example();
    plan.calendar
        .apply(CalendarEdit::PutPost(post("a", at(3, 1, 10, 0))));
    plan.calendar
        .apply(CalendarEdit::PutPost(post("b", at(3, 4, 10, 0))));
    plan.calendar
        .apply(CalendarEdit::PutPost(post("c", at(3, 12, 10, 0))));
    let range = DateRange::new(day(3, 1), day(3, 14)).unwrap();
    let entries = plan.calendar.entries(range);
    let gaps: Vec<String> = plan
        .calendar_findings(range, &entries, Weekday::Mon)
        .into_iter()
        .filter(|f| f.rule == Rule::Gap && f.message.to_string().contains("Instagram"))
        .map(|f| f.message.to_string())
        .collect();
    // 5 a week allow about 3 empty days: 5–11 March is a gap; 13–14 is not.
    assert_eq!(gaps, ["Nothing on Instagram @hearthandcrumb from 5 Mar to 11 Mar: 7 days, where 5 a week allow about 3."]);
    // Over March, the second stretch (13–31) joins it in the same line.
    let gaps: Vec<String> = plan
        .calendar_findings(march(), &plan.calendar.entries(march()), Weekday::Mon)
        .into_iter()
        .filter(|f| f.rule == Rule::Gap && f.message.to_string().contains("Instagram"))
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(gaps, ["Nothing on Instagram @hearthandcrumb for 2 stretches longer than the 3 days 5 a week allow: 5 Mar to 11 Mar (7 days) and 13 Mar to 31 Mar (19 days)."]);
}

#[test]
fn an_owner_who_neither_owns_nor_approves_the_profile_is_noted() {
    let mut plan = example();
    let mut by_maya = post("a", at(3, 2, 10, 0));
    by_maya.content.owner = Some(MemberId::parse("e-maya").unwrap());
    let mut by_stranger = post("b", at(3, 3, 10, 0));
    by_stranger.content.owner = Some(MemberId::parse("e-stranger").unwrap());
    plan.calendar.apply(CalendarEdit::PutPost(by_maya));
    plan.calendar.apply(CalendarEdit::PutPost(by_stranger));
    let entries = plan.calendar.entries(march());
    let notes: Vec<_> = plan
        .calendar_findings(march(), &entries, Weekday::Mon)
        .into_iter()
        .filter(|f| f.rule == Rule::OwnerNotOnProfile)
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].severity, Severity::Note);
    assert_eq!(notes[0].place.item.as_deref(), Some("p.b"));
}

#[test]
fn the_pillar_mix_shown_is_judged_against_the_strategy() {
    let mut plan = example();
    let ovens = plan.strategy.content.pillars[0].id.clone();
    for d in 1..=8 {
        let mut p = post(&format!("p{d}"), at(3, d, 10, 0));
        p.content.pillar = Some(ovens.clone());
        plan.calendar.apply(CalendarEdit::PutPost(p));
    }
    let entries = plan.calendar.entries(march());
    let mix: Vec<String> = plan
        .calendar_findings(march(), &entries, Weekday::Mon)
        .into_iter()
        .filter(|f| f.rule == Rule::MixOff)
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(mix[0], "“From our ovens” is 100% of the posts shown, against the 40% the content strategy intends.");
    assert_eq!(mix.len(), 3);
}

#[test]
fn a_post_outside_its_campaign_or_on_a_profile_that_does_not_fit_is_warned() {
    let mut plan = example();
    let service = plan.strategy.profiles[1].id.clone();
    let mut campaign = Campaign::new(
        CampaignId::parse("m").unwrap(),
        DateRange::new(day(3, 1), day(3, 31)).unwrap(),
    );
    campaign.response = Some(TargetedResponse {
        kind: ResponseKind::Sales,
        name: "Kits".into(),
        target: Some(10.0),
        results: Vec::new(),
    });
    plan.campaigns.push(campaign.into());
    let mut outside = post("a", at(4, 2, 10, 0));
    outside.content.campaign = Some(CampaignId::parse("m").unwrap());
    let mut misfit = post("b", at(3, 2, 10, 0));
    misfit.content.campaign = Some(CampaignId::parse("m").unwrap());
    misfit.content.profile = Some(service);
    plan.calendar.apply(CalendarEdit::PutPost(outside));
    plan.calendar.apply(CalendarEdit::PutPost(misfit));
    let range = DateRange::new(day(3, 1), day(4, 30)).unwrap();
    let entries = plan.calendar.entries(range);
    let found = plan.calendar_findings(range, &entries, Weekday::Mon);
    let rules: Vec<(Rule, Option<&str>)> = found
        .iter()
        .filter(|f| matches!(f.rule, Rule::PostOutsideCampaign | Rule::PostAgainstPurpose))
        .map(|f| (f.rule, f.place.item.as_deref()))
        .collect();
    assert_eq!(
        rules,
        [
            (Rule::PostAgainstPurpose, Some("p.b")),
            (Rule::PostOutsideCampaign, Some("p.a"))
        ]
    );
}

#[test]
fn a_post_without_a_profile_or_with_a_removed_one_is_flagged() {
    let mut plan = example();
    let mut bare = post("a", at(3, 2, 10, 0));
    bare.content.profile = None;
    let mut ghost = post("b", at(3, 3, 10, 0));
    ghost.content.profile = Some("gone".to_owned().try_into().unwrap());
    plan.calendar.apply(CalendarEdit::PutPost(bare));
    plan.calendar.apply(CalendarEdit::PutPost(ghost));
    let entries = plan.calendar.entries(march());
    let found = plan.calendar_findings(march(), &entries, Weekday::Mon);
    assert!(found
        .iter()
        .any(|f| f.rule == Rule::FieldMissing && f.place.item.as_deref() == Some("p.a")));
    assert!(found
        .iter()
        .any(|f| f.rule == Rule::BrokenLink && f.place.item.as_deref() == Some("p.b")));
}

#[test]
fn entries_move_to_another_day_keeping_their_time() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutPost(post("p", at(3, 2, 18, 30))));
    calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t").unwrap(),
        day(3, 2),
    )));
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    let moves = [
        (EntryKey::Post(PostId::parse("p").unwrap()), day(3, 5)),
        (EntryKey::Task(TaskId::parse("t").unwrap()), day(3, 6)),
        (
            EntryKey::Occurrence(Occurrence {
                series: SeriesId::parse("w").unwrap(),
                day: day(3, 9),
            }),
            day(3, 11),
        ),
    ];
    for (key, to) in moves {
        let edit = calendar.move_to(&key, to).unwrap();
        calendar.apply(edit);
    }
    assert_eq!(
        calendar.post(&PostId::parse("p").unwrap()).unwrap().at,
        at(3, 5, 18, 30)
    );
    assert_eq!(calendar.tasks.iter().next().unwrap().due, day(3, 6));
    let moved = calendar
        .post(&PostId::parse("w_20270309").unwrap())
        .unwrap();
    assert_eq!(moved.at, at(3, 11, 9, 0));
    assert!(!calendar.series[0].posts_on(day(3, 9)));
    assert_eq!(
        calendar.move_to(&EntryKey::Post(PostId::parse("none").unwrap()), day(3, 1)),
        None
    );
}

#[test]
fn a_duplicate_is_a_plain_copy_on_the_same_day() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    let key = EntryKey::Occurrence(Occurrence {
        series: SeriesId::parse("w").unwrap(),
        day: day(3, 2),
    });
    let edit = calendar
        .duplicate(
            &key,
            PostId::parse("copy").unwrap(),
            TaskId::parse("unused").unwrap(),
        )
        .unwrap();
    calendar.apply(edit);
    let copy = calendar.post(&PostId::parse("copy").unwrap()).unwrap();
    assert_eq!(
        (copy.at, copy.occurrence_of.clone()),
        (at(3, 2, 9, 0), None)
    );
    assert!(calendar.series[0].posts_on(day(3, 2)));
}

#[test]
fn a_post_saved_from_the_panel_replaces_it_leaves_its_series_or_changes_them_all() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutPost(post("p", at(3, 2, 18, 0))));
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    let plain = EntryKey::Post(PostId::parse("p").unwrap());
    let mut changed = calendar.post(&PostId::parse("p").unwrap()).unwrap().clone();
    changed.content.copy = "Hello".into();
    assert_eq!(calendar.series_of(&plain), None);
    assert_eq!(
        calendar.save_post(&plain, changed.clone(), true),
        (CalendarEdit::PutPost(changed), None)
    );

    let tuesday = EntryKey::Occurrence(Occurrence {
        series: SeriesId::parse("w").unwrap(),
        day: day(3, 9),
    });
    assert_eq!(calendar.series_of(&tuesday), Some(&weekly("w")));
    let mut day_of = calendar.series[0].post_on(day(3, 9));
    day_of.content.copy = "Just this once".into();
    day_of.at = at(3, 9, 12, 0);
    // Alone: the day becomes a post of its own, and that post is opened.
    let (edit, open) = calendar.save_post(&tuesday, day_of.clone(), false);
    assert_eq!(edit, CalendarEdit::Detach(day_of.clone()));
    assert_eq!(
        open,
        Some(EntryKey::Post(PostId::parse("w_20270309").unwrap()))
    );
    // The whole series: its content and time change, its days stay.
    let (edit, open) = calendar.save_post(&tuesday, day_of, true);
    let mut expected = weekly("w");
    expected.content.copy = "Just this once".into();
    expected.time = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
    assert_eq!((edit, open), (CalendarEdit::PutSeries(expected), None));
}

#[test]
fn deleting_an_entry_removes_a_post_or_task_but_skips_a_series_day() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutPost(post("p", at(3, 2, 18, 0))));
    calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t").unwrap(),
        day(3, 3),
    )));
    calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    for key in ["p.p", "t.t", "o.w.20270309"] {
        let key = EntryKey::from_param(key).unwrap();
        calendar.apply(CalendarEdit::delete(&key));
    }
    assert_eq!(
        keys(&calendar),
        [
            "o.w.20270302",
            "o.w.20270316",
            "o.w.20270323",
            "o.w.20270330"
        ]
    );
}

#[test]
fn the_entry_an_edit_puts_is_the_one_to_open() {
    let p = post("p", at(3, 2, 9, 0));
    let t = Task::new(TaskId::parse("t").unwrap(), day(3, 3));
    assert_eq!(
        CalendarEdit::PutPost(p.clone()).put_key(),
        EntryKey::from_param("p.p")
    );
    assert_eq!(
        CalendarEdit::Detach(p).put_key(),
        EntryKey::from_param("p.p")
    );
    assert_eq!(
        CalendarEdit::PutTask(t).put_key(),
        EntryKey::from_param("t.t")
    );
    let made = CalendarEdit::PostToSeries {
        post: PostId::parse("p").unwrap(),
        series: weekly("w"),
    };
    // The first Tuesday of the series' days.
    assert_eq!(made.put_key(), EntryKey::from_param("o.w.20270302"));
    assert_eq!(CalendarEdit::PutSeries(weekly("w")).put_key(), None);
    assert_eq!(
        CalendarEdit::RemovePost(PostId::parse("p").unwrap()).put_key(),
        None
    );
}

#[test]
fn a_duplicated_task_is_put_under_its_new_id() {
    let mut calendar = Calendar::default();
    calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t").unwrap(),
        day(3, 3),
    )));
    let edit = calendar
        .duplicate(
            &EntryKey::from_param("t.t").unwrap(),
            PostId::parse("unused").unwrap(),
            TaskId::parse("copy").unwrap(),
        )
        .unwrap();
    assert_eq!(edit.put_key(), EntryKey::from_param("t.copy"));
    calendar.apply(edit);
    assert_eq!(
        calendar.task(&TaskId::parse("copy").unwrap()).unwrap().due,
        day(3, 3)
    );
}

mod recurrence_properties {
    use super::*;
    use proptest::prelude::*;

    const WEEKDAYS: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    fn date(offset: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Duration::days(offset)
    }

    fn range(start: i64, len: i64) -> DateRange {
        DateRange::new(date(start), date(start + len)).unwrap()
    }

    fn rule() -> impl Strategy<Value = Recurrence> {
        prop_oneof![
            (1u32..60).prop_map(Recurrence::EveryDays),
            proptest::collection::btree_set(0usize..7, 1..=7).prop_map(|days| Recurrence::Weekly(
                days.into_iter().map(|d| WEEKDAYS[d]).collect()
            )),
        ]
    }

    fn series(rule: Recurrence, days: DateRange, skipped: Vec<i64>) -> Series {
        Series {
            id: SeriesId::parse("w").unwrap(),
            content: PostContent::default(),
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            rule,
            days,
            skipped: skipped.into_iter().map(date).collect(),
        }
    }

    /// Whether the series falls on a day, worked out the slow, obvious way.
    fn falls_on(series: &Series, day: NaiveDate) -> bool {
        use chrono::Datelike;
        series.days.contains(day)
            && !series.skipped.contains(&day)
            && match &series.rule {
                Recurrence::EveryDays(step) => {
                    (day - series.days.start()).num_days() % i64::from(*step) == 0
                }
                Recurrence::Weekly(days) => days.contains(&day.weekday()),
            }
    }

    proptest! {
        #[test]
        fn a_series_falls_on_exactly_the_days_its_rule_gives(
            rule in rule(),
            (start, len) in (0i64..800, 0i64..400),
            (from, span) in (-50i64..900, 0i64..120),
            skipped in proptest::collection::vec(0i64..1200, 0..6),
        ) {
            let series = series(rule, range(start, len), skipped);
            let window = range(from, span);
            let dates = series.dates(window);
            let expected: Vec<NaiveDate> = (0..=span).map(|n| date(from + n)).filter(|d| falls_on(&series, *d)).collect();
            prop_assert_eq!(dates, expected);
        }

        #[test]
        fn two_windows_side_by_side_hold_what_their_union_holds(
            rule in rule(),
            (start, len) in (0i64..400, 0i64..400),
            (from, first, second) in (0i64..500, 0i64..60, 1i64..60),
        ) {
            let series = series(rule, range(start, len), Vec::new());
            let mut split = series.dates(range(from, first));
            split.extend(series.dates(range(from + first + 1, second - 1)));
            prop_assert_eq!(split, series.dates(range(from, first + second)));
        }
    }
}

#[test]
fn the_plans_summary_counts_posts_with_series_days_and_tasks_apart() {
    let mut plan = Plan::new(
        PlanId::parse("p").unwrap(),
        social_media_planner::plan::PlanName::parse("P").unwrap(),
        DateTime::default(),
    );
    plan.calendar
        .apply(CalendarEdit::PutPost(post("a", at(3, 2, 9, 0))));
    // Five Tuesdays in March 2027.
    plan.calendar.apply(CalendarEdit::PutSeries(weekly("w")));
    plan.calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t").unwrap(),
        day(3, 1),
    )));
    let summary = plan.summary();
    assert_eq!((summary.posts, summary.tasks), (6, 1));
    assert_eq!(summary.contents(), ["6 posts", "1 task"]);
    let many = social_media_planner::plan::PlanSummary {
        campaigns: 1,
        posts: 18_000,
        tasks: 1_234_567,
        ..Default::default()
    };
    assert_eq!(
        many.contents(),
        ["1 campaign", "18,000 posts", "1,234,567 tasks"]
    );
    // What an import lists of an incoming plan, in the singular when one.
    assert_eq!(many.outline(), "0 objectives, 0 profiles, 1 campaign");
    let one = social_media_planner::plan::PlanSummary {
        objectives: 1,
        profiles: 2,
        ..Default::default()
    };
    assert_eq!(one.outline(), "1 objective, 2 profiles, 0 campaigns");
}

mod entries_since {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Edit {
        /// Puts post `n` on day `d` of March-April at hour `h`.
        Post(u8, i64, u32),
        RemovePost(u8),
        Task(u8, i64),
        RemoveTask(u8),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            (0u8..40, -20i64..80, 7u32..20).prop_map(|(n, d, h)| Edit::Post(n, d, h)),
            (0u8..40).prop_map(Edit::RemovePost),
            (0u8..10, -20i64..80).prop_map(|(n, d)| Edit::Task(n, d)),
            (0u8..10).prop_map(Edit::RemoveTask),
        ]
    }

    fn apply(calendar: &mut Calendar, edit: &Edit) {
        let day = |d: i64| day(3, 1) + chrono::Duration::days(d);
        let change = match edit {
            Edit::Post(n, d, h) => {
                let mut post = post(&format!("p{n}"), day(*d).and_hms_opt(*h, 0, 0).unwrap());
                post.content.copy = format!("post {n} on {d}");
                CalendarEdit::PutPost(post)
            }
            Edit::RemovePost(n) => {
                CalendarEdit::RemovePost(PostId::parse(&format!("p{n}")).unwrap())
            }
            Edit::Task(n, d) => {
                CalendarEdit::PutTask(Task::new(TaskId::parse(&format!("t{n}")).unwrap(), day(*d)))
            }
            Edit::RemoveTask(n) => {
                CalendarEdit::RemoveTask(TaskId::parse(&format!("t{n}")).unwrap())
            }
        };
        calendar.apply(change);
    }

    proptest! {
        #[test]
        fn entries_worked_out_from_an_earlier_version_are_the_entries(
            start in prop::collection::vec(edit(), 0..60),
            edits in prop::collection::vec(prop::collection::vec(edit(), 1..4), 1..20),
        ) {
            let mut calendar = example().calendar;
            calendar.apply(CalendarEdit::PutSeries(weekly("w")));
            for e in &start {
                apply(&mut calendar, e);
            }
            let range = march();
            let mut shown = calendar.entries(range);
            for batch in edits {
                let earlier = calendar.clone();
                for e in &batch {
                    apply(&mut calendar, e);
                }
                shown = calendar.entries_since(&earlier, &shown, range);
                let keys = |entries: &[social_media_planner::plan::Entry]| -> Vec<String> {
                    entries.iter().map(|e| e.key.to_param()).collect()
                };
                let full = calendar.entries(range);
                prop_assert_eq!(keys(&shown), keys(&full));
                prop_assert_eq!(&shown, &full);
            }
        }
    }
}

#[test]
fn only_a_change_of_words_leaves_what_the_rules_judge_as_it_was() {
    let mut calendar = example().calendar;
    calendar.apply(CalendarEdit::PutPost(post("p1", at(3, 10, 9, 0))));
    calendar.apply(CalendarEdit::PutTask(Task::new(
        TaskId::parse("t1").unwrap(),
        day(3, 11),
    )));
    let earlier = calendar.clone();
    assert!(calendar.changed_only_in_words(&earlier));
    let mut post = calendar
        .post(&PostId::parse("p1").unwrap())
        .unwrap()
        .clone();
    post.content.copy = "New words".into();
    post.content.link = "https://example.com".into();
    post.content.notes = "Ask Dana".into();
    let mut words = calendar.clone();
    words.apply(CalendarEdit::PutPost(post.clone()));
    assert!(words.changed_only_in_words(&earlier));
    for change in [
        |p: &mut Post| p.at = at(3, 12, 9, 0),
        |p: &mut Post| p.content.status = PostStatus::Ready,
        |p: &mut Post| p.content.owner = Some(MemberId::parse("m-x").unwrap()),
        |p: &mut Post| p.content.profile = None,
    ] {
        let mut other = post.clone();
        change(&mut other);
        let mut changed = calendar.clone();
        changed.apply(CalendarEdit::PutPost(other));
        assert!(!changed.changed_only_in_words(&earlier));
    }
    let mut task_moved = calendar.clone();
    task_moved.apply(CalendarEdit::RemoveTask(TaskId::parse("t1").unwrap()));
    assert!(!task_moved.changed_only_in_words(&earlier));
    let mut added = calendar.clone();
    added.apply(CalendarEdit::PutPost(self::post("p2", at(3, 10, 9, 0))));
    assert!(!added.changed_only_in_words(&earlier));
}

#[test]
fn a_change_of_words_puts_the_new_version_where_the_old_one_stood() {
    let mut calendar = example().calendar;
    calendar.apply(CalendarEdit::PutPost(post("p1", at(3, 10, 9, 0))));
    calendar.apply(CalendarEdit::PutPost(post("p2", at(3, 10, 11, 0))));
    let earlier = calendar.clone();
    let mut shown = earlier.entries(march());
    let mut p2 = calendar
        .post(&PostId::parse("p2").unwrap())
        .unwrap()
        .clone();
    p2.content.copy = "New words".into();
    calendar.apply(CalendarEdit::PutPost(p2.clone()));
    let posts = calendar.reworded(&earlier).expect("only words changed");
    assert_eq!(posts.len(), 1);
    assert!(social_media_planner::plan::Entry::reword(
        &mut shown, &posts[0]
    ));
    assert_eq!(shown, calendar.entries(march()));
    // A post moved is not a change of words; one not shown is not found.
    let mut moved = calendar.clone();
    p2.at = at(3, 12, 9, 0);
    moved.apply(CalendarEdit::PutPost(p2));
    assert!(moved.reworded(&calendar).is_none());
    let mut april = calendar.entries(DateRange::new(day(4, 1), day(4, 30)).unwrap());
    assert!(!social_media_planner::plan::Entry::reword(
        &mut april, &posts[0]
    ));
}

#[test]
fn a_new_post_or_task_takes_what_the_calendar_is_filtered_for() {
    use social_media_planner::plan::{CampaignChoice, Filter, ProfileId};
    let plan = example();
    let id = || PostId::parse("new").unwrap();
    // No filter: at nine, on the strategy's first profile, owned by who runs it.
    let post = plan.new_post(id(), day(3, 10), &Filter::default());
    let first = &plan.strategy.profiles[0];
    assert_eq!(post.at, at(3, 10, 9, 0));
    assert_eq!(post.content.profile.as_ref(), Some(&first.id));
    assert_eq!(post.content.owner, first.owner);
    assert_eq!(post.content.campaign, None);
    // Filtered: the filter's profile, campaign, pillar and owner.
    let campaign = CampaignId::parse("m-spring").unwrap();
    let filter = Filter {
        profile: Some(plan.strategy.profiles[1].id.clone()),
        campaign: Some(CampaignChoice::Campaign(campaign.clone())),
        pillar: Some(plan.strategy.content.pillars[0].id.clone()),
        owner: Some(MemberId::parse("m-someone").unwrap()),
        status: None,
    };
    let post = plan.new_post(id(), day(3, 10), &filter);
    assert_eq!(post.content.profile, filter.profile);
    assert_eq!(post.content.campaign, Some(campaign.clone()));
    assert_eq!(post.content.pillar, filter.pillar);
    assert_eq!(post.content.owner, filter.owner);
    let gone = Filter {
        profile: Some(ProfileId::parse("gone").unwrap()),
        ..Filter::default()
    };
    assert_eq!(plan.new_post(id(), day(3, 10), &gone).content.owner, None);
    let task = Task::new_for(TaskId::parse("t").unwrap(), day(3, 11), &filter);
    assert_eq!(
        (task.due, task.owner, task.campaign),
        (day(3, 11), filter.owner.clone(), Some(campaign))
    );
}

#[test]
fn a_post_or_task_with_nothing_written_in_it_is_blank() {
    let mut new = post("a", at(3, 2, 9, 0));
    assert!(new.is_blank());
    // Chosen, not written: still blank.
    new.content.status = PostStatus::Draft;
    assert!(new.is_blank());
    new.content.notes = "  ".into();
    assert!(new.is_blank());
    for write in [
        |p: &mut Post| p.content.copy = "Fresh rye today".into(),
        |p: &mut Post| p.content.link = "https://example.com".into(),
        |p: &mut Post| p.content.media = "rye.jpg".into(),
        |p: &mut Post| p.content.notes = "Ask Maya".into(),
    ] {
        let mut written = new.clone();
        write(&mut written);
        assert!(!written.is_blank());
    }
    // What leaving an entry sends: the put of a blank post or task only,
    // never of a day of a series.
    let entry = |item: EntryItem| Entry {
        key: EntryKey::Post(new.id.clone()),
        day: day(3, 2),
        time: None,
        item,
    };
    let put = entry(EntryItem::Post(new.clone().into())).blank_put();
    assert_eq!(put, Some(CalendarEdit::PutPost(new.clone())));
    assert_eq!(
        entry(EntryItem::Occurrence(new.clone().into())).blank_put(),
        None
    );
    let mut written = new.clone();
    written.content.copy = "Rye".into();
    assert_eq!(entry(EntryItem::Post(written.into())).blank_put(), None);
    let mut task = Task::new(TaskId::parse("t").unwrap(), day(3, 2));
    assert!(task.is_blank());
    task.title = " ".into();
    assert!(task.is_blank());
    task.title = "Book the photographer".into();
    assert!(!task.is_blank());
}
