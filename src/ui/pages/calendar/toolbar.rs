//! The calendar's toolbar: the views, moving through time, adding, the
//! filters with their counts, and the time zone.

use super::{Cal, View};
use crate::plan::{CalendarEdit, CampaignChoice, Dimension, Entry, PostStatus};
use crate::ui::components::use_dom_id;
use crate::ui::shell;
use chrono::NaiveDate;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn title(cal: &Cal) -> String {
    match cal.view {
        View::Month => cal.anchor.format("%B %Y").to_string(),
        View::Week => format!("Week of {}", shell::span_label(cal.range)),
        View::List => shell::span_label(cal.range),
    }
}

pub fn toolbar(cal: &Rc<Cal>) -> Html {
    let go_to = |date: NaiveDate| {
        let cal = cal.clone();
        Callback::from(move |_: MouseEvent| {
            cal.go(|a| {
                a.date = Some(date);
                a.page = None;
            });
        })
    };
    let views = View::ALL.map(|view| {
        let cal2 = cal.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            cal2.go(|a| {
                a.view = view;
                a.page = None;
            })
        });
        let label = view.label();
        html! {
            <button type="button" class="smp-segment__button" aria-pressed={(cal.view == view).to_string()} {onclick}>
                { label }
            </button>
        }
    });
    // New entries go on today when it is in view, else on the view's day.
    let day = if cal.range.contains(cal.today) {
        cal.today
    } else {
        cal.anchor
    };
    let add_post = {
        let cal = cal.clone();
        Callback::from(move |_: MouseEvent| cal.add_post(day))
    };
    let add_task = {
        let cal = cal.clone();
        Callback::from(move |_: MouseEvent| cal.add_task(day))
    };
    html! {
        <div class="smp-calendar__toolbar">
            <div class="smp-calendar__nav">
                <div class="smp-segment" role="group" aria-label="View">{ for views }</div>
                <div class="smp-calendar__move">
                    <button type="button" class="smp-button smp-button--small" onclick={go_to(cal.view.shifted(cal.anchor, false))}
                        aria-label="Earlier">{ "‹" }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={go_to(cal.today)}>{ "Today" }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={go_to(cal.view.shifted(cal.anchor, true))}
                        aria-label="Later">{ "›" }</button>
                </div>
                <h2 class="smp-calendar__title" aria-live="polite">{ title(cal) }</h2>
                <div class="smp-calendar__add">
                    <button type="button" class="smp-button smp-button--primary smp-button--small" onclick={add_post}>{ "New post" }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={add_task}>{ "New task" }</button>
                </div>
            </div>
            { filters(cal) }
            <TimeZone cal={super::CalRef(cal.clone())} />
        </div>
    }
}

/// One filter: a labelled select whose options say how many entries each shows.
fn filter_select(
    cal: &Rc<Cal>,
    dimension: Dimension,
    options: Vec<(String, String, usize)>,
) -> Html {
    let current = cal.filter.key(dimension);
    let label = dimension.label();
    let onchange = {
        let cal = cal.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            cal.go(|a| {
                a.filter.set_key(dimension, Some(&value));
                a.page = None;
            });
        })
    };
    html! {
        <label class="smp-filter">
            <span class="smp-filter__label">{ label.to_owned() }</span>
            <select class="smp-input smp-select smp-filter__select" {onchange}>
                <option value="" selected={current.is_none()}>{ "All" }</option>
                { for options.into_iter().map(|(value, name, count)| html! {
                    <option value={value.clone()} selected={current.as_deref() == Some(value.as_str())}>
                        { format!("{name} ({count})") }
                    </option>
                }) }
            </select>
        </label>
    }
}

fn filters(cal: &Rc<Cal>) -> Html {
    let plan = &cal.plan;
    let f = &cal.filter;
    let all: &[Entry] = &cal.all;
    let by_profile = f.tally(all, Dimension::Profile, |e| {
        e.content().and_then(|c| c.profile.clone())
    });
    // Evergreen counts under `None`.
    let by_campaign = f.tally(all, Dimension::Campaign, |e| {
        campaign_of(e).map(|c| match c {
            CampaignChoice::Evergreen => None,
            CampaignChoice::Campaign(id) => Some(id),
        })
    });
    let by_pillar = f.tally(all, Dimension::Pillar, |e| {
        e.content().and_then(|c| c.pillar.clone())
    });
    let by_owner = f.tally(all, Dimension::Owner, |e| match (e.content(), e.task()) {
        (Some(c), _) => c.owner.clone(),
        (_, Some(t)) => t.owner.clone(),
        _ => None,
    });
    let by_status = f.tally(all, Dimension::Status, |e| e.content().map(|c| c.status));
    let count = |n: Option<&usize>| n.copied().unwrap_or(0);
    let profiles = plan
        .strategy
        .profiles
        .iter()
        .map(|p| (p.id.to_string(), p.title(), count(by_profile.get(&p.id))))
        .collect();
    let mut campaigns = vec![(
        CampaignChoice::Evergreen.key(),
        "Evergreen".to_owned(),
        count(by_campaign.get(&None)),
    )];
    campaigns.extend(plan.campaigns.iter().filter(|c| !c.archived).map(|c| {
        let n = count(by_campaign.get(&Some(c.id.clone())));
        (c.id.to_string(), c.title().to_owned(), n)
    }));
    let pillars = plan
        .strategy
        .content
        .pillars
        .iter()
        .map(|p| {
            (
                p.id.to_string(),
                p.title().to_owned(),
                count(by_pillar.get(&p.id)),
            )
        })
        .collect();
    let owners = plan
        .strategy
        .team
        .members
        .iter()
        .map(|m| {
            (
                m.id.to_string(),
                m.title().to_owned(),
                count(by_owner.get(&m.id)),
            )
        })
        .collect();
    let statuses = PostStatus::ALL
        .iter()
        .map(|s| {
            (
                s.key().to_owned(),
                s.label().to_owned(),
                count(by_status.get(s)),
            )
        })
        .collect();
    let clear = {
        let cal = cal.clone();
        Callback::from(move |_: MouseEvent| cal.go(|a| *a = a.with_filter(Default::default())))
    };
    html! {
        <div class="smp-filters" role="group" aria-label="Filters">
            { filter_select(cal, Dimension::Profile, profiles) }
            { filter_select(cal, Dimension::Campaign, campaigns) }
            { filter_select(cal, Dimension::Pillar, pillars) }
            { filter_select(cal, Dimension::Owner, owners) }
            { filter_select(cal, Dimension::Status, statuses) }
            if !cal.filter.is_empty() {
                <button type="button" class="smp-button smp-button--quiet smp-button--small" onclick={clear}>
                    { format!("Clear filters (showing {} of {})", cal.entries.len(), cal.all.len()) }
                </button>
            }
        </div>
    }
}

fn campaign_of(e: &Entry) -> Option<CampaignChoice> {
    let campaign = match (e.content(), e.task()) {
        (Some(c), _) => c.campaign.clone(),
        (_, Some(t)) => t.campaign.clone(),
        _ => return None,
    };
    Some(campaign.map_or(CampaignChoice::Evergreen, CampaignChoice::Campaign))
}

#[derive(Properties, PartialEq)]
struct TimeZoneProps {
    cal: super::CalRef,
}

/// The plan's time zone, and changing it on purpose: keep every post at its
/// clock time, or keep each at the same moment (so 9:00 in Paris becomes 8:00
/// in London).
#[component]
fn TimeZone(props: &TimeZoneProps) -> Html {
    let cal = props.cal.0.clone();
    let open = use_state(|| false);
    let choice = use_state(|| cal.zone.clone());
    let keep_moments = use_state(|| false);
    let select_id = use_dom_id("zone");
    let own = cal.plan.calendar.time_zone.is_none();
    if !*open {
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(true))
        };
        return html! {
            <p class="smp-zone">
                { format!("Times are in {}{}.", cal.zone, if own { " (this browser's zone)" } else { "" }) }
                <button type="button" class="smp-button smp-button--link smp-button--small" {onclick}>{ "Change the time zone" }</button>
            </p>
        };
    }
    let zones = shell::time_zones();
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            choice.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let apply = {
        let (cal, open, choice, keep_moments) = (
            cal.clone(),
            open.clone(),
            choice.clone(),
            keep_moments.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let to = (*choice).clone();
            let (retimed_posts, retimed_series) = if *keep_moments {
                let posts = cal
                    .plan
                    .calendar
                    .posts
                    .iter()
                    .map(|p| (p.id.clone(), shell::convert(p.at, &cal.zone, &to)))
                    .collect();
                let series = cal
                    .plan
                    .calendar
                    .series
                    .iter()
                    .map(|s| {
                        (
                            s.id.clone(),
                            shell::convert(s.days.start().and_time(s.time), &cal.zone, &to).time(),
                        )
                    })
                    .collect();
                (posts, series)
            } else {
                (Vec::new(), Vec::new())
            };
            let zone = (to != shell::browser_time_zone() || cal.plan.calendar.time_zone.is_some())
                .then_some(to);
            cal.edit(CalendarEdit::TimeZone {
                zone,
                retimed_posts,
                retimed_series,
            });
            open.set(false);
        })
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let set_keep = |value: bool| {
        let keep_moments = keep_moments.clone();
        Callback::from(move |_: Event| keep_moments.set(value))
    };
    html! {
        <fieldset class="smp-zone smp-zone--open">
            <legend class="smp-label">{ "The plan's time zone" }</legend>
            <label class="smp-label" for={select_id.clone()}>{ "Time zone" }</label>
            <select id={select_id} class="smp-input smp-select" {onchange}>
                { for zones.iter().map(|z| html! { <option value={z.clone()} selected={*z == *choice}>{ z.clone() }</option> }) }
            </select>
            <label class="smp-check">
                <input type="radio" name="smp-zone-keep" checked={!*keep_moments} onchange={set_keep(false)} />
                <span>{ "Keep each post at its clock time" }</span>
            </label>
            <label class="smp-check">
                <input type="radio" name="smp-zone-keep" checked={*keep_moments} onchange={set_keep(true)} />
                <span>{ "Keep each post at the same moment (its clock time changes)" }</span>
            </label>
            <div class="smp-banner__actions">
                <button type="button" class="smp-button smp-button--primary smp-button--small" onclick={apply}>{ "Change the time zone" }</button>
                <button type="button" class="smp-button smp-button--small" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </fieldset>
    }
}
