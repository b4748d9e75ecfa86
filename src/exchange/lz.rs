//! A small LZ77 compressor for saved plans, in the manner of LZ4's block format.
//!
//! Why our own: a save must finish in the task that asks for it (the flush as a
//! tab closes, the read-compare-write against other tabs), and the browser's
//! `CompressionStream` only answers later. This is a few kilobytes of wasm, and
//! plan JSON, whose keys and values repeat from entry to entry, shrinks to a
//! fraction of its size.
//!
//! A stream is a run of sequences: a token byte (literal count in the high
//! nibble, match length less four in the low one, 15 meaning "more bytes
//! follow", each 255 meaning "and more"), the literals, then a match as a
//! two-byte little-endian distance back into the output. The last sequence
//! has literals only; the reader knows the output's length and stops there.

use thiserror::Error;

const MIN_MATCH: usize = 4;
/// Distances fit two bytes.
const WINDOW: usize = 1 << 16;
const HASH_BITS: u32 = 16;
/// How many earlier places with the same four bytes are tried for each match:
/// more finds longer matches, slower.
const CHAIN_DEPTH: usize = 8;
/// A match this long is taken at once, without looking further.
const GOOD_ENOUGH: usize = 64;
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LzError {
    #[error("the compressed data ends too soon")]
    Truncated,
    #[error("the compressed data points back before its start")]
    BadDistance,
    #[error("the compressed data makes more than it says it holds")]
    TooLong,
    #[error("the compressed data goes on after its end")]
    Trailing,
}

fn hash(input: &[u8], at: usize) -> usize {
    let four = u32::from_le_bytes([input[at], input[at + 1], input[at + 2], input[at + 3]]);
    (four.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
}

/// Where each run of four bytes was seen: the latest place per hash, and for
/// each place in the window, the place before it with the same hash.
struct Chains {
    head: Vec<u32>,
    previous: Vec<u32>,
}

impl Chains {
    fn new() -> Self {
        Self {
            head: vec![NONE; 1 << HASH_BITS],
            previous: vec![NONE; WINDOW],
        }
    }

    fn insert(&mut self, input: &[u8], at: usize) {
        if at + MIN_MATCH > input.len() {
            return;
        }
        let h = hash(input, at);
        self.previous[at % WINDOW] = self.head[h];
        self.head[h] = at as u32;
    }

    /// The longest earlier copy of what starts at `at`: (length, distance).
    fn longest(&self, input: &[u8], at: usize) -> (usize, usize) {
        let (mut best_len, mut best_distance) = (0, 0);
        if at + MIN_MATCH > input.len() {
            return (0, 0);
        }
        let limit = input.len() - at;
        let mut candidate = self.head[hash(input, at)];
        for _ in 0..CHAIN_DEPTH {
            if candidate == NONE {
                break;
            }
            let from = candidate as usize;
            let distance = at - from;
            if distance == 0 || distance >= WINDOW {
                break;
            }
            // The byte that would make this match beat the best one so far is
            // checked first: most candidates fail there.
            if best_len < limit && input[from + best_len] == input[at + best_len] {
                let len = input[from..]
                    .iter()
                    .zip(&input[at..at + limit])
                    .take_while(|(a, b)| a == b)
                    .count();
                if len > best_len {
                    (best_len, best_distance) = (len, distance);
                    if len >= GOOD_ENOUGH || len == limit {
                        break;
                    }
                }
            }
            let next = self.previous[from % WINDOW];
            if next == NONE || next as usize >= from {
                break;
            }
            candidate = next;
        }
        (best_len, best_distance)
    }
}

fn push_length(out: &mut Vec<u8>, mut rest: usize) {
    while rest >= 255 {
        out.push(255);
        rest -= 255;
    }
    out.push(rest as u8);
}

fn push_sequence(out: &mut Vec<u8>, literals: &[u8], matched: Option<(usize, usize)>) {
    let lit = literals.len();
    let extra = matched.map_or(0, |(len, _)| len - MIN_MATCH);
    out.push(((lit.min(15) as u8) << 4) | extra.min(15) as u8);
    if lit >= 15 {
        push_length(out, lit - 15);
    }
    out.extend_from_slice(literals);
    if let Some((_, distance)) = matched {
        out.extend_from_slice(&(distance as u16).to_le_bytes());
        if extra >= 15 {
            push_length(out, extra - 15);
        }
    }
}

/// Compresses `input`. Greedy with one step of lazy matching: a match is put
/// off by a byte when the next place has a longer one.
pub fn compress(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 4 + 16);
    let mut chains = Chains::new();
    let (mut anchor, mut at) = (0, 0);
    while at + MIN_MATCH <= input.len() {
        let (mut len, mut distance) = chains.longest(input, at);
        if len < MIN_MATCH {
            chains.insert(input, at);
            at += 1;
            continue;
        }
        chains.insert(input, at);
        if len < GOOD_ENOUGH {
            let (next_len, next_distance) = chains.longest(input, at + 1);
            if next_len > len {
                at += 1;
                chains.insert(input, at);
                (len, distance) = (next_len, next_distance);
            }
        }
        push_sequence(&mut out, &input[anchor..at], Some((len, distance)));
        for inside in at + 1..at + len {
            chains.insert(input, inside);
        }
        at += len;
        anchor = at;
    }
    push_sequence(&mut out, &input[anchor..], None);
    out
}

struct Reader<'a> {
    input: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LzError> {
        let byte = *self.input.get(self.at).ok_or(LzError::Truncated)?;
        self.at += 1;
        Ok(byte)
    }

    fn length(&mut self, nibble: u8) -> Result<usize, LzError> {
        let mut len = usize::from(nibble);
        if nibble == 15 {
            loop {
                let more = self.byte()?;
                len += usize::from(more);
                if more != 255 {
                    break;
                }
            }
        }
        Ok(len)
    }
}

/// Decompresses what `compress` wrote into exactly `len` bytes; anything else
/// (cut short, pointing before the start, longer, with bytes after the end) is
/// an error, never a panic or a guess.
pub fn decompress(input: &[u8], len: usize) -> Result<Vec<u8>, LzError> {
    // A damaged length must not ask for more memory than the input could make.
    let mut out = Vec::with_capacity(len.min(input.len().saturating_mul(64)));
    let mut reader = Reader { input, at: 0 };
    loop {
        let token = reader.byte()?;
        let lit = reader.length(token >> 4)?;
        let end = reader.at.checked_add(lit).ok_or(LzError::Truncated)?;
        let literals = input.get(reader.at..end).ok_or(LzError::Truncated)?;
        if out.len() + lit > len {
            return Err(LzError::TooLong);
        }
        out.extend_from_slice(literals);
        reader.at = end;
        if out.len() == len {
            return if reader.at == input.len() {
                Ok(out)
            } else {
                Err(LzError::Trailing)
            };
        }
        let distance = usize::from(u16::from_le_bytes([reader.byte()?, reader.byte()?]));
        let matched = reader.length(token & 15)? + MIN_MATCH;
        if distance == 0 || distance > out.len() {
            return Err(LzError::BadDistance);
        }
        if out.len() + matched > len {
            return Err(LzError::TooLong);
        }
        let from = out.len() - distance;
        if distance >= matched {
            out.extend_from_within(from..from + matched);
        } else {
            // The copy overlaps what it makes: a run, copied byte by byte.
            for i in 0..matched {
                let byte = out[from + i];
                out.push(byte);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_empty_short_and_repetitive_input() {
        for input in [
            &b""[..],
            b"a",
            b"abcd",
            b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            b"{\"id\":\"p1\",\"id\":\"p2\",\"id\":\"p3\"}",
        ] {
            let packed = compress(input);
            assert_eq!(decompress(&packed, input.len()).unwrap(), input);
        }
    }

    #[test]
    fn long_runs_and_long_literals_need_extra_length_bytes() {
        let mut input = vec![7u8; 5000];
        input.extend((0..=255u8).cycle().take(3000).map(|b| b.wrapping_mul(31)));
        let packed = compress(&input);
        assert!(packed.len() < input.len() / 2);
        assert_eq!(decompress(&packed, input.len()).unwrap(), input);
    }

    #[test]
    fn damage_is_an_error() {
        let input = b"hello hello hello hello, world".repeat(20);
        let packed = compress(&input);
        assert_eq!(
            decompress(&packed[..packed.len() - 3], input.len()),
            Err(LzError::Truncated)
        );
        assert_eq!(decompress(&packed, input.len() - 1), Err(LzError::TooLong));
        let mut longer = packed.clone();
        longer.push(0);
        assert_eq!(decompress(&longer, input.len()), Err(LzError::Trailing));
        // A first match pointing back past the start.
        assert_eq!(
            decompress(&[0x10, b'a', 9, 0, 0], 10),
            Err(LzError::BadDistance)
        );
    }
}
