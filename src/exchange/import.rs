//! Reading a file the user chose to import: every check runs on the whole file
//! before anything in the app changes, and every refusal says what is wrong.

use super::envelope::{
    decode_repairing, read_header, DecodeError, Decoded, BUNDLE_FORMAT, FORMAT, VERSION,
};
use serde_json::{json, Value};
use thiserror::Error;

/// Exports of even very large plans are far below this.
pub const MAX_IMPORT_BYTES: u64 = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is {} MB; the planner imports files of up to 5 MB, which is far more than any plan needs.", .bytes / (1024 * 1024))]
    TooLarge { bytes: u64 },
    #[error("The file is not text: it looks like a picture, a document or another kind of file, not a plan.")]
    NotText,
    #[error("The file is not valid JSON, so it is not a plan exported from the planner ({0}).")]
    NotJson(String),
    #[error("The file is JSON, but not a Social Media Planner export.")]
    NotOurs,
    #[error("The file was exported by a newer version of the planner (format version {found}; this one reads up to {VERSION}). Update the planner to import it.")]
    Newer { found: u64 },
    #[error("The file has no usable version number, so it cannot be read safely.")]
    NoVersion,
    #[error("The plan {which} in the file is damaged: {why}.")]
    Damaged { which: String, why: String },
    #[error("The file holds no plans.")]
    NoPlans,
}

fn from_decode(error: DecodeError, which: impl FnOnce() -> String) -> ImportError {
    match error {
        DecodeError::Empty => ImportError::Empty,
        DecodeError::NotJson(why) => ImportError::NotJson(why),
        DecodeError::NotOurs => ImportError::NotOurs,
        DecodeError::NoVersion => ImportError::NoVersion,
        DecodeError::Newer { found } => ImportError::Newer { found },
        DecodeError::BadPlan(why) => ImportError::Damaged {
            which: which(),
            why,
        },
    }
}

/// "number 2 (“Acme”)", from what the JSON says of itself.
fn which(position: usize, plan: &Value) -> String {
    match plan.get("name").and_then(Value::as_str).map(str::trim) {
        Some(name) if !name.is_empty() => format!("number {} (“{name}”)", position + 1),
        _ => format!("number {}", position + 1),
    }
}

/// Reads an export of one plan or several. `size` is the file's size in bytes,
/// checked before anything else.
pub fn read_import(size: u64, text: &str) -> Result<Vec<Decoded>, ImportError> {
    if size > MAX_IMPORT_BYTES || text.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: size.max(text.len() as u64),
        });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // Binary files read as text hold NULs, or the replacement character where
    // their bytes were not UTF-8.
    if text.contains('\0') || text.contains('\u{FFFD}') {
        return Err(ImportError::NotText);
    }
    let (format, version) = read_header(text).map_err(|e| from_decode(e, String::new))?;
    if format == FORMAT {
        let single = decode_repairing(text).map_err(|e| from_decode(e, || "in it".to_owned()))?;
        return Ok(vec![single]);
    }
    debug_assert_eq!(format, BUNDLE_FORMAT);
    let bundle: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let plans = bundle
        .get("plans")
        .and_then(Value::as_array)
        .ok_or(ImportError::NoPlans)?;
    if plans.is_empty() {
        return Err(ImportError::NoPlans);
    }
    plans
        .iter()
        .enumerate()
        .map(|(position, plan)| {
            let single = json!({ "format": FORMAT, "version": version, "plan": plan }).to_string();
            decode_repairing(&single).map_err(|e| from_decode(e, || which(position, plan)))
        })
        .collect()
}
