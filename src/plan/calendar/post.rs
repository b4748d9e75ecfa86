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

/// Written flat: the content's fields beside the id and the time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "FlatPost")]
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

/// A post as it is written, read in one pass. (serde's `flatten` would read
/// each post's fields into a buffer first, then the content from it: slower
/// for every post of a plan, and a good deal of code in the app.)
#[derive(Deserialize)]
struct FlatPost {
    id: PostId,
    #[serde(deserialize_with = "crate::plan::stored::date_time")]
    at: NaiveDateTime,
    #[serde(default)]
    profile: Option<ProfileId>,
    #[serde(default)]
    pillar: Option<PillarId>,
    #[serde(default)]
    campaign: Option<CampaignId>,
    #[serde(default)]
    copy: String,
    #[serde(default)]
    link: String,
    #[serde(default)]
    media: String,
    #[serde(default)]
    owner: Option<MemberId>,
    #[serde(default)]
    status: PostStatus,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    occurrence_of: Option<Occurrence>,
}

impl From<FlatPost> for Post {
    fn from(flat: FlatPost) -> Self {
        // Every field of the content named: one added there and not here
        // does not compile.
        let FlatPost {
            id,
            at,
            profile,
            pillar,
            campaign,
            copy,
            link,
            media,
            owner,
            status,
            notes,
            occurrence_of,
        } = flat;
        Post {
            id,
            at,
            content: PostContent {
                profile,
                pillar,
                campaign,
                copy,
                link,
                media,
                owner,
                status,
                notes,
            },
            occurrence_of,
        }
    }
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

    /// Whether nothing is written in it yet (copy, link, media, notes): a new
    /// post left like this is not kept.
    pub fn is_blank(&self) -> bool {
        let c = &self.content;
        [&c.copy, &c.link, &c.media, &c.notes]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

/// One day of a series.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Occurrence {
    pub series: SeriesId,
    #[serde(deserialize_with = "crate::plan::stored::day")]
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_post_is_written_flat_and_read_back_whole() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 4).unwrap();
        let post = Post {
            id: PostId::parse("p1").unwrap(),
            at: day.and_hms_opt(9, 30, 0).unwrap(),
            content: PostContent {
                profile: Some(ProfileId::parse("pr").unwrap()),
                pillar: Some(PillarId::parse("pi").unwrap()),
                campaign: Some(CampaignId::parse("c").unwrap()),
                copy: "Fresh loaves at 7".into(),
                link: "https://example.com".into(),
                media: "photo of the counter".into(),
                owner: Some(MemberId::parse("m").unwrap()),
                status: PostStatus::Scheduled,
                notes: "ask Leo".into(),
            },
            occurrence_of: Some(Occurrence {
                series: SeriesId::parse("s").unwrap(),
                day,
            }),
        };
        let json = serde_json::to_value(&post).unwrap();
        assert_eq!(json["copy"], "Fresh loaves at 7");
        assert_eq!(json["status"], "scheduled");
        assert!(json.get("content").is_none());
        let back: Post = serde_json::from_value(json).unwrap();
        assert_eq!(back, post);
        // The fields a post may leave out, and one this version does not know.
        let bare: Post =
            serde_json::from_str(r#"{"id":"p2","at":"2027-03-04T09:30:00","later":1}"#).unwrap();
        assert_eq!(bare.content, PostContent::default());
        assert_eq!(bare.occurrence_of, None);
        assert!(serde_json::from_str::<Post>(r#"{"id":"p2"}"#).is_err());
    }
}
