//! Exchange formats: the versioned envelope, migrations, repairs, import and export.

mod envelope;
mod import;
mod migrate;
mod repair;

pub use envelope::{
    decode, decode_newer, decode_repairing, encode, encode_bundle, encode_pretty, DecodeError,
    Decoded, EncodeError, BUNDLE_FORMAT, FORMAT, VERSION,
};
pub use import::{read_import, ImportError, MAX_IMPORT_BYTES};
