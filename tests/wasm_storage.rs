#![cfg(target_arch = "wasm32")]
//! The storage module in a real browser: plans under a prefix, nothing else touched.

use social_media_planner::exchange;
use social_media_planner::plan::PlanId;
use social_media_planner::storage::{PlanStore, StorageError};
use wasm_bindgen_test::*;

mod browser;
mod plans;
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

    // What is stored is the envelope in the compact encoding, as a JSON
    // string (gloo-storage's way), readable by the exchange module.
    let raw = local().get_item("test-crud:plan:acme").unwrap().unwrap();
    assert!(raw.starts_with("\"smp-compact/1:"), "{raw}");
    let text: String = serde_json::from_str(&raw).unwrap();
    let (envelope, encoding) = exchange::open_stored(&text).unwrap();
    assert_eq!(encoding, exchange::Encoding::Compact);
    assert_eq!(exchange::decode(&envelope).unwrap(), acme);
    assert_eq!(
        local().get_item("test-crud:last-open").unwrap().unwrap(),
        "\"acme\""
    );

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
    let problems: Vec<(&str, String)> = loaded
        .unreadable
        .iter()
        .map(|u| (u.key.as_str(), u.problem.to_string()))
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
    acme.about = "A change that no longer fits, even compressed: 1 2 3 4 5 6 7 8 9".to_owned();
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
    assert_eq!(store.space().ours, 0);
    local().set_item("test-usage:x", "é😀").unwrap();
    local()
        .set_item("test-usage-not-ours", "a long value that is not ours")
        .unwrap();
    // "test-usage:x" is 12 UTF-16 units, "é😀" is 3: 15 units, 30 bytes.
    assert_eq!(store.space().ours, 15);
    local().remove_item("test-usage-not-ours").unwrap();
    clear(prefix);
}

#[wasm_bindgen_test]
fn a_plain_json_save_of_an_earlier_version_loads_and_is_named_for_rewriting() {
    let prefix = "test-plain:";
    clear(prefix);
    let old = plans::fixture("v4-plan.json");
    let id = exchange::decode(&old).unwrap().id;
    let key = format!("{prefix}plan:{id}");
    local().set_item(&key, &old).unwrap();
    local()
        .set_item("test-plain:last-open", id.as_str())
        .unwrap();
    let store = PlanStore::new(prefix);
    let loaded = store.load().unwrap();
    assert_eq!(loaded.plans, [plans::v4_plan()]);
    assert_eq!(loaded.plain, std::slice::from_ref(&id));
    // The bare id earlier versions wrote still opens the plan.
    assert_eq!(loaded.last_open, Some(id.clone()));
    // Loading alone writes nothing: the rewrite is the app's, after the load.
    assert_eq!(local().get_item(&key).unwrap().unwrap(), old);
    store.save_plan(&loaded.plans[0]).unwrap();
    assert!(local()
        .get_item(&key)
        .unwrap()
        .unwrap()
        .starts_with("\"smp-compact/1:"));
    let again = PlanStore::new(prefix).load().unwrap();
    assert_eq!(again.plans, [plans::v4_plan()]);
    assert!(again.plain.is_empty());
    clear(prefix);
}

#[wasm_bindgen_test]
fn a_damaged_compact_value_is_quarantined_byte_for_byte_not_half_read() {
    let prefix = "test-damaged:";
    clear(prefix);
    let good = exchange::encode_compact(&plan("hurt", "Hurt")).unwrap();
    // One character of the data changed, as stored (a JSON string).
    let mut chars: Vec<char> = good.chars().collect();
    let at = chars.len() - 10;
    chars[at] = char::from_u32(u32::from(chars[at]) ^ 4).unwrap();
    let raw = serde_json::to_string(&chars.into_iter().collect::<String>()).unwrap();
    local().set_item("test-damaged:plan:hurt", &raw).unwrap();
    let store = PlanStore::new(prefix);
    let loaded = store.load().unwrap();
    assert!(loaded.plans.is_empty());
    assert_eq!(loaded.unreadable.len(), 1);
    assert!(
        loaded.unreadable[0]
            .problem
            .to_string()
            .starts_with("its compact encoding is damaged"),
        "{}",
        loaded.unreadable[0].problem
    );
    assert_eq!(
        local()
            .get_item("test-damaged:recovery:plan:hurt")
            .unwrap()
            .unwrap(),
        raw
    );
    assert_eq!(
        store.save_plan(&plan("hurt", "Over it?")),
        Err(StorageError::Protected("test-damaged:plan:hurt".into()))
    );
    assert_eq!(
        local().get_item("test-damaged:plan:hurt").unwrap().unwrap(),
        raw
    );
    clear(prefix);
}

/// Fills the origin's storage with `unit` until it refuses, and says how many
/// code units (keys and values) it took; then empties it again.
fn fill_with(unit: char) -> usize {
    clear("test-cap:");
    let mut chunk: String = std::iter::repeat_n(unit, 1 << 19).collect();
    let mut stored = 0;
    let mut n = 0;
    while !chunk.is_empty() {
        let key = format!("test-cap:{n}");
        if local().set_item(&key, &chunk).is_ok() {
            stored += key.encode_utf16().count() + chunk.encode_utf16().count();
            n += 1;
        } else {
            let half = chunk.chars().count() / 2;
            chunk = chunk.chars().take(half).collect();
        }
    }
    clear("test-cap:");
    stored
}

#[wasm_bindgen_test]
fn the_browser_holds_as_many_compact_characters_as_ascii_ones() {
    // The compact encoding's premise: the quota counts code units, so each of
    // its characters (fifteen bits) costs what one of JSON's ASCII (seven) does.
    let other_data: usize = {
        let storage = local();
        (0..storage.length().unwrap())
            .filter_map(|i| storage.key(i).unwrap())
            .map(|k| {
                k.encode_utf16().count()
                    + storage
                        .get_item(&k)
                        .unwrap()
                        .unwrap()
                        .encode_utf16()
                        .count()
            })
            .sum()
    };
    let ascii = fill_with('x');
    let compact = fill_with('\u{4e2d}');
    let capacity = exchange::CAPACITY_UNITS;
    assert!(
        ascii + other_data <= capacity && ascii + other_data > capacity - 64,
        "{ascii}"
    );
    assert!(
        compact + 64 > ascii && compact <= ascii,
        "{compact} against {ascii}"
    );
}

#[wasm_bindgen_test]
fn an_agencys_plans_are_saved_side_by_side_and_all_open_again() {
    // One plan of 20,000 entries and ten of 2,000: as plain JSON, eight times
    // what the browser holds.
    let prefix = "test-agency:";
    clear(prefix);
    let store = PlanStore::new(prefix);
    let big = plans::busy(20_000, "big");
    store.save_plan(&big).unwrap();
    let mut clients = Vec::new();
    for n in 0..10 {
        let client = plans::busy(2_000, &format!("client{n}"));
        store.save_plan(&client).unwrap();
        clients.push(client);
    }
    let space = store.space();
    assert_eq!(space.plans.len(), 11);
    assert!(space.percent() < 50, "{}% used", space.percent());

    let loaded = PlanStore::new(prefix).load().unwrap();
    assert!(loaded.unreadable.is_empty());
    assert_eq!(loaded.plans.len(), 11);
    assert_eq!(loaded.plans[0], big);
    assert_eq!(&loaded.plans[1..], &clients[..]);
    clear(prefix);
}

#[wasm_bindgen_test]
fn the_space_counts_each_plan_the_planner_and_the_whole_site() {
    let prefix = "test-space:";
    clear(prefix);
    local()
        .set_item("test-space-host", "the host's own data")
        .unwrap();
    let store = PlanStore::new(prefix);
    store.save_plan(&plan("a", "A")).unwrap();
    let space = store.space();
    let stored = local().get_item("test-space:plan:a").unwrap().unwrap();
    let units = "test-space:plan:a".len() + stored.encode_utf16().count();
    assert_eq!(space.plans, [("test-space:plan:a".to_owned(), units)]);
    assert_eq!(space.ours, units);
    assert!(space.site >= units + "test-space-host".len() + "the host's own data".len());
    local().remove_item("test-space-host").unwrap();
    clear(prefix);
}
