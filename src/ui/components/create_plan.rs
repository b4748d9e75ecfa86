//! The form that creates a plan and opens it (a plain function: the page it
//! is on has the dispatcher already), and the way to start from the example.

use super::plan_name_form::PlanNameForm;
use crate::exchange::writers;
use crate::plan::{Command, PlanName};
use crate::session;
use crate::ui::route::{use_navigator, Route};
use crate::ui::shell;
use crate::ui::store::{use_dispatch, Dispatch};
use crate::ui::text::t;
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
        <PlanNameForm label={t("Plan name")} submit_label={t("Create plan")} {onsubmit}
            focus={autofocus}
            placeholder={Some(AttrValue::from(t("e.g. Acme Coffee, or a client's name")))} />
    }
}

/// Makes the example plan (in the module loaded on demand), adds it as a
/// new plan and opens its overview; says so while it is being made, and
/// what went wrong if it could not be.
#[component]
pub fn ExampleButton() -> Html {
    let dispatch = use_dispatch();
    let navigator = use_navigator();
    // `None` at rest; `Some(None)` while making; `Some(Some(problem))`.
    let state = use_state(|| None::<Option<String>>);
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if matches!(*state, Some(None)) {
                return;
            }
            state.set(Some(None));
            let request = writers::Request::Example {
                today: shell::today(),
                id: shell::new_plan_id(),
                at: shell::now(),
            };
            let (state, dispatch, navigator) = (state.clone(), dispatch.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let answer = shell::write_files(&request.line(writers::Ask::Files), "", "").await;
                let plan = answer
                    .ok_or_else(|| crate::ui::text::t(writers::EXAMPLE_UNAVAILABLE).to_owned())
                    .and_then(writers::read_plan);
                match plan {
                    Ok(plan) => {
                        state.set(None);
                        dispatch.send(session::Event::Apply(Command::AddPlan {
                            plan: Box::new(plan),
                        }));
                        if let Some(navigator) = &navigator {
                            navigator.push(&Route::Overview);
                        }
                    }
                    Err(problem) => state.set(Some(Some(problem))),
                }
            });
        })
    };
    let making = matches!(*state, Some(None));
    html! {
        <div class="smp-example">
            <button type="button" class="smp-button" {onclick} aria-disabled={making.then_some("true")}>
                { if making { t("Making the example…") } else { t("Start from an example") } }
            </button>
            <p class="smp-hint">{ t("A small bakery's plan in full, to explore or adapt: its strategy, three campaigns, the weeks of posts around today and the results so far.") }</p>
            if let Some(Some(problem)) = &*state {
                <p class="smp-error" role="alert">{ problem.clone() }</p>
            }
        </div>
    }
}
