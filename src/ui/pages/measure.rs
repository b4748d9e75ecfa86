//! The Measure page. Until results land it says what is measured, and against what.

use super::{empty_section, go_to_strategy, section_page, Section};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn MeasurePage() -> Html {
    let store = use_store();
    let body = store.workspace.current().map(|plan| {
        empty_section(
            "Nothing to measure yet",
            html! {
                if plan.strategy.objectives.is_empty() {
                    <p>{ "Results are read against the targets of the strategy's objectives. Set the objectives first; campaigns and their results follow." }</p>
                    { go_to_strategy() }
                } else {
                    <p>{ "Recording results arrives in a coming version of the planner." }</p>
                }
            },
        )
    });
    section_page(
        Section {
            title: "Measure",
            eyebrow: "Step 4 · and back again",
            lead: "Results for each KPI and campaign against their targets, and a log of what was learned — each lesson linked to the part of the strategy it changes.",
            wide: false,
        },
        body,
    )
}
