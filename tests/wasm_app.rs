#![cfg(target_arch = "wasm32")]
//! The app's components in a real browser: what they show and what they save.

use social_media_planner::storage::PlanStore;
use std::time::Duration;
use wasm_bindgen_test::*;

mod browser;
use browser::{clear, labelled, local, mount, plan, stored_plan, text_of, unmount};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn an_empty_store_shows_the_welcome_and_no_plan() {
    let prefix = "test-app-empty:";
    clear(prefix);
    let (root, handle) = mount(prefix).await;
    assert_eq!(
        text_of(&root, "h1"),
        "From strategy to calendar, in one plan"
    );
    assert_eq!(text_of(&root, ".smp-header__plan-name"), "No plan yet");
    // No plan: nothing to call saved (issue 15).
    assert!(root
        .query_selector("header [role=status]")
        .ok()
        .flatten()
        .is_none());
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_saved_plan_opens_with_markup_in_its_name_shown_as_text() {
    let prefix = "test-app-markup:";
    clear(prefix);
    let name = "<b>Bold</b> <img src=x onerror=alert(1)> 🚀";
    PlanStore::new(prefix).save_plan(&plan("m", name)).unwrap();
    let (root, handle) = mount(prefix).await;
    assert_eq!(text_of(&root, ".smp-header__plan-name"), name);
    assert_eq!(text_of(&root, "h1"), name);
    assert!(root.query_selector("b").unwrap().is_none());
    assert!(root.query_selector("img").unwrap().is_none());
    unmount(root, handle);
    clear(prefix);
}

#[wasm_bindgen_test]
async fn typing_shows_saving_then_saved_once_the_text_is_stored() {
    let prefix = "test-app-typing:";
    clear(prefix);
    PlanStore::new(prefix)
        .save_plan(&plan("t", "Typing"))
        .unwrap();
    let (root, handle) = mount(prefix).await;

    let brand = labelled(&root, "Brand or client");
    brand.set_value("Typed in a test");
    brand
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "header [role=status]"), "Saving…");
    assert_eq!(
        stored_plan("test-app-typing:plan:t").brand,
        "",
        "not yet written"
    );

    yew::platform::time::sleep(Duration::from_millis(700)).await;
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "header [role=status]"), "Saved");
    assert_eq!(
        stored_plan("test-app-typing:plan:t").brand,
        "Typed in a test"
    );
    assert_eq!(
        local()
            .get_item("test-app-typing:last-open")
            .unwrap()
            .as_deref(),
        Some("\"t\"")
    );
    unmount(root, handle);
    clear(prefix);
}

#[wasm_bindgen_test]
async fn unreadable_saved_data_is_named_in_a_banner_and_left_alone() {
    let prefix = "test-app-bad:";
    clear(prefix);
    local()
        .set_item("test-app-bad:plan:zzz", "][ not json")
        .unwrap();
    PlanStore::new(prefix)
        .save_plan(&plan("ok", "Fine plan"))
        .unwrap();
    let (root, handle) = mount(prefix).await;
    let banner = text_of(&root, ".smp-banner");
    assert!(
        banner.contains("One saved plan could not be opened"),
        "{banner}"
    );
    assert!(banner.contains("test-app-bad:plan:zzz"), "{banner}");
    assert_eq!(text_of(&root, "h1"), "Fine plan");
    assert_eq!(
        local()
            .get_item("test-app-bad:plan:zzz")
            .unwrap()
            .as_deref(),
        Some("][ not json")
    );
    unmount(root, handle);
    clear(prefix);
}

#[wasm_bindgen_test]
async fn a_plain_json_save_is_rewritten_compactly_once_the_app_has_loaded_it() {
    let prefix = "test-app-plain:";
    clear(prefix);
    let old = social_media_planner::exchange::encode(&plan("old", "From before")).unwrap();
    local().set_item("test-app-plain:plan:old", &old).unwrap();
    let (root, handle) = mount(prefix).await;
    assert_eq!(text_of(&root, "h1"), "From before");
    yew::platform::time::sleep(Duration::from_millis(700)).await;
    yew::scheduler::flush().await;
    let raw = local()
        .get_item("test-app-plain:plan:old")
        .unwrap()
        .unwrap();
    assert!(raw.starts_with("\"smp-compact/1:"), "{raw}");
    assert_eq!(
        stored_plan("test-app-plain:plan:old"),
        plan("old", "From before")
    );
    assert_eq!(text_of(&root, "header [role=status]"), "Saved");
    unmount(root, handle);
    clear(prefix);
}
