//! The home page: a welcome with no plans; otherwise the open plan's overview.

use super::page_header;
use crate::plan::{Command, PlanEdit};
use crate::session;
use crate::ui::components::{create_plan_form, example_button, ReadinessPanel, TextField};
use crate::ui::route::{NavLink, Route};
use crate::ui::shell;
use crate::ui::store::{use_store, Shared, SharedPlan};
use yew::prelude::*;

#[component]
pub fn OverviewPage() -> Html {
    let store = use_store();
    match store.workspace.current_shared() {
        Some(plan) => html! { <PlanOverview plan={Shared(plan)} /> },
        None => html! { <Welcome /> },
    }
}

#[component]
fn Welcome() -> Html {
    // On its own page the planner starts in the name field; embedded, the
    // host page's focus is not ours to take.
    let dispatch = crate::ui::store::use_dispatch();
    let navigator = crate::ui::route::use_navigator();
    let embedded = dispatch.embedded();
    html! {
        <section class="smp-page smp-welcome">
            <div class="smp-welcome__intro">
                <p class="smp-eyebrow">{ "Welcome" }</p>
                <h1 class="smp-page__title">{ "From strategy to calendar, in one plan" }</h1>
                <p class="smp-lead">
                    { "Set the long-term strategy first, build short campaigns on it, carry both out day by day, then measure and adapt. One plan per brand or client; everything stays in this browser." }
                </p>
                <ol class="smp-welcome__steps">
                    <li><strong>{ "Strategy" }</strong>{ " — objectives, audience, channels: the year-long foundation." }</li>
                    <li><strong>{ "Campaigns" }</strong>{ " — short, targeted efforts that stand on it." }</li>
                    <li><strong>{ "Calendar" }</strong>{ " — posts and tasks, each with an owner and a date." }</li>
                    <li><strong>{ "Measure" }</strong>{ " — results against targets, lessons fed back." }</li>
                </ol>
            </div>
            <div class="smp-card smp-welcome__start">
                <h2 class="smp-card__title">{ "Create your first plan" }</h2>
                { create_plan_form(&dispatch, !embedded) }
                { example_button(&dispatch, navigator) }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlanOverviewProps {
    plan: SharedPlan,
}

#[component]
fn PlanOverview(props: &PlanOverviewProps) -> Html {
    let store = use_store();
    let plan = &props.plan;
    let readiness = std::rc::Rc::new(plan.strategy.readiness(shell::today()));
    let edit = |make: fn(String) -> PlanEdit| {
        let store = store.clone();
        let id = plan.id.clone();
        Callback::from(move |text: String| {
            store.dispatch(session::Event::Apply(Command::EditPlan {
                id: id.clone(),
                edit: make(text),
                at: shell::now(),
            }))
        })
    };
    html! {
        <section class="smp-page">
            { page_header(plan.name.to_string().into(), Some("Overview"), html! {
                <p>
                    { format!("Created {} · last edited {}",
                        shell::local_date_time(plan.created),
                        shell::local_date_time(plan.updated)) }
                </p>
            }) }
            <div class="smp-overview">
                <div class="smp-overview__main">
                <section class="smp-card" aria-labelledby="smp-about-title">
                    <h2 class="smp-card__title" id="smp-about-title">{ "About this plan" }</h2>
                    <TextField label="Brand or client" value={plan.brand.clone()}
                        oninput={edit(PlanEdit::Brand)}
                        placeholder={Some(AttrValue::from("Who the plan is for"))} />
                    <TextField label="What this plan is for" value={plan.about.clone()}
                        oninput={edit(PlanEdit::About)} multiline=true
                        hint={Some(AttrValue::from("A few lines on the business, the market and the year ahead. Everything saves as you type."))} />
                </section>
                { workflow(plan, &readiness) }
                </div>
                <aside class="smp-overview__aside">
                    <ReadinessPanel readiness={(*readiness).clone()}
                        blockers={plan.campaign_blockers()} />
                </aside>
            </div>
        </section>
    }
}

/// The four steps, with where the plan stands in each; `readiness` is worked
/// out once by the overview, for this and its panel.
fn workflow(plan: &crate::plan::Plan, readiness: &[crate::plan::PartReadiness]) -> Html {
    let summary = plan.summary();
    let blockers = plan.campaign_blockers();
    let complete = readiness
        .iter()
        .filter(|r| r.status == crate::plan::PartStatus::Complete)
        .count();
    let strategy_status = if readiness
        .iter()
        .all(|r| r.status == crate::plan::PartStatus::NotStarted)
    {
        "Start here".to_owned()
    } else {
        format!("{complete} of {} parts complete", readiness.len())
    };
    let campaigns_status = if !blockers.is_empty() {
        "Needs the strategy first".to_owned()
    } else {
        plan.campaigns_status(shell::today())
    };
    let steps = [
        (Route::Strategy, "1", "Strategy", "Objectives, audience, channels and story: the long-term foundation, about a year ahead.", strategy_status),
        (Route::Campaigns, "2", "Campaigns", "Short, targeted efforts of one to three months, each built on the strategy.", campaigns_status),
        (Route::Calendar, "3", "Calendar", "Posts and tasks, each with a date, a profile and an owner.", count(summary.posts, "post")),
        (Route::Measure, "4", "Measure", "Results against targets; what you learn changes the strategy.", plan.measure_status(shell::today())),
    ];
    html! {
        <section class="smp-card" aria-labelledby="smp-workflow-title">
            <h2 class="smp-card__title" id="smp-workflow-title">{ "The workflow" }</h2>
            <ol class="smp-steps">
                { for steps.into_iter().map(|(route, number, title, text, status)| html! {
                    <li class="smp-steps__item">
                        <span class="smp-steps__number" aria-hidden="true">{ number }</span>
                        <div class="smp-steps__body">
                            <NavLink to={route} class="smp-steps__link">{ title }</NavLink>
                            <p class="smp-steps__text">{ text }</p>
                        </div>
                        <span class="smp-pill">{ status }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn count(n: usize, noun: &str) -> String {
    match n {
        0 => format!("No {noun}s yet"),
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}
