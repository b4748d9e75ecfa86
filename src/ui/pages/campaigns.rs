//! The Campaigns page. Until briefs land it says what a campaign needs first.

use super::{EmptySection, GoToStrategy, SectionPage};
use crate::ui::store::use_store;
use yew::prelude::*;

#[component]
pub fn CampaignsPage() -> Html {
    let store = use_store();
    let body = store.workspace.current().map(|plan| {
        let blockers = plan.campaign_blockers();
        if blockers.is_empty() {
            return html! {
                <EmptySection title="No campaigns yet">
                    <p>{ "The strategy has what a campaign needs. Campaign briefs arrive in the next version of the planner." }</p>
                </EmptySection>
            };
        }
        html! {
            <EmptySection title="No campaign without a strategy">
                <p>{ "Before a campaign can be planned, the strategy needs:" }</p>
                <ul class="smp-checklist">
                    { for blockers.iter().map(|missing| html! {
                        <li class="smp-checklist__item">{ missing.sentence() }</li>
                    }) }
                </ul>
                <GoToStrategy />
            </EmptySection>
        }
    });
    html! {
        <SectionPage title="Campaigns" eyebrow="Step 2 · after the strategy" {body}
            lead="A campaign is a short effort, usually one to three months, that drives one targeted response — sign-ups, sales of a product, event attendance — through the audience and channels of the strategy." />
    }
}
