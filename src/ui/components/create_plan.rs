//! The form that creates a plan and opens it.

use super::plan_name_form::PlanNameForm;
use crate::plan::{Command, PlanName};
use crate::session;
use crate::ui::shell;
use crate::ui::store::use_store;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CreatePlanFormProps {
    #[prop_or_default]
    pub autofocus: bool,
}

#[component]
pub fn CreatePlanForm(props: &CreatePlanFormProps) -> Html {
    let store = use_store();
    let onsubmit = Callback::from(move |name: PlanName| {
        store.dispatch(session::Event::Apply(Command::CreatePlan {
            id: shell::new_plan_id(),
            name,
            at: shell::now(),
        }))
    });
    html! {
        <PlanNameForm label="Plan name" submit_label="Create plan" {onsubmit}
            focus={props.autofocus}
            placeholder={Some(AttrValue::from("e.g. Acme Coffee, or a client's name"))} />
    }
}

/// Creates a new plan holding a complete example strategy, and opens its strategy.
#[component]
pub fn ExampleButton() -> Html {
    let store = use_store();
    let navigator = yew_router::prelude::use_navigator();
    let onclick = Callback::from(move |_: MouseEvent| {
        let plan = crate::plan::example_plan(shell::new_plan_id(), shell::now(), shell::today());
        store.dispatch(session::Event::Apply(Command::AddPlan {
            plan: Box::new(plan),
        }));
        if let Some(navigator) = &navigator {
            navigator.push(&crate::ui::route::Route::Strategy);
        }
    });
    html! {
        <div class="smp-example">
            <button type="button" class="smp-button" {onclick}>{ "Start from an example" }</button>
            <p class="smp-hint">{ "A complete strategy for a small bakery, in a new plan of its own, to explore or adapt." }</p>
        </div>
    }
}
