//! The content strategy: pillars and their share of the mix, formats, and the
//! effort a post takes (cadence itself lives on each profile).

use super::id::{ObjectiveId, PersonaId, PillarId};
use super::{words, Title};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContentStrategy {
    #[serde(default)]
    pub pillars: Vec<Pillar>,
    #[serde(default)]
    pub formats: Vec<String>,
    /// Time to make one post, from idea to published; sizes the team's load.
    #[serde(default)]
    pub minutes_per_post: Option<u32>,
}

/// A theme the brand keeps coming back to, with its share of all posts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pillar {
    pub id: PillarId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub objectives: Vec<ObjectiveId>,
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    /// Percent of all posts, 0 to 100.
    #[serde(default)]
    pub share: Option<f64>,
}

impl Pillar {
    pub fn new(id: PillarId) -> Self {
        Self {
            id,
            name: String::new(),
            description: String::new(),
            objectives: Vec::new(),
            personas: Vec::new(),
            share: None,
        }
    }
}

impl ContentStrategy {
    /// The total of the shares given, or `None` when no pillar has a share yet.
    pub fn mix_total(&self) -> Option<f64> {
        let shares: Vec<f64> = self.pillars.iter().filter_map(|p| p.share).collect();
        (!shares.is_empty()).then(|| shares.iter().sum())
    }
}

impl Pillar {
    /// The pillar's name as lists show it; a pillar not yet named says so.
    pub fn title(&self) -> Title<'_> {
        Title::of(&self.name, words!("Unnamed pillar"))
    }
}

#[cfg(test)]
mod title_tests {
    use super::*;
    use crate::plan::PillarId;

    #[test]
    fn a_pillar_without_a_name_says_so() {
        let mut pillar = Pillar::new(PillarId::parse("p").unwrap());
        assert_eq!(pillar.title(), "Unnamed pillar");
        pillar.name = "  From our ovens ".into();
        assert_eq!(pillar.title(), "From our ovens");
    }
}
