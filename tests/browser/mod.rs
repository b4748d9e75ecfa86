//! What the browser tests share: the page's document and storage, and plans
//! to put in it. (Each test file uses its own part of this.)
#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use social_media_planner::plan::{Plan, PlanId, PlanName};

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
