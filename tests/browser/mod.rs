//! What the browser tests share: the page's document and storage, and plans
//! to put in it, and elements found as a user finds them. (Each test file
//! uses its own part of this.)
#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use social_media_planner::plan::{Plan, PlanId, PlanName};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A plan made at a fixed moment.
pub fn plan(id: &str, name: &str) -> Plan {
    Plan::new(
        PlanId::parse(id).unwrap(),
        PlanName::parse(name).unwrap(),
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    )
}

/// The plan stored under `key`, read as the planner keeps it: a JSON string
/// (gloo-storage's way) holding the compact encoding.
pub fn stored_plan(key: &str) -> Plan {
    let raw = local().get_item(key).unwrap().unwrap();
    let text: String = serde_json::from_str(&raw).unwrap();
    let (envelope, _) = social_media_planner::exchange::open_stored(&text).unwrap();
    social_media_planner::exchange::decode(&envelope).unwrap()
}

/// Every key in storage starting with `prefix`, sorted.
pub fn keys_under(prefix: &str) -> Vec<String> {
    let storage = local();
    let mut keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

/// Removes every key starting with `prefix`.
pub fn clear(prefix: &str) {
    for key in keys_under(prefix) {
        local().remove_item(&key).unwrap();
    }
}

/// The text of the first element `selector` finds under `root`; empty if none.
pub fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The control a visible label names under `root`, as a user finds it (in the
/// page or inside a shadow root).
pub fn labelled(root: &Element, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    let id = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|l| l.text_content().as_deref() == Some(label))
        .and_then(|l| l.get_attribute("for"))
        .unwrap_or_else(|| panic!("no label {label:?}"));
    root.query_selector(&format!("[id=\"{id}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no control for the label {label:?}"))
        .dyn_into()
        .unwrap()
}

/// Mounts a planner with its own storage prefix into a fresh element.
pub async fn mount(
    prefix: &'static str,
) -> (Element, yew::AppHandle<social_media_planner::ui::App>) {
    let root = document().create_element("div").unwrap();
    root.set_class_name("smp");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<social_media_planner::ui::App>::with_root_and_props(
        root.clone(),
        social_media_planner::ui::AppProps {
            storage_prefix: prefix.into(),
            routing: social_media_planner::embed::Routing::Hash,
            embedded: false,
        },
    )
    .render();
    yew::scheduler::flush().await;
    (root, handle)
}

pub fn unmount(root: Element, handle: yew::AppHandle<social_media_planner::ui::App>) {
    handle.destroy();
    root.remove();
}
