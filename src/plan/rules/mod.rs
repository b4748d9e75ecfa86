//! The rules that judge a strategy: each finding says how serious it is, which
//! rule it breaks, where, what is wrong, and what to do instead.

mod audience;
mod campaigns;
mod channels;
mod content;
mod measurement;
mod objectives;
mod people;
mod response;
mod story;

pub(crate) use audience::capitalised;
pub use campaigns::purpose_fits;

use super::strategy::Strategy;
use crate::plan::Said;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something the part needs before it is complete.
    Missing,
    /// Something present that is probably wrong.
    Warning,
    /// Worth knowing, not necessarily wrong.
    Note,
}

/// The eight parts of a strategy, in the order the page shows them.
/// Saved by its slug, so reading it takes no code of its own.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Part {
    Objectives,
    Audience,
    Channels,
    Story,
    Content,
    People,
    Response,
    Measurement,
    /// A campaign's brief; not one of the strategy's eight parts.
    Campaign,
    /// The calendar's entries, weeks and mix.
    Calendar,
}

impl TryFrom<String> for Part {
    type Error = String;

    fn try_from(slug: String) -> Result<Self, String> {
        Self::from_slug(&slug).ok_or_else(|| format!("“{slug}” is not a part of the strategy"))
    }
}

impl From<Part> for &'static str {
    fn from(part: Part) -> &'static str {
        part.slug()
    }
}

impl Part {
    pub const ALL: [Part; 8] = [
        Self::Objectives,
        Self::Audience,
        Self::Channels,
        Self::Story,
        Self::Content,
        Self::People,
        Self::Response,
        Self::Measurement,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Self::Objectives => "Business objectives",
            Self::Audience => "Audience",
            Self::Channels => "Channels",
            Self::Story => "Story and key messages",
            Self::Content => "Content strategy",
            Self::People => "People and tools",
            Self::Response => "Customer response plan",
            Self::Measurement => "Measurement",
            Self::Campaign => "Campaign brief",
            Self::Calendar => "Calendar",
        }
    }

    /// The strategy's parts before and after this one, in page order: `None`
    /// at either end, and both for a brief or the calendar.
    pub fn beside(self) -> (Option<Part>, Option<Part>) {
        match Self::ALL.iter().position(|p| *p == self) {
            Some(at) => (
                at.checked_sub(1).map(|before| Self::ALL[before]),
                Self::ALL.get(at + 1).copied(),
            ),
            None => (None, None),
        }
    }

    /// The strategy part a slug names (the eight only).
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// A short name for anchors and keys.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Objectives => "objectives",
            Self::Audience => "audience",
            Self::Channels => "channels",
            Self::Story => "story",
            Self::Content => "content",
            Self::People => "people",
            Self::Response => "response",
            Self::Measurement => "measurement",
            Self::Campaign => "campaign",
            Self::Calendar => "calendar",
        }
    }
}

/// Where a finding points: a part, the item in it (by id), and the field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    pub part: Part,
    pub item: Option<String>,
    pub field: &'static str,
}

impl Place {
    pub fn part(part: Part, field: &'static str) -> Self {
        Self {
            part,
            item: None,
            field,
        }
    }

    pub fn item(part: Part, item: impl ToString, field: &'static str) -> Self {
        Self {
            part,
            item: Some(item.to_string()),
            field,
        }
    }

    /// The id of the element that holds the field, shared by the rules and the
    /// page so a finding can take the user straight to it.
    pub fn anchor(&self) -> String {
        anchor(self.part, self.item.as_deref(), self.field)
    }
}

pub fn anchor(part: Part, item: Option<&str>, field: &str) -> String {
    match item {
        Some(item) => format!("smp-{}-{item}-{field}", part.slug()),
        None => format!("smp-{}-{field}", part.slug()),
    }
}

/// Each rule, so tests and the page can tell findings apart without reading prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    PartEmpty,
    FieldMissing,
    VanityObjective,
    AwarenessOnPlatformCount,
    DeadlineOutsideHorizon,
    DeadlinePassed,
    TargetIsBaseline,
    PersonaWithoutPainPoint,
    ProfileWithoutPurpose,
    ProfileWithTwoPurposes,
    MissionAgainstPurpose,
    DuplicateProfile,
    ProfileWithoutOwner,
    ProfileWithoutResponseTime,
    TooManyKeyMessages,
    PillarWithoutObjective,
    MixNotWhole,
    CadenceUnstaffed,
    KpiWithoutObjective,
    KpiReadFromItsChannel,
    ToolWithoutRole,
    NoMeasuringTool,
    HorizonTooShort,
    CampaignTooLong,
    CampaignOutsideHorizon,
    ResponseWithoutNumber,
    VanityResponse,
    TacticAgainstPurpose,
    SpendOverBudget,
    BrokenLink,
    CadenceOff,
    PostsTooClose,
    OwnerNotOnProfile,
    Gap,
    MixOff,
    PostAgainstPurpose,
    PostOutsideCampaign,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub rule: Rule,
    pub place: Place,
    pub message: Said,
    pub suggestion: Option<Said>,
}

impl Finding {
    pub fn missing(rule: Rule, place: Place, message: Said) -> Self {
        Self {
            severity: Severity::Missing,
            rule,
            place,
            message,
            suggestion: None,
        }
    }

    pub fn warning(rule: Rule, place: Place, message: Said) -> Self {
        Self {
            severity: Severity::Warning,
            rule,
            place,
            message,
            suggestion: None,
        }
    }

    pub fn note(rule: Rule, place: Place, message: Said) -> Self {
        Self {
            severity: Severity::Note,
            rule,
            place,
            message,
            suggestion: None,
        }
    }

    pub fn suggest(mut self, suggestion: Said) -> Self {
        self.suggestion = Some(suggestion);
        self
    }
}

/// How a check names a thing: `this` ("this persona") while it has no name,
/// else `the` ("the persona “{}”") with its name.
pub(crate) fn called(this: &'static str, the: &'static str, name: &str) -> Said {
    match name.trim() {
        "" => Said::Text(this, Vec::new()),
        name => Said::Text(the, vec![Said::value(name)]),
    }
}

impl Strategy {
    /// Everything the rules find, part by part, in page order. `today` comes from
    /// the shell: the domain never reads a clock.
    pub fn findings(&self, today: NaiveDate) -> Vec<Finding> {
        let mut found = Vec::new();
        objectives::judge(self, today, &mut found);
        audience::judge(self, &mut found);
        channels::judge(self, &mut found);
        story::judge(self, &mut found);
        content::judge(self, &mut found);
        people::judge(self, &mut found);
        response::judge(self, &mut found);
        measurement::judge(self, &mut found);
        found
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use chrono::NaiveDate;

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    pub const TODAY: (i32, u32, u32) = (2026, 11, 23);

    pub fn today() -> NaiveDate {
        day(TODAY.0, TODAY.1, TODAY.2)
    }

    /// The findings of one rule, as (field, item) pairs.
    pub fn of(strategy: &Strategy, rule: Rule) -> Vec<Finding> {
        strategy
            .findings(today())
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    pub fn fields(strategy: &Strategy, rule: Rule) -> Vec<&'static str> {
        of(strategy, rule).iter().map(|f| f.place.field).collect()
    }

    /// The fields one rule points at within one part.
    pub fn fields_in(strategy: &Strategy, part: Part, rule: Rule) -> Vec<&'static str> {
        of(strategy, rule)
            .iter()
            .filter(|f| f.place.part == part)
            .map(|f| f.place.field)
            .collect()
    }
}
