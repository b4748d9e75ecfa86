//! Profiles: one account on one platform, with exactly one primary purpose.

use super::id::{MemberId, PersonaId, ProfileId};
use super::{said, said_n, Said};
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

impl Platform {
    pub const LISTED: [Platform; 10] = [
        Self::Facebook,
        Self::Instagram,
        Self::LinkedIn,
        Self::X,
        Self::TikTok,
        Self::YouTube,
        Self::Pinterest,
        Self::Threads,
        Self::Bluesky,
        Self::Mastodon,
    ];

    pub fn label(&self) -> &str {
        match self {
            Self::Facebook => "Facebook",
            Self::Instagram => "Instagram",
            Self::LinkedIn => "LinkedIn",
            Self::X => "X (Twitter)",
            Self::TikTok => "TikTok",
            Self::YouTube => "YouTube",
            Self::Pinterest => "Pinterest",
            Self::Threads => "Threads",
            Self::Bluesky => "Bluesky",
            Self::Mastodon => "Mastodon",
            Self::Other(name) if name.trim().is_empty() => "Other platform",
            Self::Other(name) => name.trim(),
        }
    }

    /// The most characters a post's text may have on the platform (a
    /// YouTube video's title), or `None` where it is not known.
    pub fn copy_limit(&self) -> Option<usize> {
        match self {
            Self::X => Some(280),
            Self::Bluesky => Some(300),
            Self::Threads | Self::Pinterest | Self::Mastodon => Some(500),
            Self::LinkedIn => Some(3_000),
            Self::Instagram | Self::TikTok => Some(2_200),
            Self::Facebook => Some(63_206),
            Self::YouTube => Some(100),
            Self::Other(_) => None,
        }
    }

    /// What the composer says of `copy` against this platform's limit:
    /// "212 of 280 characters for X (Twitter).", with the room left once
    /// within a tenth of it, and how many too many past it.
    pub fn copy_count(&self, copy: &str) -> Said {
        let chars = copy.trim().chars().count();
        let name = Said::value(self.label());
        let n = Said::Number;
        match self.copy_limit() {
            None => said_n!(chars, "{} character.", "{} characters."),
            Some(limit) if chars > limit => said!(
                "{} characters: {} more than {} takes.",
                n(chars),
                n(chars - limit),
                name
            ),
            Some(limit) if chars * 10 > limit * 9 => said!(
                "{} of {} characters for {}: {} left.",
                n(chars),
                n(limit),
                name,
                n(limit - chars)
            ),
            Some(limit) => said!("{} of {} characters for {}.", n(chars), n(limit), name),
        }
    }

    /// `copy` as the platform takes it (trimmed, as it is counted): what fits
    /// its limit, and what goes past it (`""` when it all fits).
    pub fn copy_fits<'a>(&self, copy: &'a str) -> (&'a str, &'a str) {
        let copy = copy.trim();
        let cut = self
            .copy_limit()
            .and_then(|limit| copy.char_indices().nth(limit))
            .map_or(copy.len(), |(at, _)| at);
        copy.split_at(cut)
    }

    /// A few letters for tight spaces: "IG", "in", "FB".
    pub fn short(&self) -> String {
        match self {
            Self::Facebook => "FB".into(),
            Self::Instagram => "IG".into(),
            Self::LinkedIn => "in".into(),
            Self::X => "X".into(),
            Self::TikTok => "TT".into(),
            Self::YouTube => "YT".into(),
            Self::Pinterest => "Pin".into(),
            Self::Threads => "Th".into(),
            Self::Bluesky => "Bsky".into(),
            Self::Mastodon => "Mast".into(),
            Self::Other(name) => name.trim().chars().take(4).collect(),
        }
    }

    /// Two profiles are on the same platform when their platforms match, names of
    /// unlisted ones compared without case or surrounding space.
    pub fn same_as(&self, other: &Platform) -> bool {
        match (self, other) {
            (Self::Other(a), Self::Other(b)) => {
                a.trim().eq_ignore_ascii_case(b.trim()) && !a.trim().is_empty()
            }
            (a, b) => a == b,
        }
    }
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
    /// Its label inside a sentence, in lower case: "customer service".
    pub fn in_a_sentence(self) -> Said {
        match self {
            Self::Branding => said!("branding"),
            Self::PromotingProducts => said!("promoting products"),
            Self::Educating => said!("educating"),
            Self::DrivingTraffic => said!("driving traffic to the website"),
            Self::CustomerService => said!("customer service"),
            Self::CommunicatingWithClients => said!("communicating with clients"),
        }
    }

    pub const ALL: [PrimaryPurpose; 6] = [
        Self::Branding,
        Self::PromotingProducts,
        Self::Educating,
        Self::DrivingTraffic,
        Self::CustomerService,
        Self::CommunicatingWithClients,
    ];

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
    /// What the profile does, in one sentence; all its content serves it.
    #[serde(default)]
    pub mission: String,
    /// How active the brand will be here.
    #[serde(default)]
    pub posts_per_week: Option<u32>,
    /// Why this platform's audience fits the personas it reaches.
    #[serde(default)]
    pub fit: String,
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(default)]
    pub approver: Option<MemberId>,
    /// When updates go out and who posts them: the conversation calendar.
    #[serde(default)]
    pub updates: String,
    /// The target time to answer a message or comment, in hours.
    #[serde(default)]
    pub response_hours: Option<u32>,
}

impl Profile {
    /// A week's posts on the profile against the cadence the content strategy
    /// sets: "2 short", "1 over", "On cadence", or nothing when none is set.
    pub fn cadence_gap(&self, planned: usize) -> Said {
        match self.posts_per_week.map(|n| n as usize) {
            Some(n) if planned < n => said!("{} short", Said::Number(n - planned)),
            Some(n) if planned > n => said!("{} over", Said::Number(planned - n)),
            Some(_) => said!("On cadence"),
            None => Said::Value(String::new()),
        }
    }

    pub fn new(id: ProfileId, platform: Platform) -> Self {
        Self {
            id,
            platform,
            handle: String::new(),
            purpose: None,
            mission: String::new(),
            posts_per_week: None,
            fit: String::new(),
            personas: Vec::new(),
            owner: None,
            approver: None,
            updates: String::new(),
            response_hours: None,
        }
    }

    /// "Instagram @acme", or just the platform while the handle is blank.
    pub fn title(&self) -> String {
        match self.handle.trim() {
            "" => self.platform.label().to_owned(),
            handle => format!("{} {handle}", self.platform.label()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_composer_counts_against_each_platforms_limit() {
        let limits = [
            (Platform::X, Some(280)),
            (Platform::Bluesky, Some(300)),
            (Platform::Threads, Some(500)),
            (Platform::LinkedIn, Some(3_000)),
            (Platform::Instagram, Some(2_200)),
            (Platform::Facebook, Some(63_206)),
            (Platform::Pinterest, Some(500)),
            (Platform::TikTok, Some(2_200)),
            (Platform::YouTube, Some(100)),
            (Platform::Other("Nextdoor".into()), None),
        ];
        for (platform, limit) in limits {
            assert_eq!(platform.copy_limit(), limit, "{}", platform.label());
        }
        let x = Platform::X;
        assert_eq!(
            x.copy_count("  Fresh rye  "),
            "9 of 280 characters for X (Twitter)."
        );
        assert_eq!(
            x.copy_count(&"a".repeat(252)),
            "252 of 280 characters for X (Twitter)."
        );
        assert_eq!(
            x.copy_count(&"é".repeat(253)),
            "253 of 280 characters for X (Twitter): 27 left."
        );
        assert_eq!(
            x.copy_count(&"🍞".repeat(280)),
            "280 of 280 characters for X (Twitter): 0 left."
        );
        assert_eq!(
            x.copy_count(&"a".repeat(281)),
            "281 characters: 1 more than X (Twitter) takes."
        );
        assert_eq!(
            Platform::Facebook.copy_count(&"a".repeat(63_300)),
            "63,300 characters: 94 more than Facebook takes."
        );
        assert_eq!(
            Platform::Other("Nextdoor".into()).copy_count("Hi"),
            "2 characters."
        );
    }

    #[test]
    fn the_copy_is_cut_where_the_platform_stops_taking_it() {
        // Counted in characters, as the count is, not in bytes.
        let long = format!("{}{}", "é".repeat(280), "🍞 and more");
        assert_eq!(
            Platform::X.copy_fits(&long),
            ("é".repeat(280).as_str(), "🍞 and more")
        );
        assert_eq!(Platform::X.copy_fits("  Fresh rye  "), ("Fresh rye", ""));
        assert_eq!(
            Platform::X.copy_fits(&"a".repeat(280)),
            ("a".repeat(280).as_str(), "")
        );
        assert_eq!(Platform::YouTube.copy_fits(&"b".repeat(101)).1, "b");
        let any = "x".repeat(70_000);
        assert_eq!(
            Platform::Other("Nextdoor".into()).copy_fits(&any),
            (any.as_str(), "")
        );
    }

    #[test]
    fn a_weeks_posts_are_told_against_the_cadence() {
        let mut profile = Profile::new(ProfileId::parse("ig").unwrap(), Platform::Instagram);
        assert_eq!(profile.cadence_gap(3), "");
        profile.posts_per_week = Some(3);
        assert_eq!(profile.cadence_gap(1), "2 short");
        assert_eq!(profile.cadence_gap(3), "On cadence");
        assert_eq!(profile.cadence_gap(4), "1 over");
    }
}
