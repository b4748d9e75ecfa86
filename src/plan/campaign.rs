//! Campaigns: short, targeted efforts that stand on the strategy.

use super::dates::DateRange;
use super::id::{CampaignId, ObjectiveId, PersonaId, ProfileId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: CampaignId,
    #[serde(default)]
    pub name: String,
    pub dates: DateRange,
    #[serde(default)]
    pub objective: Option<ObjectiveId>,
    /// The one targeted response the campaign drives, e.g. "sign-ups".
    #[serde(default)]
    pub response: String,
    #[serde(default)]
    pub response_target: Option<f64>,
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    #[serde(default)]
    pub profiles: Vec<ProfileId>,
    #[serde(default)]
    pub key_message: String,
    #[serde(default)]
    pub call_to_action: String,
    #[serde(default)]
    pub budget: Option<f64>,
    #[serde(default)]
    pub owner: String,
}
