//! The versioned envelope `{format, version, plan}` that every save and export uses.

use crate::plan::{said, Plan, Said};
use serde::{Deserialize, Serialize};
use serde_json::{error::Category, Value};
use thiserror::Error;

/// Marks our files and saves apart from any other JSON.
pub const FORMAT: &str = "social-media-planner/plan";
/// Marks an export of several plans.
pub const BUNDLE_FORMAT: &str = "social-media-planner/plans";
/// The schema version this build writes. Raise it only with a migration step.
pub const VERSION: u64 = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    NotJson(String),
    NotOurs,
    NoVersion,
    Newer { found: u64 },
    BadPlan(String),
    Damaged(String),
    NewerEncoding { found: u32 },
}

impl DecodeError {
    /// What is wrong with a saved value, in words to say after its name
    /// ("it is empty"), the reader's own words kept as they are.
    /// A newer version's save, of its format or of its encoding, is said
    /// alike: which number it carries is of no use to a user.
    pub fn said(&self) -> Said {
        match self {
            Self::Empty => said!("it is empty"),
            Self::NotJson(why) => said!("it is not valid JSON ({})", Said::value(why)),
            Self::NotOurs => said!("it is JSON, but not a Social Media Planner plan"),
            Self::NoVersion => said!("it has no usable version number"),
            Self::Newer { .. } | Self::NewerEncoding { .. } => {
                said!("it was saved by a newer version of the planner")
            }
            Self::BadPlan(why) => said!("its plan is damaged ({})", Said::value(why)),
            Self::Damaged(why) => said!("its compact encoding is damaged: {}", Said::value(why)),
        }
    }
}

crate::plan::said_error!(DecodeError);

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

/// The envelope's JSON as bytes, written into one buffer of `room` bytes
/// (what it took last time) when that is enough: a buffer that doubles as
/// it fills holds up to twice the plan at its peak, and the memory a page
/// has grown to is never given back.
pub fn encode_sized(plan: &Plan, room: usize) -> Result<Vec<u8>, EncodeError> {
    let mut json = Vec::with_capacity(room);
    let envelope = Outgoing {
        format: FORMAT,
        version: VERSION,
        plan,
    };
    serde_json::to_writer(&mut json, &envelope).map_err(|e| EncodeError(e.to_string()))?;
    Ok(json)
}

/// Just enough of an envelope to know whose and which version it is; the plan
/// inside is skipped, not built. Only a JSON object can be an envelope.
#[derive(Default)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Header;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Header, A::Error> {
                let mut header = Header::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" => header.format = Some(map.next_value()?),
                        "version" => header.version = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(header)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

#[derive(Deserialize)]
struct Incoming {
    plan: Plan,
}

fn not_json_or(error: serde_json::Error, otherwise: DecodeError) -> DecodeError {
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => DecodeError::NotJson(error.to_string()),
        Category::Data => otherwise,
    }
}

/// The format and version an envelope claims, checked against what this build
/// reads. `Newer` comes back with the version found.
pub(super) fn read_header(text: &str) -> Result<(String, u64), DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let header: Header =
        serde_json::from_str(text).map_err(|e| not_json_or(e, DecodeError::NotOurs))?;
    let format = header
        .format
        .as_ref()
        .and_then(Value::as_str)
        .filter(|f| *f == FORMAT || *f == BUNDLE_FORMAT)
        .ok_or(DecodeError::NotOurs)?
        .to_owned();
    let version = header
        .version
        .as_ref()
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::NoVersion)?;
    if version > VERSION {
        return Err(DecodeError::Newer { found: version });
    }
    Ok((format, version))
}

/// Reads a plan from an envelope of this or any earlier version.
///
/// A current save is read straight into the plan's types; an older one goes
/// through JSON values, is migrated, and is then read the same way. Plans are
/// only ever built from text, which keeps one reader per type in the wasm.
pub fn decode(text: &str) -> Result<Plan, DecodeError> {
    let (format, version) = read_header(text)?;
    if format != FORMAT {
        return Err(DecodeError::NotOurs);
    }
    let bad_plan = |e: serde_json::Error| DecodeError::BadPlan(e.to_string());
    if version == VERSION {
        return serde_json::from_str::<Incoming>(text)
            .map(|incoming| incoming.plan)
            .map_err(bad_plan);
    }
    let mut envelope: serde_json::Map<String, Value> =
        serde_json::from_str(text).map_err(bad_plan)?;
    let plan = envelope
        .remove("plan")
        .ok_or_else(|| DecodeError::BadPlan("the envelope holds no plan".to_owned()))?;
    let migrated = super::migrate::to_current(plan, version).to_string();
    serde_json::from_str(&migrated).map_err(bad_plan)
}

/// A plan read from an envelope, with what had to be repaired to read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub plan: Plan,
    /// Each said in the language shown.
    pub repairs: Vec<crate::plan::Said>,
}

/// Reads a plan like `decode`, and repairs what can be repaired: date ranges
/// stored back to front, ids repeated in a list, links inside the strategy to
/// things it lacks. Every repair is named in the result.
pub fn decode_repairing(text: &str) -> Result<Decoded, DecodeError> {
    let (mut plan, mut repairs) = match decode(text) {
        Ok(plan) => (plan, Vec::new()),
        Err(DecodeError::BadPlan(why)) => {
            let (_, version) = read_header(text)?;
            let mut envelope: serde_json::Map<String, Value> =
                serde_json::from_str(text).map_err(|_| DecodeError::BadPlan(why.clone()))?;
            let raw = envelope
                .remove("plan")
                .ok_or(DecodeError::BadPlan(why.clone()))?;
            let mut raw = super::migrate::to_current(raw, version);
            let mut repairs = super::repair::swap_reversed_ranges(&mut raw);
            repairs.extend(super::repair::unique_calendar_ids(&mut raw));
            if repairs.is_empty() {
                return Err(DecodeError::BadPlan(why));
            }
            let plan =
                serde_json::from_str(&raw.to_string()).map_err(|_| DecodeError::BadPlan(why))?;
            (plan, repairs)
        }
        Err(other) => return Err(other),
    };
    repairs.extend(plan.repair());
    Ok(Decoded { plan, repairs })
}

/// A plan saved by a newer version of the planner, read as far as this version
/// understands it, to be shown read-only. `None` when even that fails.
pub fn decode_newer(text: &str) -> Option<Plan> {
    serde_json::from_str::<Incoming>(text).ok().map(|i| i.plan)
}

/// Lays compact JSON out readably. Going through a JSON value, not the plan's
/// types, keeps a second (pretty) writer for every type out of the wasm.
fn laid_out(compact: String) -> Result<String, EncodeError> {
    let value: Value = serde_json::from_str(&compact).map_err(|e| EncodeError(e.to_string()))?;
    serde_json::to_string_pretty(&value).map_err(|e| EncodeError(e.to_string()))
}

/// Writes a plan for a person to keep: the same envelope, laid out readably.
pub fn encode_pretty(plan: &Plan) -> Result<String, EncodeError> {
    laid_out(encode(plan)?)
}

#[derive(Serialize)]
struct Bundle<'a> {
    format: &'static str,
    version: u64,
    plans: Vec<&'a Plan>,
}

/// Writes several plans to one file.
pub fn encode_bundle(plans: Vec<&Plan>) -> Result<String, EncodeError> {
    let compact = serde_json::to_string(&Bundle {
        format: BUNDLE_FORMAT,
        version: VERSION,
        plans,
    })
    .map_err(|e| EncodeError(e.to_string()))?;
    laid_out(compact)
}
