#![cfg(target_arch = "wasm32")]
//! Embedded planners in a real browser: each in a shadow root of its own, under
//! its own storage key, routing in memory; `destroy()` gives the host its
//! element back as it was and loses no edit.

use social_media_planner::embed::{EmbedOptions, StorageKey};
use social_media_planner::storage::PlanStore;
use social_media_planner::ui::mount::{self, Assets, MountError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::{document, labelled, plan, stored_plan, text_of};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn options(key: &str) -> EmbedOptions {
    EmbedOptions::parse(Some(key), None).unwrap()
}

fn prefix(key: &str) -> String {
    StorageKey::parse(key).unwrap().prefix()
}

fn clear(key: &str) {
    browser::clear(&prefix(key));
}

fn save(key: &str, id: &str, name: &str) {
    PlanStore::new(prefix(key))
        .save_plan(&plan(id, name))
        .unwrap();
}

/// A host's element with a note of its own inside, as a host page writes it.
fn host_element() -> Element {
    let element = document().create_element("section").unwrap();
    element.set_inner_html("<p>Loading the planner…</p>");
    document().body().unwrap().append_child(&element).unwrap();
    element
}

/// The planner's root, inside the shadow root it made in the host's element.
fn shadow(element: &Element) -> Element {
    element
        .first_element_child()
        .and_then(|host| host.shadow_root())
        .and_then(|shadow| shadow.query_selector(".smp").unwrap())
        .expect("the planner's root in its shadow root")
}

#[wasm_bindgen_test]
async fn an_embed_opens_its_own_plans_in_a_shadow_root_and_destroy_gives_the_element_back() {
    clear("wasm-embed-a");
    clear("wasm-embed-b");
    save("wasm-embed-a", "a", "Plan of A");
    save("wasm-embed-b", "b", "Plan of B");
    let (first, second) = (host_element(), host_element());
    let a = mount::mount_embed(&first, &options("wasm-embed-a"), &Assets::default()).unwrap();
    let b = mount::mount_embed(&second, &options("wasm-embed-b"), &Assets::default()).unwrap();
    yew::scheduler::flush().await;

    // The host's note is out while the planner is in; the planner is in a shadow root.
    assert_eq!(first.children().length(), 1);
    assert!(first.query_selector("p").unwrap().is_none());
    assert_eq!(text_of(&shadow(&first), "h1"), "Plan of A");
    assert_eq!(text_of(&shadow(&second), "h1"), "Plan of B");
    // Nothing of the planner is reachable from the host's document.
    assert!(document().query_selector(".smp-header").unwrap().is_none());

    // An edit still pending when the planner goes is saved, not lost.
    let brand = labelled(&shadow(&first), "Brand or client");
    brand.set_value("Typed just before destroy");
    brand
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    a.destroy();
    yew::scheduler::flush().await;
    assert!(!a.is_mounted());
    assert_eq!(first.inner_html(), "<p>Loading the planner…</p>");
    assert_eq!(
        stored_plan(&format!("{}plan:a", prefix("wasm-embed-a"))).brand,
        "Typed just before destroy"
    );
    // The other planner is still there, untouched; destroying twice is harmless.
    assert_eq!(text_of(&shadow(&second), "h1"), "Plan of B");
    a.destroy();

    // The key is free again: a planner mounts on it once more.
    let again = mount::mount_embed(&first, &options("wasm-embed-a"), &Assets::default()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&shadow(&first), "h1"), "Plan of A");
    again.destroy();
    b.destroy();
    first.remove();
    second.remove();
    clear("wasm-embed-a");
    clear("wasm-embed-b");
}

#[wasm_bindgen_test]
async fn a_taken_key_or_element_is_refused_with_the_reason() {
    clear("wasm-embed-taken");
    let (first, second) = (host_element(), host_element());
    let handle =
        mount::mount_embed(&first, &options("wasm-embed-taken"), &Assets::default()).unwrap();
    let Err(MountError(same_key)) =
        mount::mount_embed(&second, &options("wasm-embed-taken"), &Assets::default())
    else {
        panic!("a second planner on the same key was mounted");
    };
    assert!(same_key.contains("“wasm-embed-taken”"), "{same_key}");
    let Err(MountError(same_element)) =
        mount::mount_embed(&first, &options("wasm-embed-other"), &Assets::default())
    else {
        panic!("a second planner in the same element was mounted");
    };
    assert!(
        same_element.contains("already holds a planner"),
        "{same_element}"
    );
    // The refused element keeps what the host put there.
    assert_eq!(second.inner_html(), "<p>Loading the planner…</p>");
    handle.destroy();
    first.remove();
    second.remove();
    clear("wasm-embed-taken");
}

#[wasm_bindgen_test]
async fn moving_between_pages_inside_an_embed_leaves_the_address_alone() {
    clear("wasm-embed-route");
    save("wasm-embed-route", "r", "Routed in memory");
    let element = host_element();
    let handle =
        mount::mount_embed(&element, &options("wasm-embed-route"), &Assets::default()).unwrap();
    yew::scheduler::flush().await;
    let location = web_sys::window().unwrap().location();
    let before = location.href().unwrap();
    let history = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap();

    let strategy: HtmlElement = shadow(&element)
        .query_selector("nav[aria-label=Sections] a[href$='strategy']")
        .unwrap()
        .expect("a link to the strategy")
        .dyn_into()
        .unwrap();
    strategy.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&shadow(&element), "h1"), "Strategy");
    assert_eq!(location.href().unwrap(), before);
    assert_eq!(
        web_sys::window()
            .unwrap()
            .history()
            .unwrap()
            .length()
            .unwrap(),
        history
    );
    handle.destroy();
    element.remove();
    clear("wasm-embed-route");
}
