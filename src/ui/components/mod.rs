//! Components shared by the pages.

mod create_plan;
mod document;
mod fields;
mod header;
mod items;
mod nav;
mod notices;
mod plan_name_form;
mod readiness;
mod theme;
mod timeline;

pub use create_plan::{create_plan_form, ExampleButton};
pub use document::document_view;
pub use fields::{
    finding_notes, use_dom_id, ChecksField, DateField, DateFieldProps, LinesField, LinesFieldProps,
    NumberField, NumberFieldProps, NumberKind, SelectField, TextField,
};
pub use header::Header;
pub use items::{add_button, choices, ids, persona_name, use_confirmation, ItemCard};
pub use nav::section_nav;
pub use notices::{Notices, UndoToast};
pub use plan_name_form::PlanNameForm;
pub use readiness::ReadinessPanel;
pub use theme::ThemeSwitch;
pub use timeline::{timeline_chart, BarLabel};
