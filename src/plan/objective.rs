//! Business objectives: the specific business issues a strategy exists to move.

use super::id::ObjectiveId;
use super::{words, Title};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The part of the business an objective serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusinessFunction {
    PublicRelations,
    Marketing,
    Sales,
    ProductDevelopment,
    CustomerService,
    Recruiting,
}

impl BusinessFunction {
    pub const ALL: [BusinessFunction; 6] = [
        Self::PublicRelations,
        Self::Marketing,
        Self::Sales,
        Self::ProductDevelopment,
        Self::CustomerService,
        Self::Recruiting,
    ];

    /// Its name in a form's choices.
    pub fn key(self) -> &'static str {
        match self {
            Self::PublicRelations => "pr",
            Self::Marketing => "marketing",
            Self::Sales => "sales",
            Self::ProductDevelopment => "product",
            Self::CustomerService => "service",
            Self::Recruiting => "recruiting",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::PublicRelations => "PR",
            Self::Marketing => "Marketing",
            Self::Sales => "Sales",
            Self::ProductDevelopment => "Product development",
            Self::CustomerService => "Customer service",
            Self::Recruiting => "Recruiting (HR)",
        }
    }

    /// Business outcomes this function can count instead of attention.
    pub fn outcome_examples(self) -> &'static str {
        match self {
            Self::PublicRelations => {
                "coverage won in the titles your buyers read, or speaking invitations"
            }
            Self::Marketing => "qualified leads, newsletter sign-ups or demo requests",
            Self::Sales => "signed deals, orders or revenue from customers who came through social",
            Self::ProductDevelopment => {
                "product ideas adopted from customer conversations, or beta sign-ups"
            }
            Self::CustomerService => {
                "questions resolved within the target time, or fewer calls to support"
            }
            Self::Recruiting => "qualified applications or hires",
        }
    }
}

/// What kind of result an objective is after: attention at the top of the
/// funnel, a response people make, or one of the business issues social
/// media is meant to move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectiveKind {
    Awareness,
    Traffic,
    Leads,
    Sales,
    Deal,
    Recruiting,
    ProductImprovement,
}

impl ObjectiveKind {
    pub const ALL: [ObjectiveKind; 7] = [
        Self::Awareness,
        Self::Traffic,
        Self::Leads,
        Self::Sales,
        Self::Deal,
        Self::Recruiting,
        Self::ProductImprovement,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Awareness => "Brand awareness (long term)",
            Self::Traffic => "Traffic to our site",
            Self::Leads => "Leads",
            Self::Sales => "Sales",
            Self::Deal => "A deal signed",
            Self::Recruiting => "People recruited",
            Self::ProductImprovement => "A product improved",
        }
    }

    /// Its name in a form's choices and in a saved file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Awareness => "awareness",
            Self::Traffic => "traffic",
            Self::Leads => "leads",
            Self::Sales => "sales",
            Self::Deal => "deal",
            Self::Recruiting => "recruiting",
            Self::ProductImprovement => "product_improvement",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    #[serde(default)]
    pub statement: String,
    #[serde(default)]
    pub function: Option<BusinessFunction>,
    /// What kind of result it is after (schema version 6).
    #[serde(default)]
    pub kind: Option<ObjectiveKind>,
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub baseline: Option<f64>,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default, deserialize_with = "super::stored::day_or_none")]
    pub deadline: Option<NaiveDate>,
}

impl Objective {
    pub fn new(id: ObjectiveId) -> Self {
        Self {
            id,
            statement: String::new(),
            function: None,
            kind: None,
            metric: String::new(),
            baseline: None,
            target: None,
            deadline: None,
        }
    }

    /// What the objective is called: its statement, or its metric, or nothing yet.
    pub fn label(&self) -> &str {
        [self.statement.trim(), self.metric.trim()]
            .into_iter()
            .find(|t| !t.is_empty())
            .unwrap_or("")
    }

    /// The label, or a placeholder fit for a list of choices.
    pub fn title(&self) -> Title<'_> {
        Title::of(self.label(), words!("Untitled objective"))
    }
}
