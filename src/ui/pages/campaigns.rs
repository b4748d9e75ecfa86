//! The Campaigns page. Until briefs land it says what a campaign needs first.

use super::{NeedsPlan, PageHeader};
use crate::ui::route::{NavLink, Route};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn CampaignsPage() -> Html {
    let store = use_store();
    let header = html! {
        <PageHeader title="Campaigns" eyebrow={Some(AttrValue::from("Step 2 · after the strategy"))}>
            <p>{ "A campaign is a short effort, usually one to three months, that drives one targeted response — sign-ups, sales of a product, event attendance — through the audience and channels of the strategy." }</p>
        </PageHeader>
    };
    let Some(plan) = store.workspace.current() else {
        return html! { <section class="smp-page">{ header }<NeedsPlan /></section> };
    };
    let blockers = plan.campaign_blockers();
    html! {
        <section class="smp-page">
            { header }
            <div class="smp-empty smp-empty--wide">
                if blockers.is_empty() {
                    <h2 class="smp-empty__title">{ "No campaigns yet" }</h2>
                    <p>{ "The strategy has what a campaign needs. Campaign briefs arrive in the next version of the planner." }</p>
                } else {
                    <h2 class="smp-empty__title">{ "No campaign without a strategy" }</h2>
                    <p>{ "Before a campaign can be planned, the strategy needs:" }</p>
                    <ul class="smp-checklist">
                        { for blockers.iter().map(|missing| html! {
                            <li class="smp-checklist__item">{ missing.sentence() }</li>
                        }) }
                    </ul>
                    <NavLink to={Route::Strategy} class="smp-button smp-button--primary">
                        { "Go to the strategy" }
                    </NavLink>
                }
            </div>
        </section>
    }
}
