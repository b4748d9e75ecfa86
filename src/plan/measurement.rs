//! Measurement: KPIs tied to objectives, when they are reviewed, and the
//! strategy's horizon.

use super::dates::DateRange;
use super::id::{KpiId, ObjectiveId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Measurement {
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    /// The span the strategy covers: about a year or more.
    #[serde(default)]
    pub horizon: Option<DateRange>,
    /// How the strategy ties into the wider marketing plan.
    #[serde(default)]
    pub integration: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewCadence {
    Weekly,
    Monthly,
    Quarterly,
}

impl ReviewCadence {
    pub const ALL: [ReviewCadence; 3] = [Self::Weekly, Self::Monthly, Self::Quarterly];

    pub fn label(self) -> &'static str {
        match self {
            Self::Weekly => "Weekly",
            Self::Monthly => "Monthly",
            Self::Quarterly => "Quarterly",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    pub id: KpiId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub objective: Option<ObjectiveId>,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub review: Option<ReviewCadence>,
}

impl Kpi {
    pub fn new(id: KpiId) -> Self {
        Self {
            id,
            name: String::new(),
            objective: None,
            target: None,
            review: None,
        }
    }
}
