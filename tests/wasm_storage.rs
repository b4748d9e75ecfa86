#![cfg(target_arch = "wasm32")]
//! The storage module in a real browser: plans under a prefix, nothing else touched.

use social_media_planner::exchange;
use social_media_planner::plan::PlanId;
use social_media_planner::storage::{PlanStore, StorageError};
use wasm_bindgen_test::*;

mod browser;
use browser::{clear, keys_under, local, plan};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn saves_lists_loads_and_deletes_plans_under_its_prefix() {
    let prefix = "test-crud:";
    clear(prefix);
    let store = PlanStore::new(prefix);
    let mut acme = plan("acme", "Acme");
    acme.about = "Spring launch".into();
    store.save_plan(&acme).unwrap();
    store.save_plan(&plan("globex", "Globex")).unwrap();
    store.set_last_open(Some(&acme.id)).unwrap();

    assert_eq!(
        keys_under(prefix),
        [
            "test-crud:last-open",
            "test-crud:plan:acme",
            "test-crud:plan:globex"
        ]
    );
    let loaded = store.load().unwrap();
    assert_eq!(loaded.plans.len(), 2);
    assert_eq!(loaded.plans[0], acme);
    assert_eq!(loaded.last_open, Some(acme.id.clone()));
    assert!(loaded.unreadable.is_empty());

    // What is stored is the envelope, readable by the exchange module.
    let raw = local().get_item("test-crud:plan:acme").unwrap().unwrap();
    assert_eq!(exchange::decode(&raw).unwrap(), acme);

    store.delete_plan(&acme.id).unwrap();
    store.set_last_open(None).unwrap();
    assert_eq!(keys_under(prefix), ["test-crud:plan:globex"]);
    let loaded = store.load().unwrap();
    assert_eq!(loaded.plans.len(), 1);
    assert_eq!(loaded.last_open, None);
    clear(prefix);
}

#[wasm_bindgen_test]
fn leaves_other_keys_and_other_prefixes_alone() {
    let ours = "test-ours:";
    let theirs = "test-theirs:";
    clear(ours);
    clear(theirs);
    local()
        .set_item("test-unrelated", "host page data")
        .unwrap();
    PlanStore::new(theirs)
        .save_plan(&plan("x", "Theirs"))
        .unwrap();

    let store = PlanStore::new(ours);
    assert!(store.load().unwrap().plans.is_empty());
    store.save_plan(&plan("x", "Ours")).unwrap();
    store.delete_plan(&PlanId::parse("x").unwrap()).unwrap();

    assert_eq!(
        local().get_item("test-unrelated").unwrap().unwrap(),
        "host page data"
    );
    let theirs_loaded = PlanStore::new(theirs).load().unwrap();
    assert_eq!(theirs_loaded.plans[0].name.as_str(), "Theirs");
    clear(theirs);
    local().remove_item("test-unrelated").unwrap();
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_reported_and_never_written_over() {
    let prefix = "test-bad:";
    clear(prefix);
    let storage = local();
    storage
        .set_item("test-bad:plan:broken", "{\"format\": tru")
        .unwrap();
    let future = format!(
        r#"{{"format":"{}","version":999,"plan":{{"id":"future"}}}}"#,
        exchange::FORMAT
    );
    storage.set_item("test-bad:plan:future", &future).unwrap();
    let misplaced = exchange::encode(&plan("elsewhere", "Misplaced")).unwrap();
    storage.set_item("test-bad:plan:here", &misplaced).unwrap();
    let store = PlanStore::new(prefix);
    store.save_plan(&plan("fine", "Fine")).unwrap();

    let loaded = store.load().unwrap();
    assert_eq!(loaded.plans.len(), 1);
    let problems: Vec<(&str, &str)> = loaded
        .unreadable
        .iter()
        .map(|u| (u.key.as_str(), u.problem.as_str()))
        .collect();
    assert_eq!(problems.len(), 3);
    assert!(problems[0].0 == "test-bad:plan:broken" && problems[0].1.contains("not valid JSON"));
    assert!(problems[1].0 == "test-bad:plan:future" && problems[1].1.contains("newer version"));
    assert!(problems[2].0 == "test-bad:plan:here" && problems[2].1.contains("another plan"));

    let broken_id = PlanId::parse("broken").unwrap();
    assert_eq!(
        store.save_plan(&plan("broken", "Overwrite?")),
        Err(StorageError::Protected("test-bad:plan:broken".into()))
    );
    assert!(store.delete_plan(&broken_id).is_err());
    assert_eq!(
        storage.get_item("test-bad:plan:broken").unwrap().unwrap(),
        "{\"format\": tru"
    );
    assert_eq!(
        storage.get_item("test-bad:plan:future").unwrap().unwrap(),
        future
    );
    clear(prefix);
}

#[wasm_bindgen_test]
fn a_full_store_is_reported_as_full_and_keeps_what_was_saved() {
    let prefix = "test-full:";
    clear(prefix);
    clear("test-filler:");
    let store = PlanStore::new(prefix);
    let mut acme = plan("acme", "Acme");
    store.save_plan(&acme).unwrap();
    let saved = local().get_item("test-full:plan:acme").unwrap().unwrap();

    // Fill the origin's storage to the last character.
    let mut chunk = "x".repeat(1 << 20);
    let mut n = 0;
    while !chunk.is_empty() {
        if local()
            .set_item(&format!("test-filler:{n}"), &chunk)
            .is_err()
        {
            chunk.truncate(chunk.len() / 2);
        }
        n += 1;
    }
    acme.about = "A change that no longer fits".repeat(10);
    let result = store.save_plan(&acme);
    clear("test-filler:");
    assert_eq!(result, Err(StorageError::Full));
    assert_eq!(
        local().get_item("test-full:plan:acme").unwrap().unwrap(),
        saved
    );

    store.save_plan(&acme).unwrap();
    assert_eq!(store.load().unwrap().plans[0], acme);
    clear(prefix);
}

#[wasm_bindgen_test]
fn a_save_over_what_another_tab_wrote_is_refused_as_a_conflict() {
    let prefix = "test-tabs:";
    clear(prefix);
    let tab_a = PlanStore::new(prefix);
    let tab_b = PlanStore::new(prefix);
    let mut plan = plan("shared", "Shared");
    tab_a.save_plan(&plan).unwrap();
    assert_eq!(tab_b.load().unwrap().plans.len(), 1);

    plan.brand = "Tab A".into();
    tab_a.save_plan(&plan).unwrap();
    let mut mine = plan.clone();
    mine.brand = "Tab B".into();
    assert_eq!(
        tab_b.save_plan(&mine),
        Err(StorageError::Conflict(plan.id.clone()))
    );
    assert_eq!(tab_b.stored_plan(&plan.id).unwrap().unwrap().brand, "Tab A");
    // Once tab B has taken in what is stored, it may write again.
    tab_b.accept_stored(&plan.id);
    tab_b.save_plan(&mine).unwrap();
    assert_eq!(
        tab_a.save_plan(&plan),
        Err(StorageError::Conflict(plan.id.clone()))
    );
    // A plan deleted by another tab is not brought back unseen either.
    tab_a.accept_stored(&plan.id);
    tab_a.delete_plan(&plan.id).unwrap();
    assert_eq!(
        tab_b.save_plan(&mine),
        Err(StorageError::Conflict(plan.id.clone()))
    );
    clear(prefix);
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_copied_aside_once_and_removed_only_on_request() {
    let prefix = "test-recovery:";
    clear(prefix);
    local()
        .set_item("test-recovery:plan:bad", "{ not json")
        .unwrap();
    let store = PlanStore::new(prefix);
    let loaded = store.load().unwrap();
    assert_eq!(
        loaded.unreadable[0].recovery.as_deref(),
        Some("test-recovery:recovery:plan:bad")
    );
    assert_eq!(
        local()
            .get_item("test-recovery:recovery:plan:bad")
            .unwrap()
            .as_deref(),
        Some("{ not json")
    );
    // A later, different bad value never replaces the first copy.
    local()
        .set_item("test-recovery:plan:bad", "{ also bad")
        .unwrap();
    PlanStore::new(prefix).load().unwrap();
    assert_eq!(
        local()
            .get_item("test-recovery:recovery:plan:bad")
            .unwrap()
            .as_deref(),
        Some("{ not json")
    );
    assert_eq!(
        store.raw("test-recovery:plan:bad").as_deref(),
        Some("{ also bad")
    );
    assert_eq!(store.raw("someone-else:key"), None);
    store.discard("test-recovery:plan:bad").unwrap();
    assert!(keys_under(prefix).is_empty());
    clear(prefix);
}

#[wasm_bindgen_test]
fn changes_from_another_tab_are_read_as_saves_deletions_or_unreadable_values() {
    use social_media_planner::storage::Outside;
    let prefix = "test-outside:";
    clear(prefix);
    let store = PlanStore::new(prefix);
    let text = exchange::encode(&plan("p1", "From elsewhere")).unwrap();
    match store.outside_change("test-outside:plan:p1", Some(&text)) {
        Some(Outside::Saved(plan)) => assert_eq!(plan.name.as_str(), "From elsewhere"),
        other => panic!("expected a save, got {other:?}"),
    }
    assert!(matches!(
        store.outside_change("test-outside:plan:p1", None),
        Some(Outside::Deleted(_))
    ));
    assert!(matches!(
        store.outside_change("test-outside:plan:p1", Some("garbage")),
        Some(Outside::Unreadable(_))
    ));
    assert_eq!(
        store.outside_change("test-outside:last-open", Some("p1")),
        None
    );
    assert_eq!(store.outside_change("elsewhere:plan:p1", Some(&text)), None);
}

#[wasm_bindgen_test]
fn usage_counts_only_our_keys_as_the_browser_does() {
    let prefix = "test-usage:";
    clear(prefix);
    let store = PlanStore::new(prefix);
    assert_eq!(store.usage(), 0);
    local().set_item("test-usage:x", "é😀").unwrap();
    local()
        .set_item("test-usage-not-ours", "a long value that is not ours")
        .unwrap();
    // "test-usage:x" is 12 UTF-16 units, "é😀" is 3: 15 units, 30 bytes.
    assert_eq!(store.usage(), 30);
    local().remove_item("test-usage-not-ours").unwrap();
    clear(prefix);
}
