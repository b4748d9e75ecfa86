//! The form that creates a plan and opens it, and the way to start from the
//! example. Plain functions: the page they are on has the dispatcher and the
//! navigator already.

use super::plan_name_form::PlanNameForm;
use crate::plan::{Command, PlanName};
use crate::session;
use crate::ui::route::Navigator;
use crate::ui::shell;
use crate::ui::store::Dispatch;
use yew::prelude::*;

/// Names a new plan and opens it; `autofocus` puts the cursor in its field.
pub fn create_plan_form(dispatch: &Dispatch, autofocus: bool) -> Html {
    let dispatch = dispatch.clone();
    let onsubmit = Callback::from(move |name: PlanName| {
        dispatch.send(session::Event::Apply(Command::CreatePlan {
            id: shell::new_plan_id(),
            name,
            at: shell::now(),
        }))
    });
    html! {
        <PlanNameForm label="Plan name" submit_label="Create plan" {onsubmit}
            focus={autofocus}
            placeholder={Some(AttrValue::from("e.g. Acme Coffee, or a client's name"))} />
    }
}

/// Creates a new plan holding a complete example strategy, and opens its strategy.
pub fn example_button(dispatch: &Dispatch, navigator: Option<Navigator>) -> Html {
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let plan = crate::plan::example_plan(shell::new_plan_id(), shell::now(), shell::today());
        dispatch.send(session::Event::Apply(Command::AddPlan {
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
