//! Business objectives: the specific business issues a strategy exists to move.

use super::id::ObjectiveId;
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    #[serde(default)]
    pub statement: String,
    #[serde(default)]
    pub function: Option<BusinessFunction>,
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub baseline: Option<f64>,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
}
