//! Components shared by the pages.

mod create_plan;
mod fields;
mod header;
mod items;
mod nav;
mod notices;
mod plan_name_form;
mod readiness;
mod timeline;

pub use create_plan::{CreatePlanForm, ExampleButton};
pub use fields::{
    use_dom_id, ChecksField, DateField, DateFieldProps, FindingNotes, FindingNotesProps,
    LinesField, LinesFieldProps, NumberField, NumberFieldProps, NumberKind, SelectField, TextField,
};
pub use header::Header;
pub use items::{choices, ids, persona_name, use_confirmation, AddButton, ItemCard};
pub use nav::SectionNav;
pub use notices::{Notices, UndoToast};
pub use plan_name_form::PlanNameForm;
pub use readiness::ReadinessPanel;
pub use timeline::{BarLabel, TimelineChart, TimelineChartProps};
