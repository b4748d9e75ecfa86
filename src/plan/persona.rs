//! The audience: personas, and the specific people and topics that matter most.

use super::id::{PersonaId, PriorityId};
use super::{words, Title};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    pub id: PersonaId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub behaviours: Vec<String>,
    /// The problems of theirs the brand solves.
    #[serde(default)]
    pub pain_points: Vec<String>,
    /// Where they spend time online.
    #[serde(default)]
    pub online: String,
}

impl Persona {
    pub fn new(id: PersonaId) -> Self {
        Self {
            id,
            name: String::new(),
            who: String::new(),
            interests: Vec::new(),
            behaviours: Vec::new(),
            pain_points: Vec::new(),
            online: String::new(),
        }
    }

    /// Its name, or "Unnamed persona" while it has none.
    pub fn title(&self) -> Title<'_> {
        Title::of(&self.name, words!("Unnamed persona"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityKind {
    #[default]
    Person,
    Topic,
}

impl PriorityKind {
    pub const ALL: [PriorityKind; 2] = [Self::Person, Self::Topic];

    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "Person or group",
            Self::Topic => "Topic",
        }
    }
}

/// Social media rewards talking to exactly the right people about exactly the
/// right things; priorities name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priority {
    pub id: PriorityId,
    #[serde(default)]
    pub kind: PriorityKind,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub why: String,
}

impl Priority {
    pub fn new(id: PriorityId) -> Self {
        Self {
            id,
            kind: PriorityKind::Person,
            name: String::new(),
            why: String::new(),
        }
    }
}
