//! Migrations: each step lifts a plan's JSON from one schema version to the next.

use serde_json::Value;

/// Steps in order: `STEPS[i]` lifts version `i + 1` to `i + 2`. Version 1 is the
/// first schema, so there are none yet; add one with every schema change, with a
/// fixture of the old version under `tests/fixtures/` that must load forever.
const STEPS: &[fn(Value) -> Value] = &[];

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
    fn a_current_plan_passes_through_unchanged() {
        let plan = serde_json::json!({"id": "a", "name": "A"});
        assert_eq!(to_current(plan.clone(), VERSION), plan);
    }
}
