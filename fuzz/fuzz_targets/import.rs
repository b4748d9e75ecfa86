//! The import parser, and the save reader under it, must never panic, whatever
//! bytes a file holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use social_media_planner::exchange::{decode, decode_newer, decode_repairing, read_import};

fuzz_target!(|data: &[u8]| {
    // A browser reads a file as UTF-8, putting U+FFFD where bytes are not.
    let text = String::from_utf8_lossy(data);
    let _ = read_import(data.len() as u64, &text);
    let _ = decode(&text);
    let _ = decode_repairing(&text);
    let _ = decode_newer(&text);
});
