//! Campaigns: short, targeted efforts that stand on the strategy — the brief,
//! its tactics, its status on a given day, and its short-term return.

use super::dates::DateRange;
use super::id::{CampaignId, KeyMessageId, MemberId, ObjectiveId, PersonaId, ProfileId, TacticId};
use super::strategy::Strategy;
use super::{said, said_n, words, Said, Title};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// The kinds of targeted response a campaign can drive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseKind {
    PageViews,
    SignUps,
    Leads,
    /// Sales of a named product.
    Sales,
    EventAttendance,
    /// Another metric, by the name the user gave it.
    Other,
}

impl ResponseKind {
    /// Its label inside a sentence, in lower case: "page views".
    pub fn in_a_sentence(self) -> Said {
        match self {
            Self::PageViews => said!("page views"),
            Self::SignUps => said!("sign-ups"),
            Self::Leads => said!("leads"),
            Self::Sales => said!("sales of a product"),
            Self::EventAttendance => said!("event attendance"),
            Self::Other => said!("another metric"),
        }
    }

    pub const ALL: [ResponseKind; 6] = [
        Self::PageViews,
        Self::SignUps,
        Self::Leads,
        Self::Sales,
        Self::EventAttendance,
        Self::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::PageViews => "Page views",
            Self::SignUps => "Sign-ups",
            Self::Leads => "Leads",
            Self::Sales => "Sales of a product",
            Self::EventAttendance => "Event attendance",
            Self::Other => "Another metric",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::PageViews => "page_views",
            Self::SignUps => "sign_ups",
            Self::Leads => "leads",
            Self::Sales => "sales",
            Self::EventAttendance => "event",
            Self::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the response needs a name: the product sold, or the metric.
    pub fn named(self) -> bool {
        matches!(self, Self::Sales | Self::Other)
    }

    /// What the name field is called: "Product" for sales, else "Metric".
    pub fn name_label(self) -> &'static str {
        match self {
            Self::Sales => "Product",
            _ => "Metric",
        }
    }
}

/// The one targeted response a campaign drives, and how many it aims for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetedResponse {
    pub kind: ResponseKind,
    /// The product (for sales) or the metric (for another metric).
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub target: Option<f64>,
    /// The responses actually counted, one value per day, in order (schema
    /// version 5).
    #[serde(default)]
    pub results: Vec<super::results::Reading>,
}

impl TargetedResponse {
    /// "Sales of Sourdough kits", "Sign-ups", or the user's own metric.
    pub fn describe(&self) -> Said {
        let name = self.name.trim();
        match self.kind {
            ResponseKind::Sales if !name.is_empty() => said!("Sales of {}", Said::value(name)),
            ResponseKind::Other if !name.is_empty() => Said::value(name),
            kind => Said::label(kind.label()),
        }
    }

    /// What it is inside a sentence, in lower case: "sales of sourdough
    /// kits", "sign-ups".
    pub fn in_a_sentence(&self) -> Said {
        let name = self.name.trim().to_ascii_lowercase();
        match self.kind {
            ResponseKind::Sales if !name.is_empty() => said!("sales of {}", Said::Value(name)),
            ResponseKind::Other if !name.is_empty() => Said::Value(name),
            kind => kind.in_a_sentence(),
        }
    }

    /// What it is with the number aimed for: "Sign-ups: 1,200".
    pub fn summary(&self) -> Said {
        match self.target {
            Some(target) => said!("{}: {}", self.describe(), Said::Figure(target)),
            None => self.describe(),
        }
    }
}

/// The key message: one of the strategy's, or one written for this campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignMessage {
    FromStrategy(KeyMessageId),
    Own(String),
}

impl CampaignMessage {
    /// The choice of a message of the campaign's own.
    pub const OWN_KEY: &'static str = "own";

    /// The choice of one of the strategy's key messages: "k:<id>".
    pub fn strategy_key(id: &KeyMessageId) -> String {
        format!("k:{id}")
    }

    /// The choice this message is.
    pub fn key(&self) -> String {
        match self {
            Self::FromStrategy(id) => Self::strategy_key(id),
            Self::Own(_) => Self::OWN_KEY.to_owned(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TacticKind {
    Content,
    PaidAds,
    Partnership,
    Community,
}

impl TacticKind {
    pub const ALL: [TacticKind; 4] = [
        Self::Content,
        Self::PaidAds,
        Self::Partnership,
        Self::Community,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Content => "Content pieces",
            Self::PaidAds => "Paid ads",
            Self::Partnership => "Partnerships and influencers",
            Self::Community => "Community engagement",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Content => "content",
            Self::PaidAds => "paid",
            Self::Partnership => "partnership",
            Self::Community => "community",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// What its money is called: "Ad spend" for paid ads, else "Cost".
    pub fn spend_label(self) -> &'static str {
        match self {
            Self::PaidAds => "Ad spend",
            _ => "Cost",
        }
    }
}

/// One thing the campaign does, on one of its profiles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tactic {
    pub id: TacticId,
    pub kind: TacticKind,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub profile: Option<ProfileId>,
    /// Money planned for it; what paid ads are to cost.
    #[serde(default)]
    pub spend: Option<f64>,
    /// What was actually spent on it, entered as the campaign runs (schema
    /// version 6).
    #[serde(default)]
    pub actual_spend: Option<f64>,
}

impl Tactic {
    pub fn new(id: TacticId, kind: TacticKind) -> Self {
        Self {
            id,
            kind,
            description: String::new(),
            profile: None,
            spend: None,
            actual_spend: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: CampaignId,
    #[serde(default)]
    pub name: String,
    pub dates: DateRange,
    #[serde(default)]
    pub objective: Option<ObjectiveId>,
    #[serde(default)]
    pub response: Option<TargetedResponse>,
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    #[serde(default)]
    pub profiles: Vec<ProfileId>,
    #[serde(default)]
    pub message: Option<CampaignMessage>,
    #[serde(default)]
    pub call_to_action: String,
    #[serde(default)]
    pub offer: String,
    #[serde(default)]
    pub tactics: Vec<Tactic>,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(default)]
    pub budget: Option<f64>,
    #[serde(default)]
    pub expected_return: Option<f64>,
    /// Entered once the campaign has run.
    #[serde(default)]
    pub actual_return: Option<f64>,
    /// Costs actually paid beyond the paid tactics' spend: production,
    /// prizes, a photographer (schema version 6).
    #[serde(default)]
    pub other_costs: Option<f64>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CampaignStatus {
    Planned,
    Running,
    Finished,
}

impl CampaignStatus {
    pub const ALL: [CampaignStatus; 3] = [Self::Planned, Self::Running, Self::Finished];

    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::Running => "Running",
            Self::Finished => "Finished",
        }
    }
}

/// A return on investment: (return − cost) / cost, or why it cannot be said.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Roi {
    /// As a fraction: 0.5 is +50%.
    Known(f64),
    /// The return or the cost is not entered yet.
    NotYetKnown,
    /// Nothing was spent, so a ratio means nothing.
    NoCost,
}

impl Roi {
    pub fn of(cost: Option<f64>, gained: Option<f64>) -> Self {
        match (cost, gained) {
            (Some(0.0), _) => Self::NoCost,
            (Some(cost), Some(gained)) => Self::Known((gained - cost) / cost),
            _ => Self::NotYetKnown,
        }
    }

    /// "+50%", "−20%", "not yet known", "no cost".
    pub fn describe(self) -> Said {
        match self {
            Self::Known(ratio) => {
                let percent = (ratio * 100.0).round();
                let figure = Said::Figure(percent.abs());
                if percent > 0.0 {
                    said!("+{}%", figure)
                } else if percent < 0.0 {
                    said!("−{}%", figure)
                } else {
                    said!("{}%", figure)
                }
            }
            Self::NotYetKnown => said!("not yet known"),
            Self::NoCost => said!("no cost to measure against"),
        }
    }

    /// How it reads: "gain" (zero included), "loss", or "unknown".
    pub fn tone(self) -> &'static str {
        match self {
            Self::Known(r) if r >= 0.0 => "gain",
            Self::Known(_) => "loss",
            _ => "unknown",
        }
    }
}

impl Campaign {
    pub fn new(id: CampaignId, dates: DateRange) -> Self {
        Self {
            id,
            name: String::new(),
            dates,
            objective: None,
            response: None,
            personas: Vec::new(),
            profiles: Vec::new(),
            message: None,
            call_to_action: String::new(),
            offer: String::new(),
            tactics: Vec::new(),
            owner: None,
            budget: None,
            expected_return: None,
            actual_return: None,
            other_costs: None,
            notes: String::new(),
            archived: false,
        }
    }

    /// Whether nothing is written or chosen in it yet (its dates aside): a new
    /// campaign left like this is not kept.
    pub fn is_blank(&self) -> bool {
        let unnamed = Campaign {
            name: String::new(),
            ..self.clone()
        };
        self.name.trim().is_empty() && unnamed == Campaign::new(self.id.clone(), self.dates)
    }

    /// Its name, or "Untitled campaign" while it has none.
    pub fn title(&self) -> Title<'_> {
        Title::of(&self.name, words!("Untitled campaign"))
    }

    /// "Archived", or its status on `today`.
    pub fn status_label(&self, today: NaiveDate) -> &'static str {
        match self.archived {
            true => "Archived",
            false => self.status(today).label(),
        }
    }

    pub fn status(&self, today: NaiveDate) -> CampaignStatus {
        if today < self.dates.start() {
            CampaignStatus::Planned
        } else if today <= self.dates.end() {
            CampaignStatus::Running
        } else {
            CampaignStatus::Finished
        }
    }

    /// What paid tactics spend, in total.
    pub fn paid_spend(&self) -> f64 {
        self.tactics
            .iter()
            .filter(|t| t.kind == TacticKind::PaidAds)
            .filter_map(|t| t.spend)
            .sum()
    }

    pub fn expected_roi(&self) -> Roi {
        Roi::of(self.budget, self.expected_return)
    }

    /// What was actually spent: the paid tactics' actual spend plus the
    /// other costs; `None` while nothing of it is entered.
    pub fn actual_cost(&self) -> Option<f64> {
        let paid: Vec<f64> = self
            .tactics
            .iter()
            .filter(|t| t.kind == TacticKind::PaidAds)
            .filter_map(|t| t.actual_spend)
            .collect();
        match (paid.is_empty(), self.other_costs) {
            (true, None) => None,
            (_, other) => Some(paid.iter().sum::<f64>() + other.unwrap_or(0.0)),
        }
    }

    /// The return on what was actually spent, not on the budget.
    pub fn actual_roi(&self) -> Roi {
        Roi::of(self.actual_cost(), self.actual_return)
    }

    /// What the campaign's results count, said beside its chart: "Leads,
    /// aimed at 30 over 1 Mar – 30 Apr 2027."
    pub fn response_about(&self) -> Option<Said> {
        let response = self.response.as_ref()?;
        let span = Said::Span(self.dates);
        Some(match response.target {
            Some(target) => said!(
                "{}, aimed at {} over {}.",
                response.describe(),
                Said::Figure(target),
                span
            ),
            None => said!(
                "{} over {}, with no number aimed at yet: give it a target in the brief.",
                response.describe(),
                span
            ),
        })
    }

    /// Where the campaign's targeted response should be going: from none at
    /// its start to its target by its end.
    pub fn response_goal(&self) -> Option<super::results::Goal> {
        let target = self.response.as_ref()?.target?;
        Some(super::results::Goal {
            start: self.dates.start(),
            baseline: 0.0,
            deadline: self.dates.end(),
            target,
        })
    }

    /// A new campaign's first dates: a month from today, or from the start of
    /// the strategy's horizon when that is still to come.
    pub fn first_dates(today: NaiveDate, horizon: Option<DateRange>) -> DateRange {
        let start = horizon.map_or(today, |h| today.max(h.start()));
        DateRange::months_from(start, 1)
    }

    /// Sets the kind of response it drives, keeping the name and target of
    /// the one it had; `None` drives none.
    pub fn set_response_kind(&mut self, kind: Option<ResponseKind>) {
        self.response = kind.map(|kind| match self.response.take() {
            Some(old) => TargetedResponse { kind, ..old },
            None => TargetedResponse {
                kind,
                name: String::new(),
                target: None,
                results: Vec::new(),
            },
        });
    }

    /// Chooses its key message by the choice's key (see `CampaignMessage::key`):
    /// its own keeps any text written; no choice, or an unknown one, clears it.
    pub fn choose_message(&mut self, key: Option<&str>) {
        self.message = match key {
            Some(CampaignMessage::OWN_KEY) => {
                Some(CampaignMessage::Own(match self.message.take() {
                    Some(CampaignMessage::Own(text)) => text,
                    _ => String::new(),
                }))
            }
            Some(key) => key
                .strip_prefix("k:")
                .and_then(|id| KeyMessageId::parse(id).ok())
                .map(CampaignMessage::FromStrategy),
            None => None,
        };
    }

    /// How many of its personas the strategy no longer has.
    pub fn lost_personas(&self, strategy: &Strategy) -> usize {
        let lost = self.personas.iter().filter(|id| !has_persona(strategy, id));
        lost.count()
    }

    /// How many of its profiles the strategy no longer has.
    pub fn lost_profiles(&self, strategy: &Strategy) -> usize {
        let lost = self.profiles.iter().filter(|id| !has_profile(strategy, id));
        lost.count()
    }

    /// Drops the links to personas the strategy no longer has.
    pub fn drop_lost_personas(&mut self, strategy: &Strategy) {
        self.personas.retain(|id| has_persona(strategy, id));
    }

    /// Drops the links to profiles the strategy no longer has.
    pub fn drop_lost_profiles(&mut self, strategy: &Strategy) {
        self.profiles.retain(|id| has_profile(strategy, id));
    }

    /// A new tactic for it: content, on its profile when it runs on only one.
    pub fn new_tactic(&self, id: TacticId) -> Tactic {
        let mut tactic = Tactic::new(id, TacticKind::Content);
        if let [only] = self.profiles.as_slice() {
            tactic.profile = Some(only.clone());
        }
        tactic
    }

    /// Replaces the tactic with the same id, or adds it at the end.
    pub fn put_tactic(&mut self, tactic: Tactic) {
        match self.tactics.iter_mut().find(|t| t.id == tactic.id) {
            Some(slot) => *slot = tactic,
            None => self.tactics.push(tactic),
        }
    }

    pub fn remove_tactic(&mut self, id: &TacticId) {
        self.tactics.retain(|t| &t.id != id);
    }

    /// A copy to run again next quarter: dates three months on, results cleared,
    /// every tactic with a fresh id from `fresh`.
    /// Its name says so with `again`, in the language shown: "Spring
    /// (again)"; an untitled one's copy stays untitled.
    pub fn run_again(
        &self,
        id: CampaignId,
        again: &str,
        mut fresh: impl FnMut() -> TacticId,
    ) -> Self {
        let shift = |day: NaiveDate| day.checked_add_months(Months::new(3)).unwrap_or(day);
        let dates = DateRange::new(shift(self.dates.start()), shift(self.dates.end()))
            .unwrap_or(self.dates);
        Self {
            id,
            name: match self.name.trim() {
                "" => String::new(),
                name => format!("{name} ({again})"),
            },
            dates,
            actual_return: None,
            other_costs: None,
            archived: false,
            // The same response aimed for, counted afresh.
            response: self.response.clone().map(|r| TargetedResponse {
                results: Vec::new(),
                ..r
            }),
            tactics: self
                .tactics
                .iter()
                .map(|t| Tactic {
                    id: fresh(),
                    actual_spend: None,
                    ..t.clone()
                })
                .collect(),
            ..self.clone()
        }
    }
}

fn has_persona(strategy: &Strategy, id: &PersonaId) -> bool {
    strategy.personas.iter().any(|p| &p.id == id)
}

fn has_profile(strategy: &Strategy, id: &ProfileId) -> bool {
    strategy.profiles.iter().any(|p| &p.id == id)
}

/// Something in the strategy a campaign can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrategyLink<'a> {
    Objective(&'a ObjectiveId),
    Persona(&'a PersonaId),
    Profile(&'a ProfileId),
    KeyMessage(&'a KeyMessageId),
    Member(&'a MemberId),
}

impl Campaign {
    pub fn uses(&self, link: StrategyLink) -> bool {
        match link {
            StrategyLink::Objective(id) => self.objective.as_ref() == Some(id),
            StrategyLink::Persona(id) => self.personas.contains(id),
            StrategyLink::Profile(id) => {
                self.profiles.contains(id)
                    || self.tactics.iter().any(|t| t.profile.as_ref() == Some(id))
            }
            StrategyLink::KeyMessage(id) => {
                self.message == Some(CampaignMessage::FromStrategy(id.clone()))
            }
            StrategyLink::Member(id) => self.owner.as_ref() == Some(id),
        }
    }
}

impl super::plan::Plan {
    /// Where campaigns stand on `today`, for the overview's workflow: "1
    /// running · 2 planned", or "No campaigns yet".
    pub fn campaigns_status(&self, today: NaiveDate) -> Said {
        let live: Vec<CampaignStatus> = self
            .campaigns
            .iter()
            .filter(|c| !c.archived)
            .map(|c| c.status(today))
            .collect();
        let count = |status: CampaignStatus| live.iter().filter(|s| **s == status).count();
        let running = count(CampaignStatus::Running);
        let planned = count(CampaignStatus::Planned);
        let finished = count(CampaignStatus::Finished);
        let parts: Vec<Said> = [
            (running > 0).then(|| said!("{} running", Said::Number(running))),
            (planned > 0).then(|| said!("{} planned", Said::Number(planned))),
            (finished > 0).then(|| said!("{} finished", Said::Number(finished))),
        ]
        .into_iter()
        .flatten()
        .collect();
        match parts.is_empty() {
            true => said!("No campaigns yet"),
            false => super::dotted(parts),
        }
    }
}

impl super::plan::Plan {
    /// The campaigns that point at something in the strategy, in words, so the
    /// user can be told before removing it.
    pub fn campaigns_using(&self, link: StrategyLink) -> Vec<Said> {
        self.campaigns
            .iter()
            .filter(|c| c.uses(link))
            .map(|c| said!("campaign “{}”", Said::from(c.title())))
            .collect()
    }

    /// A campaign in a line of facts, after its dates: the objective it
    /// serves and its targeted response with the number aimed for.
    pub fn campaign_facts(&self, campaign: &Campaign) -> Vec<Said> {
        let objective = campaign
            .objective
            .as_ref()
            .and_then(|id| self.strategy.objective(id))
            .map(|o| said!("Serves: {}", Said::from(o.title())));
        objective
            .into_iter()
            .chain(campaign.response.as_ref().map(TargetedResponse::summary))
            .collect()
    }

    /// How far a campaign's brief is from done, in a few words: "Brief
    /// complete", "2 missing", "1 warning", "2 missing, 3 warnings".
    pub fn brief_summary(&self, campaign: &Campaign) -> Said {
        let findings = self.campaign_findings(campaign);
        let warnings = findings
            .iter()
            .filter(|f| f.severity == super::Severity::Warning)
            .count();
        let warned = said_n!(warnings, "{} warning", "{} warnings");
        match (findings.len() - warnings, warnings) {
            (0, 0) => said!("Brief complete"),
            (m, 0) => said!("{} missing", Said::Number(m)),
            (0, _) => warned,
            (m, _) => said!("{} missing, {}", Said::Number(m), warned),
        }
    }

    /// A campaign's key message in words: its own, or the strategy's it
    /// chose ("" when none, or one since removed).
    pub fn campaign_message<'a>(&'a self, campaign: &'a Campaign) -> &'a str {
        match &campaign.message {
            Some(CampaignMessage::Own(text)) => text.trim(),
            Some(CampaignMessage::FromStrategy(id)) => self
                .strategy
                .story
                .key_messages
                .iter()
                .find(|m| &m.id == id)
                .map_or("", |m| m.text.trim()),
            None => "",
        }
    }

    pub fn campaign(&self, id: &CampaignId) -> Option<&Campaign> {
        self.campaigns.iter().find(|c| &c.id == id).map(|c| &**c)
    }
}
