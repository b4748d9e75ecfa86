//! The `Plan` aggregate: one brand's or client's strategy, campaigns and calendar.

use super::calendar::Calendar;
use super::campaign::Campaign;
use super::id::{InsightId, PlanId};
use super::learning::{Insight, Review};
use super::name::PlanName;
use super::piece::Piece;
use super::revisions::Revisions;
use super::said::{said, said_n, Said};
use super::strategy::Strategy;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: PlanId,
    pub name: PlanName,
    /// The brand or client the plan is for, when it differs from the plan's name.
    #[serde(default)]
    pub brand: String,
    /// A few lines on what this plan is for, in the user's words.
    #[serde(default)]
    pub about: String,
    /// The ISO code of the currency its money is counted in ("EUR"), or
    /// empty for plain numbers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub currency: String,
    #[serde(deserialize_with = "super::stored::instant")]
    pub created: DateTime<Utc>,
    #[serde(deserialize_with = "super::stored::instant")]
    pub updated: DateTime<Utc>,
    #[serde(default)]
    pub strategy: Piece<Strategy>,
    /// Each campaign on its own, so an edit to one copies only that one.
    #[serde(default)]
    pub campaigns: Piece<Vec<Piece<Campaign>>>,
    #[serde(default)]
    pub calendar: Calendar,
    /// What was learned, newest last (schema version 6).
    #[serde(default)]
    pub insights: Piece<Vec<Insight>>,
    /// The strategy's reviews, in the order recorded (version 6).
    #[serde(default)]
    pub reviews: Piece<Vec<Review>>,
    /// The strategy's history (version 6).
    #[serde(default)]
    pub revisions: Piece<Revisions>,
    /// The insight the strategy is being adapted from, while it is: the
    /// revisions made meanwhile link back to it.
    #[serde(default)]
    pub adapting: Option<InsightId>,
}

impl Plan {
    /// An empty plan, created at `at` (the shell's clock, never ours).
    pub fn new(id: PlanId, name: PlanName, at: DateTime<Utc>) -> Self {
        Self {
            id,
            name,
            brand: String::new(),
            about: String::new(),
            currency: String::new(),
            created: at,
            updated: at,
            strategy: Piece::default(),
            campaigns: Piece::default(),
            calendar: Calendar::default(),
            insights: Piece::default(),
            reviews: Piece::default(),
            revisions: Piece::default(),
            adapting: None,
        }
    }

    /// Counts shown on the Plans page, so a user can tell plans apart at a glance.
    pub fn summary(&self) -> PlanSummary {
        PlanSummary {
            objectives: self.strategy.objectives.len(),
            personas: self.strategy.personas.len(),
            profiles: self.strategy.profiles.len(),
            campaigns: self.campaigns.len(),
            posts: self.calendar.len() - self.calendar.tasks.len(),
            tasks: self.calendar.tasks.len(),
        }
    }
}

/// "2,412": a count with its thousands grouped.
pub fn thousands(n: usize) -> String {
    super::values::ENGLISH_MARKS.whole(n as u64)
}

/// "a", "a and b", "a, b and c": items as a sentence lists them, in
/// English (`Said`'s list, of values).
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    let items = items.iter().map(|s| super::Said::value(s.as_ref()));
    super::and_said(items.collect()).to_string()
}

/// "1 campaign", "3 posts", "18,000 posts".
pub fn counted(n: usize, noun: &str) -> String {
    let plural = if n == 1 { "" } else { "s" };
    format!("{} {noun}{plural}", thousands(n))
}

impl PlanSummary {
    /// "2 objectives, 1 profile, 1 campaign": what an incoming plan's
    /// strategy and campaigns hold, as an import lists it.
    pub fn outline(&self) -> Said {
        said!(
            "{}, {}, {}",
            said_n!(self.objectives, "{} objective", "{} objectives"),
            said_n!(self.profiles, "{} profile", "{} profiles"),
            said_n!(self.campaigns, "{} campaign", "{} campaigns")
        )
    }

    /// What the plan holds, as the Plans page lists it: only what there is.
    pub fn contents(&self) -> Vec<Said> {
        let mut contents = Vec::new();
        if self.campaigns > 0 {
            contents.push(said_n!(self.campaigns, "{} campaign", "{} campaigns"));
        }
        if self.posts > 0 {
            contents.push(said_n!(self.posts, "{} post", "{} posts"));
        }
        if self.tasks > 0 {
            contents.push(said_n!(self.tasks, "{} task", "{} tasks"));
        }
        contents
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlanSummary {
    pub objectives: usize,
    pub personas: usize,
    pub profiles: usize,
    pub campaigns: usize,
    /// Posts, a series counting each of its days.
    pub posts: usize,
    pub tasks: usize,
}
