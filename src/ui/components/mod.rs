//! Components shared by the pages.

mod create_plan;
mod field;
mod header;
mod nav;
mod notices;
mod plan_name_form;

pub use create_plan::CreatePlanForm;
pub use field::{use_dom_id, TextField};
pub use header::Header;
pub use nav::SectionNav;
pub use notices::{Notices, UndoToast};
pub use plan_name_form::PlanNameForm;
