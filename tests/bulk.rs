#![cfg(not(target_arch = "wasm32"))]
//! The schedulers' bulk CSVs: Hootsuite's (no header, the user's order of
//! day and month, 350 rows a file), Buffer's (its header and time), and the
//! general CSV of posts and tasks; quoting read back by a CSV reader, and no
//! cell a spreadsheet would run.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use social_media_planner::exchange::bulk::{
    buffer, default_range, everything, everything_name, hootsuite, neutral, posts_by_profile,
    too_long, too_long_warning, DateOrder, Layout, HOOTSUITE_ROWS,
};
use social_media_planner::exchange::writers::{
    answer, ledger_not_kept, names, not_started, read_files, Ask, CsvRequest, IcsRequest, Preview,
    Request, UNREADABLE, WRONG_REQUEST,
};
use social_media_planner::plan::{
    Campaign, CampaignId, DateRange, EntryKey, Member, MemberId, Pillar, PillarId, Plan, PlanId,
    PlanName, Platform, Post, PostContent, PostId, PostStatus, Profile, ProfileId, Task, TaskId,
};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2028, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(m, d).and_hms_opt(h, min, 0).unwrap()
}

fn may() -> DateRange {
    DateRange::new(day(2, 1), day(5, 31)).unwrap()
}

fn plan() -> Plan {
    let mut plan = Plan::new(
        PlanId::parse("p").unwrap(),
        PlanName::parse("Bakery").unwrap(),
        DateTime::default(),
    );
    let mut strategy = plan.strategy.clone();
    let mut profiles = (*strategy.profiles).clone();
    profiles.push(Profile {
        handle: "@hearth & crumb".into(),
        ..Profile::new(ProfileId::parse("r-ig").unwrap(), Platform::Instagram)
    });
    profiles.push(Profile {
        handle: "@crumb".into(),
        ..Profile::new(ProfileId::parse("r-x").unwrap(), Platform::X)
    });
    strategy.profiles = profiles.into();
    let mut content = (*strategy.content).clone();
    content.pillars.push(Pillar {
        name: "From our ovens".into(),
        ..Pillar::new(PillarId::parse("l-ovens").unwrap())
    });
    strategy.content = content.into();
    let mut team = (*strategy.team).clone();
    team.members.push(Member {
        name: "Maya".into(),
        ..Member::new(MemberId::parse("e-maya").unwrap())
    });
    strategy.team = team.into();
    plan.strategy = strategy;
    plan.campaigns.push(
        Campaign {
            name: "Spring, again".into(),
            ..Campaign::new(
                CampaignId::parse("m-spring").unwrap(),
                DateRange::new(day(3, 1), day(4, 30)).unwrap(),
            )
        }
        .into(),
    );
    plan
}

fn post(id: &str, when: NaiveDateTime, profile: Option<&str>, copy: &str) -> Post {
    Post {
        content: PostContent {
            profile: profile.map(|p| ProfileId::parse(p).unwrap()),
            copy: copy.into(),
            ..PostContent::default()
        },
        ..Post::new(PostId::parse(id).unwrap(), when)
    }
}

fn add(plan: &mut Plan, post: Post) {
    plan.calendar.posts.put(post.into());
}

/// The rows a CSV reader finds in `text`.
fn read(text: &str, header: bool) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(header)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn a_cell_that_would_run_as_a_formula_is_shown_as_text() {
    for (cell, shown) in [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5% today", "'-5% today"),
        ("@crumb says hi", "'@crumb says hi"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("Fresh at 8 = good", "Fresh at 8 = good"),
        ("", ""),
    ] {
        assert_eq!(neutral(cell), shown, "{cell:?}");
    }
}

#[test]
fn hootsuite_has_no_header_the_users_order_of_day_and_month_and_the_link() {
    let mut plan = plan();
    add(
        &mut plan,
        post(
            "p-1",
            at(2, 29, 9, 5),
            Some("r-ig"),
            "Leap-day loaves, \"warm\", with butter\nand jam 🍞",
        ),
    );
    let mut linked = post(
        "p-2",
        at(3, 3, 18, 30),
        Some("r-ig"),
        "=SUM(A1) is not a formula here",
    );
    linked.content.link = "https://example.com/a,b".into();
    add(&mut plan, linked);
    add(&mut plan, post("p-3", at(3, 4, 7, 0), Some("r-x"), "On X"));
    let groups = posts_by_profile(&plan, may());
    assert_eq!(groups.len(), 2);
    let instagram = &groups[0];
    assert_eq!(instagram.name, "Instagram @hearth & crumb");

    let files = hootsuite(instagram, DateOrder::DayFirst);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].name, "hootsuite-instagram-hearth-crumb.csv");
    assert_eq!(
        files[0].text,
        "29/02/2028 09:05,\"Leap-day loaves, \"\"warm\"\", with butter\nand jam 🍞\",\r\n03/03/2028 18:30,'=SUM(A1) is not a formula here,\"https://example.com/a,b\"\r\n"
    );
    let rows = read(&files[0].text, false);
    assert_eq!(
        rows[0],
        [
            "29/02/2028 09:05",
            "Leap-day loaves, \"warm\", with butter\nand jam 🍞",
            ""
        ]
    );
    assert_eq!(rows[1][2], "https://example.com/a,b");
    let us = hootsuite(instagram, DateOrder::MonthFirst);
    assert_eq!(read(&us[0].text, false)[1][0], "03/03/2028 18:30");
    assert_eq!(read(&us[0].text, false)[0][0], "02/29/2028 09:05");
}

#[test]
fn more_than_350_posts_for_hootsuite_are_several_files() {
    let mut plan = plan();
    let start = at(2, 1, 0, 0);
    for i in 0..(HOOTSUITE_ROWS + 10) {
        let when = start + chrono::Duration::minutes(15 * i as i64);
        add(
            &mut plan,
            post(
                &format!("p-{i:04}"),
                when,
                Some("r-ig"),
                &format!("Post {i}"),
            ),
        );
    }
    let groups = posts_by_profile(&plan, may());
    let files = hootsuite(&groups[0], DateOrder::DayFirst);
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "hootsuite-instagram-hearth-crumb-1.csv",
            "hootsuite-instagram-hearth-crumb-2.csv"
        ]
    );
    assert_eq!(read(&files[0].text, false).len(), HOOTSUITE_ROWS);
    assert_eq!(read(&files[1].text, false).len(), 10);
    // In time order, none lost or doubled across the files.
    assert_eq!(
        read(&files[1].text, false)[9][1],
        format!("Post {}", HOOTSUITE_ROWS + 9)
    );
}

#[test]
fn buffer_has_its_header_its_time_and_an_image_only_when_it_is_a_web_address() {
    let mut plan = plan();
    let mut first = post(
        "p-1",
        at(3, 26, 1, 30),
        Some("r-ig"),
        "Long line: ".to_owned().as_str(),
    );
    first.content.copy.push_str(&"word, ".repeat(90));
    first.content.media = "https://example.com/loaf.jpg".into();
    first.content.pillar = Some(PillarId::parse("l-ovens").unwrap());
    first.content.campaign = Some(CampaignId::parse("m-spring").unwrap());
    add(&mut plan, first.clone());
    let mut second = post("p-2", at(3, 27, 9, 0), Some("r-ig"), "@everyone: open late");
    second.content.media = "the video of the ovens".into();
    add(&mut plan, second);
    let groups = posts_by_profile(&plan, may());
    let file = buffer(&plan, &groups[0]);
    assert_eq!(file.name, "buffer-instagram-hearth-crumb.csv");
    assert!(file
        .text
        .starts_with("Text,Image URL,Tags,Posting Time\r\n"));
    let rows = read(&file.text, true);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], first.content.copy.trim());
    assert!(rows[0][0].chars().count() > 500);
    assert_eq!(rows[0][1], "https://example.com/loaf.jpg");
    // Tags are split at commas, so a comma inside one is dropped.
    assert_eq!(rows[0][2], "From our ovens,Spring again");
    assert_eq!(rows[0][3], "2028-03-26 01:30");
    assert_eq!(
        rows[1],
        ["'@everyone: open late", "", "", "2028-03-27 09:00"]
    );
}

#[test]
fn the_general_csv_has_every_post_and_task_with_a_header() {
    let mut plan = plan();
    let mut p = post("p-1", at(3, 2, 9, 0), Some("r-x"), "Hello, \"world\"");
    p.content.owner = Some(MemberId::parse("e-maya").unwrap());
    p.content.status = PostStatus::Scheduled;
    add(&mut plan, p);
    add(
        &mut plan,
        post(
            "p-2",
            at(3, 2, 12, 0),
            Some("r-gone"),
            "A profile since removed",
        ),
    );
    plan.calendar.tasks.put(
        Task {
            title: "Film the ovens".into(),
            done: true,
            campaign: Some(CampaignId::parse("m-spring").unwrap()),
            ..Task::new(TaskId::parse("t-1").unwrap(), day(3, 2))
        }
        .into(),
    );
    let range = DateRange::new(day(3, 1), day(3, 31)).unwrap();
    let file = everything(&plan, range);
    assert_eq!(file.name, "posts-and-tasks-2028-03-01-to-2028-03-31.csv");
    assert!(file.text.starts_with(
        "Kind,Day,Time,Profile,Pillar,Campaign,Owner,Status,Text,Link,Media,Notes\r\n"
    ));
    let rows = read(&file.text, true);
    assert_eq!(rows.len(), 3);
    // On its day, the task first, then the posts by time.
    assert_eq!(
        rows[0][..9],
        [
            "Task",
            "2028-03-02",
            "",
            "",
            "",
            "Spring, again",
            "",
            "Done",
            "Write: Film the ovens"
        ]
    );
    assert_eq!(
        rows[1][..9],
        [
            "Post",
            "2028-03-02",
            "09:00",
            "X (Twitter) @crumb",
            "",
            "",
            "Maya",
            "Scheduled",
            "Hello, \"world\""
        ]
    );
    assert_eq!(rows[2][3], "");
    assert!(file.text.split_inclusive('\n').all(|l| l.ends_with("\r\n")));
}

#[test]
fn posts_too_long_for_their_platform_are_named() {
    let mut plan = plan();
    add(
        &mut plan,
        post("p-1", at(3, 2, 9, 0), Some("r-x"), &"x".repeat(281)),
    );
    add(
        &mut plan,
        post("p-2", at(3, 3, 9, 0), Some("r-x"), &"é".repeat(280)),
    );
    add(
        &mut plan,
        post("p-3", at(3, 4, 9, 0), Some("r-ig"), &"🍞".repeat(2_201)),
    );
    add(
        &mut plan,
        post("p-4", at(3, 5, 9, 0), None, &"x".repeat(90_000)),
    );
    let groups = posts_by_profile(&plan, may());
    let found = too_long(&plan, &groups);
    let said: Vec<String> = found.iter().map(|t| t.said.to_string()).collect();
    assert_eq!(
        said,
        [
            "Instagram @hearth & crumb, Sat 4 Mar 09:00: 2,201 characters, 2,200 at most.",
            "X (Twitter) @crumb, Thu 2 Mar 09:00: 281 characters, 280 at most.",
        ]
    );
    assert_eq!((found[1].chars, found[1].limit), (281, 280));
    // Each names where it is, to be opened from the warning.
    assert_eq!(found[1].key, EntryKey::Post(PostId::parse("p-1").unwrap()));
    assert_eq!(
        too_long_warning(found.len(), "Hootsuite"),
        "2 posts are too long for their platform. Hootsuite will refuse them: shorten them first."
    );
    assert_eq!(
        too_long_warning(1, "Buffer"),
        "1 post is too long for its platform. Buffer will refuse it: shorten it first."
    );
    assert_eq!(Platform::YouTube.copy_limit(), Some(100));
    assert_eq!(Platform::Other("Nextdoor".into()).copy_limit(), None);
}

#[test]
fn a_layout_is_chosen_by_its_key_and_writes_its_schedulers_files() {
    for (layout, key, _) in Layout::ALL {
        assert_eq!(layout.key(), key);
        assert_eq!(Layout::from_key(key), Some(layout));
    }
    assert_eq!(Layout::from_key("later"), None);
    let mut plan = plan();
    add(&mut plan, post("p-1", at(3, 2, 9, 0), Some("r-x"), "Hello"));
    let groups = posts_by_profile(&plan, may());
    let hoot = Layout::Hootsuite(DateOrder::MonthFirst).files(&plan, &groups[0]);
    assert_eq!(hoot, hootsuite(&groups[0], DateOrder::MonthFirst));
    assert!(
        hoot[0].text.starts_with("03/02/2028 09:00,Hello"),
        "{}",
        hoot[0].text
    );
    assert_eq!(
        Layout::Buffer.files(&plan, &groups[0]),
        [buffer(&plan, &groups[0])]
    );
    assert_eq!(Layout::Buffer.tool(), "Buffer");
    assert_eq!(
        groups[0].keys,
        [EntryKey::Post(PostId::parse("p-1").unwrap())]
    );
}

#[test]
fn dates_are_written_in_the_order_of_the_users_language() {
    assert_eq!(DateOrder::for_language("en-US"), DateOrder::MonthFirst);
    assert_eq!(DateOrder::for_language("en_us"), DateOrder::MonthFirst);
    assert_eq!(DateOrder::for_language("en-GB"), DateOrder::DayFirst);
    assert_eq!(DateOrder::for_language("fr"), DateOrder::DayFirst);
    assert_eq!(DateOrder::for_language(""), DateOrder::DayFirst);
}

#[test]
fn the_files_cover_four_weeks_from_today_until_other_days_are_chosen() {
    let days = default_range(day(2, 27));
    assert_eq!((days.start(), days.end()), (day(2, 27), day(3, 25)));
    assert_eq!(days.days(), 28);
    assert_eq!(
        everything_name(days),
        "posts-and-tasks-2028-02-27-to-2028-03-25.csv"
    );
}

// The file writers loaded on demand (exchange::writers): what the page asks
// for in one line, and what comes back through the plan's envelope.

fn utc(at: NaiveDateTime, _zone: &str) -> Option<DateTime<chrono::Utc>> {
    Some(at.and_utc())
}

fn ask(plan: &Plan, line: &str, ledger: &str) -> Vec<String> {
    let envelope = social_media_planner::exchange::encode(plan).unwrap();
    answer(line, &envelope, ledger, DateTime::default(), &utc)
}

fn csv_request(layout: Option<Layout>) -> Request {
    Request::Csv(CsvRequest {
        layout,
        range: may(),
    })
}

#[test]
fn a_request_reads_back_from_its_line_and_anything_else_is_refused() {
    let requests = [
        csv_request(Some(Layout::Buffer)),
        csv_request(Some(Layout::Hootsuite(DateOrder::MonthFirst))),
        csv_request(None),
        Request::Ics(IcsRequest {
            key: "c:m-spring".into(),
            days: None,
            zone: "Europe/Paris".into(),
        }),
        Request::Ics(IcsRequest {
            key: "days".into(),
            days: Some(may()),
            zone: "UTC".into(),
        }),
    ];
    for request in requests {
        for what in [Ask::Preview, Ask::Files] {
            assert_eq!(
                Request::parse(&request.line(what)),
                Some((what, request.clone()))
            );
        }
    }
    assert_eq!(
        csv_request(None).line(Ask::Files),
        "files csv everything 2028-02-01 2028-05-31"
    );
    for line in [
        "",
        "files",
        "send csv buffer 2028-02-01 2028-05-31",
        "files csv tweetdeck 2028-02-01 2028-05-31",
        "files csv buffer 2028-05-31 2028-02-01",
        "files csv buffer - -",
        "files csv buffer 2028-02-30 2028-05-31",
        "files csv buffer 2028-02-01 2028-05-31 extra",
        "preview ics all - -",
    ] {
        assert_eq!(Request::parse(line), None, "{line:?}");
    }
}

#[test]
fn the_writers_preview_a_schedulers_files_and_name_the_posts_too_long() {
    let mut plan = plan();
    add(
        &mut plan,
        post("p-1", at(3, 2, 9, 0), Some("r-x"), &"x".repeat(281)),
    );
    add(
        &mut plan,
        post("p-2", at(3, 3, 9, 0), Some("r-ig"), "Loaves"),
    );
    add(&mut plan, post("p-3", at(3, 4, 9, 0), Some("r-ig"), "Buns"));
    let line = csv_request(Some(Layout::Buffer)).line(Ask::Preview);
    let preview = Preview::read(ask(&plan, &line, "")).unwrap();
    assert_eq!(preview.files, 2);
    assert_eq!(
        preview.summary,
        "3 posts for 2 profiles: 2 files, one for each profile."
    );
    assert_eq!(
        preview.warning.as_deref(),
        Some("1 post is too long for its platform. Buffer will refuse it: shorten it first.")
    );
    assert_eq!(
        preview.long,
        [(
            "X (Twitter) @crumb, Thu 2 Mar 09:00: 281 characters, 280 at most.".to_owned(),
            "view=week&date=2028-03-02&item=p.p-1".to_owned()
        )]
    );
    // The general CSV has no platform to be too long for.
    let line = csv_request(None).line(Ask::Preview);
    let preview = Preview::read(ask(&plan, &line, "")).unwrap();
    assert_eq!(
        (preview.files, preview.summary.as_str(), preview.warning),
        (
            1,
            "3 posts and 0 tasks in one file, with a header row.",
            None
        )
    );
}

#[test]
fn the_writers_preview_hootsuites_split_and_an_empty_range() {
    let mut plan = plan();
    for i in 0..(HOOTSUITE_ROWS + 1) {
        let when = at(2, 1, 0, 0) + chrono::Duration::minutes(15 * i as i64);
        add(
            &mut plan,
            post(&format!("p-{i:04}"), when, Some("r-ig"), "Bread"),
        );
    }
    let line = csv_request(Some(Layout::Hootsuite(DateOrder::DayFirst))).line(Ask::Preview);
    let preview = Preview::read(ask(&plan, &line, "")).unwrap();
    assert_eq!(
        (preview.files, preview.summary.as_str()),
        (
            2,
            "351 posts for 1 profile: 2 files, as Hootsuite takes 350 rows a file."
        )
    );
    let empty = self::plan();
    for (layout, said) in [
        (Some(Layout::Buffer), "No posts in these days."),
        (None, "Nothing is planned in these days."),
    ] {
        let preview =
            Preview::read(ask(&empty, &csv_request(layout).line(Ask::Preview), "")).unwrap();
        assert_eq!((preview.files, preview.summary.as_str()), (0, said));
    }
}

#[test]
fn the_writers_files_are_the_layouts_own_with_what_to_do_with_them() {
    let mut plan = plan();
    add(
        &mut plan,
        post("p-1", at(3, 2, 9, 0), Some("r-x"), "=SUM(A1), \"quoted\""),
    );
    add(
        &mut plan,
        post("p-2", at(3, 3, 9, 0), Some("r-ig"), "Loaves"),
    );
    let line = csv_request(Some(Layout::Hootsuite(DateOrder::DayFirst))).line(Ask::Files);
    let written = read_files(ask(&plan, &line, "")).unwrap();
    let groups = posts_by_profile(&plan, may());
    let expected: Vec<_> = groups
        .iter()
        .flat_map(|g| hootsuite(g, DateOrder::DayFirst))
        .collect();
    assert_eq!(written.files, expected);
    assert_eq!(written.ledger, "");
    assert_eq!(
        written.said,
        "Downloaded hootsuite-instagram-hearth-crumb.csv and hootsuite-x-twitter-crumb.csv: upload each in Hootsuite's bulk scheduling."
    );
    assert_eq!(
        read(&written.files[1].text, false)[0][1],
        "'=SUM(A1), \"quoted\""
    );

    let written = read_files(ask(&plan, &csv_request(None).line(Ask::Files), "")).unwrap();
    assert_eq!(written.files, [everything(&plan, may())]);
    assert_eq!(
        written.said,
        format!(
            "Downloaded {}: open it in a spreadsheet.",
            everything_name(may())
        )
    );
}

#[test]
fn the_writers_calendar_file_raises_its_ledger_and_counts_what_changed() {
    let mut plan = plan();
    add(&mut plan, post("p-1", at(3, 2, 9, 0), Some("r-x"), "Rye"));
    let request = Request::Ics(IcsRequest {
        key: "all".into(),
        days: None,
        zone: "UTC".into(),
    });
    let preview = Preview::read(ask(&plan, &request.line(Ask::Preview), "")).unwrap();
    assert_eq!(preview.files, 1);
    assert_eq!(preview.summary, "2 events: 1 campaign and 1 post.");
    let written = read_files(ask(&plan, &request.line(Ask::Files), "")).unwrap();
    assert_eq!(written.files.len(), 1);
    assert_eq!(written.files[0].name, "Bakery-calendar.ics");
    assert!(written.files[0].text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(written.files[0]
        .text
        .contains("DTSTART:20280302T090000Z\r\n"));
    assert_eq!(
        written.said,
        "Downloaded Bakery-calendar.ics: import it in your calendar app."
    );
    assert!(!written.ledger.is_empty());
    // Sent once: nothing changed; the copy edited: one event changed.
    let same = Preview::read(ask(&plan, &request.line(Ask::Preview), &written.ledger)).unwrap();
    assert!(!same.summary.contains("changed"), "{}", same.summary);
    add(
        &mut plan,
        post("p-1", at(3, 2, 9, 0), Some("r-x"), "Rye and spelt"),
    );
    let changed = Preview::read(ask(&plan, &request.line(Ask::Preview), &written.ledger)).unwrap();
    assert!(
        changed
            .summary
            .contains("1 event changed since the last file"),
        "{}",
        changed.summary
    );
    // The days chosen, with none chosen: nothing to download.
    let none = Request::Ics(IcsRequest {
        key: "days".into(),
        days: None,
        zone: "UTC".into(),
    });
    let preview = Preview::read(ask(&plan, &none.line(Ask::Preview), "")).unwrap();
    assert_eq!(
        (preview.files, preview.summary.as_str()),
        (0, "Choose the first and the last day.")
    );
}

#[test]
fn a_wrong_request_or_plan_is_said_in_words_and_a_strange_answer_refused() {
    let plan = plan();
    assert_eq!(
        Preview::read(ask(&plan, "send everything", "")),
        Err(WRONG_REQUEST.to_owned())
    );
    let line = csv_request(None).line(Ask::Files);
    assert_eq!(
        read_files(answer(
            &line,
            "{\"not\": \"a plan\"}",
            "",
            DateTime::default(),
            &utc
        )),
        Err(UNREADABLE.to_owned())
    );
    for strange in [
        vec![],
        vec!["preview".to_owned()],
        vec!["hello".to_owned(), "x".to_owned()],
    ] {
        assert_eq!(
            Preview::read(strange.clone()),
            Err(WRONG_REQUEST.to_owned())
        );
        assert_eq!(
            read_files(strange).map(|w| w.files),
            Err(WRONG_REQUEST.to_owned())
        );
    }
    // A preview is not files, nor files a preview.
    let preview = ask(&plan, &csv_request(None).line(Ask::Preview), "");
    assert_eq!(read_files(preview), Err(WRONG_REQUEST.to_owned()));
}

#[test]
fn downloads_not_started_and_a_ledger_not_kept_are_said() {
    assert_eq!(names(&["a.csv"]), "a.csv");
    assert_eq!(
        names(&["a.csv", "b.csv", "c.csv"]),
        "a.csv, b.csv and c.csv"
    );
    assert_eq!(
        not_started(&["a.csv", "b.csv"]),
        "The download of a.csv and b.csv could not start: allow this page to download files, then try again."
    );
    assert_eq!(
        ledger_not_kept("Bakery-calendar.ics"),
        "Downloaded Bakery-calendar.ics, but this browser's storage is full: a later file may not update these events."
    );
}
