#![cfg(not(target_arch = "wasm32"))]
//! The iCalendar (RFC 5545) writer: a small plan's file as a whole, checked by
//! hand; folding of long lines with emoji and accents; escaping; a daylight
//! saving change; a leap day; what each scope holds; UIDs that stay and
//! SEQUENCE from the app's ledger; the fingerprint.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use social_media_planner::exchange::ics::{
    calendar_file, calendar_of, choices, chosen, events, file_title, fingerprint, summary, Ledger,
    Scope,
};
use social_media_planner::plan::{
    CalendarEdit, Campaign, CampaignId, CampaignMessage, DateRange, EntryKey, Member, MemberId,
    Occurrence, Pillar, PillarId, Plan, PlanId, PlanName, Platform, Post, PostContent, PostId,
    PostStatus, Profile, ProfileId, Recurrence, ResponseKind, Series, SeriesId, TargetedResponse,
    Task, TaskId,
};
use std::cell::RefCell;
use std::collections::HashMap;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(h, min, 0).unwrap()
}

fn range(from: NaiveDate, to: NaiveDate) -> DateRange {
    DateRange::new(from, to).unwrap()
}

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap()
}

/// Paris in 2027 as the browser knows it, for this file: UTC+1 until the
/// clocks go forward at 01:00 UTC on 28 March (02:00 becomes 03:00, so 02:xx
/// that morning does not exist), UTC+2 after.
fn paris(at: NaiveDateTime) -> Option<DateTime<Utc>> {
    let change = day(2027, 3, 28).and_hms_opt(2, 0, 0).unwrap();
    let hours = match at {
        at if at < change => 1,
        at if at < change + Duration::hours(1) => return None,
        _ => 2,
    };
    Some((at - Duration::hours(hours)).and_utc())
}

fn utc(at: NaiveDateTime) -> Option<DateTime<Utc>> {
    Some(at.and_utc())
}

fn zero(_: &str, _: u64) -> u32 {
    0
}

/// An empty plan, "Bakery, Lyon", with an Instagram and an X profile, a
/// pillar and a team member.
fn plan() -> Plan {
    let mut plan = Plan::new(
        PlanId::parse("bakery").unwrap(),
        PlanName::parse("Bakery, Lyon").unwrap(),
        DateTime::default(),
    );
    let mut strategy = plan.strategy.clone();
    let mut profiles = (*strategy.profiles).clone();
    profiles.push(Profile {
        handle: "@acme".into(),
        ..Profile::new(ProfileId::parse("ig").unwrap(), Platform::Instagram)
    });
    profiles.push(Profile {
        handle: "@crumb".into(),
        ..Profile::new(ProfileId::parse("x").unwrap(), Platform::X)
    });
    strategy.profiles = profiles.into();
    let mut content = (*strategy.content).clone();
    content.pillars.push(Pillar {
        name: "Bread, daily".into(),
        ..Pillar::new(PillarId::parse("l-bread").unwrap())
    });
    strategy.content = content.into();
    let mut team = (*strategy.team).clone();
    team.members.push(Member {
        name: "Maya".into(),
        ..Member::new(MemberId::parse("e-maya").unwrap())
    });
    strategy.team = team.into();
    plan.strategy = strategy;
    plan
}

fn campaign(id: &str, name: &str, dates: DateRange) -> Campaign {
    Campaign {
        name: name.into(),
        ..Campaign::new(CampaignId::parse(id).unwrap(), dates)
    }
}

fn post(id: &str, when: NaiveDateTime, content: PostContent) -> Post {
    Post {
        content,
        ..Post::new(PostId::parse(id).unwrap(), when)
    }
}

fn copy(text: &str) -> PostContent {
    PostContent {
        copy: text.into(),
        ..PostContent::default()
    }
}

fn on(profile: &str, campaign: Option<&str>) -> PostContent {
    PostContent {
        profile: Some(ProfileId::parse(profile).unwrap()),
        campaign: campaign.map(|c| CampaignId::parse(c).unwrap()),
        ..PostContent::default()
    }
}

fn task(id: &str, due: NaiveDate) -> Task {
    Task::new(TaskId::parse(id).unwrap(), due)
}

fn add_post(plan: &mut Plan, post: Post) {
    plan.calendar.posts.put(post.into());
}

fn add_task(plan: &mut Plan, task: Task) {
    plan.calendar.tasks.put(task.into());
}

/// RFC 5545's unfolding: a CRLF followed by a space is removed.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

/// The values of every logical line of `name` ("DTSTART" finds
/// "DTSTART:…" and "DTSTART;VALUE=DATE:…"), parameters kept.
fn values(text: &str, name: &str) -> Vec<String> {
    unfold(text)
        .split("\r\n")
        .filter_map(|line| {
            let rest = line.strip_prefix(name)?;
            (rest.starts_with(':') || rest.starts_with(';')).then(|| rest.to_owned())
        })
        .collect()
}

/// The UIDs of a file, without the "@<plan>.social-media-planner" they share.
fn uids(text: &str) -> Vec<String> {
    values(text, "UID")
        .iter()
        .map(|v| {
            v.trim_start_matches(':')
                .trim_end_matches("@bakery.social-media-planner")
                .to_owned()
        })
        .collect()
}

/// The VEVENT blocks of a file, unfolded, one logical line each.
fn blocks(text: &str) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfold(text).split("\r\n") {
        match line {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => all.extend(current.take()),
            _ => {
                if let Some(block) = current.as_mut() {
                    block.push(line.to_owned());
                }
            }
        }
    }
    all
}

/// Every physical line at most 75 octets, each ended by CRLF and none by a
/// lone CR or LF.
fn assert_well_formed(text: &str) {
    assert!(text.ends_with("\r\n"));
    let bytes = text.as_bytes();
    for physical in text.split("\r\n") {
        assert!(
            physical.len() <= 75,
            "{} octets: {physical}",
            physical.len()
        );
        assert!(!physical.contains('\r') && !physical.contains('\n'));
    }
    // Each physical line is valid UTF-8 on its own: no character cut.
    for physical in bytes.split(|b| *b == b'\n') {
        assert!(std::str::from_utf8(physical).is_ok());
    }
}

/// One campaign, one post and one task.
fn small_plan() -> Plan {
    let mut plan = plan();
    plan.campaigns.push(
        Campaign {
            response: Some(TargetedResponse {
                kind: ResponseKind::SignUps,
                name: String::new(),
                target: Some(1200.0),
                results: Vec::new(),
            }),
            message: Some(CampaignMessage::Own("Bread, baked fresh".into())),
            call_to_action: "Book a tasting".into(),
            ..campaign(
                "m-spring",
                "Spring, again",
                range(day(2027, 3, 1), day(2027, 4, 30)),
            )
        }
        .into(),
    );
    add_post(
        &mut plan,
        post(
            "p-1",
            at(2027, 3, 10, 9, 0),
            PostContent {
                copy: "Spring is here; come in, \"taste\" it\nFresh loaves at 7".into(),
                link: "https://example.com/spring".into(),
                pillar: Some(PillarId::parse("l-bread").unwrap()),
                owner: Some(MemberId::parse("e-maya").unwrap()),
                status: PostStatus::Scheduled,
                ..on("ig", Some("m-spring"))
            },
        ),
    );
    add_task(
        &mut plan,
        Task {
            title: "caption".into(),
            post: Some(PostId::parse("p-1").unwrap()),
            owner: Some(MemberId::parse("e-maya").unwrap()),
            ..task("t-1", day(2027, 3, 8))
        },
    );
    plan
}

#[test]
fn a_small_plans_file_is_exactly_as_checked_by_hand() {
    let text = calendar_file(
        &small_plan(),
        &Scope::Everything,
        "Europe/Paris",
        stamp(),
        paris,
        zero,
    );
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Social Media Planner//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Bakery\\, Lyon",
        "X-WR-TIMEZONE:Europe/Paris",
        // The campaign: all day, its end the day after its last.
        "BEGIN:VEVENT",
        "UID:c-m-spring@bakery.social-media-planner",
        "DTSTAMP:20270301T120000Z",
        "SEQUENCE:0",
        "DTSTART;VALUE=DATE:20270301",
        "DTEND;VALUE=DATE:20270501",
        "SUMMARY:Spring\\, again",
        // 75 octets, then the rest after one space.
        "DESCRIPTION:Sign-ups: 1\\,200\\nKey message: Bread\\, baked fresh\\nCall to act",
        " ion: Book a tasting",
        "CATEGORIES:Campaign",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        // The task (8 March) comes before the post (10 March).
        "BEGIN:VEVENT",
        "UID:t-t-1@bakery.social-media-planner",
        "DTSTAMP:20270301T120000Z",
        "SEQUENCE:0",
        "DTSTART;VALUE=DATE:20270308",
        "DTEND;VALUE=DATE:20270309",
        "SUMMARY:Write: caption",
        "DESCRIPTION:For: Instagram @acme: Spring is here\\; come in\\, \"taste\" it Fre",
        " sh loaves at 7\\nOwner: Maya\\nStatus: To do",
        "CATEGORIES:Task",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        // The post: 09:00 in Paris on 10 March is 08:00 UTC; 15 minutes long.
        "BEGIN:VEVENT",
        "UID:p-p-1@bakery.social-media-planner",
        "DTSTAMP:20270301T120000Z",
        "SEQUENCE:0",
        "DTSTART:20270310T080000Z",
        "DTEND:20270310T081500Z",
        "SUMMARY:Instagram @acme: Spring is here\\; come in\\, \"taste\" it Fresh loaves",
        "  at 7",
        "DESCRIPTION:Spring is here\\; come in\\, \"taste\" it\\nFresh loaves at 7\\n\\nLin",
        " k: https://example.com/spring\\nCampaign: Spring\\, again\\nOwner: Maya\\nStat",
        " us: Scheduled",
        "CATEGORIES:Instagram @acme,Bread\\, daily",
        "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n");
    assert_eq!(text, expected);
    assert_well_formed(&text);
}

#[test]
fn a_line_of_500_characters_with_emoji_and_accents_folds_and_unfolds_whole() {
    let mut plan = plan();
    let words = "Crème brûlée 🥐, pain d’épice 🍞; Œuf à la coque 👩‍🍳 \"très\" bon ";
    let long: String = words.chars().cycle().take(500).collect();
    assert_eq!(long.chars().count(), 500);
    add_post(&mut plan, post("p-long", at(2027, 5, 3, 9, 0), copy(&long)));
    let text = calendar_file(&plan, &Scope::Everything, "UTC", stamp(), utc, zero);
    assert_well_formed(&text);
    // Many physical lines, each starting with one space after the first.
    let description = text
        .split("\r\n")
        .skip_while(|l| !l.starts_with("DESCRIPTION:"))
        .skip(1)
        .take_while(|l| l.starts_with(' '))
        .count();
    assert!(description >= 9, "{description} continuation lines");
    let escaped = long
        .trim()
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,");
    assert_eq!(
        values(&text, "DESCRIPTION"),
        [format!(":{escaped}\\n\\nStatus: Idea")]
    );
}

#[test]
fn backslashes_semicolons_commas_and_line_breaks_are_escaped_and_quotes_are_not() {
    let mut plan = plan();
    let text = "C:\\bakery; open, \"fresh\" 'daily'\r\nline two\rline three\nend";
    add_post(
        &mut plan,
        post(
            "p-esc",
            at(2027, 5, 3, 9, 0),
            PostContent {
                notes: "ask Leo,\nthen Ana".into(),
                ..copy(text)
            },
        ),
    );
    let file = calendar_file(&plan, &Scope::Everything, "UTC", stamp(), utc, zero);
    assert_eq!(
        values(&file, "DESCRIPTION"),
        [concat!(
            ":C:\\\\bakery\\; open\\, \"fresh\" 'daily'\\nline two\\nline three\\nend",
            "\\n\\nNotes: ask Leo\\,\\nthen Ana\\nStatus: Idea"
        )]
    );
    // The summary stays on one line: its line breaks become spaces.
    assert_eq!(
        values(&file, "SUMMARY"),
        [":C:\\\\bakery\\; open\\, \"fresh\" 'daily' line two line three end"]
    );
}

#[test]
fn posts_keep_their_clock_time_across_the_change_to_summer_time() {
    let mut plan = plan();
    add_post(&mut plan, post("p-sat", at(2027, 3, 27, 9, 0), copy("Sat")));
    add_post(
        &mut plan,
        post("p-gap", at(2027, 3, 28, 2, 30), copy("Gap")),
    );
    add_post(&mut plan, post("p-mon", at(2027, 3, 29, 9, 0), copy("Mon")));
    plan.calendar.series.push(Series {
        id: SeriesId::parse("s-sun").unwrap(),
        content: copy("Sunday loaf"),
        time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        rule: Recurrence::Weekly(vec![Weekday::Sun]),
        days: range(day(2027, 3, 21), day(2027, 3, 28)),
        skipped: Default::default(),
    });
    let text = calendar_file(
        &plan,
        &Scope::Everything,
        "Europe/Paris",
        stamp(),
        paris,
        zero,
    );
    assert_eq!(
        uids(&text),
        [
            "o-s-sun-20270321",
            "p-p-sat",
            "p-p-gap",
            "o-s-sun-20270328",
            "p-p-mon"
        ]
    );
    assert_eq!(
        values(&text, "DTSTART"),
        [
            // 09:00 in winter time is 08:00 UTC, in summer time 07:00 UTC.
            ":20270321T080000Z",
            ":20270327T080000Z",
            // 02:30 does not exist that morning: read with the offset before
            // the change (RFC 5545 §3.3.5), it is 01:30 UTC, 03:30 in Paris.
            ":20270328T013000Z",
            ":20270328T070000Z",
            ":20270329T070000Z",
        ]
    );
    assert_eq!(values(&text, "DTEND")[2], ":20270328T014500Z");
    // When even that cannot be known, the post floats at its clock time.
    let floating = calendar_file(&plan, &Scope::Everything, "", stamp(), |_| None, zero);
    assert_eq!(values(&floating, "DTSTART")[2], ":20270328T023000");
    assert_eq!(values(&floating, "DTEND")[2], ":20270328T024500");
    assert!(values(&floating, "X-WR-TIMEZONE").is_empty());
}

#[test]
fn a_leap_day_is_a_day_like_any_other_and_ends_february() {
    let mut plan = plan();
    plan.campaigns.push(
        campaign(
            "m-feb",
            "February",
            range(day(2028, 2, 1), day(2028, 2, 28)),
        )
        .into(),
    );
    plan.campaigns
        .push(campaign("m-leap", "Leap", DateRange::day(day(2028, 2, 29))).into());
    add_post(
        &mut plan,
        post("p-leap", at(2028, 2, 29, 23, 50), copy("Leap")),
    );
    add_task(
        &mut plan,
        Task {
            done: true,
            title: "leap caption".into(),
            ..task("t-leap", day(2028, 2, 29))
        },
    );
    let text = calendar_file(&plan, &Scope::Everything, "UTC", stamp(), utc, zero);
    assert_eq!(uids(&text), ["c-m-feb", "c-m-leap", "t-t-leap", "p-p-leap"]);
    assert_eq!(
        values(&text, "DTSTART"),
        [
            ";VALUE=DATE:20280201",
            ";VALUE=DATE:20280229",
            ";VALUE=DATE:20280229",
            ":20280229T235000Z"
        ]
    );
    assert_eq!(
        values(&text, "DTEND"),
        [
            // The day after 28 February 2028 is the 29th.
            ";VALUE=DATE:20280229",
            ";VALUE=DATE:20280301",
            ";VALUE=DATE:20280301",
            // Fifteen minutes after 23:50 on the 29th is in March.
            ":20280301T000500Z"
        ]
    );
    // A task done says so.
    assert_eq!(values(&text, "SUMMARY")[2], ":Write: leap caption (done)");
    assert!(values(&text, "DESCRIPTION")[0].ends_with("Status: Done"));
}

/// Two campaigns and one archived; posts on both profiles, one evergreen; a
/// weekly series on X in April; tasks for a campaign, for a post, and free.
fn scoped_plan() -> Plan {
    let mut plan = plan();
    for (id, from, to, archived) in [
        ("m-a", day(2027, 3, 1), day(2027, 4, 5), false),
        ("m-b", day(2027, 5, 1), day(2027, 5, 31), false),
        ("m-old", day(2027, 4, 1), day(2027, 4, 30), true),
    ] {
        plan.campaigns.push(
            Campaign {
                archived,
                ..campaign(id, id, range(from, to))
            }
            .into(),
        );
    }
    add_post(
        &mut plan,
        post("p-a", at(2027, 3, 10, 9, 0), on("ig", Some("m-a"))),
    );
    add_post(
        &mut plan,
        post("p-b", at(2027, 5, 5, 9, 0), on("x", Some("m-b"))),
    );
    add_post(
        &mut plan,
        post("p-ev", at(2027, 4, 1, 9, 0), on("ig", None)),
    );
    plan.calendar.series.push(Series {
        id: SeriesId::parse("s-x").unwrap(),
        content: on("x", None),
        time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
        rule: Recurrence::Weekly(vec![Weekday::Tue]),
        days: range(day(2027, 4, 1), day(2027, 4, 14)),
        skipped: Default::default(),
    });
    add_task(
        &mut plan,
        Task {
            campaign: Some(CampaignId::parse("m-a").unwrap()),
            ..task("t-a", day(2027, 3, 9))
        },
    );
    add_task(
        &mut plan,
        Task {
            post: Some(PostId::parse("p-b").unwrap()),
            ..task("t-pb", day(2027, 5, 4))
        },
    );
    // For the series' day of 6 April, by its post id.
    add_task(
        &mut plan,
        Task {
            post: Some(PostId::parse("s-x_20270406").unwrap()),
            ..task("t-sx", day(2027, 4, 5))
        },
    );
    add_task(&mut plan, task("t-free", day(2027, 4, 2)));
    plan
}

/// Gives the post `id` new copy, as the calendar's panel does.
fn rewrite_copy(plan: &mut Plan, id: &str, copy: &str) {
    let mut changed = plan
        .calendar
        .post(&PostId::parse(id).unwrap())
        .unwrap()
        .clone();
    changed.content.copy = copy.into();
    plan.calendar.apply(CalendarEdit::PutPost(changed));
}

fn uids_of(plan: &Plan, scope: Scope) -> Vec<String> {
    uids(&calendar_file(plan, &scope, "UTC", stamp(), utc, zero))
}

#[test]
fn each_scope_holds_what_it_says() {
    let plan = scoped_plan();
    assert_eq!(
        uids_of(&plan, Scope::Everything),
        [
            "c-m-a",
            "c-m-b",
            "t-t-a",
            "p-p-a",
            "p-p-ev",
            "t-t-free",
            "t-t-sx",
            "o-s-x-20270406",
            "o-s-x-20270413",
            "t-t-pb",
            "p-p-b"
        ]
    );
    let id = |c: &str| CampaignId::parse(c).unwrap();
    assert_eq!(
        uids_of(&plan, Scope::Campaign(id("m-a"))),
        ["c-m-a", "t-t-a", "p-p-a"]
    );
    // A task for one of the campaign's posts comes with it.
    assert_eq!(
        uids_of(&plan, Scope::Campaign(id("m-b"))),
        ["c-m-b", "t-t-pb", "p-p-b"]
    );
    // An archived campaign chosen by name is written; it is left out otherwise.
    assert_eq!(uids_of(&plan, Scope::Campaign(id("m-old"))), ["c-m-old"]);
    assert_eq!(
        uids_of(
            &plan,
            Scope::Range(range(day(2027, 4, 1), day(2027, 4, 10)))
        ),
        ["c-m-a", "p-p-ev", "t-t-free", "t-t-sx", "o-s-x-20270406"]
    );
    let profile = |p: &str| ProfileId::parse(p).unwrap();
    assert_eq!(
        uids_of(&plan, Scope::Profile(profile("ig"))),
        ["p-p-a", "p-p-ev"]
    );
    assert_eq!(
        uids_of(&plan, Scope::Profile(profile("x"))),
        [
            "t-t-sx",
            "o-s-x-20270406",
            "o-s-x-20270413",
            "t-t-pb",
            "p-p-b"
        ]
    );
    assert!(uids_of(&plan, Scope::Profile(profile("gone"))).is_empty());
    // The task for a day of the series names that day's post.
    let text = calendar_file(&plan, &Scope::Everything, "UTC", stamp(), utc, zero);
    let descriptions = values(&text, "DESCRIPTION");
    assert!(
        descriptions
            .iter()
            .any(|d| d == ":For: X (Twitter) @crumb: Untitled post\\nStatus: To do"),
        "{descriptions:?}"
    );
    // Nothing at all is still a calendar.
    let empty = calendar_file(
        &plan,
        &Scope::Range(DateRange::day(day(2030, 1, 1))),
        "UTC",
        stamp(),
        utc,
        zero,
    );
    assert!(blocks(&empty).is_empty());
    assert!(empty.starts_with("BEGIN:VCALENDAR\r\n") && empty.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn uids_stay_between_exports_and_sequence_follows_the_ledger() {
    let mut plan = scoped_plan();
    // The app's ledger: the fingerprint each UID was last written with, and
    // its sequence, raised when the fingerprint changes.
    let ledger: RefCell<HashMap<String, (u64, u32)>> = RefCell::default();
    let sequence = |uid: &str, print: u64| {
        let mut ledger = ledger.borrow_mut();
        let entry = ledger.entry(uid.to_owned()).or_insert((print, 0));
        if entry.0 != print {
            *entry = (print, entry.1 + 1);
        }
        entry.1
    };
    let first = calendar_file(&plan, &Scope::Everything, "UTC", stamp(), utc, sequence);
    assert!(values(&first, "SEQUENCE").iter().all(|s| s == ":0"));
    // The copy of one post changes, and a day of the series is edited alone.
    rewrite_copy(&mut plan, "p-a", "Now with rye");
    let key = EntryKey::Occurrence(Occurrence {
        series: SeriesId::parse("s-x").unwrap(),
        day: day(2027, 4, 13),
    });
    let entry = plan.calendar.entry(&key).unwrap();
    let mut detached = entry.post().unwrap().clone();
    detached.content.copy = "Tuesday, different".into();
    plan.calendar.apply(CalendarEdit::Detach(detached));
    let later = stamp() + Duration::days(3);
    let second = calendar_file(&plan, &Scope::Everything, "UTC", later, utc, sequence);
    // The same UIDs: the day edited alone is still the series' day to a calendar.
    assert_eq!(uids(&second), uids(&first));
    let sequences: Vec<(String, String)> = uids(&second)
        .into_iter()
        .zip(values(&second, "SEQUENCE"))
        .filter(|(_, s)| s != ":0")
        .collect();
    assert_eq!(
        sequences,
        [
            ("p-p-a".to_owned(), ":1".to_owned()),
            ("o-s-x-20270413".to_owned(), ":1".to_owned())
        ]
    );
    assert!(values(&second, "DTSTAMP")
        .iter()
        .all(|s| s == ":20270304T120000Z"));
    // A third export with nothing changed raises nothing.
    let third = calendar_file(&plan, &Scope::Everything, "UTC", later, utc, sequence);
    assert_eq!(values(&third, "SEQUENCE"), values(&second, "SEQUENCE"));
}

#[test]
fn the_fingerprint_is_of_the_content_not_of_the_stamp_or_sequence() {
    let plan = small_plan();
    let listed = events(&plan, &Scope::Everything, paris);
    let early = calendar_of(&plan, "Europe/Paris", &listed, stamp(), zero);
    let late = calendar_of(
        &plan,
        "Europe/Paris",
        &listed,
        stamp() + Duration::days(40),
        |_, _| 7,
    );
    assert_ne!(early, late);
    for text in [&early, &late] {
        // Each block, without DTSTAMP and SEQUENCE, is what the fingerprint is of.
        let prints: Vec<u64> = blocks(text)
            .iter()
            .map(|block| {
                let content: String = block
                    .iter()
                    .filter(|l| !l.starts_with("DTSTAMP:") && !l.starts_with("SEQUENCE:"))
                    .map(|l| format!("{l}\r\n"))
                    .collect();
                fingerprint(&content)
            })
            .collect();
        let expected: Vec<u64> = listed.iter().map(|e| e.fingerprint).collect();
        assert_eq!(prints, expected);
    }
    assert_eq!(
        listed[2].content(),
        format!(
            "UID:{}\r\n{}\r\n",
            listed[2].uid,
            listed[2].lines().join("\r\n")
        )
    );
    // A change to the copy changes the post's fingerprint and no other.
    let mut edited = plan.clone();
    let mut post = edited
        .calendar
        .post(&PostId::parse("p-1").unwrap())
        .unwrap()
        .clone();
    post.content.copy.push('!');
    edited.calendar.apply(CalendarEdit::PutPost(post));
    let again = events(&edited, &Scope::Everything, paris);
    let changed: Vec<&str> = listed
        .iter()
        .zip(&again)
        .filter(|(a, b)| a.fingerprint != b.fingerprint)
        .map(|(a, _)| a.uid.as_str())
        .collect();
    // The task names the post in its description, so it changes too.
    assert_eq!(
        changed,
        [
            "t-t-1@bakery.social-media-planner",
            "p-p-1@bakery.social-media-planner"
        ]
    );
    // The same plan twice gives the same fingerprints.
    assert_eq!(events(&plan, &Scope::Everything, paris), listed);
}

#[test]
fn the_ledger_raises_a_sequence_once_per_change_and_reads_back_its_own_text() {
    let mut ledger = Ledger::default();
    let uid = "p-a@plan-1.social-media-planner";
    assert_eq!(ledger.sequence(uid, 7), 0);
    assert_eq!(ledger.sequence(uid, 7), 0);
    assert_eq!(ledger.sequence(uid, 8), 1);
    assert_eq!(ledger.sequence(uid, 8), 1);
    assert_eq!(
        ledger.sequence("t-b@plan-1.social-media-planner", u64::MAX),
        0
    );
    // Kept by the UID before its "@": the plan is the ledger's own key.
    assert_eq!(ledger.text(), "p-a 8 1\nt-b 18446744073709551615\n");
    let read = Ledger::read(&ledger.text());
    assert_eq!(read, ledger);
    let mut read = read;
    assert_eq!(read.sequence("p-a@other", 9), 2);
}

#[test]
fn a_damaged_ledger_loses_only_its_unreadable_lines() {
    let text = "p-a 12 3\nnonsense\np-b x 1\np-c 5 -1\np-d 4 2 extra\n\nt-e 9\np-a 99 7\n";
    let mut ledger = Ledger::read(text);
    // Known: p-a (its first line) and t-e; the rest start again at 0.
    assert_eq!(ledger.text(), "p-a 12 3\nt-e 9\n");
    assert_eq!(ledger.sequence("p-a", 12), 3);
    assert_eq!(ledger.sequence("p-b", 1), 0);
    assert_eq!(Ledger::read(""), Ledger::default());
}

#[test]
fn the_ledger_counts_the_events_that_changed_since_the_last_file() {
    let mut plan = scoped_plan();
    let first = events(&plan, &Scope::Everything, utc);
    let mut ledger = Ledger::default();
    for e in &first {
        ledger.sequence(&e.uid, e.fingerprint);
    }
    assert_eq!(ledger.changed(&first), 0);
    rewrite_copy(&mut plan, "p-a", "Now with rye");
    let second = events(&plan, &Scope::Everything, utc);
    assert_eq!(ledger.changed(&second), 1);
    assert_eq!(
        summary(&second, 1).to_string(),
        format!(
            "{} events: 2 campaigns, {} posts and 4 tasks. 1 event changed since the last file: a calendar that imports this one updates it.",
            second.len(),
            second.len() - 6
        )
    );
}

#[test]
fn a_summary_says_what_a_file_holds_in_words() {
    let plan = scoped_plan();
    let only_posts = events(&plan, &Scope::Profile(ProfileId::parse("ig").unwrap()), utc);
    assert_eq!(summary(&only_posts, 0), "2 events: 2 posts.");
    let campaign = events(
        &plan,
        &Scope::Campaign(CampaignId::parse("m-a").unwrap()),
        utc,
    );
    assert_eq!(
        summary(&campaign, 0),
        "3 events: 1 campaign, 1 post and 1 task."
    );
    assert_eq!(summary(&campaign, 3), "3 events: 1 campaign, 1 post and 1 task. 3 events changed since the last file: a calendar that imports this one updates them.");
    assert_eq!(summary(&[], 0), "No events: nothing is planned there yet.");
}

#[test]
fn the_choices_name_every_campaign_and_profile_and_read_back_as_scopes() {
    let plan = scoped_plan();
    let choices = choices(&plan);
    let labels: Vec<String> = choices.iter().map(|(_, l)| l.to_string()).collect();
    assert_eq!(&labels[..2], ["Everything", "The days chosen"]);
    assert!(
        labels.iter().any(|l| l == "Campaign: m-old (archived)"),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l.starts_with("Profile: ")),
        "{labels:?}"
    );
    let days = range(day(2027, 4, 1), day(2027, 4, 7));
    for (key, _) in &choices {
        assert!(chosen(key, Some(days)).is_some(), "{key}");
    }
    assert_eq!(chosen("all", None), Some(Scope::Everything));
    assert_eq!(chosen("days", Some(days)), Some(Scope::Range(days)));
    assert_eq!(chosen("days", None), None);
    assert_eq!(
        chosen("c:m-b", None),
        Some(Scope::Campaign(CampaignId::parse("m-b").unwrap()))
    );
    assert_eq!(
        chosen("r:ig", None),
        Some(Scope::Profile(ProfileId::parse("ig").unwrap()))
    );
    assert_eq!(chosen("", None), None);
    assert_eq!(chosen("z:1", None), None);
}

#[test]
fn a_file_is_named_after_the_plan_and_what_it_holds() {
    let plan = scoped_plan();
    let name = plan.name.to_string();
    assert_eq!(
        file_title(&plan, &Scope::Everything),
        format!("{name} calendar")
    );
    assert_eq!(
        file_title(&plan, &Scope::Campaign(CampaignId::parse("m-b").unwrap())),
        format!("{name} m-b")
    );
    assert_eq!(
        file_title(
            &plan,
            &Scope::Range(range(day(2027, 5, 1), day(2027, 5, 28)))
        ),
        format!("{name} 1 May – 28 May 2027")
    );
    // A campaign since removed names the calendar.
    assert_eq!(
        file_title(&plan, &Scope::Campaign(CampaignId::parse("gone").unwrap())),
        format!("{name} calendar")
    );
}
