#![cfg(not(target_arch = "wasm32"))]
//! Importing files: whole plans and bundles read back; every kind of bad file
//! refused with a message naming what is wrong; repairable plans repaired, aloud.

use chrono::{DateTime, NaiveDate};
use proptest::prelude::*;
use social_media_planner::exchange::{
    decode_newer, decode_repairing, encode, encode_bundle, encode_pretty, read_import, ImportError,
    BUNDLE_FORMAT, FORMAT, MAX_IMPORT_BYTES, VERSION,
};
use social_media_planner::plan::{example_strategy, Plan, PlanId, PlanName};

fn example(id: &str) -> Plan {
    example_strategy(
        PlanId::parse(id).unwrap(),
        DateTime::default(),
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
}

fn import(text: &str) -> Result<Vec<Plan>, ImportError> {
    read_import(text.len() as u64, text).map(|all| all.into_iter().map(|d| d.plan).collect())
}

#[test]
fn an_exported_plan_imports_as_it_was() {
    let plan = example("acme");
    let text = encode_pretty(&plan).unwrap();
    let imported = read_import(text.len() as u64, &text).unwrap();
    assert_eq!(imported.len(), 1);
    assert_eq!(imported[0].plan, plan);
    assert!(imported[0].repairs.is_empty());
}

#[test]
fn an_export_of_all_plans_imports_every_one_in_order() {
    let (a, mut b) = (example("a"), example("b"));
    b.name = PlanName::parse("Second").unwrap();
    let text = encode_bundle(vec![&a, &b]).unwrap();
    assert!(text.contains(BUNDLE_FORMAT));
    assert_eq!(import(&text).unwrap(), vec![a, b]);
}

#[test]
fn empty_and_blank_files_are_refused() {
    assert_eq!(import(""), Err(ImportError::Empty));
    assert_eq!(import(" \n\t"), Err(ImportError::Empty));
}

#[test]
fn a_file_over_the_limit_is_refused_by_its_size_before_it_is_read() {
    let err = read_import(120 * 1024 * 1024, "{}").unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            bytes: 120 * 1024 * 1024
        }
    );
    assert!(err.to_string().starts_with("The file is 120 MB."));
    assert!(read_import(MAX_IMPORT_BYTES + 1, "{}").is_err());
    // Up to the limit, a file is read and judged by what it holds.
    assert_eq!(
        read_import(MAX_IMPORT_BYTES, "{}").unwrap_err(),
        ImportError::NotOurs
    );
}

#[test]
fn binary_files_are_named_as_not_text() {
    assert_eq!(
        import("\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR"),
        Err(ImportError::NotText)
    );
    assert_eq!(
        import("PK\u{3}\u{4}\u{FFFD}\u{FFFD}word/document.xml"),
        Err(ImportError::NotText)
    );
}

#[test]
fn a_refusal_is_said_in_the_users_words_with_the_readers_behind_a_toggle() {
    let error = import("{\"format\": ").unwrap_err();
    let message = error.to_string();
    assert_eq!(
        message,
        "The file is not a plan exported from the planner: it is not JSON, or it was cut short or changed by hand."
    );
    for word in ["line", "column", "EOF", "expected"] {
        assert!(!message.contains(word), "{message}");
    }
    assert!(
        error.detail().is_some_and(|d| d.contains("line 1")),
        "{:?}",
        error.detail()
    );
    let damaged = import(
        r#"{"format":"social-media-planner/plan","version":3,"plan":{"id":"bad id!","name":"Broken"}}"#,
    )
    .unwrap_err();
    assert!(
        damaged.to_string().ends_with(
            "is damaged: some of it is not what the planner writes, so it cannot be read safely."
        ),
        "{damaged}"
    );
    assert!(damaged.detail().is_some());
    assert_eq!(ImportError::Empty.detail(), None);
}

#[test]
fn other_json_and_non_json_are_told_apart() {
    assert!(matches!(
        import("{\"format\": "),
        Err(ImportError::NotJson(_))
    ));
    assert!(matches!(
        import("Name,Date\nAcme,2026-01-01"),
        Err(ImportError::NotJson(_))
    ));
    assert_eq!(
        import(r#"{"type":"excalidraw","version":2,"elements":[]}"#),
        Err(ImportError::NotOurs)
    );
    assert_eq!(import("[1, 2, 3]"), Err(ImportError::NotOurs));
    assert_eq!(
        import(&format!(r#"{{"format":"{FORMAT}","plan":{{}}}}"#)),
        Err(ImportError::NoVersion)
    );
}

#[test]
fn a_file_from_a_newer_version_says_so() {
    let text = encode(&example("a"))
        .unwrap()
        .replace(&format!("\"version\":{VERSION}"), "\"version\":99");
    let err = import(&text).unwrap_err();
    assert_eq!(err, ImportError::Newer { found: 99 });
    assert!(err.to_string().contains("newer version of the planner"));
}

#[test]
fn a_damaged_plan_in_a_bundle_is_named_by_its_place_and_name() {
    let a = example("a");
    let text = format!(
        r#"{{"format":"{BUNDLE_FORMAT}","version":{VERSION},"plans":[{},{{"id":"b:bad","name":"Broken one"}}]}}"#,
        serde_json::to_string(&a).unwrap()
    );
    match import(&text) {
        Err(error @ ImportError::Damaged { .. }) => assert!(error
            .to_string()
            .starts_with("The plan number 2 (“Broken one”) in the file is damaged")),
        other => panic!("expected a damaged plan, got {other:?}"),
    }
    let empty = format!(r#"{{"format":"{BUNDLE_FORMAT}","version":{VERSION},"plans":[]}}"#);
    assert_eq!(import(&empty), Err(ImportError::NoPlans));
}

#[test]
fn broken_references_are_repaired_and_named() {
    let mut plan = example("a");
    plan.strategy.measurement.kpis[0].objective = Some("ghost".to_owned().try_into().unwrap());
    let text = encode(&plan).unwrap();
    let imported = read_import(text.len() as u64, &text).unwrap();
    assert_eq!(
        imported[0].plan.strategy.measurement.kpis[0].objective,
        None
    );
    assert_eq!(
        imported[0].repairs,
        ["The KPI “Wholesale tastings booked from social” pointed at something the strategy does not have; the link was removed."]
    );
}

#[test]
fn dates_stored_back_to_front_are_swapped_and_named() {
    let plan = example("a");
    let text = encode(&plan).unwrap().replace(
        r#""horizon":{"start":"2026-12-01","end":"2027-11-30"}"#,
        r#""horizon":{"start":"2027-11-30","end":"2026-12-01"}"#,
    );
    assert!(text.contains(r#""start":"2027-11-30""#));
    let decoded = decode_repairing(&text).unwrap();
    assert_eq!(decoded.plan, plan);
    assert_eq!(
        decoded.repairs,
        ["The strategy's horizon ended before it started; its dates were swapped."]
    );
}

#[test]
fn a_newer_plan_is_read_as_far_as_this_version_understands_it() {
    let plan = example("a");
    let text = encode(&plan)
        .unwrap()
        .replace(&format!("\"version\":{VERSION}"), "\"version\":4")
        .replace(
            "\"brand\":",
            "\"a_field_from_the_future\":[1,2,3],\"brand\":",
        );
    assert_eq!(decode_newer(&text), Some(plan));
    assert_eq!(decode_newer("{\"format\":1}"), None);
}

proptest! {
    #[test]
    fn importing_any_text_never_panics(text in "\\PC{0,300}") {
        let _ = read_import(text.len() as u64, &text);
    }

    #[test]
    fn importing_a_cut_or_spliced_export_never_panics(cut in 0usize..4000, splice in "\\PC{0,20}") {
        let chars: Vec<char> = encode(&example("a")).unwrap().chars().collect();
        let at = cut.min(chars.len());
        let head: String = chars[..at].iter().collect();
        let tail: String = chars[at..].iter().skip(40).collect();
        let mangled = format!("{head}{splice}{tail}");
        let _ = read_import(mangled.len() as u64, &mangled);
        let _ = read_import(head.len() as u64, &head);
    }
}

/// The end-to-end tests' plan of a finished strategy with nothing planned
/// on it yet (`tests/fixtures/example-strategy.json`): the example's
/// strategy made on 2 December 2026, its horizon all of 2027. Kept in step
/// with the example here: `UPDATE_FIXTURES=1 cargo test` writes it again.
#[test]
fn the_end_to_end_strategy_fixture_is_the_examples_strategy() {
    let made = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z")
        .unwrap()
        .to_utc();
    let plan = example_strategy(
        PlanId::parse("example-strategy").unwrap(),
        made,
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
    );
    let text = encode_pretty(&plan).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/example-strategy.json"
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        kept == text,
        "{path} is not the example's strategy: run UPDATE_FIXTURES=1 cargo test"
    );
    assert_eq!(import(&kept).unwrap(), [plan]);
}
