#![cfg(not(target_arch = "wasm32"))]
//! The plan as a document (print, the shared view) and the plan in a link:
//! the document's parts and calendar, base64url against RFC 4648's own
//! vectors, reading a link's query back, and what a damaged link says.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use social_media_planner::exchange::document::{
    part_document, plan_document, print_days, print_title, running_head, Block, NOTHING_PLANNED,
};
use social_media_planner::exchange::markdown::plan_markdown;
use social_media_planner::exchange::share::{
    as_new_plan, base64url, fits, fragment, from_base64url, link, link_said, payload, read,
    too_long_said, ShareError, LINK_LIMIT,
};
use social_media_planner::exchange::writers::{
    answer, read_document, read_files, read_pasted, read_plan, Ask, Request, NO_EXAMPLE,
    UNREADABLE, WRONG_REQUEST,
};
use social_media_planner::exchange::{encode, encode_pretty};
use social_media_planner::plan::{
    example_plan, example_strategy, Part, Plan, PlanId, Platform, Post, PostContent, PostId,
    Profile, ProfileId, Task, TaskId,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(h, min, 0).unwrap()
}

fn example() -> Plan {
    example_strategy(
        PlanId::parse("p").unwrap(),
        DateTime::default(),
        day(2026, 11, 23),
    )
}

/// The example with a post on its Instagram profile and a task, in the
/// month after 1 March 2027 (a leap day's neighbourhood in 2028 aside).
fn with_calendar() -> Plan {
    let mut plan = example();
    let mut profiles = (*plan.strategy.profiles).clone();
    profiles.push(Profile {
        handle: "@crumb".into(),
        ..Profile::new(ProfileId::parse("ig-doc").unwrap(), Platform::Instagram)
    });
    plan.strategy.profiles = profiles.into();
    let post = |id: &str, at: NaiveDateTime, profile: Option<&str>, copy: &str| Post {
        content: PostContent {
            profile: profile.map(|p| ProfileId::parse(p).unwrap()),
            copy: copy.into(),
            ..PostContent::default()
        },
        ..Post::new(PostId::parse(id).unwrap(), at)
    };
    let posts = [
        post(
            "p1",
            at(2027, 3, 4, 9, 30),
            Some("ig-doc"),
            "Croissants, = fresh at 7 🥐",
        ),
        post("p2", at(2027, 4, 2, 9, 30), None, "Outside the month"),
    ];
    for p in posts {
        plan.calendar.posts.put(p.into());
    }
    plan.calendar.tasks.put(
        Task {
            title: "Order flour".into(),
            ..Task::new(TaskId::parse("t1").unwrap(), day(2027, 3, 31))
        }
        .into(),
    );
    plan
}

fn headings(blocks: &[Block], level: u8) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(l, text) if *l == level => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_document_has_the_plan_then_the_strategy_its_campaigns_and_the_calendar() {
    let plan = with_calendar();
    let today = day(2027, 3, 1);
    let blocks = plan_document(&plan, today, Some(print_days(today)));
    assert_eq!(headings(&blocks, 1), [plan.name.as_str()]);
    // The example has no campaigns: the part is left out, not left empty.
    assert_eq!(headings(&blocks, 2), ["Strategy", "Calendar"]);
    assert_eq!(
        headings(&blocks, 3),
        [
            "Business objectives",
            "Audience",
            "Channels",
            "Story and key messages",
            "Content strategy",
            "People and tools",
            "Customer response plan",
            "Measurement"
        ]
    );
    // Without a calendar (the Markdown), there is none.
    let markdown = plan_document(&plan, today, None);
    assert_eq!(headings(&markdown, 2), ["Strategy"]);
}

#[test]
fn the_calendar_part_lists_the_month_from_today_day_by_day() {
    let plan = with_calendar();
    let today = day(2027, 3, 1);
    assert_eq!(print_days(today).end(), day(2027, 3, 31));
    let blocks = plan_document(&plan, today, Some(print_days(today)));
    let table = blocks
        .iter()
        .rev()
        .find_map(|b| match b {
            Block::Table(header, rows) => Some((header, rows)),
            _ => None,
        })
        .unwrap();
    assert_eq!(*table.0, ["Day", "Time", "Profile", "What", "Status"]);
    assert_eq!(
        *table.1,
        vec![
            vec![
                "Thursday 4 March".to_owned(),
                "09:30".to_owned(),
                "Instagram @crumb".to_owned(),
                "Croissants, = fresh at 7 🥐".to_owned(),
                "Idea".to_owned(),
            ],
            vec![
                "Wednesday 31 March".to_owned(),
                String::new(),
                String::new(),
                "Write: Order flour".to_owned(),
                "To do".to_owned(),
            ],
        ]
    );
    // A month with nothing planned says so.
    let empty = plan_document(&plan, day(2028, 1, 1), Some(print_days(day(2028, 1, 1))));
    assert!(empty.contains(&Block::Text(NOTHING_PLANNED.to_owned())));
}

#[test]
fn the_printed_title_and_running_head_name_the_plan_on_one_line() {
    assert_eq!(
        print_title("Hearth &\nCrumb"),
        "Hearth & Crumb — social media strategy"
    );
    assert_eq!(
        running_head("Hearth & Crumb", day(2028, 2, 29)),
        "Hearth & Crumb · Social media strategy · 29 Feb 2028"
    );
}

#[test]
fn base64url_matches_rfc_4648s_vectors_without_padding() {
    let vectors = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ];
    for (bytes, text) in vectors {
        assert_eq!(base64url(bytes.as_bytes()), text);
        assert_eq!(from_base64url(text).unwrap(), bytes.as_bytes());
    }
    // The URL-safe alphabet: - and _ where base64 has + and /.
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(from_base64url(&base64url(&all)).unwrap(), all);
}

#[test]
fn base64url_refuses_what_it_never_writes() {
    for text in ["Zm9v+", "Zm9v/", "Zm9v=", "Zm 9", "Z", "Zm9vY", "Zh"] {
        assert_eq!(from_base64url(text), None, "{text}");
    }
}

#[test]
fn a_link_carries_the_plan_in_its_fragment_and_reads_back() {
    let bytes = b"compressed bytes \x00\xff";
    let made = link("https://planner.example/app/?x=1#/plans", bytes);
    assert!(made.starts_with("https://planner.example/app/?x=1#/shared?plan="));
    assert_eq!(&made[made.find('#').unwrap()..], fragment(bytes));
    let query = &made[made.find('?').unwrap()..];
    let query = &query[query.find("#/shared").unwrap() + "#/shared".len()..];
    assert_eq!(payload(query).unwrap(), bytes);
    // Other parameters around it are left alone.
    assert_eq!(payload("?from=mail&plan=Zm9v&x=1").unwrap(), b"foo");
}

#[test]
fn a_link_without_a_plan_or_with_foreign_characters_is_refused() {
    assert_eq!(payload(""), Err(ShareError::Missing));
    assert_eq!(payload("?plan="), Err(ShareError::Missing));
    assert_eq!(payload("?planet=Zm9v"), Err(ShareError::Missing));
    assert_eq!(payload("?plan=Zm9v%20"), Err(ShareError::Garbled));
    // Cut short in the middle of a character's bits.
    assert_eq!(payload("?plan=Zm9vY"), Err(ShareError::Incomplete));
}

#[test]
fn what_a_link_holds_reads_as_the_plan_and_anything_else_is_said_plainly() {
    let plan = example();
    let decoded = read(encode(&plan).unwrap().as_bytes()).unwrap();
    assert_eq!(decoded.plan, plan);
    // The readable export reads the same.
    assert_eq!(
        read(encode_pretty(&plan).unwrap().as_bytes()).unwrap().plan,
        plan
    );
    assert_eq!(read(b"\xff\xfe").err(), Some(ShareError::Incomplete));
    assert_eq!(read(b"{\"hello\":1}").err(), Some(ShareError::NotAPlan));
    assert_eq!(read(b"not json").err(), Some(ShareError::NotAPlan));
    let newer = r#"{"format":"social-media-planner/plan","version":999,"plan":{}}"#;
    assert_eq!(read(newer.as_bytes()).err(), Some(ShareError::Newer));
    let damaged = r#"{"format":"social-media-planner/plan","version":6,"plan":{"id":7}}"#;
    assert_eq!(read(damaged.as_bytes()).err(), Some(ShareError::Damaged));
    for e in [
        ShareError::Missing,
        ShareError::Garbled,
        ShareError::Incomplete,
        ShareError::NotAPlan,
        ShareError::Damaged,
        ShareError::Newer,
    ] {
        let message = e.message();
        assert!(message.ends_with('.'), "{message}");
        assert!(
            !message.contains("JSON") && !message.contains("column"),
            "{message}"
        );
    }
}

#[test]
fn an_imported_copy_has_its_own_id_and_a_name_telling_it_apart_only_when_needed() {
    let plan = example();
    let id = PlanId::parse("fresh").unwrap();
    let copy = as_new_plan(plan.clone(), id.clone(), false, "shared copy");
    assert_eq!(copy.id, id);
    assert_eq!(copy.name, plan.name);
    assert_eq!(copy.strategy, plan.strategy);
    let mine = as_new_plan(plan.clone(), id, true, "shared copy");
    assert_eq!(
        mine.name.as_str(),
        format!("{} (shared copy)", plan.name.as_str())
    );
}

#[test]
fn the_limit_is_stated_with_the_length_and_honoured() {
    assert!(fits(LINK_LIMIT));
    assert!(!fits(LINK_LIMIT + 1));
    assert!(link_said(4213).to_string().starts_with("4,213 characters."));
    assert_eq!(
        too_long_said(52_300),
        "This plan is too large for a link: it would take 52,300 characters, and a link holds at most 32,000. Share the plan's file instead: export it on the Plans page, and it opens with Import."
    );
}

// The document and the Markdown as the file writers send them to the page
// (exchange::writers): the same blocks and text, read back from strings.

fn ask_writers(plan: &Plan, request: Request) -> Vec<String> {
    answer(
        &request.line(Ask::Files),
        &encode(plan).unwrap(),
        "",
        DateTime::default(),
        &|at, _| Some(at.and_utc()),
    )
}

#[test]
fn the_writers_send_the_document_block_for_block() {
    let plan = with_calendar();
    let today = day(2027, 3, 1);
    for calendar in [true, false] {
        let request = Request::Document { today, calendar };
        assert_eq!(
            Request::parse(&request.line(Ask::Files)),
            Some((Ask::Files, request.clone()))
        );
        let blocks = read_document(ask_writers(&plan, request)).unwrap();
        let days = calendar.then(|| print_days(today));
        assert_eq!(blocks, plan_document(&plan, today, days));
        assert!(blocks.iter().any(|b| matches!(b, Block::Table(..))));
        assert!(blocks.iter().any(|b| matches!(b, Block::Fact(..))));
    }
}

#[test]
fn a_part_read_on_its_own_says_what_the_printed_strategy_says_of_it() {
    let plan = with_calendar();
    let whole = plan_document(&plan, day(2027, 3, 1), None);
    for part in Part::ALL {
        let alone = part_document(&plan, part);
        assert!(!alone.is_empty(), "{part:?}");
        // The strategy's document: the part's heading, then the same blocks,
        // the items' headings one level further down.
        let at = whole
            .iter()
            .position(|b| *b == Block::Heading(3, part.title().to_owned()))
            .unwrap();
        let inside: Vec<Block> = whole[at + 1..]
            .iter()
            .take_while(|b| !matches!(b, Block::Heading(1..=3, _)))
            .map(|b| match b {
                Block::Heading(4, text) => Block::Heading(3, text.clone()),
                other => other.clone(),
            })
            .collect();
        assert_eq!(alone, inside, "{part:?}");
        // As the writers send it to the part's read view.
        let request = Request::Part(part);
        assert_eq!(
            Request::parse(&request.line(Ask::Preview)),
            Some((Ask::Preview, request.clone()))
        );
        assert_eq!(read_document(ask_writers(&plan, request)), Ok(alone));
    }
    let objectives = part_document(&plan, Part::Objectives);
    assert_eq!(
        objectives.first(),
        Some(&Block::Heading(
            3,
            plan.strategy.objectives[0].title().english().to_owned()
        ))
    );
    // Neither a brief nor the calendar is a part of the strategy.
    assert_eq!(part_document(&plan, Part::Campaign), []);
    for line in ["files part campaign", "files part", "files part Story"] {
        assert_eq!(Request::parse(line), None, "{line}");
    }
}

#[test]
fn the_writers_send_the_markdown_as_a_file_named_after_the_plan() {
    let plan = with_calendar();
    let today = day(2027, 3, 1);
    let written = read_files(ask_writers(&plan, Request::Markdown { today })).unwrap();
    assert_eq!(written.files.len(), 1);
    assert_eq!(written.files[0].name, format!("{}.md", file_name_of(&plan)));
    assert_eq!(written.files[0].text, plan_markdown(&plan, today));
}

#[test]
fn the_writers_make_the_example_with_the_id_and_time_the_app_gives() {
    let (today, made) = (
        day(2027, 3, 10),
        DateTime::from_timestamp_millis(1_773_000_000_123).unwrap(),
    );
    let id = PlanId::parse("p-new").unwrap();
    let request = Request::Example {
        today,
        id: id.clone(),
        at: made,
    };
    assert_eq!(
        Request::parse(&request.line(Ask::Files)),
        Some((Ask::Files, request.clone()))
    );
    // Asked with no plan: the envelope is not read.
    let answer = answer(
        &request.line(Ask::Files),
        "",
        "",
        DateTime::default(),
        &|at, _| Some(at.and_utc()),
    );
    let plan = read_plan(answer).unwrap();
    assert_eq!(plan, example_plan(id, made, today));
    assert_eq!((plan.created, plan.campaigns.len()), (made, 3));
    // Refused: a made-up id, a day that is not one; and an error is said.
    for line in [
        "files example 2027-03-10 a/b 1",
        "files example 2027-02-30 p-new 1",
        "files example 2027-03-10 p-new soon",
    ] {
        assert_eq!(Request::parse(line), None, "{line}");
    }
    assert_eq!(
        read_plan(vec!["error".into(), NO_EXAMPLE.into()]),
        Err(NO_EXAMPLE.to_owned())
    );
    assert_eq!(
        read_plan(vec!["plan".into(), "{not an envelope".into()]),
        Err(NO_EXAMPLE.to_owned())
    );
    assert_eq!(read_plan(vec!["doc".into()]), Err(WRONG_REQUEST.to_owned()));
}

#[test]
fn the_writers_read_pasted_rows_as_the_measure_page_would_itself() {
    use social_media_planner::plan::results::{read_paste, DayOrder, Pasted};
    let text = "Day;Visits;Sign-ups\n01/02/2027;1.200,5;3\nnot a day;4;5\n03/02/2027;1.300;7\n";
    for (order, columns) in [
        (DayOrder::DayMonth, None),
        (DayOrder::MonthDay, None),
        (DayOrder::DayMonth, Some((0, 2))),
    ] {
        let request = Request::Paste { order, columns };
        let line = request.line(Ask::Preview);
        assert_eq!(Request::parse(&line), Some((Ask::Preview, request)));
        // The rows are sent in the place of a plan.
        let answer = answer(&line, text, "", DateTime::default(), &|at, _| {
            Some(at.and_utc())
        });
        // As the page reads it: the same words, said in English.
        let words = |pasted: Pasted| {
            let columns: Vec<String> = pasted.columns.iter().map(ToString::to_string).collect();
            let bad: Vec<(usize, String)> = pasted
                .bad
                .iter()
                .map(|b| (b.line, b.reason.to_string()))
                .collect();
            (
                columns,
                pasted.date_column,
                pasted.value_column,
                pasted.header,
                pasted.readings,
                bad,
            )
        };
        assert_eq!(
            read_pasted(answer).map(words),
            read_paste(text, order, columns)
                .map(words)
                .map_err(|e| e.message().to_string())
        );
    }
    let read = read_pasted(answer(
        &Request::Paste {
            order: DayOrder::DayMonth,
            columns: None,
        }
        .line(Ask::Preview),
        text,
        "",
        DateTime::default(),
        &|at, _| Some(at.and_utc()),
    ))
    .unwrap();
    assert_eq!(
        (read.readings.len(), read.bad.len(), read.header),
        (2, 1, true)
    );
    assert_eq!(read.readings[0].value, 1200.5);
    // What cannot be read is said in the user's words.
    let empty = answer(
        &Request::Paste {
            order: DayOrder::DayMonth,
            columns: None,
        }
        .line(Ask::Preview),
        "\n\n",
        "",
        DateTime::default(),
        &|at, _| Some(at.and_utc()),
    );
    assert_eq!(
        read_pasted(empty),
        Err("There is nothing to read: paste rows with a date and a value.".to_owned())
    );
    // A line of another build, or an answer cut short, is refused.
    assert_eq!(Request::parse("preview paste ymd - -"), None);
    assert_eq!(Request::parse("preview paste dmy 1 -"), None);
    assert_eq!(
        read_pasted(vec![
            "pasted".into(),
            "0".into(),
            "1".into(),
            "1".into(),
            "2".into(),
            "1".into()
        ]),
        Err(WRONG_REQUEST.to_owned())
    );
}

fn file_name_of(plan: &Plan) -> String {
    social_media_planner::exchange::file_name(plan.name.as_str(), "")
}

#[test]
fn a_document_cut_short_or_foreign_is_refused() {
    let plan = with_calendar();
    let whole = ask_writers(
        &plan,
        Request::Document {
            today: day(2027, 3, 1),
            calendar: true,
        },
    );
    // Cut anywhere inside a table or a fact, it is refused, never half read.
    let table = whole.iter().position(|w| w.starts_with("table ")).unwrap();
    for cut in [table + 1, table + 3] {
        assert_eq!(
            read_document(whole[..cut].to_vec()),
            Err(WRONG_REQUEST.to_owned())
        );
    }
    for strange in [
        vec![],
        vec!["files".to_owned()],
        vec!["doc".to_owned(), "x".to_owned(), "y".to_owned()],
        vec!["doc".to_owned(), "table 2".to_owned()],
        vec!["doc".to_owned(), "hx".to_owned(), "y".to_owned()],
    ] {
        assert_eq!(read_document(strange), Err(WRONG_REQUEST.to_owned()));
    }
    assert_eq!(
        read_document(vec!["error".to_owned(), UNREADABLE.to_owned()]),
        Err(UNREADABLE.to_owned())
    );
    assert_eq!(read_document(vec!["doc".to_owned()]), Ok(vec![]));
}
