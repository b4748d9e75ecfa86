//! The Calendar page. Until its views land it says what goes there.

use super::{EmptySection, GoToStrategy, SectionPage};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn CalendarPage() -> Html {
    let store = use_store();
    let body = store.workspace.current().map(|plan| html! {
        <EmptySection title="Nothing planned yet">
            if plan.strategy.profiles.is_empty() {
                <p>{ "Posts go on the profiles of the strategy, at the cadence its content strategy sets. Add the profiles first." }</p>
                <GoToStrategy />
            } else {
                <p>{ "The month, week and list views arrive in a coming version of the planner." }</p>
            }
        </EmptySection>
    });
    html! {
        <SectionPage title="Calendar" eyebrow="Step 3 · day to day" {body}
            lead="Where the strategy and its campaigns become dated work: posts and tasks, each on a profile, with an owner and a status from idea to published." />
    }
}
