//! The form that creates a plan and opens it.

use super::plan_name_form::PlanNameForm;
use crate::plan::{Command, PlanName};
use crate::ui::shell;
use crate::ui::store::{use_store, Action};
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
        store.dispatch(Action::Apply(Command::CreatePlan {
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
