//! One module per page; `switch` picks the page for a route.

mod calendar;
mod campaigns;
mod export;
mod history;
mod measure;
mod not_found;
mod overview;
mod plans;
mod print;
mod strategy;
mod transfer;

use super::route::Route;
use crate::ui::text::t;
use yew::prelude::*;

/// `path` is the address asked for (said when nothing is there), `query`
/// what follows it; `store` the plans, for the pages drawn without a
/// component of their own.
pub fn switch(
    route: Route,
    path: &str,
    query: &str,
    store: Option<&crate::ui::store::Store>,
) -> Html {
    match route {
        Route::Overview => html! { <overview::OverviewPage /> },
        Route::Plans => html! { <plans::PlansPage /> },
        Route::Strategy => html! { <strategy::StrategyPage /> },
        Route::Campaigns => html! { <campaigns::CampaignsPage /> },
        Route::Campaign { id } => html! { <campaigns::BriefPage {id} /> },
        Route::Calendar => calendar::calendar_page(store),
        Route::Measure => html! { <measure::MeasurePage /> },
        Route::History => html! { <history::HistoryPage /> },
        Route::Export => html! { <export::ExportPage /> },
        Route::Print => html! { <print::DocumentPage /> },
        Route::Shared => {
            html! { <print::DocumentPage shared={AttrValue::from(query.to_owned())} /> }
        }
        Route::NotFound => not_found::not_found_page(path),
    }
}

// Plain functions rather than components: they hold no state, and each
// component costs the wasm its own instance of Yew's machinery.

/// The top of every page: an optional small label, the title, a lead paragraph.
pub fn page_header(title: AttrValue, eyebrow: Option<AttrValue>, lead: Html) -> Html {
    html! {
        <header class="smp-page__header">
            if let Some(eyebrow) = eyebrow {
                <p class="smp-eyebrow">{ eyebrow }</p>
            }
            <h1 class="smp-page__title">{ title }</h1>
            <div class="smp-lead">{ lead }</div>
        </header>
    }
}

/// What a section of the workflow says of itself: its title, the small label
/// above it, its lead paragraph, and whether its body uses the page's full
/// width. Its words are English (`"Strategy"`) or looked up
/// (`t("Strategy")`), all three alike.
pub struct Section<W = &'static str> {
    pub title: W,
    pub eyebrow: W,
    pub lead: W,
    pub wide: bool,
}

/// A section of the workflow: its header, then its body (for the open plan),
/// or a pointer to Plans while there is no plan to show.
pub fn section_page<W: Into<AttrValue>>(section: Section<W>, body: Option<Html>) -> Html {
    let lead: AttrValue = section.lead.into();
    html! {
        <section class={classes!("smp-page", section.wide.then_some("smp-page--wide"))}>
            { page_header(section.title.into(), Some(section.eyebrow.into()), html! { <p>{ lead }</p> }) }
            { body.unwrap_or_else(needs_plan) }
        </section>
    }
}

/// The empty state of a section: what goes here, and what has to come first;
/// `title` in English or looked up (`t("No campaigns yet")`).
pub fn empty_section(title: impl Into<AttrValue>, body: Html) -> Html {
    let title: AttrValue = title.into();
    html! {
        <div class="smp-empty smp-empty--wide">
            <h2 class="smp-empty__title">{ title }</h2>
            { body }
        </div>
    }
}

/// The way back to the strategy, from a section that needs more of it.
pub fn go_to_strategy() -> Html {
    html! {
        <super::route::NavLink to={Route::Strategy} class="smp-button smp-button--primary">
            { t("Go to the strategy") }
        </super::route::NavLink>
    }
}

/// Shown on a section's page while no plan exists yet.
fn needs_plan() -> Html {
    html! {
        <div class="smp-empty">
            <h2 class="smp-empty__title">{ t("Create a plan first") }</h2>
            <p>{ t("Everything here belongs to a plan: one per brand or client. Create one, then come back.") }</p>
            <super::route::NavLink to={Route::Plans} class="smp-button smp-button--primary">
                { t("Go to Plans") }
            </super::route::NavLink>
        </div>
    }
}
