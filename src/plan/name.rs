//! Plan names: what a marketer calls a plan (usually the brand or client).

use super::{said, Said};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Names are kept whole up to this many characters; longer text is refused with a
/// message rather than cut, so nothing the user typed is lost without their knowing.
pub const MAX_NAME_CHARS: usize = 10_000;

/// `text` as a label or a message quotes it: whole up to `max` characters,
/// else its first `max` and "…".
pub fn clipped(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong { max: usize, actual: usize },
}

impl NameError {
    /// What is wrong with the name, in words to say.
    pub fn said(&self) -> Said {
        match self {
            Self::Empty => said!("A plan needs a name."),
            Self::TooLong { max, actual } => said!(
                "A plan name can be at most {} characters; this one has {}.",
                Said::Number(*max),
                Said::Number(*actual)
            ),
        }
    }
}

crate::plan::said_error!(NameError);

/// A plan's name: never empty, no leading or trailing space, no line breaks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PlanName(String);

impl PlanName {
    pub fn parse(text: &str) -> Result<Self, NameError> {
        // Line breaks and tabs pasted into a one-line field become spaces.
        let flat: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let trimmed = flat.trim();
        if trimmed.is_empty() {
            return Err(NameError::Empty);
        }
        let actual = trimmed.chars().count();
        if actual > MAX_NAME_CHARS {
            return Err(NameError::TooLong {
                max: MAX_NAME_CHARS,
                actual,
            });
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// This name with a note in brackets after it, such as "copy" ("Acme
    /// (copy)"), in the language the planner shows when it is made;
    /// shortening the name itself if the result would pass the limit.
    pub fn with_suffix(&self, note: &str) -> Self {
        let room = MAX_NAME_CHARS.saturating_sub(note.chars().count() + 3);
        let base: String = self.0.chars().take(room).collect();
        Self(format!("{} ({note})", base.trim_end()))
    }
}

impl TryFrom<String> for PlanName {
    type Error = NameError;
    fn try_from(text: String) -> Result<Self, NameError> {
        Self::parse(&text)
    }
}

impl From<PlanName> for String {
    fn from(name: PlanName) -> String {
        name.0
    }
}

impl fmt::Display for PlanName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_clipped_by_characters_not_bytes() {
        assert_eq!(clipped("Café", 4), "Café");
        assert_eq!(clipped("Café au lait", 4), "Café…");
        assert_eq!(clipped("🍰🍰🍰", 2), "🍰🍰…");
        assert_eq!(clipped("", 0), "");
    }

    #[test]
    fn a_name_is_trimmed() {
        assert_eq!(PlanName::parse("  Acme  ").unwrap().as_str(), "Acme");
    }

    #[test]
    fn a_blank_name_is_refused() {
        assert_eq!(PlanName::parse(""), Err(NameError::Empty));
        assert_eq!(PlanName::parse(" \n\t "), Err(NameError::Empty));
    }

    #[test]
    fn line_breaks_in_a_name_become_spaces() {
        assert_eq!(
            PlanName::parse("Acme\nSpring").unwrap().as_str(),
            "Acme Spring"
        );
    }

    #[test]
    fn a_ten_thousand_character_name_is_kept_whole() {
        let long = "é".repeat(MAX_NAME_CHARS);
        assert_eq!(PlanName::parse(&long).unwrap().as_str(), long);
    }

    #[test]
    fn a_name_past_the_limit_is_refused_with_its_length() {
        let err = PlanName::parse(&"a".repeat(MAX_NAME_CHARS + 5)).unwrap_err();
        assert_eq!(
            err,
            NameError::TooLong {
                max: MAX_NAME_CHARS,
                actual: MAX_NAME_CHARS + 5
            }
        );
        assert!(err.to_string().contains("10,005"));
    }

    #[test]
    fn markup_and_emoji_are_ordinary_text_in_a_name() {
        let name = PlanName::parse("<script>alert(1)</script> 🚀").unwrap();
        assert_eq!(name.as_str(), "<script>alert(1)</script> 🚀");
    }

    #[test]
    fn a_suffix_never_pushes_a_name_past_the_limit() {
        let long = PlanName::parse(&"a".repeat(MAX_NAME_CHARS)).unwrap();
        let copy = long.with_suffix("copy");
        assert_eq!(copy.as_str().chars().count(), MAX_NAME_CHARS);
        assert!(copy.as_str().ends_with(" (copy)"));
        assert_eq!(
            PlanName::parse("Acme")
                .unwrap()
                .with_suffix("copy")
                .as_str(),
            "Acme (copy)"
        );
    }

    #[test]
    fn a_stored_name_that_breaks_the_rules_fails_to_load() {
        assert!(serde_json::from_str::<PlanName>("\"   \"").is_err());
    }
}
