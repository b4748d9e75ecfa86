//! The versioned envelope `{format, version, plan}` that every save and export uses.

use crate::plan::Plan;
use serde::Serialize;
use serde_json::Value;
use thiserror::Error;

/// Marks our files and saves apart from any other JSON.
pub const FORMAT: &str = "social-media-planner/plan";
/// The schema version this build writes. Raise it only with a migration step.
pub const VERSION: u64 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("it is empty")]
    Empty,
    #[error("it is not valid JSON ({0})")]
    NotJson(String),
    #[error("it is JSON, but not a Social Media Planner plan")]
    NotOurs,
    #[error("it has no usable version number")]
    NoVersion,
    #[error("it was saved by a newer version of the planner (format version {found}; this one reads up to {VERSION})")]
    Newer { found: u64 },
    #[error("its plan is damaged ({0})")]
    BadPlan(String),
}

#[derive(Debug, Error)]
#[error("the plan could not be written as JSON ({0})")]
pub struct EncodeError(String);

#[derive(Serialize)]
struct Outgoing<'a> {
    format: &'static str,
    version: u64,
    plan: &'a Plan,
}

/// Writes a plan in the current envelope.
pub fn encode(plan: &Plan) -> Result<String, EncodeError> {
    serde_json::to_string(&Outgoing {
        format: FORMAT,
        version: VERSION,
        plan,
    })
    .map_err(|e| EncodeError(e.to_string()))
}

/// Reads a plan from an envelope of this or any earlier version.
pub fn decode(text: &str) -> Result<Plan, DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let Value::Object(mut envelope) = value else {
        return Err(DecodeError::NotOurs);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::NoVersion)?;
    if version > VERSION {
        return Err(DecodeError::Newer { found: version });
    }
    let plan = envelope
        .remove("plan")
        .ok_or_else(|| DecodeError::BadPlan("the envelope holds no plan".to_owned()))?;
    let plan = super::migrate::to_current(plan, version);
    serde_json::from_value(plan).map_err(|e| DecodeError::BadPlan(e.to_string()))
}
