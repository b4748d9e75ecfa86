//! The domain: plans and everything in them, in plain Rust with no browser in sight.
//!
//! Nothing here reads a clock, a random source or storage: times and ids are
//! handed in by the shell, so every rule runs and is tested natively.

mod campaign;
mod dates;
mod id;
mod name;
mod objective;
mod persona;
#[allow(clippy::module_inception)]
mod plan;
mod post;
mod profile;
mod readiness;
mod workspace;

pub use campaign::Campaign;
pub use dates::{DateRange, ReversedRange};
pub use id::{CampaignId, IdError, ObjectiveId, PersonaId, PlanId, PostId, ProfileId, MAX_ID_LEN};
pub use name::{NameError, PlanName, MAX_NAME_CHARS};
pub use objective::{BusinessFunction, Objective};
pub use persona::Persona;
pub use plan::{Plan, PlanSummary};
pub use post::{Post, PostStatus};
pub use profile::{Platform, PrimaryPurpose, Profile};
pub use readiness::Missing;
pub use workspace::{Change, Command, CommandError, PlanEdit, Workspace};
