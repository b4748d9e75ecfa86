//! Components shared by the pages.

mod create_plan;
mod field;
mod header;
mod nav;
mod notices;

pub use create_plan::CreatePlanForm;
pub use field::{use_dom_id, TextField};
pub use header::Header;
pub use nav::SectionNav;
pub use notices::{Notices, UndoToast};
