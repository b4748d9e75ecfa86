//! The form that creates a plan.

use super::field::use_dom_id;
use crate::plan::{Command, PlanName};
use crate::ui::shell;
use crate::ui::store::{use_store, Action};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CreatePlanFormProps {
    #[prop_or_default]
    pub autofocus: bool,
    /// Called with nothing once the plan exists (e.g. to move to its overview).
    #[prop_or_default]
    pub oncreated: Callback<()>,
    #[prop_or(AttrValue::Static("Create plan"))]
    pub submit_label: AttrValue,
}

#[component]
pub fn CreatePlanForm(props: &CreatePlanFormProps) -> Html {
    let store = use_store();
    let name = use_state(String::new);
    let error = use_state(|| None::<String>);
    let input_id = use_dom_id("new-plan");
    let error_id = format!("{input_id}-error");

    let oninput = {
        let name = name.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value());
            error.set(None);
        })
    };
    let onsubmit = {
        let name = name.clone();
        let error = error.clone();
        let oncreated = props.oncreated.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match PlanName::parse(&name) {
                Ok(parsed) => {
                    store.dispatch(Action::Apply(Command::CreatePlan {
                        id: shell::new_plan_id(),
                        name: parsed,
                        at: shell::now(),
                    }));
                    name.set(String::new());
                    oncreated.emit(());
                }
                Err(problem) => error.set(Some(problem.to_string())),
            }
        })
    };

    html! {
        <form class="smp-create" {onsubmit} novalidate=true>
            <div class="smp-field">
                <label class="smp-label" for={input_id.clone()}>{ "Plan name" }</label>
                <div class="smp-create__row">
                    <input id={input_id.clone()} class="smp-input" type="text"
                        value={(*name).clone()} {oninput}
                        placeholder="e.g. Acme Coffee, or a client's name"
                        autofocus={props.autofocus}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.is_some().then(|| error_id.clone())} />
                    <button type="submit" class="smp-button smp-button--primary">
                        { props.submit_label.clone() }
                    </button>
                </div>
                if let Some(problem) = &*error {
                    <p class="smp-error" id={error_id} role="alert">{ problem.clone() }</p>
                }
            </div>
        </form>
    }
}
