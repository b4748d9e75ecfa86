//! People and tools: who does the work, the hours they have, the tools they use.

use super::id::{MemberId, ToolId};
use super::{words, Title};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Team {
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default)]
    pub tools: Vec<Tool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: MemberId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    /// Hours a week this person gives to social media.
    #[serde(default)]
    pub hours_per_week: Option<f64>,
    #[serde(default)]
    pub training: String,
}

impl Member {
    pub fn new(id: MemberId) -> Self {
        Self {
            id,
            name: String::new(),
            role: String::new(),
            hours_per_week: None,
            training: String::new(),
        }
    }

    pub fn title(&self) -> Title<'_> {
        Title::of(&self.name, words!("Unnamed team member"))
    }
}

/// What a tool is for: making and publishing what the audience sees, or
/// measuring what it did. The tool that measures is rarely the one that
/// generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolRole {
    Publishing,
    Measuring,
    Both,
}

impl ToolRole {
    pub const ALL: [ToolRole; 3] = [Self::Publishing, Self::Measuring, Self::Both];

    pub fn label(self) -> &'static str {
        match self {
            Self::Publishing => "Publishing and engaging",
            Self::Measuring => "Measuring results",
            Self::Both => "Both",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Publishing => "publishing",
            Self::Measuring => "measuring",
            Self::Both => "both",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn measures(self) -> bool {
        self != Self::Publishing
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    pub id: ToolId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub used_for: String,
    /// Whether it publishes or measures (schema version 6).
    #[serde(default)]
    pub role: Option<ToolRole>,
}

impl Tool {
    pub fn new(id: ToolId) -> Self {
        Self {
            id,
            name: String::new(),
            used_for: String::new(),
            role: None,
        }
    }

    pub fn title(&self) -> Title<'_> {
        Title::of(&self.name, words!("Unnamed tool"))
    }
}

impl Team {
    pub fn member(&self, id: &MemberId) -> Option<&Member> {
        self.members.iter().find(|m| &m.id == id)
    }

    pub fn tool(&self, id: &ToolId) -> Option<&Tool> {
        self.tools.iter().find(|t| &t.id == id)
    }
}
