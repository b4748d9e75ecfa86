//! Reading a file the user chose to import: every check runs on the whole file
//! before anything in the app changes, and every refusal says what is wrong.

use super::compact::{encode_compact, open_stored, unquote_stored, Encoding};
use super::envelope::{
    decode_repairing, read_header, DecodeError, Decoded, BUNDLE_FORMAT, FORMAT, VERSION,
};
use super::space::{size, CAPACITY_UNITS, MAX_IMPORT_BYTES};
use crate::plan::{said, Said};
use serde_json::{json, Value};
use std::borrow::Cow;

/// Why a file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: u64,
    },
    NeverFits {
        needed: usize,
    },
    NotText,
    NotJson(String),
    NotOurs,
    Newer {
        found: u64,
    },
    NoVersion,
    /// Which plan (its place in the file from 1, and its name), when the
    /// file holds several or names it; what the reader found.
    Damaged {
        which: Option<(usize, String)>,
        why: String,
    },
    NoPlans,
}

impl ImportError {
    /// What is wrong, in the user's terms.
    pub fn said(&self) -> Said {
        let all = size(CAPACITY_UNITS);
        match self {
            Self::Empty => said!("The file is empty."),
            Self::TooLarge { bytes } => said!(
                "The file is {}. Even compressed, the plans in a file this large could not fit in this browser's storage, which holds {} for the whole site, so files over {} are not read.",
                size((*bytes / 2) as usize),
                all,
                size((MAX_IMPORT_BYTES / 2) as usize)
            ),
            Self::NeverFits { needed } => said!(
                "Even compressed, the plans in the file would take {} of this browser's storage, more than the {} it holds for the whole site.",
                size(*needed),
                all
            ),
            Self::NotText => said!("The file is not text: it looks like a picture, a document or another kind of file, not a plan."),
            Self::NotJson(_) => said!("The file is not a plan exported from the planner: it is not JSON, or it was cut short or changed by hand."),
            Self::NotOurs => said!("The file is JSON, but not a Social Media Planner export."),
            Self::Newer { found } => said!(
                "The file was exported by a newer version of the planner (format version {}; this one reads up to {}). Update the planner to import it.",
                Said::Number(*found as usize),
                Said::Number(VERSION as usize)
            ),
            Self::NoVersion => said!("The file has no usable version number, so it cannot be read safely."),
            Self::Damaged { which: None, .. } => said!("The plan in the file is damaged: some of it is not what the planner writes, so it cannot be read safely."),
            Self::Damaged { which: Some((number, name)), .. } => {
                let number = Said::Number(*number);
                let which = match name.as_str() {
                    "" => said!("number {}", number),
                    name => said!("number {} (“{}”)", number, Said::value(name)),
                };
                said!("The plan {} in the file is damaged: some of it is not what the planner writes, so it cannot be read safely.", which)
            }
            Self::NoPlans => said!("The file holds no plans."),
        }
    }

    /// What the reader found, in its own words, for a *details* toggle
    /// beside the message: "expected value at line 1 column 2".
    pub fn detail(&self) -> Option<&str> {
        match self {
            Self::NotJson(why) | Self::Damaged { why, .. } => Some(why),
            _ => None,
        }
    }
}

crate::plan::said_error!(ImportError);

fn from_decode(error: DecodeError, which: impl FnOnce() -> Option<(usize, String)>) -> ImportError {
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

/// The plan's place in the file (from 1) and its name, from what the JSON
/// says of itself.
fn which(position: usize, plan: &Value) -> (usize, String) {
    let name = plan
        .get("name")
        .and_then(Value::as_str)
        .map_or("", str::trim);
    (position + 1, name.to_owned())
}

/// A plan's value copied out of the browser's storage (a recovery copy
/// downloaded, say) is a JSON string holding the compact encoding: opened,
/// it is the envelope. Anything else is read as the file it is.
fn stored_form(text: &str) -> Result<Cow<'_, str>, ImportError> {
    let Cow::Owned(inner) = unquote_stored(text) else {
        return Ok(Cow::Borrowed(text));
    };
    match open_stored(&inner).map_err(|e| from_decode(e, || None))? {
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
    let (format, version) = read_header(text).map_err(|e| from_decode(e, || None))?;
    if format == FORMAT {
        let single = decode_repairing(text).map_err(|e| from_decode(e, || None))?;
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
            decode_repairing(&single).map_err(|e| from_decode(e, || Some(which(position, plan))))
        })
        .collect()
}
