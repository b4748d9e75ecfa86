//! The Campaigns page: every campaign of the plan with its dates, status,
//! objective and return, on a timeline within the strategy's horizon. Until the
//! strategy can carry a campaign, it says what is missing and links there.

mod brief;

pub use brief::BriefPage;

use super::{empty_section, go_to_strategy, section_page, Section};
use crate::plan::{anchor, order, Campaign, CampaignId, Command, ItemEdit, Part, Plan, PlanEdit};
use crate::session;
use crate::ui::components::{timeline_chart, BarLabel};
use crate::ui::route::use_navigator;
use crate::ui::route::{NavLink, Route};
use crate::ui::shell;
use crate::ui::store::{use_store, Store};
use crate::ui::text::{say, t, tf, titled, Words};
use chrono::NaiveDate;
use yew::prelude::*;

/// Sends one change to one campaign of the open plan.
pub fn send_campaign(store: &Store, plan: &Plan, edit: ItemEdit<Campaign, CampaignId>) {
    store.dispatch(session::Event::Apply(campaign_command(plan, edit)));
}

pub fn campaign_command(plan: &Plan, edit: ItemEdit<Campaign, CampaignId>) -> Command {
    Command::EditPlan {
        id: plan.id.clone(),
        edit: PlanEdit::Campaign(Box::new(edit)),
        at: shell::now(),
    }
}

/// The id of the "New campaign" button, for the focus to come back to.
pub const NEW: &str = "smp-new-campaign";

#[component]
pub fn CampaignsPage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let show_archived = use_state(|| false);
    let today = shell::today();
    let body = store.workspace.current().map(|plan| {
        let blockers = plan.campaign_blockers();
        let needs = |lead: Words| html! {
            <>
            <p>{ lead }</p>
            <ul class="smp-checklist">
                { for blockers.iter().map(|missing| html! {
                    <li class="smp-checklist__item">{ t(missing.sentence()) }</li>
                }) }
            </ul>
            { go_to_strategy() }
            </>
        };
        if !blockers.is_empty() && plan.campaigns.is_empty() {
            return empty_section(
                t("No campaign without a strategy"),
                needs(t("Before a campaign can be planned, the strategy needs:")),
            );
        }
        // Campaigns on a strategy that is not ready (an import, or parts
        // emptied since): they stay, flagged, and no new one can be added.
        let flag = (!blockers.is_empty()).then(|| html! {
            <section class="smp-banner smp-banner--warning" aria-labelledby="smp-unready-title">
                <h2 class="smp-banner__title" id="smp-unready-title">{ t("These campaigns stand on a strategy that is not ready") }</h2>
                { needs(t("New campaigns wait until the strategy has:")) }
            </section>
        });
        let create = {
            let store = store.clone();
            let plan = plan.clone();
            let navigator = navigator.clone();
            Callback::from(move |_: MouseEvent| {
                let (millis, entropy) = shell::seed();
                let id = CampaignId::generated(millis, entropy);
                let dates = Campaign::first_dates(shell::today(), plan.strategy.measurement.horizon);
                let campaign = Campaign::new(id.clone(), dates);
                send_campaign(&store, &plan, ItemEdit::Put(campaign));
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Campaign { id: id.to_string() });
                }
                shell::focus_later(anchor(Part::Campaign, Some(id.as_str()), "name"));
            })
        };
        let mut live: Vec<&Campaign> = plan.campaigns.iter().filter(|c| !c.archived).map(|c| &**c).collect();
        order::sort_by_key(&mut live, |c| (c.dates.start(), c.dates.end()));
        let archived: Vec<&Campaign> = plan.campaigns.iter().filter(|c| c.archived).map(|c| &**c).collect();
        let labels: Vec<BarLabel> = plan
            .campaigns
            .iter()
            .map(|c| BarLabel {
                id: c.id.clone(),
                title: titled(c.title()).to_owned(),
                status: c.status(today),
                when: crate::ui::text::dates().span(c.dates),
            })
            .collect();
        let toggle = {
            let show_archived = show_archived.clone();
            Callback::from(move |_: MouseEvent| show_archived.set(!*show_archived))
        };
        html! {
            <div class="smp-campaigns">
                { flag.clone() }
                if flag.is_none() {
                    <div class="smp-toolbar">
                        <button type="button" class="smp-button smp-button--primary" id={NEW} onclick={create}>
                            { t("New campaign") }
                        </button>
                    </div>
                }
                if let Some(timeline) = plan.timeline() {
                    <section class="smp-card" aria-labelledby="smp-timeline-title">
                        <h2 class="smp-card__title" id="smp-timeline-title">{ t("Timeline") }</h2>
                        { timeline_chart(&timeline, &labels, today, navigator.clone()) }
                        <p class="smp-hint">{ if live.is_empty() {
                            t("The shaded band is the strategy's horizon, month by month. Each campaign shows here as a bar across its dates: start with New campaign.")
                        } else {
                            t("The shaded band is the strategy's horizon. Select a bar to open its brief.")
                        } }</p>
                    </section>
                }
                if live.is_empty() {
                    { empty_section(t("No campaigns yet"), html! {
                        <p>{ t("A campaign is a short push of one to three months on the strategy's audience and profiles, driving one response you can count.") }</p>
                    }) }
                } else {
                    <ul class="smp-campaign-list" aria-label={t("Campaigns")}>
                        { for live.iter().map(|c| campaign_row(plan, c, today)) }
                    </ul>
                }
                if !archived.is_empty() {
                    <div class="smp-archived">
                        <button type="button" class="smp-button smp-button--quiet" onclick={toggle}
                            aria-expanded={(*show_archived).to_string()}>
                            { if *show_archived {
                                tf("Hide archived ({})", &[&archived.len()])
                            } else {
                                tf("Show archived ({})", &[&archived.len()])
                            } }
                        </button>
                        if *show_archived {
                            <ul class="smp-campaign-list" aria-label={t("Archived campaigns")}>
                                { for archived.iter().map(|c| campaign_row(plan, c, today)) }
                            </ul>
                        }
                    </div>
                }
            </div>
        }
    });
    section_page(
        Section {
            title: t("Campaigns"),
            eyebrow: t("Step 2 · after the strategy"),
            lead: t("A campaign is a short effort, usually one to three months, that drives one targeted response — sign-ups, sales of a product, event attendance — through the audience and channels of the strategy."),
            wide: true,
        },
        body,
    )
}

fn campaign_row(plan: &Plan, campaign: &Campaign, today: NaiveDate) -> Html {
    let status = campaign.status(today);
    let mut facts = vec![crate::ui::text::dates().span(campaign.dates)];
    facts.extend(plan.campaign_facts(campaign).iter().map(say));
    html! {
        <li class="smp-campaign-row" key={campaign.id.to_string()}>
            <div class="smp-campaign-row__main">
                <div class="smp-campaign-row__title">
                    <NavLink to={Route::Campaign { id: campaign.id.to_string() }} class="smp-campaign-row__link">
                        { titled(campaign.title()) }
                    </NavLink>
                    <span class={classes!("smp-pill", format!("smp-pill--{}", status.label().to_ascii_lowercase()))}>
                        { t(campaign.status_label(today)) }
                    </span>
                </div>
                <p class="smp-campaign-row__facts">{ facts.join(" · ") }</p>
            </div>
            <dl class="smp-roi">
                <div><dt>{ t("Expected ROI") }</dt><dd>{ say(&campaign.expected_roi().describe()) }</dd></div>
                <div><dt>{ t("Actual ROI") }</dt><dd>{ say(&campaign.actual_roi().describe()) }</dd></div>
            </dl>
            <p class="smp-campaign-row__checks">
                { say(&plan.brief_summary(campaign)) }
            </p>
        </li>
    }
}
