//! What the plan learns: insights from the day-to-day work, each aimed at
//! the part of the strategy it should change, and the reviews that decide
//! what changes, on the strategy's review cadence.

use super::id::{CampaignId, InsightId, KpiId, ReviewId};
use super::measurement::ReviewCadence;
use super::plan::Plan;
use super::rules::Part;
use super::{dotted, said, said_n, words, Said, Title};
use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The result or campaign an insight came from.
/// Saved by its key ("kpi:i-1", "campaign:m-2").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum InsightSource {
    Kpi(KpiId),
    Campaign(CampaignId),
}

impl TryFrom<String> for InsightSource {
    type Error = String;

    fn try_from(key: String) -> Result<Self, String> {
        Self::from_key(&key).ok_or_else(|| format!("“{key}” is not a result or a campaign"))
    }
}

impl From<InsightSource> for String {
    fn from(source: InsightSource) -> String {
        source.key()
    }
}

impl InsightSource {
    /// Its name in a form's choices: "kpi:" or "campaign:" and the id.
    pub fn key(&self) -> String {
        match self {
            Self::Kpi(id) => format!("kpi:{id}"),
            Self::Campaign(id) => format!("campaign:{id}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        let (kind, id) = key.split_once(':')?;
        match kind {
            "kpi" => KpiId::parse(id).ok().map(Self::Kpi),
            "campaign" => CampaignId::parse(id).ok().map(Self::Campaign),
            _ => None,
        }
    }
}

/// A dated note of something learned, linked to the strategy part it should
/// change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Insight {
    pub id: InsightId,
    #[serde(deserialize_with = "super::stored::day")]
    pub day: NaiveDate,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub part: Option<Part>,
    #[serde(default)]
    pub source: Option<InsightSource>,
}

impl Insight {
    pub fn new(id: InsightId, day: NaiveDate) -> Self {
        Self {
            id,
            day,
            text: String::new(),
            part: None,
            source: None,
        }
    }

    pub fn title(&self) -> Title<'_> {
        Title::of(&self.text, words!("An insight not yet written"))
    }
}

/// A review of the strategy: when, what was decided, and the revisions made
/// since the one before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: ReviewId,
    #[serde(deserialize_with = "super::stored::day")]
    pub day: NaiveDate,
    /// When it was recorded, so the next one links only what came after.
    #[serde(deserialize_with = "super::stored::instant")]
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub decided: String,
    #[serde(default)]
    pub revisions: Vec<u32>,
}

/// When the next review of the strategy is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewDue {
    pub due: NaiveDate,
    pub cadence: ReviewCadence,
    /// Whether the day has come.
    pub now: bool,
}

impl ReviewDue {
    /// "A review is due: it was due on 1 Mar 2027 (monthly)." or "Next
    /// review by 1 Mar 2027 (monthly)."
    pub fn describe(&self, today: NaiveDate) -> Said {
        let cadence = self.cadence.in_a_sentence();
        let due = Said::day_year(self.due);
        match (self.now, self.due == today) {
            (true, true) => said!("A review of the strategy is due today ({}).", cadence),
            (true, false) => said!(
                "A review of the strategy is due: it was due on {} ({}).",
                due,
                cadence
            ),
            _ => said!("Next review of the strategy by {} ({}).", due, cadence),
        }
    }
}

impl ReviewCadence {
    /// The day a review on this cadence falls after `from`.
    pub fn after(self, from: NaiveDate) -> NaiveDate {
        match self {
            Self::Weekly => from.checked_add_days(Days::new(7)),
            Self::Monthly => from.checked_add_months(Months::new(1)),
            Self::Quarterly => from.checked_add_months(Months::new(3)),
        }
        .unwrap_or(from)
    }
}

impl Plan {
    /// The strategy is reviewed as often as its most often reviewed KPI.
    pub fn review_cadence(&self) -> Option<ReviewCadence> {
        self.strategy
            .measurement
            .kpis
            .iter()
            .filter_map(|k| k.review)
            .min_by_key(|c| c.after(NaiveDate::MIN))
    }

    /// When the next review is due: a cadence after the last review, or after
    /// the horizon's start before the first. `None` without a cadence or a
    /// horizon.
    pub fn review_due(&self, today: NaiveDate) -> Option<ReviewDue> {
        let cadence = self.review_cadence()?;
        let from = match self.reviews.iter().map(|r| r.day).max() {
            Some(last) => last,
            None => self.strategy.measurement.horizon?.start(),
        };
        let due = cadence.after(from);
        Some(ReviewDue {
            due,
            cadence,
            now: due <= today,
        })
    }

    /// A review recorded now: on `day`, at `at`, linking every revision made
    /// since the review recorded before it.
    pub fn new_review(
        &self,
        id: ReviewId,
        day: NaiveDate,
        at: DateTime<Utc>,
        decided: String,
    ) -> Review {
        let since = self.reviews.iter().map(|r| r.at).max();
        let revisions = self
            .revisions
            .list()
            .iter()
            .filter(|r| since.is_none_or(|since| r.to > since))
            .map(|r| r.number)
            .collect();
        Review {
            id,
            day,
            at,
            decided,
            revisions,
        }
    }

    pub fn insight(&self, id: &InsightId) -> Option<&Insight> {
        self.insights.iter().find(|i| &i.id == id)
    }

    /// The revisions made from an insight.
    pub fn revisions_from(&self, id: &InsightId) -> Vec<u32> {
        self.revisions
            .list()
            .iter()
            .filter(|r| r.insight.as_ref() == Some(id))
            .map(|r| r.number)
            .collect()
    }

    /// Revisions by number: "Revision 3 of the strategy.", "Revisions 3 and
    /// 4 of the strategy.", saying how many have since been folded into the
    /// earliest state kept; `None` when there are none.
    pub fn revisions_named(&self, numbers: &[u32]) -> Option<Said> {
        let (kept, folded): (Vec<u32>, Vec<u32>) = numbers
            .iter()
            .partition(|n| self.revisions.get(**n).is_some());
        let mut named: Vec<Said> = kept.iter().map(|n| Said::Number(*n as usize)).collect();
        let named = match named.len() {
            0 => None,
            1 => named
                .pop()
                .map(|one| said!("Revision {} of the strategy.", one)),
            _ => Some(said!(
                "Revisions {} of the strategy.",
                super::and_said(named)
            )),
        };
        let folded = (!folded.is_empty()).then(|| {
            said_n!(
                folded.len(),
                "{} revision since folded into the earliest state kept.",
                "{} revisions since folded into the earliest state kept."
            )
        });
        match (named, folded) {
            (Some(named), Some(folded)) => Some(said!("{} {}", named, folded)),
            (named, folded) => named.or(folded),
        }
    }

    /// What an insight came from, by name: "the KPI “Class bookings”".
    pub fn source_name(&self, source: &InsightSource) -> Option<Said> {
        match source {
            InsightSource::Kpi(id) => self
                .strategy
                .measurement
                .kpis
                .iter()
                .find(|k| &k.id == id)
                .map(|k| said!("the KPI “{}”", Said::value(k.name.trim()))),
            InsightSource::Campaign(id) => self
                .campaign(id)
                .map(|c| said!("the campaign “{}”", Said::from(c.title()))),
        }
    }

    /// The choices of where an insight came from: each named KPI, then each
    /// campaign, as (key, label) pairs.
    pub fn source_choices(&self) -> Vec<(String, Said)> {
        let kpis = self
            .strategy
            .measurement
            .kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .map(|k| InsightSource::Kpi(k.id.clone()));
        let campaigns = self
            .campaigns
            .iter()
            .map(|c| InsightSource::Campaign(c.id.clone()));
        kpis.chain(campaigns)
            .filter_map(|s| Some((s.key(), self.source_name(&s)?)))
            .collect()
    }
}

impl Plan {
    /// Where measuring stands, for the overview's workflow: "2 results off
    /// track · review due", "All on track", or "After your first results".
    pub fn measure_status(&self, today: NaiveDate) -> Said {
        use super::results::{judge, Standing};
        let strategy = &self.strategy;
        let mut standings: Vec<Standing> = strategy
            .measurement
            .kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .map(|k| judge(strategy.kpi_goal(k).as_ref(), &k.results, today).standing)
            .collect();
        standings.extend(
            self.campaigns
                .iter()
                .filter(|c| !c.archived)
                .filter_map(|c| {
                    let response = c.response.as_ref()?;
                    Some(judge(c.response_goal().as_ref(), &response.results, today).standing)
                }),
        );
        let off = standings
            .iter()
            .filter(|s| **s == Standing::OffTrack)
            .count();
        let measured = standings.iter().any(|s| *s != Standing::NoData);
        let status = match (off, measured) {
            (0, false) => said!("After your first results"),
            (0, true) => said!("All on track"),
            (n, _) => said_n!(n, "{} result off track", "{} results off track"),
        };
        match self.review_due(today).is_some_and(|d| d.now) {
            true => dotted(vec![status, said!("review due")]),
            false => status,
        }
    }
}
