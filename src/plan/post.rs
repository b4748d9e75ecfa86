//! Posts: dated pieces of content on one profile, the day-to-day work.

use super::id::{CampaignId, PostId, ProfileId};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostStatus {
    #[default]
    Idea,
    Draft,
    Ready,
    Scheduled,
    Published,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    pub profile: ProfileId,
    /// Wall-clock time in the plan's time zone.
    pub at: NaiveDateTime,
    /// None for evergreen content.
    #[serde(default)]
    pub campaign: Option<CampaignId>,
    #[serde(default)]
    pub copy: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub status: PostStatus,
}
