//! The calendar's address: which view, which day, which filters and which
//! entry is open, as one typed value with one parser and one printer, so a
//! view can be bookmarked and shared (`#/calendar?view=week&date=2027-03-01`).
//! Whatever the address holds that makes no sense is dropped, never an error:
//! an old bookmark still opens the calendar.

use super::entry::EntryKey;
use super::filter::{CampaignChoice, Dimension, Filter};
use super::post::PostStatus;
use super::weeks::{month_grid, week_of};
use crate::plan::dates::DateRange;
use crate::plan::id::{CampaignId, MemberId, PillarId, ProfileId};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// Days the list view covers from its start date.
pub const LIST_DAYS: i64 = 90;

/// How the calendar shows its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Month,
    Week,
    List,
}

impl View {
    pub const ALL: [View; 3] = [View::Month, View::Week, View::List];

    /// The view's word in the address.
    pub fn key(self) -> &'static str {
        match self {
            Self::Month => "month",
            Self::Week => "week",
            Self::List => "list",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.key() == key)
    }

    /// The view's name on its button.
    pub fn label(self) -> &'static str {
        match self {
            Self::Month => "Month",
            Self::Week => "Week",
            Self::List => "List",
        }
    }

    /// The days shown around `anchor`: whole weeks covering its month, its
    /// week, or the list's days from it.
    pub fn range(self, anchor: NaiveDate, week_start: Weekday) -> DateRange {
        match self {
            Self::Month => month_grid(anchor, week_start),
            Self::Week => week_of(anchor, week_start),
            Self::List => DateRange::new(anchor, anchor + Duration::days(LIST_DAYS - 1))
                .unwrap_or(DateRange::day(anchor)),
        }
    }

    /// The day "Earlier" or "Later" moves to: a month (from its first day), a
    /// week, or the list's length.
    pub fn shifted(self, anchor: NaiveDate, forward: bool) -> NaiveDate {
        let first = anchor.with_day(1).unwrap_or(anchor);
        let moved = match (self, forward) {
            (Self::Month, true) => first.checked_add_months(Months::new(1)),
            (Self::Month, false) => first.checked_sub_months(Months::new(1)),
            (Self::Week, true) => anchor.checked_add_signed(Duration::days(7)),
            (Self::Week, false) => anchor.checked_sub_signed(Duration::days(7)),
            (Self::List, true) => anchor.checked_add_signed(Duration::days(LIST_DAYS)),
            (Self::List, false) => anchor.checked_sub_signed(Duration::days(LIST_DAYS)),
        };
        moved.unwrap_or(anchor)
    }
}

impl CampaignChoice {
    /// The choice's word in the address: `evergreen`, or the campaign's id.
    pub fn key(&self) -> String {
        match self {
            Self::Evergreen => super::filter::EVERGREEN.to_owned(),
            Self::Campaign(id) => id.to_string(),
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            super::filter::EVERGREEN => Some(Self::Evergreen),
            id => CampaignId::parse(id).ok().map(Self::Campaign),
        }
    }
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Profile,
        Dimension::Campaign,
        Dimension::Pillar,
        Dimension::Owner,
        Dimension::Status,
    ];

    /// The dimension's name in the address.
    pub fn key(self) -> &'static str {
        match self {
            Self::Profile => "profile",
            Self::Campaign => "campaign",
            Self::Pillar => "pillar",
            Self::Owner => "owner",
            Self::Status => "status",
        }
    }

    /// The dimension's name on its filter.
    pub fn label(self) -> &'static str {
        match self {
            Self::Profile => "Profile",
            Self::Campaign => "Campaign",
            Self::Pillar => "Pillar",
            Self::Owner => "Owner",
            Self::Status => "Status",
        }
    }
}

impl Filter {
    /// What the filter holds on one dimension, as its key (a select's value).
    pub fn key(&self, dimension: Dimension) -> Option<String> {
        match dimension {
            Dimension::Profile => self.profile.as_ref().map(|id| id.to_string()),
            Dimension::Campaign => self.campaign.as_ref().map(CampaignChoice::key),
            Dimension::Pillar => self.pillar.as_ref().map(|id| id.to_string()),
            Dimension::Owner => self.owner.as_ref().map(|id| id.to_string()),
            Dimension::Status => self.status.map(|s| s.key().to_owned()),
        }
    }

    /// Sets one dimension from its key; no key, or one that makes no sense,
    /// clears it.
    pub fn set_key(&mut self, dimension: Dimension, key: Option<&str>) {
        let key = key.filter(|k| !k.is_empty());
        match dimension {
            Dimension::Profile => self.profile = key.and_then(|k| ProfileId::parse(k).ok()),
            Dimension::Campaign => self.campaign = key.and_then(CampaignChoice::from_key),
            Dimension::Pillar => self.pillar = key.and_then(|k| PillarId::parse(k).ok()),
            Dimension::Owner => self.owner = key.and_then(|k| MemberId::parse(k).ok()),
            Dimension::Status => self.status = key.and_then(PostStatus::from_key),
        }
    }
}

/// Everything the calendar's address says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    pub view: View,
    /// The day the view is around; `None` is today.
    pub date: Option<NaiveDate>,
    pub filter: Filter,
    /// The entry open in the side panel.
    pub item: Option<EntryKey>,
    /// The list view's page, from 1; `None` is the first.
    pub page: Option<usize>,
}

impl Address {
    /// Reads an address's query (with or without its leading `?`).
    pub fn parse(query: &str) -> Self {
        let mut address = Self::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match decode(name).as_str() {
                "view" => address.view = View::from_key(&value).unwrap_or_default(),
                "date" => address.date = crate::plan::when::parse_iso_day(&value),
                "item" => address.item = EntryKey::from_param(&value),
                "page" => address.page = value.parse().ok().filter(|p| *p > 1),
                name => {
                    if let Some(d) = Dimension::ALL.into_iter().find(|d| d.key() == name) {
                        address.filter.set_key(d, Some(&value));
                    }
                }
            }
        }
        address
    }

    /// The address's parts in order, leaving out what is as by default.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.view != View::default() {
            pairs.push(("view", self.view.key().to_owned()));
        }
        if let Some(date) = self.date {
            pairs.push(("date", crate::plan::when::iso_day(date)));
        }
        for dimension in Dimension::ALL {
            if let Some(key) = self.filter.key(dimension) {
                pairs.push((dimension.key(), key));
            }
        }
        if let Some(item) = &self.item {
            pairs.push(("item", item.to_param()));
        }
        if let Some(page) = self.page.filter(|p| *p > 1) {
            pairs.push(("page", page.to_string()));
        }
        pairs
    }

    /// The query, without `?`: empty when everything is as by default, so the
    /// address is then plainly `#/calendar`.
    pub fn to_query(&self) -> String {
        self.pairs()
            .iter()
            .map(|(name, value)| format!("{name}={}", encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The same place with other filters, back on the first page.
    pub fn with_filter(&self, filter: Filter) -> Self {
        Self {
            filter,
            page: None,
            ..self.clone()
        }
    }
}

/// Percent-encodes all but the characters ids, dates and keys are made of.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Reads a percent-encoded (or form-encoded, `+` for a space) value; a broken
/// escape is kept as written.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
