#![cfg(not(target_arch = "wasm32"))]
//! The save envelope: round trips, versions, and everything that is not ours.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use social_media_planner::exchange::{decode, encode, DecodeError, FORMAT, VERSION};
use social_media_planner::plan::{
    kept, BusinessFunction, CalendarEdit, Campaign, CampaignId, CampaignMessage, DateRange,
    Objective, ObjectiveId, ObjectiveKind, Persona, PersonaId, Plan, PlanId, PlanName, Platform,
    Post, PostContent, PostId, PostStatus, PrimaryPurpose, Profile, ProfileId, Recurrence,
    ResponseKind, Series, SeriesId, Tactic, TacticId, TacticKind, TargetedResponse, Task, TaskId,
};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn full_plan() -> Plan {
    let mut plan = Plan::new(
        PlanId::parse("acme").unwrap(),
        PlanName::parse("Acme <b>bold</b> 🚀").unwrap(),
        at(),
    );
    plan.brand = "Acme Inc.".into();
    plan.about = "Line one\nLine two \"quoted\"".into();
    plan.strategy.objectives.push(Objective {
        id: ObjectiveId::parse("o1").unwrap(),
        statement: "Sign 3 enterprise deals".into(),
        function: Some(BusinessFunction::Sales),
        kind: None,
        metric: "signed deals".into(),
        baseline: Some(0.0),
        target: Some(3.0),
        deadline: NaiveDate::from_ymd_opt(2027, 6, 30),
    });
    plan.strategy.personas.push(Persona {
        id: PersonaId::parse("pe1").unwrap(),
        name: "Ops Olivia".into(),
        who: "Runs operations at a 50-person firm".into(),
        interests: vec!["automation".into()],
        behaviours: vec!["reads LinkedIn at lunch".into()],
        pain_points: vec!["manual reporting".into()],
        online: "LinkedIn, trade newsletters".into(),
    });
    plan.strategy.profiles.push(Profile {
        posts_per_week: Some(3),
        purpose: Some(PrimaryPurpose::Educating),
        handle: "@acme".into(),
        fit: "Where Olivia reads long-form".into(),
        mission: "Teach operations leads to automate reporting".into(),
        personas: vec![PersonaId::parse("pe1").unwrap()],
        response_hours: Some(24),
        ..Profile::new(
            ProfileId::parse("pr1").unwrap(),
            Platform::Other("Substack".into()),
        )
    });
    plan.campaigns.push(
        Campaign {
            name: "Spring webinar".into(),
            objective: Some(ObjectiveId::parse("o1").unwrap()),
            response: Some(TargetedResponse {
                kind: ResponseKind::SignUps,
                name: String::new(),
                target: Some(200.0),
                results: Vec::new(),
            }),
            personas: vec![PersonaId::parse("pe1").unwrap()],
            profiles: vec![ProfileId::parse("pr1").unwrap()],
            message: Some(CampaignMessage::Own("Reports in minutes".into())),
            call_to_action: "Save your seat".into(),
            offer: "Free report template".into(),
            tactics: vec![Tactic {
                description: "Sponsored post to ops leads".into(),
                profile: Some(ProfileId::parse("pr1").unwrap()),
                spend: Some(400.0),
                ..Tactic::new(TacticId::parse("a1").unwrap(), TacticKind::PaidAds)
            }],
            budget: Some(1500.0),
            expected_return: Some(4000.0),
            actual_return: Some(2500.5),
            notes: "Agency: Sam".into(),
            ..Campaign::new(
                CampaignId::parse("c1").unwrap(),
                DateRange::new(
                    NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
                    NaiveDate::from_ymd_opt(2027, 4, 15).unwrap(),
                )
                .unwrap(),
            )
        }
        .into(),
    );
    let mut post = Post::new(
        PostId::parse("po1").unwrap(),
        NaiveDate::from_ymd_opt(2027, 3, 2)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap(),
    );
    post.content = PostContent {
        profile: Some(ProfileId::parse("pr1").unwrap()),
        campaign: Some(CampaignId::parse("c1").unwrap()),
        copy: "Join us".into(),
        link: "https://example.com".into(),
        status: PostStatus::Draft,
        notes: "Owner: Sam".into(),
        ..PostContent::default()
    };
    plan.calendar.apply(CalendarEdit::PutPost(post));
    plan.calendar.apply(CalendarEdit::PutTask(Task {
        title: "Brief the designer".into(),
        ..Task::new(
            TaskId::parse("t1").unwrap(),
            NaiveDate::from_ymd_opt(2027, 2, 25).unwrap(),
        )
    }));
    plan.calendar.apply(CalendarEdit::PutSeries(Series {
        id: SeriesId::parse("w1").unwrap(),
        content: PostContent {
            copy: "Tip of the week".into(),
            ..PostContent::default()
        },
        time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        rule: Recurrence::Weekly(vec![chrono::Weekday::Tue]),
        days: DateRange::new(
            NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
            NaiveDate::from_ymd_opt(2027, 6, 29).unwrap(),
        )
        .unwrap(),
        skipped: [NaiveDate::from_ymd_opt(2027, 1, 12).unwrap()].into(),
    }));
    plan.calendar.time_zone = Some("Europe/Paris".into());
    plan
}

#[test]
fn a_plan_saved_and_loaded_is_equal() {
    let plan = full_plan();
    let text = encode(&plan).unwrap();
    assert_eq!(decode(&text).unwrap(), plan);
}

#[test]
fn the_envelope_names_its_format_and_version() {
    let text = encode(&full_plan()).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], FORMAT);
    assert_eq!(value["version"], VERSION);
    assert_eq!(value["plan"]["id"], "acme");
}

#[test]
fn the_first_version_fixture_loads() {
    let text = include_str!("fixtures/v1-plan.json");
    let plan = decode(text).unwrap();
    assert_eq!(plan.name.as_str(), "Acme Coffee");
    assert_eq!(plan.strategy.profiles.len(), 1);
    assert_eq!(plan.strategy.objectives[0].target, Some(16.0));
    assert_eq!(
        plan.strategy.personas[0].pain_points,
        ["inconsistent bean supply"]
    );
    let campaign = &plan.campaigns[0];
    assert_eq!(campaign.dates.days(), 61);
    // Version 1's free-text brief, lifted into version 3's.
    let response = campaign.response.as_ref().unwrap();
    assert_eq!(
        (response.kind, response.name.as_str(), response.target),
        (ResponseKind::Other, "tasting bookings", Some(40.0))
    );
    assert_eq!(
        campaign.message,
        Some(CampaignMessage::Own(
            "Beans your regulars will notice".into()
        ))
    );
    assert_eq!(campaign.owner, None);
    assert_eq!(campaign.notes, "Owner: Dana");
    // Version 1's post, now in the calendar, its owner kept in its notes.
    let post = plan.calendar.posts.iter().next().unwrap().as_ref();
    assert_eq!(
        post.content.profile.as_ref().map(|p| p.as_str()),
        Some("pr1")
    );
    assert_eq!(post.content.status, PostStatus::Scheduled);
    assert_eq!(post.content.notes, "Owner: Dana");
}

#[test]
fn the_second_version_fixture_loads_with_every_part_of_the_strategy() {
    let plan = decode(include_str!("fixtures/v2-plan.json")).unwrap();
    let strategy = &plan.strategy;
    assert_eq!(plan.name.as_str(), "Example: Hearth & Crumb Bakery");
    assert_eq!(strategy.objectives.len(), 4);
    assert_eq!(strategy.personas.len(), 3);
    assert_eq!(strategy.priorities.len(), 2);
    assert_eq!(strategy.profiles.len(), 3);
    assert_eq!(strategy.story.key_messages.len(), 3);
    assert_eq!(strategy.content.pillars.len(), 3);
    assert_eq!(strategy.team.members.len(), 2);
    assert_eq!(strategy.team.tools.len(), 2);
    assert_eq!(strategy.response.escalations.len(), 2);
    assert!(!strategy.response.guidelines.crisis.is_empty());
    assert_eq!(strategy.measurement.kpis.len(), 3);
    assert_eq!(strategy.measurement.horizon.unwrap().days(), 365);
    // Saved again, it reads back the same.
    assert_eq!(decode(&encode(&plan).unwrap()).unwrap(), plan);
}

#[test]
fn the_third_version_fixture_loads_with_its_campaigns() {
    let plan = decode(include_str!("fixtures/v3-plan.json")).unwrap();
    assert_eq!(plan.campaigns.len(), 2);
    let spring = &plan.campaigns[0];
    assert_eq!(spring.title(), "Spring tasting tour");
    assert_eq!(spring.tactics[0].kind, TacticKind::PaidAds);
    assert_eq!(spring.expected_roi().describe().to_string(), "+380%");
    assert!(plan.campaign_findings(spring).is_empty());
    assert!(plan.campaigns[1].archived);
    assert_eq!(decode(&encode(&plan).unwrap()).unwrap(), plan);
}

#[test]
fn results_are_saved_with_their_kpis_and_campaigns() {
    use social_media_planner::plan::{Kpi, KpiId, Reading};
    let mut plan = full_plan();
    let on = |m: u32, d: u32, value: f64| Reading {
        day: NaiveDate::from_ymd_opt(2027, m, d).unwrap(),
        value,
    };
    plan.strategy.measurement.kpis.push(Kpi {
        name: "Wholesale accounts".into(),
        baseline: Some(4.0),
        target: Some(12.0),
        results: vec![on(1, 31, 5.0), on(2, 28, 7.0)],
        ..Kpi::new(KpiId::parse("k-accounts").unwrap())
    });
    plan.campaigns[0].response.as_mut().unwrap().results = vec![on(3, 2, 41.0), on(3, 9, 97.5)];
    let text = encode(&plan).unwrap();
    assert!(text.contains(r#""baseline":4.0,"results":[{"day":"2027-01-31","value":5.0},{"day":"2027-02-28","value":7.0}]"#));
    assert!(text.contains(
        r#""results":[{"day":"2027-03-02","value":41.0},{"day":"2027-03-09","value":97.5}]"#
    ));
    assert!(text.contains(&format!("\"version\":{VERSION}")));
    assert_eq!(decode(&text).unwrap(), plan);
}

#[test]
fn what_measures_and_what_was_spent_are_saved_with_the_plan() {
    use social_media_planner::plan::{
        Kpi, KpiId, KpiSource, ObjectiveKind, Tool, ToolId, ToolRole,
    };
    let mut plan = full_plan();
    plan.strategy.objectives[0].kind = Some(ObjectiveKind::Deal);
    plan.strategy.team.tools.push(Tool {
        name: "Web analytics".into(),
        role: Some(ToolRole::Measuring),
        ..Tool::new(ToolId::parse("x-ga").unwrap())
    });
    plan.strategy.measurement.kpis.push(Kpi {
        name: "Demo requests".into(),
        source: Some(KpiSource::Tool(ToolId::parse("x-ga").unwrap())),
        ..Kpi::new(KpiId::parse("k-demos").unwrap())
    });
    plan.strategy.measurement.kpis.push(Kpi {
        name: "Profile visits".into(),
        source: Some(KpiSource::Platform),
        ..Kpi::new(KpiId::parse("k-visits").unwrap())
    });
    plan.campaigns[0].tactics[0].actual_spend = Some(275.5);
    plan.campaigns[0].other_costs = Some(120.0);
    let text = encode(&plan).unwrap();
    for saved in [
        r#""kind":"deal""#,
        r#""role":"measuring""#,
        r#""source":"tool:x-ga""#,
        r#""source":"platform""#,
        r#""actual_spend":275.5"#,
        r#""other_costs":120.0"#,
    ] {
        assert!(text.contains(saved), "{saved} in {text}");
    }
    assert!(text.contains(r#""version":6"#));
    assert_eq!(decode(&text).unwrap(), plan);
}

#[test]
fn the_fifth_version_fixture_loads_with_its_results() {
    let plan = decode(include_str!("fixtures/v5-plan.json")).unwrap();
    let kpi = &plan.strategy.measurement.kpis[0];
    assert_eq!(kpi.baseline, Some(4.0));
    assert_eq!(
        kpi.results
            .iter()
            .map(|r| (r.day.to_string(), r.value))
            .collect::<Vec<_>>(),
        [
            ("2026-12-31".to_owned(), 6.0),
            ("2027-01-31".to_owned(), 9.0)
        ]
    );
    let response = plan.campaigns[0].response.as_ref().unwrap();
    assert_eq!(response.results.len(), 2);
    // Version 6's additions start empty.
    assert!(plan.strategy.objectives.iter().all(|o| o.kind.is_none()));
    assert!(plan.strategy.team.tools.iter().all(|t| t.role.is_none()));
    assert!(plan
        .strategy
        .measurement
        .kpis
        .iter()
        .all(|k| k.source.is_none()));
    assert!(plan
        .campaigns
        .iter()
        .all(|c| c.other_costs.is_none() && c.tactics.iter().all(|t| t.actual_spend.is_none())));
    assert_eq!(decode(&encode(&plan).unwrap()).unwrap(), plan);
}

#[test]
fn the_fourth_version_fixture_loads_with_its_calendar() {
    let plan = decode(include_str!("fixtures/v4-plan.json")).unwrap();
    // Version 5's results start empty.
    assert!(plan
        .strategy
        .measurement
        .kpis
        .iter()
        .all(|k| k.results.is_empty() && k.baseline.is_none()));
    assert!(plan
        .campaigns
        .iter()
        .filter_map(|c| c.response.as_ref())
        .all(|r| r.results.is_empty()));
    let calendar = &plan.calendar;
    assert_eq!(calendar.time_zone.as_deref(), Some("Europe/London"));
    assert_eq!(
        (
            calendar.posts.len(),
            calendar.tasks.len(),
            calendar.series.len()
        ),
        (3, 3, 2)
    );
    let tasting = calendar.post(&PostId::parse("q-tasting").unwrap()).unwrap();
    assert_eq!(
        tasting.content.campaign.as_ref().map(|c| c.as_str()),
        Some("m-spring")
    );
    assert_eq!(tasting.content.status, PostStatus::Scheduled);
    // March: the weekly tips on Tuesdays and Thursdays less the day moved to a
    // post of its own, the job post every ten days, two posts, two tasks.
    let march = DateRange::new(
        NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
        NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
    )
    .unwrap();
    let entries = calendar.entries(march);
    let tips = entries
        .iter()
        .filter(|e| e.key.to_param().starts_with("o.w-tips."))
        .count();
    let jobs = entries
        .iter()
        .filter(|e| e.key.to_param().starts_with("o.w-jobs."))
        .count();
    assert_eq!((tips, jobs), (8, 4));
    assert_eq!(entries.len(), 8 + 4 + 3 + 2);
    assert!(entries
        .iter()
        .any(|e| e.post().is_some_and(|p| p.occurrence_of.is_some())));
    assert_eq!(decode(&encode(&plan).unwrap()).unwrap(), plan);
}

#[test]
fn an_old_plan_missing_the_lists_loads_with_them_empty() {
    let text = format!(
        r#"{{"format":"{FORMAT}","version":1,"plan":{{"id":"a","name":"A","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}}}}"#
    );
    let plan = decode(&text).unwrap();
    assert!(plan.strategy.objectives.is_empty() && plan.calendar.is_empty());
    assert_eq!(plan.brand, "");
}

#[test]
fn whatever_is_not_our_envelope_is_named_as_such() {
    assert_eq!(decode(""), Err(DecodeError::Empty));
    assert_eq!(decode("  \n"), Err(DecodeError::Empty));
    assert!(matches!(
        decode("{\"format\":"),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode("\u{0}\u{1}binary"),
        Err(DecodeError::NotJson(_))
    ));
    assert_eq!(decode("[1,2,3]"), Err(DecodeError::NotOurs));
    assert_eq!(decode("\"a string\""), Err(DecodeError::NotOurs));
    assert_eq!(
        decode(r#"{"type":"excalidraw","version":2,"elements":[]}"#),
        Err(DecodeError::NotOurs)
    );
    let no_version = format!(r#"{{"format":"{FORMAT}","plan":{{}}}}"#);
    assert_eq!(decode(&no_version), Err(DecodeError::NoVersion));
    let zero = format!(r#"{{"format":"{FORMAT}","version":0,"plan":{{}}}}"#);
    assert_eq!(decode(&zero), Err(DecodeError::NoVersion));
}

#[test]
fn a_save_from_a_newer_version_is_recognised_not_read() {
    let text = format!(
        r#"{{"format":"{FORMAT}","version":{},"plan":{{}}}}"#,
        VERSION + 1
    );
    let err = decode(&text).unwrap_err();
    assert_eq!(err, DecodeError::Newer { found: VERSION + 1 });
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn a_damaged_plan_inside_a_good_envelope_is_reported() {
    let bad_name = format!(
        r#"{{"format":"{FORMAT}","version":1,"plan":{{"id":"a","name":"  ","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}}}}"#
    );
    assert!(matches!(decode(&bad_name), Err(DecodeError::BadPlan(_))));
    let bad_id = bad_name
        .replace(r#""id":"a""#, r#""id":"a:b""#)
        .replace("\"  \"", "\"A\"");
    assert!(matches!(decode(&bad_id), Err(DecodeError::BadPlan(_))));
    let no_plan = format!(r#"{{"format":"{FORMAT}","version":1}}"#);
    assert!(matches!(decode(&no_plan), Err(DecodeError::BadPlan(_))));
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"quotes\" \\ back\\slash \n\t".to_owned()),
        Just("🚀 emoji ünïcödé".to_owned()),
    ]
}

fn arb_plan() -> impl Strategy<Value = Plan> {
    (
        "[a-zA-Z0-9_-]{1,64}",
        "[^\\p{C}\\s][^\\p{C}]{0,60}",
        arb_text(),
        arb_text(),
        0i64..4_000_000_000,
        // Numbers as the plan keeps them (to 15 significant digits, as every
        // entry keeps them), which the save reads back exactly.
        proptest::collection::vec(
            (
                arb_text(),
                proptest::option::of((-1e9f64..1e9).prop_filter_map("a kept number", kept)),
            ),
            0..4,
        ),
    )
        .prop_filter_map(
            "a valid plan name",
            |(id, name, brand, about, secs, objectives)| {
                let name = PlanName::parse(&name).ok()?;
                let at = DateTime::from_timestamp(secs, 0)?;
                let mut plan = Plan::new(PlanId::parse(&id).ok()?, name, at);
                plan.brand = brand;
                plan.about = about;
                plan.strategy.objectives = objectives
                    .into_iter()
                    .enumerate()
                    .map(|(i, (statement, target))| Objective {
                        id: ObjectiveId::parse(&format!("o{i}")).unwrap(),
                        statement,
                        function: BusinessFunction::ALL.get(i).copied(),
                        kind: ObjectiveKind::ALL.get(i).copied(),
                        metric: String::new(),
                        baseline: None,
                        target,
                        deadline: None,
                    })
                    .collect();
                Some(plan)
            },
        )
}

proptest! {
    #[test]
    fn any_plan_survives_the_envelope(plan in arb_plan()) {
        let text = encode(&plan).unwrap();
        prop_assert_eq!(decode(&text).unwrap(), plan);
    }

    #[test]
    fn decoding_any_text_never_panics(text in "\\PC{0,200}") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_any_json_shape_never_panics(json in arb_json()) {
        let _ = decode(&json.to_string());
        let wrapped = serde_json::json!({"format": FORMAT, "version": 1, "plan": json});
        let _ = decode(&wrapped.to_string());
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".{0,10}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_owned()),
                    Just("name".to_owned()),
                    Just("created".to_owned()),
                    ".{0,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn posts_sharing_an_id_are_all_kept_each_under_its_own_id() {
    use social_media_planner::exchange::decode_repairing;
    let mut envelope: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/v4-plan.json")).unwrap();
    let posts = envelope["plan"]["calendar"]["posts"]
        .as_array_mut()
        .unwrap();
    let mut twin = posts[0].clone();
    twin["copy"] = "The twin".into();
    posts.push(twin);
    let text = envelope.to_string();
    assert!(decode(&text).is_err(), "the calendar keeps one post per id");
    let decoded = decode_repairing(&text).unwrap();
    assert_eq!(
        decoded.repairs,
        ["Two posts shared the id “q-tasting”; the second now has its own."]
    );
    let calendar = &decoded.plan.calendar;
    assert_eq!(calendar.posts.len(), 4);
    let twin = calendar
        .post(&PostId::parse("q-tasting-2").unwrap())
        .unwrap();
    assert_eq!(twin.content.copy, "The twin");
}
