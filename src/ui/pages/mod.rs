//! One module per page; `switch` picks the page for a route.

mod calendar;
mod campaigns;
mod measure;
mod not_found;
mod overview;
mod plans;
mod strategy;

use super::route::Route;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Overview => html! { <overview::OverviewPage /> },
        Route::Plans => html! { <plans::PlansPage /> },
        Route::Strategy => html! { <strategy::StrategyPage /> },
        Route::Campaigns => html! { <campaigns::CampaignsPage /> },
        Route::Calendar => html! { <calendar::CalendarPage /> },
        Route::Measure => html! { <measure::MeasurePage /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct PageHeaderProps {
    pub title: AttrValue,
    #[prop_or_default]
    pub eyebrow: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// The top of every page: an optional small label, the title, a lead paragraph.
#[component]
pub fn PageHeader(props: &PageHeaderProps) -> Html {
    html! {
        <header class="smp-page__header">
            if let Some(eyebrow) = &props.eyebrow {
                <p class="smp-eyebrow">{ eyebrow.clone() }</p>
            }
            <h1 class="smp-page__title">{ props.title.clone() }</h1>
            <div class="smp-lead">{ props.children.clone() }</div>
        </header>
    }
}

/// Shown on a section's page while no plan exists yet.
#[component]
pub fn NeedsPlan() -> Html {
    html! {
        <div class="smp-empty">
            <h2 class="smp-empty__title">{ "Create a plan first" }</h2>
            <p>{ "Everything here belongs to a plan: one per brand or client. Create one, then come back." }</p>
            <super::route::NavLink to={Route::Plans} class="smp-button smp-button--primary">
                { "Go to Plans" }
            </super::route::NavLink>
        </div>
    }
}
