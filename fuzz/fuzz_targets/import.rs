//! The import parser, and the save readers under it (the compact encoding and
//! the envelope), must never panic, whatever bytes a file or a save holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use social_media_planner::exchange::{
    decode, decode_newer, decode_repairing, open_stored, read_import,
};

fuzz_target!(|data: &[u8]| {
    // A browser reads a file as UTF-8, putting U+FFFD where bytes are not.
    let text = String::from_utf8_lossy(data);
    let _ = read_import(data.len() as u64, &text);
    let _ = decode(&text);
    let _ = decode_repairing(&text);
    let _ = decode_newer(&text);
    let _ = open_stored(&text);
    // A compact value with the fuzzer's bytes after a plausible header.
    let _ = open_stored(&format!("smp-compact/1:{}:0:{}:{text}", data.len(), data.len()));
});
