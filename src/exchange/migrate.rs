//! Migrations: each step lifts a plan's JSON from one schema version to the next.

use serde_json::{Map, Value};

/// Steps in order: `STEPS[i]` lifts version `i + 1` to `i + 2`. Add one with
/// every schema change, with a fixture of the old version under `tests/fixtures/`
/// that must load forever.
const STEPS: &[fn(Value) -> Value] = &[v1_to_v2];

/// Version 2 gathers the strategy's parts under `strategy`, beside campaigns and
/// posts, and adds the parts version 1 did not have (all optional).
fn v1_to_v2(mut plan: Value) -> Value {
    if let Value::Object(fields) = &mut plan {
        let mut strategy = Map::new();
        for key in ["objectives", "personas", "profiles"] {
            if let Some(list) = fields.remove(key) {
                strategy.insert(key.to_owned(), list);
            }
        }
        fields.insert("strategy".to_owned(), Value::Object(strategy));
    }
    plan
}

/// Lifts a plan saved at `from` to the current version. `from` is already known
/// to be between 1 and the current version.
pub fn to_current(plan: Value, from: u64) -> Value {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    STEPS.iter().skip(first).fold(plan, |plan, step| step(plan))
}

#[cfg(test)]
mod tests {
    use super::super::envelope::VERSION;
    use super::*;

    #[test]
    fn there_is_one_step_per_version_after_the_first() {
        assert_eq!(STEPS.len() as u64, VERSION - 1);
    }

    #[test]
    fn version_one_parts_move_under_the_strategy() {
        let v1 = serde_json::json!({"id": "a", "objectives": [1], "personas": [2], "profiles": [3], "posts": [4]});
        let v2 = to_current(v1, 1);
        assert_eq!(
            v2,
            serde_json::json!({"id": "a", "posts": [4], "strategy": {"objectives": [1], "personas": [2], "profiles": [3]}})
        );
    }

    #[test]
    fn a_version_one_plan_that_is_not_an_object_is_left_for_the_reader_to_refuse() {
        assert_eq!(
            to_current(serde_json::json!([1]), 1),
            serde_json::json!([1])
        );
    }

    #[test]
    fn a_current_plan_passes_through_unchanged() {
        let plan = serde_json::json!({"id": "a", "name": "A"});
        assert_eq!(to_current(plan.clone(), VERSION), plan);
    }
}
