//! Tasks: the production work behind the posts, each with an owner and a date.

use crate::plan::id::{CampaignId, MemberId, PostId, TaskId};
use crate::plan::{said, Said};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskKind {
    #[default]
    Write,
    Design,
    Film,
    Approve,
    Report,
}

impl TaskKind {
    pub const ALL: [TaskKind; 5] = [
        Self::Write,
        Self::Design,
        Self::Film,
        Self::Approve,
        Self::Report,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Write => "Write",
            Self::Design => "Design",
            Self::Film => "Film",
            Self::Approve => "Approve",
            Self::Report => "Report",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Write => "write",
            Self::Design => "design",
            Self::Film => "film",
            Self::Approve => "approve",
            Self::Report => "report",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub id: TaskId,
    #[serde(default)]
    pub kind: TaskKind,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(deserialize_with = "crate::plan::stored::day")]
    pub due: NaiveDate,
    #[serde(default)]
    pub post: Option<PostId>,
    #[serde(default)]
    pub campaign: Option<CampaignId>,
    #[serde(default)]
    pub done: bool,
}

impl Task {
    pub fn new(id: TaskId, due: NaiveDate) -> Self {
        Self {
            id,
            kind: TaskKind::Write,
            title: String::new(),
            owner: None,
            due,
            post: None,
            campaign: None,
            done: false,
        }
    }

    /// Whether it has no title yet: a new task left like this is not kept.
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty()
    }

    /// "Film: The bakery at dawn", or "Film: untitled" while it has no title.
    pub fn title(&self) -> String {
        self.said_title().to_string()
    }

    /// Its title as words to say in the language shown.
    pub fn said_title(&self) -> Said {
        let kind = Said::label(self.kind.label());
        match self.title.trim() {
            "" => said!("{}: untitled", kind),
            title => said!("{}: {}", kind, Said::value(title)),
        }
    }
}
