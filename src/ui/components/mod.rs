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
pub use document::{document_view, laid_out_view, use_document, LaidOut};
pub use fields::{
    finding_notes, one_stop, use_dom_id, ChecksField, DateField, DateFieldProps, LinesField,
    LinesFieldProps, NumberField, NumberFieldProps, NumberKind, SelectField, TextField,
};
pub use header::header;
pub use items::{add_button, choices, ids, use_confirmation, ItemCard};
pub use nav::section_nav;
pub use notices::{Notices, UndoToast};
pub use plan_name_form::PlanNameForm;
pub use readiness::readiness_panel;
pub use theme::Preferences;
pub use timeline::{timeline_chart, BarLabel};
