//! The Measure page. Until results land it says what is measured, and against what.

use super::{EmptySection, GoToStrategy, SectionPage};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn MeasurePage() -> Html {
    let store = use_store();
    let body = store.workspace.current().map(|plan| html! {
        <EmptySection title="Nothing to measure yet">
            if plan.strategy.objectives.is_empty() {
                <p>{ "Results are read against the targets of the strategy's objectives. Set the objectives first; campaigns and their results follow." }</p>
                <GoToStrategy />
            } else {
                <p>{ "Recording results arrives in a coming version of the planner." }</p>
            }
        </EmptySection>
    });
    html! {
        <SectionPage title="Measure" eyebrow="Step 4 · and back again" {body}
            lead="Results for each KPI and campaign against their targets, and a log of what was learned — each lesson linked to the part of the strategy it changes." />
    }
}
