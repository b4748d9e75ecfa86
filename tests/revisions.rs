#![cfg(not(target_arch = "wasm32"))]
//! The strategy's history, insights and reviews, through the workspace's
//! commands as the app sends them.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use social_media_planner::exchange::{decode, encode};
use social_media_planner::plan::learning::{Insight, InsightSource};
use social_media_planner::plan::revisions::{ChangeKind, MAX_REVISIONS};
use social_media_planner::plan::{
    example_strategy, Command, CommandError, InsightId, ItemEdit, Kpi, KpiId, Objective,
    ObjectiveId, Part, PlanEdit, PlanId, Reading, ReviewCadence, ReviewId, StrategyEdit, Workspace,
};

fn at(minute: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap() + Duration::minutes(minute)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn id() -> PlanId {
    PlanId::parse("ex").unwrap()
}

fn workspace() -> Workspace {
    let mut workspace = Workspace::default();
    let plan = example_strategy(id(), at(0), day(2026, 12, 2));
    workspace
        .apply(Command::AddPlan {
            plan: Box::new(plan),
        })
        .unwrap();
    workspace
}

fn edit(workspace: &mut Workspace, minute: i64, edit: PlanEdit) -> Result<(), CommandError> {
    workspace
        .apply(Command::EditPlan {
            id: id(),
            edit,
            at: at(minute),
        })
        .map(|_| ())
}

fn positioning(workspace: &mut Workspace, minute: i64, text: &str) {
    let edit_ = PlanEdit::Strategy(Box::new(StrategyEdit::Positioning(text.into())));
    edit(workspace, minute, edit_).unwrap();
}

fn plan(workspace: &Workspace) -> &social_media_planner::plan::Plan {
    workspace.plan(&id()).unwrap()
}

/// Records a review on `on`, at minute `minute`, as the Measure page does.
fn record_review(workspace: &mut Workspace, id: &str, on: NaiveDate, minute: i64) {
    let review =
        plan(workspace).new_review(ReviewId::parse(id).unwrap(), on, at(minute), String::new());
    let put = PlanEdit::Review(Box::new(ItemEdit::Put(review)));
    edit(workspace, minute, put).unwrap();
}

fn numbers(workspace: &Workspace) -> Vec<u32> {
    plan(workspace)
        .revisions
        .list()
        .iter()
        .map(|r| r.number)
        .collect()
}

#[test]
fn typing_within_a_few_minutes_is_one_revision_and_a_pause_starts_the_next() {
    let mut workspace = workspace();
    assert!(plan(&workspace).revisions.is_empty());
    positioning(&mut workspace, 1, "The baker");
    positioning(&mut workspace, 2, "The baker cafés");
    positioning(&mut workspace, 9, "The baker cafés rely on");
    assert_eq!(numbers(&workspace), [1]);
    let first = plan(&workspace).revisions.latest().unwrap().clone();
    assert_eq!((first.from, first.to), (at(1), at(9)));
    assert_eq!(first.parts(), [Part::Story]);

    // Past the grouping window, another revision.
    positioning(&mut workspace, 30, "The bakery cafés rely on");
    assert_eq!(numbers(&workspace), [1, 2]);
    // An edit that changes nothing is no revision.
    positioning(&mut workspace, 60, "The bakery cafés rely on");
    assert_eq!(numbers(&workspace), [1, 2]);
}

#[test]
fn results_recorded_on_a_kpi_are_not_a_change_to_the_strategy() {
    let mut workspace = workspace();
    let mut kpi: Kpi = plan(&workspace).strategy.measurement.kpis[0].clone();
    kpi.results = vec![Reading {
        day: day(2027, 1, 31),
        value: 4.0,
    }];
    let put = PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi.clone()))));
    edit(&mut workspace, 1, put).unwrap();
    assert!(plan(&workspace).revisions.is_empty());
    kpi.target = Some(40.0);
    let put = PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi))));
    edit(&mut workspace, 2, put).unwrap();
    assert_eq!(numbers(&workspace), [1]);
}

#[test]
fn two_revisions_compare_part_by_part_and_an_earlier_one_is_restored_as_a_new_revision() {
    let mut workspace = workspace();
    let original = plan(&workspace).strategy.clone();
    positioning(&mut workspace, 1, "Bread for the neighbourhood");
    let objective = Objective {
        statement: "Open a second shop".into(),
        metric: "shops open".into(),
        ..Objective::new(ObjectiveId::parse("o-shop").unwrap())
    };
    let add = PlanEdit::Strategy(Box::new(StrategyEdit::Objective(ItemEdit::Put(objective))));
    edit(&mut workspace, 30, add).unwrap();
    let remove = PlanEdit::Strategy(Box::new(StrategyEdit::Objective(ItemEdit::Remove(
        ObjectiveId::parse("o-hiring").unwrap(),
    ))));
    edit(&mut workspace, 31, remove).unwrap();
    assert_eq!(numbers(&workspace), [1, 2]);

    let revisions = &plan(&workspace).revisions;
    assert_eq!(
        revisions.first(),
        0,
        "the state before the first change is kept"
    );
    let changes = revisions.compare(0, 2).unwrap();
    let parts: Vec<Part> = changes.iter().map(|p| p.part).collect();
    // The removed objective's pillars and KPI lost their tie to it, too.
    assert_eq!(
        parts,
        [
            Part::Objectives,
            Part::Story,
            Part::Content,
            Part::Measurement
        ]
    );
    let objectives = &changes[0].changes;
    assert!(objectives.iter().any(|c| c.kind == ChangeKind::Added
        && c.what == "Objective “Open a second shop”"
        && c.after == "“Open a second shop”"));
    assert!(objectives.iter().any(|c| c.kind == ChangeKind::Removed
        && c.what == "Objective “Hire two bakers for the new shop”"));
    let story = &changes[1].changes;
    assert_eq!(story.len(), 1);
    assert_eq!(story[0].kind, ChangeKind::Changed);
    assert_eq!(story[0].what, "Positioning");
    assert_eq!(story[0].after, "Bread for the neighbourhood");
    assert!(!story[0].before.is_empty());
    let kpi = &changes[3].changes;
    assert!(
        kpi.iter().any(|c| c.kind == ChangeKind::Changed
            && c.what
                .starts_with("KPI “Baker applications mentioning our posts”: objective")
            // The link reads as the objective it pointed at, not its id.
            && c.before == "“Hire two bakers for the new shop”"
            && c.after == "—"),
        "{kpi:?}"
    );
    // Between 1 and 2 the positioning did not change.
    let later = revisions.compare(1, 2).unwrap();
    assert!(!later.iter().any(|p| p.part == Part::Story));
    assert_eq!(revisions.compare(0, 9), None);

    // Restoring the base: the strategy as it was, kept as revision 3.
    edit(&mut workspace, 40, PlanEdit::Restore(0)).unwrap();
    assert_eq!(plan(&workspace).strategy, original);
    let latest = plan(&workspace).revisions.latest().unwrap();
    assert_eq!((latest.number, latest.restored), (3, Some(0)));
    // A revision no longer kept is refused and nothing changes.
    let before = workspace.clone();
    assert_eq!(
        edit(&mut workspace, 41, PlanEdit::Restore(17)),
        Err(CommandError::NoSuchRevision(17))
    );
    assert_eq!(workspace, before);
}

#[test]
fn a_restore_keeps_the_values_reached_since() {
    let mut workspace = workspace();
    positioning(&mut workspace, 1, "Bread for the neighbourhood");
    let mut kpi = plan(&workspace).strategy.measurement.kpis[0].clone();
    kpi.results = vec![Reading {
        day: day(2027, 2, 1),
        value: 7.0,
    }];
    let put = PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi.clone()))));
    edit(&mut workspace, 2, put).unwrap();
    edit(&mut workspace, 40, PlanEdit::Restore(0)).unwrap();
    assert_eq!(
        plan(&workspace).strategy.measurement.kpis[0].results,
        kpi.results
    );
}

#[test]
fn the_history_is_bounded_and_the_oldest_revisions_fold_into_the_base() {
    let mut workspace = workspace();
    for n in 0..(MAX_REVISIONS as i64 + 15) {
        positioning(&mut workspace, n * 30, &format!("Version {n}"));
    }
    let revisions = &plan(&workspace).revisions;
    assert_eq!(revisions.list().len(), MAX_REVISIONS);
    assert_eq!(revisions.first(), 15);
    assert_eq!(
        revisions.latest().unwrap().number,
        MAX_REVISIONS as u32 + 15
    );
    // The oldest kept state reads as it stood: version 14.
    let oldest = revisions.strategy_at(15).unwrap();
    assert_eq!(oldest.story.positioning, "Version 14");
    assert!(revisions.strategy_at(3).is_none());
    // A review or an insight that named folded revisions says so.
    let plan = plan(&workspace);
    let named = |numbers: &[u32]| {
        plan.revisions_named(numbers)
            .map_or("none".to_owned(), |said| said.to_string())
    };
    assert_eq!(
        named(&[3, 4, 20, 21]),
        "Revisions 20 and 21 of the strategy. 2 revisions since folded into the earliest state kept."
    );
    assert_eq!(
        named(&[2]),
        "1 revision since folded into the earliest state kept."
    );
    assert_eq!(named(&[20]), "Revision 20 of the strategy.");
    assert_eq!(named(&[]), "none");
}

#[test]
fn the_history_insights_and_reviews_are_saved_with_the_plan() {
    let mut workspace = workspace();
    let insight = Insight {
        text: "How-to videos answered more support questions than posts".into(),
        part: Some(Part::Content),
        source: Some(InsightSource::Kpi(KpiId::parse("i-bookings").unwrap())),
        ..Insight::new(InsightId::parse("n1").unwrap(), day(2027, 1, 31))
    };
    edit(
        &mut workspace,
        0,
        PlanEdit::Insight(Box::new(ItemEdit::Put(insight))),
    )
    .unwrap();
    edit(
        &mut workspace,
        1,
        PlanEdit::Adapt(Some(InsightId::parse("n1").unwrap())),
    )
    .unwrap();
    positioning(&mut workspace, 2, "Show, don't tell");
    edit(&mut workspace, 3, PlanEdit::Adapt(None)).unwrap();
    let plan_ = plan(&workspace);
    assert_eq!(plan_.revisions_from(&InsightId::parse("n1").unwrap()), [1]);
    let review = plan_.new_review(
        ReviewId::parse("v1").unwrap(),
        day(2027, 2, 1),
        at(5),
        "More how-to videos".into(),
    );
    assert_eq!(review.revisions, [1]);
    edit(
        &mut workspace,
        5,
        PlanEdit::Review(Box::new(ItemEdit::Put(review))),
    )
    .unwrap();

    let saved = plan(&workspace).clone();
    let text = encode(&saved).unwrap();
    for part in [
        r#""insights":[{"id":"n1","day":"2027-01-31""#,
        r#""part":"content""#,
        r#""source":"kpi:i-bookings""#,
        r#""reviews":[{"id":"v1""#,
        r#""revisions":[1]"#,
        r#""insight":"n1""#,
    ] {
        assert!(text.contains(part), "{part}");
    }
    let read = decode(&text).unwrap();
    assert_eq!(read, saved);
    assert_eq!(read.revisions.compare(0, 1).unwrap()[0].part, Part::Story);
}

#[test]
fn a_review_is_due_on_the_most_frequent_kpi_cadence_and_links_only_newer_revisions() {
    let mut workspace = workspace();
    let plan_ = plan(&workspace);
    // The example reviews monthly (its quickest KPI) from the horizon's start.
    assert_eq!(plan_.review_cadence(), Some(ReviewCadence::Monthly));
    let horizon = plan_.strategy.measurement.horizon.unwrap();
    let due = plan_.review_due(horizon.start()).unwrap();
    assert_eq!(
        due.due,
        horizon
            .start()
            .checked_add_months(chrono::Months::new(1))
            .unwrap()
    );
    assert!(!due.now);
    assert!(due
        .describe(horizon.start())
        .to_string()
        .starts_with("Next review of the strategy by "));
    let late = plan_.review_due(due.due + Duration::days(3)).unwrap();
    assert!(late.now);
    assert!(late
        .describe(due.due + Duration::days(3))
        .to_string()
        .starts_with("A review of the strategy is due: it was due on "));
    assert_eq!(
        plan_.review_due(due.due).unwrap().describe(due.due),
        "A review of the strategy is due today (monthly)."
    );

    positioning(&mut workspace, 1, "First");
    record_review(&mut workspace, "v1", day(2027, 2, 1), 2);
    positioning(&mut workspace, 60, "Second");
    let second = plan(&workspace).new_review(
        ReviewId::parse("v2").unwrap(),
        day(2027, 3, 1),
        at(61),
        String::new(),
    );
    assert_eq!(second.revisions, [2]);
    // After a review, the next is a month after it.
    let plan_ = plan(&workspace);
    assert_eq!(
        plan_.review_due(day(2027, 2, 2)).unwrap().due,
        day(2027, 3, 1)
    );
}

#[test]
fn a_history_out_of_order_or_without_its_base_is_repaired_and_said_so() {
    let mut workspace = workspace();
    positioning(&mut workspace, 1, "One");
    positioning(&mut workspace, 30, "Two");
    let mut text = encode(plan(&workspace)).unwrap();
    // Revision 2 renumbered 1: a repeat.
    text = text.replace(r#""number":2"#, r#""number":1"#);
    text = text.replace(r#""adapting":null"#, r#""adapting":"n-gone""#);
    let mut read = decode(&text).unwrap();
    let repairs = read.repair();
    assert!(
        repairs.iter().any(|r| r
            .to_string()
            .starts_with("The strategy's history had revisions out of order")),
        "{repairs:?}"
    );
    assert!(
        repairs.iter().any(|r| r
            .to_string()
            .contains("adapted from an insight the plan does not have")),
        "{repairs:?}"
    );
    assert_eq!(read.revisions.list().len(), 1);
    assert_eq!(read.adapting, None);
    assert!(read.revisions.strategy_at(1).is_some());
}

#[test]
fn the_overview_says_how_many_results_are_off_track_and_whether_a_review_is_due() {
    let mut workspace = workspace();
    let horizon = plan(&workspace).strategy.measurement.horizon.unwrap();
    assert_eq!(
        plan(&workspace).measure_status(horizon.start()),
        "After your first results"
    );
    let first_review = horizon
        .start()
        .checked_add_months(chrono::Months::new(1))
        .unwrap();
    assert_eq!(
        plan(&workspace).measure_status(first_review),
        "After your first results · review due"
    );
    // A value far behind the line on one KPI, one ahead on another.
    let kpis = plan(&workspace).strategy.measurement.kpis.clone();
    for (kpi, value) in [(&kpis[0], 0.0), (&kpis[1], 1000.0)] {
        let mut kpi: Kpi = kpi.clone();
        kpi.results = vec![Reading {
            day: first_review,
            value,
        }];
        let put = PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi))));
        edit(&mut workspace, 1, put).unwrap();
    }
    assert_eq!(
        plan(&workspace).measure_status(horizon.start()),
        "1 result off track"
    );
}

#[test]
fn a_restore_keeps_a_kpi_added_since_that_has_values() {
    let mut workspace = workspace();
    positioning(&mut workspace, 1, "Bread for the neighbourhood");
    let kpi = Kpi {
        name: "Newsletter sign-ups".into(),
        results: vec![Reading {
            day: day(2027, 2, 1),
            value: 12.0,
        }],
        ..Kpi::new(KpiId::parse("i-new").unwrap())
    };
    let put = PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi.clone()))));
    edit(&mut workspace, 30, put).unwrap();
    edit(&mut workspace, 60, PlanEdit::Restore(1)).unwrap();
    let kpis = &plan(&workspace).strategy.measurement.kpis;
    let kept = kpis
        .iter()
        .find(|k| k.id == kpi.id)
        .expect("the KPI with values stays");
    assert_eq!(kept.results, kpi.results);
}

#[test]
fn a_change_after_a_review_is_a_revision_of_its_own() {
    let mut workspace = workspace();
    positioning(&mut workspace, 1, "Before the review");
    record_review(&mut workspace, "v1", day(2027, 2, 1), 2);
    // Within the grouping window, but after the review.
    positioning(&mut workspace, 4, "After the review");
    assert_eq!(numbers(&workspace), [1, 2]);
    let next = plan(&workspace).new_review(
        ReviewId::parse("v2").unwrap(),
        day(2027, 2, 2),
        at(5),
        String::new(),
    );
    assert_eq!(next.revisions, [2]);
}

#[test]
fn the_history_page_compares_two_revisions_as_the_writers_lay_them_out() {
    use social_media_planner::exchange::document::{comparison, Block};
    use social_media_planner::exchange::writers::{answer, read_document, Ask, Request};
    let mut workspace = workspace();
    positioning(&mut workspace, 1, "Bread for the neighbourhood");
    positioning(&mut workspace, 30, "Bread for the whole street");
    let plan = plan(&workspace);
    // From the earliest state kept to revision 2: one change, in the story.
    let blocks = comparison(plan, 0, 2);
    assert_eq!(blocks[0], Block::Text("1 change".into()));
    assert_eq!(
        blocks[1],
        Block::Heading(3, "Story and key messages: 1 change".into())
    );
    let Block::Table(header, rows) = &blocks[2] else {
        panic!("{blocks:?}")
    };
    assert_eq!(
        header,
        &["What", "In the earliest state kept", "In revision 2"]
    );
    assert_eq!(rows[0][0], "Changed: Positioning");
    assert_eq!(rows[0][2], "Bread for the whole street");
    assert_eq!(
        comparison(plan, 1, 2)[2],
        Block::Table(
            vec![
                "What".into(),
                "In revision 1".into(),
                "In revision 2".into()
            ],
            vec![vec![
                "Changed: Positioning".into(),
                "Bread for the neighbourhood".into(),
                "Bread for the whole street".into()
            ]]
        )
    );
    // The same revision on both sides, or one not kept: nothing to show.
    assert_eq!(
        comparison(plan, 2, 2),
        [Block::Text("The strategy is the same in both.".into())]
    );
    assert_eq!(comparison(plan, 0, 9).len(), 1);
    // As the writers send it to the page, the plan's envelope holding its history.
    let request = Request::Compare { a: 0, b: 2 };
    let line = request.line(Ask::Files);
    assert_eq!(Request::parse(&line), Some((Ask::Files, request)));
    let sent = answer(
        &line,
        &encode(plan).unwrap(),
        "",
        DateTime::default(),
        &|at, _| Some(at.and_utc()),
    );
    assert_eq!(read_document(sent), Ok(blocks));
    assert_eq!(Request::parse("files compare 1 x"), None);
}
