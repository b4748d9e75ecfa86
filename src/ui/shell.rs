//! What the domain leaves to the shell: the clock, fresh ids, dates for people.

use crate::plan::PlanId;
use chrono::{DateTime, Utc};
use wasm_bindgen::JsValue;

pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

pub fn new_plan_id() -> PlanId {
    let millis = js_sys::Date::now() as u64;
    let entropy = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    PlanId::generated(millis, entropy)
}

/// A moment in the user's own locale and time zone, e.g. "23 Nov 2026, 16:05".
pub fn local_date_time(at: DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string("default", &options).into()
}

/// A performance mark, read by the first-load benchmark.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
