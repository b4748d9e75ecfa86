//! One module per page; `switch` picks the page for a route.

mod calendar;
mod campaigns;
mod measure;
mod not_found;
mod overview;
mod plans;
mod strategy;
mod transfer;

use super::route::Route;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Overview => html! { <overview::OverviewPage /> },
        Route::Plans => html! { <plans::PlansPage /> },
        Route::Strategy => html! { <strategy::StrategyPage /> },
        Route::Campaigns => html! { <campaigns::CampaignsPage /> },
        Route::Campaign { id } => html! { <campaigns::BriefPage {id} /> },
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

#[derive(Properties, PartialEq)]
pub struct SectionPageProps {
    pub title: AttrValue,
    pub eyebrow: AttrValue,
    pub lead: AttrValue,
    /// The page's body for the open plan; `None` while no plan exists.
    pub body: Option<Html>,
    /// Lets the body use the full width of the page.
    #[prop_or_default]
    pub wide: bool,
}

/// A section of the workflow: its header, then its body, or a pointer to Plans
/// while there is no plan to show.
#[component]
pub fn SectionPage(props: &SectionPageProps) -> Html {
    html! {
        <section class={classes!("smp-page", props.wide.then_some("smp-page--wide"))}>
            <PageHeader title={props.title.clone()} eyebrow={Some(props.eyebrow.clone())}>
                <p>{ props.lead.clone() }</p>
            </PageHeader>
            { props.body.clone().unwrap_or_else(|| html! { <NeedsPlan /> }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmptySectionProps {
    pub title: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// The empty state of a section: what goes here, and what has to come first.
#[component]
pub fn EmptySection(props: &EmptySectionProps) -> Html {
    html! {
        <div class="smp-empty smp-empty--wide">
            <h2 class="smp-empty__title">{ props.title.clone() }</h2>
            { props.children.clone() }
        </div>
    }
}

/// The way back to the strategy, from a section that needs more of it.
#[component]
pub fn GoToStrategy() -> Html {
    html! {
        <super::route::NavLink to={Route::Strategy} class="smp-button smp-button--primary">
            { "Go to the strategy" }
        </super::route::NavLink>
    }
}

/// Shown on a section's page while no plan exists yet.
#[component]
fn NeedsPlan() -> Html {
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
