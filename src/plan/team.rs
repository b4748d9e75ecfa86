//! People and tools: who does the work, the hours they have, the tools they use.

use super::id::{MemberId, ToolId};
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

    pub fn title(&self) -> &str {
        match self.name.trim() {
            "" => "Unnamed team member",
            name => name,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    pub id: ToolId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub used_for: String,
}

impl Tool {
    pub fn new(id: ToolId) -> Self {
        Self {
            id,
            name: String::new(),
            used_for: String::new(),
        }
    }
}

impl Team {
    pub fn member(&self, id: &MemberId) -> Option<&Member> {
        self.members.iter().find(|m| &m.id == id)
    }
}
