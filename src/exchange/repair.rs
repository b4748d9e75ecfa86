//! Repairs made on the JSON itself, before the plan's types can read it.

use serde_json::Value;

/// Swaps the ends of date ranges stored back to front (which the plan's types
/// refuse), naming each.
pub fn swap_reversed_ranges(plan: &mut Value) -> Vec<String> {
    let mut repairs = Vec::new();
    if let Some(horizon) = plan.pointer_mut("/strategy/measurement/horizon") {
        if swap(horizon) {
            repairs.push(
                "The strategy's horizon ended before it started; its dates were swapped."
                    .to_owned(),
            );
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
                    repairs.push(format!(
                        "The campaign “{name}” ended before it started; its dates were swapped."
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
