//! Exchange formats: the versioned envelope, migrations, repairs, import and
//! export, and the compact encoding plans are kept in (with the room it takes);
//! the exports other tools read: iCalendar, the schedulers' CSVs, Markdown;
//! the plan as a document (print, the shared view) and in a link.

pub mod bulk;
pub mod catalogue;
mod compact;
pub mod document;
mod envelope;
pub mod ics;
mod import;
mod lz;
pub mod markdown;
mod migrate;
mod repair;
pub mod share;
mod space;
pub mod writers;

pub use compact::{
    compact_envelope, encode_compact, encode_compact_sized, fingerprint, open_stored,
    unquote_stored, Encoding, COMPACT_ENCODING,
};
pub use envelope::{
    decode, decode_newer, decode_repairing, encode, encode_bundle, encode_pretty, DecodeError,
    Decoded, EncodeError, BUNDLE_FORMAT, FORMAT, VERSION,
};
pub use import::{read_import, units_to_keep, ImportError};
pub use space::{
    short_of_room, size, Fit, Space, CAPACITY_UNITS, MAX_IMPORT_BYTES, WARN_AT_PERCENT,
};

/// A file name made from a plan's name: letters, digits and dashes only.
pub fn file_name(name: &str, ending: &str) -> String {
    let mut base: String = name
        .chars()
        .map(|c| if crate::plan::is_word_char(c) { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if base.is_empty() {
        base = "plan".to_owned();
    }
    let base: String = base.chars().take(60).collect();
    format!("{base}{ending}")
}
