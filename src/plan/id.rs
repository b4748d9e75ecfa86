//! Identifiers: short, storage-safe names for plans and the things inside them.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// The longest id we accept; ids become parts of storage keys and URLs.
pub const MAX_ID_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdError {
    #[error("an id cannot be empty")]
    Empty,
    #[error("an id can be at most {MAX_ID_LEN} characters long")]
    TooLong,
    #[error("an id may only hold letters, digits, '-' and '_'")]
    BadCharacter,
}

fn check_id(text: &str) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if text.len() > MAX_ID_LEN {
        return Err(IdError::TooLong);
    }
    if !text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(IdError::BadCharacter);
    }
    Ok(())
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $letter:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Accepts an id only if it is safe to use in a storage key or a URL.
            pub fn parse(text: &str) -> Result<Self, IdError> {
                check_id(text)?;
                Ok(Self(text.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// A fresh id from a time in milliseconds and a random number, both
            /// handed in by the shell. Always valid: a letter and two base-36
            /// numbers fit in 27 characters.
            pub fn generated(millis: u64, entropy: u64) -> Self {
                Self(format!("{}{}-{}", $letter, base36(millis), base36(entropy)))
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(text: String) -> Result<Self, IdError> {
                check_id(&text)?;
                Ok(Self(text))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Names one plan (one brand or client); also the tail of its storage key.
    PlanId,
    "p"
);
id_type!(
    /// Names a business objective within a plan.
    ObjectiveId,
    "o"
);
id_type!(
    /// Names a persona within a plan.
    PersonaId,
    "u"
);
id_type!(
    /// Names a profile (one account on one platform) within a plan.
    ProfileId,
    "c"
);
id_type!(
    /// Names a campaign within a plan.
    CampaignId,
    "m"
);
id_type!(
    /// Names a post within a plan.
    PostId,
    "t"
);
id_type!(
    /// Names a priority (a person or topic that matters most) within a plan.
    PriorityId,
    "r"
);
id_type!(
    /// Names a key message within a plan.
    KeyMessageId,
    "k"
);
id_type!(
    /// Names a content pillar within a plan.
    PillarId,
    "l"
);
id_type!(
    /// Names a team member within a plan.
    MemberId,
    "e"
);
id_type!(
    /// Names a tool within a plan.
    ToolId,
    "x"
);
id_type!(
    /// Names an escalation path within a plan.
    EscalationId,
    "s"
);
id_type!(
    /// Names a KPI within a plan.
    KpiId,
    "i"
);
id_type!(
    /// Names a tactic within a campaign.
    TacticId,
    "a"
);
id_type!(
    /// Names a task within a plan.
    TaskId,
    "j"
);
id_type!(
    /// Names a series of recurring posts within a plan.
    SeriesId,
    "w"
);

id_type!(
    /// Names an insight within a plan.
    InsightId,
    "n"
);
id_type!(
    /// Names a review within a plan.
    ReviewId,
    "v"
);

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_are_always_valid_and_differ_by_entropy() {
        for (millis, entropy) in [(0, 0), (u64::MAX, u64::MAX), (1_795_000_000_000, 42)] {
            let id = PlanId::generated(millis, entropy);
            assert_eq!(PlanId::parse(id.as_str()), Ok(id));
        }
        assert_ne!(PlanId::generated(7, 1), PlanId::generated(7, 2));
        assert_eq!(PlanId::generated(35, 36).as_str(), "pz-10");
        assert_eq!(KpiId::generated(0, 1).as_str(), "i0-1");
    }

    #[test]
    fn ids_made_of_letters_digits_dashes_and_underscores_are_accepted() {
        assert!(PlanId::parse("p-1a2b_C3").is_ok());
    }

    #[test]
    fn ids_that_would_break_a_storage_key_are_refused() {
        assert_eq!(PlanId::parse(""), Err(IdError::Empty));
        assert_eq!(PlanId::parse("a:b"), Err(IdError::BadCharacter));
        assert_eq!(PlanId::parse("a b"), Err(IdError::BadCharacter));
        assert_eq!(PlanId::parse("é"), Err(IdError::BadCharacter));
        assert_eq!(PlanId::parse(&"x".repeat(65)), Err(IdError::TooLong));
        assert!(PlanId::parse(&"x".repeat(64)).is_ok());
    }

    #[test]
    fn an_id_with_a_bad_character_fails_to_deserialize() {
        let parsed: Result<PlanId, _> = serde_json::from_str("\"../etc\"");
        assert!(parsed.is_err());
        let parsed: PlanId = serde_json::from_str("\"abc\"").unwrap();
        assert_eq!(parsed.as_str(), "abc");
    }
}
