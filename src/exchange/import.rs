//! Reading a file the user chose to import: every check runs on the whole file
//! before anything in the app changes, and every refusal says what is wrong.

use super::compact::{encode_compact, open_stored, unquote_stored, Encoding};
use super::envelope::{
    decode_repairing, read_header, DecodeError, Decoded, BUNDLE_FORMAT, FORMAT, VERSION,
};
use super::space::{file_size_label, size_label, CAPACITY_UNITS, MAX_IMPORT_BYTES};
use serde_json::{json, Value};
use std::borrow::Cow;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is {}. Even compressed, the plans in a file this large could not fit in this browser's storage, which holds {} for the whole site, so files over {} are not read.", file_size_label(*.bytes), size_label(CAPACITY_UNITS), file_size_label(MAX_IMPORT_BYTES))]
    TooLarge { bytes: u64 },
    #[error("Even compressed, the plans in the file would take {} of this browser's storage, more than the {} it holds for the whole site.", size_label(*.needed), size_label(CAPACITY_UNITS))]
    NeverFits { needed: usize },
    #[error("The file is not text: it looks like a picture, a document or another kind of file, not a plan.")]
    NotText,
    #[error("The file is not a plan exported from the planner: it is not JSON, or it was cut short or changed by hand.")]
    NotJson(String),
    #[error("The file is JSON, but not a Social Media Planner export.")]
    NotOurs,
    #[error("The file was exported by a newer version of the planner (format version {found}; this one reads up to {VERSION}). Update the planner to import it.")]
    Newer { found: u64 },
    #[error("The file has no usable version number, so it cannot be read safely.")]
    NoVersion,
    #[error("The plan {which} in the file is damaged: some of it is not what the planner writes, so it cannot be read safely.")]
    Damaged { which: String, why: String },
    #[error("The file holds no plans.")]
    NoPlans,
}

impl ImportError {
    /// What the reader found, in its own words, for a *details* toggle
    /// beside the message: "expected value at line 1 column 2".
    pub fn detail(&self) -> Option<&str> {
        match self {
            Self::NotJson(why) | Self::Damaged { why, .. } => Some(why),
            _ => None,
        }
    }
}

fn from_decode(error: DecodeError, which: impl FnOnce() -> String) -> ImportError {
    match error {
        DecodeError::Empty => ImportError::Empty,
        DecodeError::NotJson(why) => ImportError::NotJson(why),
        DecodeError::NotOurs => ImportError::NotOurs,
        DecodeError::NoVersion => ImportError::NoVersion,
        DecodeError::Newer { found } => ImportError::Newer { found },
        DecodeError::BadPlan(why) | DecodeError::Damaged(why) => ImportError::Damaged {
            which: which(),
            why,
        },
        DecodeError::NewerEncoding { found } => ImportError::Newer {
            found: u64::from(found),
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

/// A plan's value copied out of the browser's storage (a recovery copy
/// downloaded, say) is a JSON string holding the compact encoding: opened,
/// it is the envelope. Anything else is read as the file it is.
fn stored_form(text: &str) -> Result<Cow<'_, str>, ImportError> {
    let Cow::Owned(inner) = unquote_stored(text) else {
        return Ok(Cow::Borrowed(text));
    };
    match open_stored(&inner).map_err(|e| from_decode(e, || "in it".to_owned()))? {
        (envelope, Encoding::Compact) => Ok(Cow::Owned(envelope.into_owned())),
        (_, Encoding::PlainJson) => Err(ImportError::NotOurs),
    }
}

/// What plans read from a file would take when kept in the browser, in
/// UTF-16 code units: their compact values, and a key each.
pub fn units_to_keep(plans: &[Decoded]) -> usize {
    plans
        .iter()
        .map(|decoded| {
            let value = encode_compact(&decoded.plan).map_or(0, |v| v.encode_utf16().count());
            // The key ({prefix}plan:{id}) and the quotes storage puts round the value.
            value + 2 + 60 + decoded.plan.id.as_str().len()
        })
        .sum()
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
    let text = stored_form(text)?;
    let text = text.as_ref();
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
