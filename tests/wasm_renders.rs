#![cfg(all(target_arch = "wasm32", feature = "probe"))]
//! What a change draws again, counted by the render probe (the `probe`
//! feature): a keystroke in the side panel draws the panel and the one chip
//! it changed, not the other days; a save that finishes draws the indicator,
//! not the calendar.

use social_media_planner::plan::Plan;
use social_media_planner::storage::PlanStore;
use social_media_planner::ui::probe;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
mod plans;
use browser::clear;

wasm_bindgen_test_configure!(run_in_browser);

/// A busy plan of 2,000 entries, and the first post of its March.
fn busy() -> (Plan, String) {
    let plan = plans::busy(2_000, "busy");
    let march = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let post = plan
        .calendar
        .posts
        .iter()
        .filter(|p| p.at.date() >= march && p.at.date() < march + chrono::Duration::days(28))
        .min_by_key(|p| p.at)
        .map(|p| p.id.to_string())
        .unwrap();
    (plan, post)
}

async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    yew::scheduler::flush().await;
}

fn count(name: &str) -> usize {
    probe::counts().get(name).copied().unwrap_or(0)
}

#[wasm_bindgen_test]
async fn a_keystroke_in_the_panel_draws_the_panel_and_its_chip_not_the_other_days() {
    let prefix = "test-renders:";
    clear(prefix);
    let (plan, post) = busy();
    let store = PlanStore::new(prefix);
    store.save_plan(&plan).unwrap();
    store.set_last_open(Some(&plan.id)).unwrap();
    let window = web_sys::window().unwrap();
    window
        .location()
        .set_hash(&format!("#/calendar?date=2027-03-01&item=p.{post}"))
        .unwrap();
    let (root, handle) = browser::mount(prefix).await;
    settle().await;
    let days = root.query_selector_all("[role=gridcell]").unwrap().length();
    assert_eq!(days, 42, "the month is shown");
    let copy: web_sys::HtmlTextAreaElement = root
        .query_selector("#smp-panel-copy")
        .unwrap()
        .expect("the post is open in the panel")
        .dyn_into()
        .unwrap();
    let chip = format!("[data-entry=\"p.{post}\"]");

    for n in 0..3 {
        probe::reset();
        copy.set_value(&format!("{}{n}", copy.value()));
        copy.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        settle().await;
        let label = root
            .query_selector(&chip)
            .unwrap()
            .and_then(|c| c.get_attribute("aria-label"))
            .unwrap_or_default();
        assert!(
            label.contains(&format!("{n} (")),
            "the chip shows the keystroke: {label}"
        );
        assert!(count("panel") >= 1, "the panel is drawn again");
        assert_eq!(
            count("chip"),
            1,
            "only the changed chip: {:?}",
            probe::counts()
        );
        assert_eq!(
            count("day"),
            1,
            "only the changed day: {:?}",
            probe::counts()
        );
        assert_eq!(count("checks"), 0, "the checks did not change");
        assert_eq!(
            count("toolbar"),
            0,
            "the filters and their counts did not change"
        );
        // In the panel, the copy's field alone: the others keep their
        // callbacks from one drawing to the next.
        assert_eq!(count("text field"), 1, "{:?}", probe::counts());
        assert_eq!(
            count("select field") + count("date field"),
            0,
            "{:?}",
            probe::counts()
        );
    }

    // The save lands: the indicator changes, the calendar is not drawn again.
    probe::reset();
    yew::platform::time::sleep(Duration::from_millis(700)).await;
    settle().await;
    assert_eq!(
        browser::text_of(&root, "header [role=status]"),
        "Saved",
        "the keystrokes were saved"
    );
    assert_eq!(count("calendar"), 0, "{:?}", probe::counts());
    assert_eq!(count("day") + count("chip") + count("panel"), 0);
    assert_eq!(
        count("header"),
        0,
        "the header shows no save status of its own"
    );

    browser::unmount(root, handle);
    window.location().set_hash("").unwrap();
    clear(prefix);
}
