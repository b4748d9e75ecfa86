//! The Calendar page. Until its views land it says what goes there.

use super::{NeedsPlan, PageHeader};
use crate::ui::route::{NavLink, Route};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn CalendarPage() -> Html {
    let store = use_store();
    let header = html! {
        <PageHeader title="Calendar" eyebrow={Some(AttrValue::from("Step 3 · day to day"))}>
            <p>{ "Where the strategy and its campaigns become dated work: posts and tasks, each on a profile, with an owner and a status from idea to published." }</p>
        </PageHeader>
    };
    let Some(plan) = store.workspace.current() else {
        return html! { <section class="smp-page">{ header }<NeedsPlan /></section> };
    };
    html! {
        <section class="smp-page">
            { header }
            <div class="smp-empty smp-empty--wide">
                <h2 class="smp-empty__title">{ "Nothing planned yet" }</h2>
                if plan.profiles.is_empty() {
                    <p>{ "Posts go on the profiles of the strategy, at the cadence its content strategy sets. Add the profiles first." }</p>
                    <NavLink to={Route::Strategy} class="smp-button smp-button--primary">
                        { "Go to the strategy" }
                    </NavLink>
                } else {
                    <p>{ "The month, week and list views arrive in a coming version of the planner." }</p>
                }
            </div>
        </section>
    }
}
