//! Posts: dated pieces of content on one profile, the day-to-day work.

use crate::plan::id::{CampaignId, MemberId, PillarId, PostId, ProfileId, SeriesId};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PostStatus {
    #[default]
    Idea,
    Draft,
    Ready,
    Scheduled,
    Published,
}

impl PostStatus {
    pub const ALL: [PostStatus; 5] = [
        Self::Idea,
        Self::Draft,
        Self::Ready,
        Self::Scheduled,
        Self::Published,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Idea => "Idea",
            Self::Draft => "Draft",
            Self::Ready => "Ready",
            Self::Scheduled => "Scheduled",
            Self::Published => "Published",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Idea => "idea",
            Self::Draft => "draft",
            Self::Ready => "ready",
            Self::Scheduled => "scheduled",
            Self::Published => "published",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What a post says and where; shared by single posts and the posts of a series.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PostContent {
    #[serde(default)]
    pub profile: Option<ProfileId>,
    #[serde(default)]
    pub pillar: Option<PillarId>,
    /// None for evergreen content.
    #[serde(default)]
    pub campaign: Option<CampaignId>,
    #[serde(default)]
    pub copy: String,
    #[serde(default)]
    pub link: String,
    /// What picture, video or file goes with it.
    #[serde(default)]
    pub media: String,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(default)]
    pub status: PostStatus,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    /// Wall-clock time in the plan's time zone.
    pub at: NaiveDateTime,
    #[serde(flatten)]
    pub content: PostContent,
    /// Set when this post is one day of a series edited on its own.
    #[serde(default)]
    pub occurrence_of: Option<Occurrence>,
}

impl Post {
    /// Whether two versions differ at most in their words (copy, link,
    /// media, notes), not in when, where, for what or by whom.
    pub fn planned_alike(&self, other: &Post) -> bool {
        let (a, b) = (&self.content, &other.content);
        self.id == other.id
            && self.at == other.at
            && self.occurrence_of == other.occurrence_of
            && a.profile == b.profile
            && a.pillar == b.pillar
            && a.campaign == b.campaign
            && a.owner == b.owner
            && a.status == b.status
    }
}

/// One day of a series.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Occurrence {
    pub series: SeriesId,
    pub day: NaiveDate,
}

impl Post {
    pub fn new(id: PostId, at: NaiveDateTime) -> Self {
        Self {
            id,
            at,
            content: PostContent::default(),
            occurrence_of: None,
        }
    }
}
