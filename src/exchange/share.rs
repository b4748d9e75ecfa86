//! A plan carried in a link: its envelope, compressed by the browser
//! (`CompressionStream`'s "deflate", whose Adler-32 check refuses an altered
//! copy), written in base64url in the link's fragment, which browsers never
//! send to a server: `…#/shared?plan=eJy…`.
//!
//! Compression belongs to the browser; what is here is pure: the link's
//! text, reading it back, what a link may hold, and what to tell the user
//! when it cannot be read.

use super::envelope::{decode_repairing, DecodeError, Decoded};
use crate::plan::{said, words, Plan, PlanId, Said};

/// The query parameter that holds the plan.
pub const PARAM: &str = "plan";

/// The longest link offered: every current browser opens far longer ones,
/// but mail and chat apps begin to cut links past a few tens of thousands of
/// characters.
pub const LINK_LIMIT: usize = 32_000;

/// The page a shared link opens (the fragment's path).
pub const PATH: &str = "/shared";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes in base64url (RFC 4648 §5), without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// What [`base64url`] wrote; `None` for a character outside its alphabet or
/// a length no such text has.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let (mut acc, mut held) = (0u32, 0u32);
    for byte in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == byte)? as u32;
        acc = (acc << 6) | value;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((acc >> held) as u8);
        }
    }
    // The bits after the last byte are zeros in what base64url writes.
    (acc & ((1 << held) - 1) == 0).then_some(out)
}

/// The fragment of a link carrying `compressed`: `#/shared?plan=…`.
pub fn fragment(compressed: &[u8]) -> String {
    format!("#{PATH}?{PARAM}={}", base64url(compressed))
}

/// A link to `page` (the planner's address, any fragment it had dropped)
/// carrying `compressed`.
pub fn link(page: &str, compressed: &[u8]) -> String {
    let page = page.split('#').next().unwrap_or(page);
    format!("{page}{}", fragment(compressed))
}

/// Whether a link of `length` characters may be offered.
pub fn fits(length: usize) -> bool {
    length <= LINK_LIMIT
}

/// What the share panel says of a link of `length` characters.
pub fn link_said(length: usize) -> Said {
    said!(
        "{} characters. The plan travels inside the link itself and is never sent to a server: whoever opens it sees the plan read-only, and can import a copy.",
        Said::Number(length)
    )
}

/// What the share panel says when the plan's link would be `length`
/// characters, past [`LINK_LIMIT`].
pub fn too_long_said(length: usize) -> Said {
    said!(
        "This plan is too large for a link: it would take {} characters, and a link holds at most {}. Share the plan's file instead: export it on the Plans page, and it opens with Import.",
        Said::Number(length),
        Said::Number(LINK_LIMIT)
    )
}

/// Why a shared link was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The address has no plan in it.
    Missing,
    /// Characters no such link has: changed by hand or by an app.
    Garbled,
    /// The compressed plan ends too soon or fails its check.
    Incomplete,
    /// It reads, but as something other than a plan of this planner.
    NotAPlan,
    /// A plan of this planner, but damaged past repair.
    Damaged,
    /// Saved by a newer version of the planner.
    Newer,
}

impl ShareError {
    /// What the page says, in the user's words.
    /// What the page says, in the user's words (shown with `t`).
    pub fn message(&self) -> &'static str {
        match self {
            Self::Missing => words!("This link holds no plan: the part after “plan=” is missing. Ask for the link again."),
            Self::Garbled => words!("This link was changed after it was made: it holds characters a shared plan never has. Ask for the link again, or for the plan's file."),
            Self::Incomplete => words!("This link is incomplete or was altered: it may have been cut short when it was copied. Ask for the link again, or for the plan's file."),
            Self::NotAPlan => words!("This link holds something other than a plan from this planner."),
            Self::Damaged => words!("The plan in this link is damaged and cannot be read. Ask for the plan's file instead."),
            Self::Newer => words!("This plan was shared from a newer version of the planner. Reload the page to get the newest version, then open the link again."),
        }
    }
}

/// The compressed plan in a shared page's query (`?plan=…`).
pub fn payload(query: &str) -> Result<Vec<u8>, ShareError> {
    let text = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(PARAM)?.strip_prefix('='))
        .filter(|text| !text.is_empty())
        .ok_or(ShareError::Missing)?;
    if !text.bytes().all(|b| ALPHABET.contains(&b)) {
        return Err(ShareError::Garbled);
    }
    // Every character is one a link has: what is wrong is its length, cut
    // short.
    from_base64url(text).ok_or(ShareError::Incomplete)
}

/// The plan in a shared link's decompressed bytes, repaired as an imported
/// file is.
pub fn read(bytes: &[u8]) -> Result<Decoded, ShareError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ShareError::Incomplete)?;
    decode_repairing(text).map_err(|e| match e {
        DecodeError::Newer { .. } | DecodeError::NewerEncoding { .. } => ShareError::Newer,
        DecodeError::BadPlan(_) | DecodeError::Damaged(_) => ShareError::Damaged,
        _ => ShareError::NotAPlan,
    })
}

/// A shared plan made a new plan of this browser: its own new id, so it
/// never takes the place of one here, and "(shared copy)" (`word`, in the
/// language shown) after its name when it came from this very browser (the
/// same id is here).
pub fn as_new_plan(mut plan: Plan, id: PlanId, here: bool, word: &str) -> Plan {
    plan.id = id;
    if here {
        plan.name = plan.name.with_suffix(word);
    }
    plan
}
