//! The home page: a welcome with no plans; otherwise the open plan's overview.

use super::page_header;
use crate::plan::dashboard::{CampaignLine, ResultOf, OWNER_ENTRIES};
use crate::plan::hints::{self, Hint};
use crate::plan::{when, Command, PlanEdit, CURRENCIES};
use crate::session;
use crate::ui::components::{
    create_plan_form, readiness_panel, ExampleButton, SelectField, TextField,
};
use crate::ui::route::{NavLink, Route};
use crate::ui::shell;
use crate::ui::store::use_store;
use crate::ui::text::{hint, say, t, tf, tn, Words};
use yew::prelude::*;

#[component]
pub fn OverviewPage() -> Html {
    let store = use_store();
    let dispatch = crate::ui::store::use_dispatch();
    let navigator = crate::ui::route::use_navigator();
    match store.workspace.current_shared() {
        Some(plan) => plan_overview(&store, &plan, navigator),
        None => welcome(&dispatch),
    }
}

fn welcome(dispatch: &crate::ui::store::Dispatch) -> Html {
    // On its own page the planner starts in the name field; embedded, the
    // host page's focus is not ours to take.
    let embedded = dispatch.embedded();
    html! {
        <section class="smp-page smp-welcome">
            <div class="smp-welcome__intro">
                <p class="smp-eyebrow">{ t("Welcome") }</p>
                <h1 class="smp-page__title">{ t("From strategy to calendar, in one plan") }</h1>
                <p class="smp-lead">
                    { t("Set the long-term strategy first, build short campaigns on it, carry both out day by day, then measure and adapt. One plan per brand or client; everything stays in this browser.") }
                </p>
                <ol class="smp-welcome__steps">
                    <li><strong>{ t("Strategy") }</strong>{ " — " }{ t("objectives, audience, channels: the year-long foundation.") }</li>
                    <li><strong>{ t("Campaigns") }</strong>{ " — " }{ t("short, targeted efforts that stand on it.") }</li>
                    <li><strong>{ t("Calendar") }</strong>{ " — " }{ t("posts and tasks, each with an owner and a date.") }</li>
                    <li><strong>{ t("Measure") }</strong>{ " — " }{ t("results against targets, lessons fed back.") }</li>
                </ol>
            </div>
            <div class="smp-card smp-welcome__start">
                <h2 class="smp-card__title">{ t("Create your first plan") }</h2>
                { create_plan_form(dispatch, !embedded) }
                <ExampleButton />
            </div>
        </section>
    }
}

fn plan_overview(
    store: &crate::ui::store::Store,
    plan: &crate::plan::Plan,
    navigator: Option<crate::ui::route::Navigator>,
) -> Html {
    let readiness = plan.strategy.readiness(shell::today());
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
    let currencies = CURRENCIES
        .iter()
        .map(|c| {
            (
                AttrValue::Static(c.code),
                AttrValue::from(format!("{} ({})", &*t(c.name), c.code)),
            )
        })
        .collect::<Vec<_>>();
    html! {
        <section class="smp-page">
            { page_header(plan.name.to_string().into(), Some(t("Overview").into()), html! {
                <p>
                    { tf("Created {} · last edited {}", &[
                        &shell::local_date_time(plan.created),
                        &shell::local_date_time(plan.updated)]) }
                </p>
            }) }
            <div class="smp-overview">
                <div class="smp-overview__main">
                { dashboard(plan) }
                { workflow(plan, &readiness) }
                <section class="smp-card" aria-labelledby="smp-about-title">
                    <h2 class="smp-card__title" id="smp-about-title">{ t("About this plan") }</h2>
                    <TextField label={t("Brand or client")} value={plan.brand.clone()}
                        oninput={edit(PlanEdit::Brand)}
                        placeholder={t("Who the plan is for")} />
                    <TextField label={t("What this plan is for")} value={plan.about.clone()}
                        oninput={edit(PlanEdit::About)} multiline=true
                        hint={Hint::About.until_given(hints::given(&plan.about)).map(hint)} />
                    <SelectField label={t("Currency")} options={currencies}
                        selected={plan.currency().map(|c| AttrValue::Static(c.code))}
                        none={AttrValue::from(t("None: amounts as plain numbers"))}
                        hint={AttrValue::from(t("For the campaigns' budgets, costs and returns."))}
                        onchange={let edit = edit(PlanEdit::Currency); move |code: Option<String>| edit.emit(code.unwrap_or_default())} />
                </section>
                </div>
                <aside class="smp-overview__aside">
                    { readiness_panel(&readiness, &plan.campaign_blockers(), navigator, None) }
                </aside>
            </div>
        </section>
    }
}

/// The week's work per owner, the campaigns running and next, and the
/// results behind their line: each item a link to where its work is.
fn dashboard(plan: &crate::plan::Plan) -> Html {
    let today = shell::today();
    let dash = plan.dashboard(today, shell::week_start());
    let review = plan.review_due(today);
    let week_query = format!("view=week&date={}", when::iso_day(dash.week.start()));
    let card = |id: &'static str, title: Words, note: Option<String>, body: Html| {
        html! {
            <section class="smp-card smp-dash" aria-labelledby={id}>
                <div class="smp-dash__head">
                    <h2 class="smp-card__title" {id}>{ title }</h2>
                    if let Some(note) = note {
                        <p class="smp-dash__note">{ note }</p>
                    }
                </div>
                { body }
            </section>
        }
    };
    let campaign = |line: &CampaignLine| {
        html! {
            <li class="smp-dash__item">
                <NavLink to={Route::Campaign { id: line.id.to_string() }} class="smp-dash__link">{ say(&line.title) }</NavLink>
                if line.findings > 0 {
                    <span class="smp-pill smp-pill--warning">{ tf("{} to check", &[&line.findings]) }</span>
                }
                <p class="smp-dash__note">{ say(&line.when) }</p>
            </li>
        }
    };
    let group = |title: Words, lines: &[CampaignLine]| {
        html! {
            if !lines.is_empty() {
                <h3 class="smp-dash__group">{ title }</h3>
                <ul class="smp-dash__list">{ for lines.iter().map(campaign) }</ul>
            }
        }
    };
    html! {
        <>
            { card("smp-dash-week", t("This week"), Some(crate::ui::text::dates().span(dash.week)), html! { <>
                if dash.owners.is_empty() {
                    <p class="smp-dash__empty">
                        { t("Nothing is planned this week.") }{ " " }
                        <NavLink to={Route::Calendar} query={AttrValue::from(week_query.clone())}>{ t("Open the week in the calendar") }</NavLink>
                    </p>
                }
                { for dash.owners.iter().map(|owner| {
                    let more = owner.entries.len().saturating_sub(OWNER_ENTRIES);
                    let mut query = week_query.clone();
                    if let Some(id) = &owner.owner {
                        query.push_str(&format!("&owner={id}"));
                    }
                    html! {
                        <div class="smp-dash__owner">
                            <h3 class="smp-dash__group">{ say(&owner.name) }</h3>
                            <p class="smp-dash__note">{ say(&owner.summary()) }</p>
                            <ul class="smp-dash__list">
                                { for owner.entries.iter().take(OWNER_ENTRIES).map(|entry| html! {
                                    <li class="smp-dash__item">
                                        <NavLink to={Route::Calendar} class="smp-dash__link"
                                            query={AttrValue::from(format!("{week_query}&item={}", entry.key.to_param()))}>
                                            { say(&plan.entry_line(entry)) }
                                        </NavLink>
                                        <span class="smp-pill">{ t(entry.status_label()) }</span>
                                    </li>
                                }) }
                                if more > 0 {
                                    <li><NavLink to={Route::Calendar} query={AttrValue::from(query)}>{ tf("and {} more", &[&more]) }</NavLink></li>
                                }
                            </ul>
                        </div>
                    }
                }) }
                if let Some(checks) = dash.checks_text() {
                    <p><NavLink to={Route::Calendar} query={AttrValue::from(week_query.clone())}>{ say(&checks) }</NavLink></p>
                }
            </> }) }
            { card("smp-dash-campaigns", t("Campaigns now and next"), None, html! { <>
                if dash.running.is_empty() && dash.next.is_empty() {
                    <p class="smp-dash__empty">
                        { t("No campaign is running or coming up.") }{ " " }
                        <NavLink to={Route::Campaigns}>{ t("Go to Campaigns") }</NavLink>
                    </p>
                }
                { group(t("Running now"), &dash.running) }
                { group(t("Next"), &dash.next) }
            </> }) }
            { card("smp-dash-results", t("Results"), review.map(|r| say(&r.describe(today))), html! { <>
                if review.is_some_and(|r| r.now) {
                    <p><NavLink to={Route::Measure} focus={AttrValue::from("smp-review-day")}>{ t("Record the review") }</NavLink></p>
                }
                if dash.off_track.is_empty() {
                    <p class="smp-dash__empty">{ say(&plan.measure_status(today)) }</p>
                }
                <ul class="smp-dash__list">
                    { for dash.off_track.iter().map(|off| {
                        let id = match &off.of {
                            ResultOf::Kpi(id) => id.to_string(),
                            ResultOf::Campaign(id) => id.to_string(),
                        };
                        html! {
                            <li class="smp-dash__item">
                                <NavLink to={Route::Measure} class="smp-dash__link" focus={AttrValue::from(format!("result-title-{id}"))}>{ say(&off.title) }</NavLink>
                                <span class="smp-pill smp-pill--warning">{ t("Off track") }</span>
                                <p class="smp-dash__note">{ say(&off.fact) }</p>
                            </li>
                        }
                    }) }
                </ul>
            </> }) }
        </>
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
        t("Start here").to_owned()
    } else {
        tf("{} of {} parts complete", &[&complete, &readiness.len()])
    };
    let campaigns_status = if !blockers.is_empty() {
        t("Needs the strategy first").to_owned()
    } else {
        say(&plan.campaigns_status(shell::today()))
    };
    let posts_status = match summary.posts {
        0 => t("No posts yet").to_owned(),
        n => tn(n, "{} post", "{} posts"),
    };
    let steps = [
        (Route::Strategy, "1", t("Strategy"), t("Objectives, audience, channels and story: the long-term foundation, about a year ahead."), strategy_status),
        (Route::Campaigns, "2", t("Campaigns"), t("Short, targeted efforts of one to three months, each built on the strategy."), campaigns_status),
        (Route::Calendar, "3", t("Calendar"), t("Posts and tasks, each with a date, a profile and an owner."), posts_status),
        (Route::Measure, "4", t("Measure"), t("Results against targets; what you learn changes the strategy."), say(&plan.measure_status(shell::today()))),
    ];
    html! {
        <section class="smp-card" aria-labelledby="smp-workflow-title">
            <h2 class="smp-card__title" id="smp-workflow-title">{ t("The workflow") }</h2>
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
