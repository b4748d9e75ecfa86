//! The Measure page. Until results land it says what is measured, and against what.

use super::{NeedsPlan, PageHeader};
use crate::ui::route::{NavLink, Route};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn MeasurePage() -> Html {
    let store = use_store();
    let header = html! {
        <PageHeader title="Measure" eyebrow={Some(AttrValue::from("Step 4 · and back again"))}>
            <p>{ "Results for each KPI and campaign against their targets, and a log of what was learned — each lesson linked to the part of the strategy it changes." }</p>
        </PageHeader>
    };
    let Some(plan) = store.workspace.current() else {
        return html! { <section class="smp-page">{ header }<NeedsPlan /></section> };
    };
    html! {
        <section class="smp-page">
            { header }
            <div class="smp-empty smp-empty--wide">
                <h2 class="smp-empty__title">{ "Nothing to measure yet" }</h2>
                if plan.objectives.is_empty() {
                    <p>{ "Results are read against the targets of the strategy's objectives. Set the objectives first; campaigns and their results follow." }</p>
                    <NavLink to={Route::Strategy} class="smp-button smp-button--primary">
                        { "Go to the strategy" }
                    </NavLink>
                } else {
                    <p>{ "Recording results arrives in a coming version of the planner." }</p>
                }
            </div>
        </section>
    }
}
