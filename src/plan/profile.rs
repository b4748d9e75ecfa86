//! Profiles: one account on one platform, with exactly one primary purpose.

use super::id::ProfileId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Facebook,
    Instagram,
    LinkedIn,
    X,
    TikTok,
    YouTube,
    Pinterest,
    Threads,
    Bluesky,
    Mastodon,
    /// A platform not in the list, by the name the user gave it.
    Other(String),
}

/// What a profile is for. A second purpose means a second profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrimaryPurpose {
    Branding,
    PromotingProducts,
    Educating,
    DrivingTraffic,
    CustomerService,
    CommunicatingWithClients,
}

impl PrimaryPurpose {
    pub fn label(self) -> &'static str {
        match self {
            Self::Branding => "Branding",
            Self::PromotingProducts => "Promoting products",
            Self::Educating => "Educating",
            Self::DrivingTraffic => "Driving traffic to the website",
            Self::CustomerService => "Customer service",
            Self::CommunicatingWithClients => "Communicating with clients",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: ProfileId,
    pub platform: Platform,
    #[serde(default)]
    pub handle: String,
    #[serde(default)]
    pub purpose: Option<PrimaryPurpose>,
    #[serde(default)]
    pub posts_per_week: Option<u32>,
    /// Why this platform's audience fits the personas it reaches.
    #[serde(default)]
    pub fit: String,
}
