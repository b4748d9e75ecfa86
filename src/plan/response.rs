//! The customer response plan: who answers what, how fast, and in what words.
//! (Target response times live on each profile.)

use super::id::{EscalationId, MemberId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ResponsePlan {
    #[serde(default)]
    pub escalations: Vec<Escalation>,
    #[serde(default)]
    pub guidelines: Guidelines,
}

/// What goes to whom: a kind of message, and the person it is passed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    pub id: EscalationId,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub to: Option<MemberId>,
    #[serde(default)]
    pub how: String,
}

impl Escalation {
    pub fn new(id: EscalationId) -> Self {
        Self {
            id,
            situation: String::new(),
            to: None,
            how: String::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Situation {
    Complaint,
    Question,
    Praise,
    Crisis,
}

impl Situation {
    pub const ALL: [Situation; 4] = [Self::Complaint, Self::Question, Self::Praise, Self::Crisis];

    /// The field name findings use for this situation's guideline.
    pub fn field(self) -> &'static str {
        match self {
            Self::Complaint => "guideline_complaint",
            Self::Question => "guideline_question",
            Self::Praise => "guideline_praise",
            Self::Crisis => "guideline_crisis",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Complaint => "A complaint",
            Self::Question => "A question",
            Self::Praise => "Praise",
            Self::Crisis => "A crisis",
        }
    }
}

/// Reusable answer guidelines, one per common situation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Guidelines {
    #[serde(default)]
    pub complaint: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub praise: String,
    #[serde(default)]
    pub crisis: String,
}

impl Guidelines {
    pub fn get(&self, situation: Situation) -> &str {
        match situation {
            Situation::Complaint => &self.complaint,
            Situation::Question => &self.question,
            Situation::Praise => &self.praise,
            Situation::Crisis => &self.crisis,
        }
    }

    pub fn set(&mut self, situation: Situation, text: String) {
        match situation {
            Situation::Complaint => self.complaint = text,
            Situation::Question => self.question = text,
            Situation::Praise => self.praise = text,
            Situation::Crisis => self.crisis = text,
        }
    }
}
