//! The story: how the brand is positioned, what it keeps saying, and how it sounds.

use super::id::KeyMessageId;
use serde::{Deserialize, Serialize};

/// Key messages beyond this many stop being key; the rules say so.
pub const MAX_KEY_MESSAGES: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Story {
    #[serde(default)]
    pub positioning: String,
    #[serde(default)]
    pub key_messages: Vec<KeyMessage>,
    #[serde(default)]
    pub voice: String,
    #[serde(default)]
    pub words_to_use: Vec<String>,
    #[serde(default)]
    pub words_to_avoid: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyMessage {
    pub id: KeyMessageId,
    #[serde(default)]
    pub text: String,
}

impl KeyMessage {
    pub fn new(id: KeyMessageId) -> Self {
        Self {
            id,
            text: String::new(),
        }
    }
}
