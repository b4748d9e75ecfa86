//! Repairs made on the JSON itself, before the plan's types can read it.

use crate::plan::{said, words, Said};
use serde_json::Value;

/// Swaps the ends of date ranges stored back to front (which the plan's types
/// refuse), naming each.
pub fn swap_reversed_ranges(plan: &mut Value) -> Vec<Said> {
    let mut repairs = Vec::new();
    if let Some(horizon) = plan.pointer_mut("/strategy/measurement/horizon") {
        if swap(horizon) {
            repairs.push(said!(
                "The strategy's horizon ended before it started; its dates were swapped."
            ));
        }
    }
    if let Some(Value::Array(campaigns)) = plan.get_mut("campaigns") {
        for campaign in campaigns {
            let name = campaign
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim()
                .to_owned();
            if let Some(dates) = campaign.get_mut("dates") {
                if swap(dates) {
                    repairs.push(said!(
                        "The campaign “{}” ended before it started; its dates were swapped.",
                        Said::value(&name)
                    ));
                }
            }
        }
    }
    repairs
}

/// ISO dates compare as text, so no date type is needed to see the order.
fn swap(range: &mut Value) -> bool {
    let (Some(start), Some(end)) = (
        range
            .get("start")
            .and_then(Value::as_str)
            .map(str::to_owned),
        range.get("end").and_then(Value::as_str).map(str::to_owned),
    ) else {
        return false;
    };
    if end >= start {
        return false;
    }
    range["start"] = Value::String(end);
    range["end"] = Value::String(start);
    true
}

/// Gives the second of two posts (or tasks) sharing an id one of its own, so
/// the calendar, which keeps them by id, can read them all; names each.
pub fn unique_calendar_ids(plan: &mut Value) -> Vec<Said> {
    let mut repairs = Vec::new();
    for (list, nouns) in [("posts", words!("posts")), ("tasks", words!("tasks"))] {
        let Some(Value::Array(items)) = plan.pointer_mut(&format!("/calendar/{list}")) else {
            continue;
        };
        let mut seen = std::collections::BTreeSet::new();
        for item in items {
            let Some(id) = item.get("id").and_then(Value::as_str).map(str::to_owned) else {
                continue;
            };
            if seen.insert(id.clone()) {
                continue;
            }
            let fresh = (2..)
                .map(|n| crate::plan::suffixed(&id, n))
                .find(|fresh| !seen.contains(fresh));
            if let Some(fresh) = fresh {
                repairs.push(crate::plan::shared_id(nouns, &id));
                seen.insert(fresh.clone());
                item["id"] = Value::String(fresh);
            }
        }
    }
    repairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repeated_post_and_task_ids_get_their_own() {
        let mut plan = json!({ "calendar": {
            "posts": [{ "id": "p" }, { "id": "p" }, { "id": "p-2" }, { "id": "q" }],
            "tasks": [{ "id": "t" }, { "id": "t" }],
        }});
        let repairs = unique_calendar_ids(&mut plan);
        assert_eq!(
            repairs,
            [
                "Two posts shared the id “p”; the second now has its own.",
                "Two posts shared the id “p-2”; the second now has its own.",
                "Two tasks shared the id “t”; the second now has its own.",
            ]
        );
        let ids = |list: &str| -> Vec<String> {
            plan["calendar"][list]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(ids("posts"), ["p", "p-2", "p-2-2", "q"]);
        assert_eq!(ids("tasks"), ["t", "t-2"]);
    }

    #[test]
    fn a_long_repeated_id_stays_within_the_limit() {
        let long = "x".repeat(crate::plan::MAX_ID_LEN);
        let mut plan = json!({ "calendar": { "posts": [{ "id": long }, { "id": long }] } });
        assert_eq!(unique_calendar_ids(&mut plan).len(), 1);
        let fresh = plan["calendar"]["posts"][1]["id"].as_str().unwrap();
        assert_eq!(fresh.len(), crate::plan::MAX_ID_LEN);
        assert!(fresh.ends_with("-2"));
    }
}
