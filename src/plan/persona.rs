//! Personas: the people a strategy speaks to, and the pains the brand solves for them.

use super::id::PersonaId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    pub id: PersonaId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub behaviours: Vec<String>,
    #[serde(default)]
    pub pain_points: Vec<String>,
}
