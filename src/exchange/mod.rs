//! Exchange formats: the versioned envelope, migrations, and (later) exports.

mod envelope;
mod migrate;

pub use envelope::{decode, encode, DecodeError, EncodeError, FORMAT, VERSION};
