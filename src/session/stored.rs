//! What storage tells the app's core, and what it answers: the errors of a
//! write, what loading found, and what another tab changed. Plain data, so
//! the core that acts on them is tested natively; `storage` produces them.

use crate::plan::{said, Plan, PlanId, Said};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    Unavailable,
    Full,
    Protected(String),
    Conflict(PlanId),
    Encode(String),
    Refused(String),
}

impl StorageError {
    /// Why a plan was not kept, in words to say after "Not saved:".
    pub fn said(&self) -> Said {
        match self {
            Self::Unavailable => said!(
                "this browser does not let the page keep data (storage is blocked or unavailable)"
            ),
            Self::Full => said!("the browser's storage for this site is full"),
            Self::Protected(key) => said!(
                "saved data that could not be read is kept at {}, and is not written over",
                Said::value(key)
            ),
            Self::Conflict(_) => said!("another tab changed this plan since this one last read it"),
            Self::Encode(why) => said!("the plan could not be written ({})", Said::value(why)),
            Self::Refused(why) => said!("the browser refused to store it ({})", Said::value(why)),
        }
    }
}

crate::plan::said_error!(StorageError);

/// A value under our prefix that could not be read as a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub key: String,
    /// What is wrong with it, said in the language shown.
    pub problem: Said,
    pub chars: usize,
    /// Where an untouched copy was put, if it could be.
    pub recovery: Option<String>,
}

/// A plan read after repairs, and what was repaired.
#[derive(Debug, Clone, PartialEq)]
pub struct Repaired {
    pub id: PlanId,
    pub name: String,
    pub repairs: Vec<crate::plan::Said>,
    pub recovery: Option<String>,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    /// Saved by a newer version: shown read-only, never written.
    pub read_only: Vec<Plan>,
    pub repaired: Vec<Repaired>,
    pub unreadable: Vec<Unreadable>,
    pub last_open: Option<PlanId>,
    /// Plans stored in plain JSON by an earlier version: loaded, and to be
    /// written again in the compact encoding.
    pub plain: Vec<PlanId>,
}

/// How a stored value changed, told by another tab through the `storage` event.
#[derive(Debug, Clone, PartialEq)]
pub enum Outside {
    Saved(Box<Plan>),
    Deleted(PlanId),
    /// A value this version cannot read appeared (a newer tab's save, say).
    Unreadable(Unreadable),
}
