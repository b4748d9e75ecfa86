//! The compact encoding plans are kept in, in the browser: the save envelope's
//! JSON, compressed (`lz`), with fifteen bits in each character.
//!
//! Browsers count `localStorage` in UTF-16 code units, whatever the
//! character, so JSON's ASCII spends sixteen bits of the quota on seven. Here
//! every character carries fifteen bits of the compressed envelope, as one of
//! the 32,768 characters from U+4000 up (none a surrogate, a private-use or a
//! non-character, so every browser stores them as they are).
//!
//! A value reads `smp-compact/1:{length}:{checksum}:{packed}:{characters}`:
//! the name and number of the encoding, the envelope's length in bytes and an
//! FNV-1a checksum of it (so a damaged value is refused whole, never half
//! read), and how many bytes of compressed data the characters carry. A
//! value in plain JSON (every save before this encoding) reads as it always did.

use super::envelope::{encode_sized, DecodeError, EncodeError};
use super::lz;
use crate::plan::Plan;
use std::borrow::Cow;

/// What every compact value starts with; the encoding's number follows.
const TAG: &str = "smp-compact/";
/// The encoding this build writes, and the newest it reads.
pub const COMPACT_ENCODING: u32 = 1;
const BASE: u32 = 0x4000;
const BITS: u32 = 15;
/// Envelopes larger than this are refused as damaged before anything is made:
/// far past what any browser's storage holds.
const MAX_LENGTH: usize = 1 << 30;

/// How a stored value was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// The envelope's JSON as it is: every save before the compact encoding.
    PlainJson,
    Compact,
}

/// FNV-1a, 64 bits: a fingerprint of text, for checksums and for noticing that
/// a stored value changed.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn pack(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 8 / BITS as usize * 3 + 3);
    let (mut acc, mut held) = (0u32, 0u32);
    let mut put = |unit: u32| {
        // BASE + unit is at most U+BFFF: always a character.
        if let Some(c) = char::from_u32(BASE + unit) {
            text.push(c);
        }
    };
    for byte in bytes {
        acc = (acc << 8) | u32::from(*byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            put((acc >> held) & 0x7FFF);
        }
    }
    if held > 0 {
        put((acc << (BITS - held)) & 0x7FFF);
    }
    text
}

/// The `count` bytes that `pack` put in `text`; the bits after them must be
/// the zeros `pack` filled the last character with.
fn unpack(text: &str, count: usize) -> Result<Vec<u8>, DecodeError> {
    if text.chars().count() != (count * 8).div_ceil(BITS as usize) {
        return Err(damaged("it holds more or fewer characters than it says"));
    }
    let mut bytes = Vec::with_capacity(count + 1);
    let (mut acc, mut held) = (0u32, 0u32);
    for c in text.chars() {
        let unit = u32::from(c)
            .checked_sub(BASE)
            .filter(|unit| *unit <= 0x7FFF)
            .ok_or_else(|| damaged("it holds a character the encoding never writes"))?;
        acc = (acc << BITS) | unit;
        held += BITS;
        while held >= 8 {
            held -= 8;
            bytes.push((acc >> held) as u8);
        }
        acc &= (1 << held) - 1;
    }
    let padding = bytes.get(count..).unwrap_or_default();
    if acc != 0 || bytes.len() < count || padding.iter().any(|byte| *byte != 0) {
        return Err(damaged("it ends in the middle of a character"));
    }
    bytes.truncate(count);
    Ok(bytes)
}

fn damaged(why: &str) -> DecodeError {
    DecodeError::Damaged(why.to_owned())
}

/// A byte count of the header: a number, and not past any browser's storage.
fn size(part: Option<&str>, missing: &str) -> Result<usize, DecodeError> {
    part.and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n <= MAX_LENGTH)
        .ok_or_else(|| damaged(missing))
}

/// Writes a plan in the compact encoding, for the browser's storage.
pub fn encode_compact(plan: &Plan) -> Result<String, EncodeError> {
    encode_compact_sized(plan, 0).map(|(value, _)| value)
}

/// Writes a plan in the compact encoding with its JSON expected to take
/// `room` bytes (as long as last time; see `encode_sized`), and says how long
/// the JSON was, for the next time.
pub fn encode_compact_sized(plan: &Plan, room: usize) -> Result<(String, usize), EncodeError> {
    let json = encode_sized(plan, room)?;
    Ok((compact_bytes(&json), json.len()))
}

/// The compact form of an envelope's JSON.
pub fn compact_envelope(envelope: &str) -> String {
    compact_bytes(envelope.as_bytes())
}

fn compact_bytes(bytes: &[u8]) -> String {
    let compressed = lz::compress(bytes);
    format!(
        "{TAG}{COMPACT_ENCODING}:{}:{:016x}:{}:{}",
        bytes.len(),
        fingerprint(bytes),
        compressed.len(),
        pack(&compressed)
    )
}

/// A value as `localStorage` holds it, as this version reads it: the text
/// inside the JSON string gloo-storage writes, or, for anything that is not a
/// JSON string (a save of an earlier version, or something foreign), the
/// value exactly as it is.
pub fn unquote_stored(raw: &str) -> Cow<'_, str> {
    if raw.trim_start().starts_with('"') {
        if let Ok(text) = serde_json::from_str::<String>(raw) {
            return Cow::Owned(text);
        }
    }
    Cow::Borrowed(raw)
}

/// The envelope's JSON inside a stored value, and how it was stored: a compact
/// value is opened (and refused whole if damaged), plain JSON is passed on as
/// it is, for the envelope's reader to judge.
pub fn open_stored(value: &str) -> Result<(Cow<'_, str>, Encoding), DecodeError> {
    let Some(rest) = value.strip_prefix(TAG) else {
        return Ok((Cow::Borrowed(value), Encoding::PlainJson));
    };
    let mut parts = rest.splitn(5, ':');
    let number = parts.next().and_then(|n| n.parse::<u32>().ok());
    match number {
        Some(COMPACT_ENCODING) => {}
        Some(found) if found > COMPACT_ENCODING => {
            return Err(DecodeError::NewerEncoding { found })
        }
        _ => return Err(damaged("its encoding has no number this planner knows")),
    }
    let len = size(parts.next(), "its length is missing")?;
    let checksum = parts
        .next()
        .and_then(|c| u64::from_str_radix(c, 16).ok())
        .ok_or_else(|| damaged("its checksum is missing"))?;
    let count = size(parts.next(), "its size is missing")?;
    let body = parts.next().ok_or_else(|| damaged("it holds no data"))?;
    let bytes = lz::decompress(&unpack(body, count)?, len).map_err(|e| damaged(&e.to_string()))?;
    if fingerprint(&bytes) != checksum {
        return Err(damaged("its checksum does not match what it holds"));
    }
    let text = String::from_utf8(bytes).map_err(|_| damaged("it does not hold text"))?;
    Ok((Cow::Owned(text), Encoding::Compact))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(unpack(&pack(&bytes), len).unwrap(), bytes, "length {len}");
        }
    }

    #[test]
    fn a_value_is_unquoted_only_when_it_is_a_json_string() {
        assert_eq!(unquote_stored("\"smp-compact/1:x\""), "smp-compact/1:x");
        assert_eq!(unquote_stored("{\"format\":1}"), "{\"format\":1}");
        assert_eq!(unquote_stored("\"cut"), "\"cut");
    }

    #[test]
    fn packed_characters_stay_in_their_range() {
        let text = pack(&[0xFF; 64]);
        assert!(text
            .chars()
            .all(|c| (0x4000..=0xBFFF).contains(&u32::from(c))));
        assert_eq!(text.encode_utf16().count(), (64 * 8usize).div_ceil(15));
    }
}
