//! The calendar's toolbar: the views, moving through time, adding, the
//! filters with their counts, and the time zone.

use super::{Latest, View};
use crate::plan::{Address, DateRange, Dimension, Filter, FilterOption, FilterOptions};
use crate::ui::components::use_dom_id;
use crate::ui::route::{NavLink, Route};
use crate::ui::shell;
use crate::ui::store::Shared;
use crate::ui::text::{say, t, tf};
use chrono::NaiveDate;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn title(view: View, anchor: NaiveDate, range: DateRange) -> String {
    match view {
        View::Month => crate::ui::text::dates().month_year(anchor),
        View::Week => tf("Week of {}", &[&crate::ui::text::dates().span(range)]),
        View::List => crate::ui::text::dates().span(range),
    }
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub latest: Latest,
    pub view: View,
    pub anchor: NaiveDate,
    pub range: DateRange,
    pub today: NaiveDate,
    pub filter: Filter,
    pub options: Shared<FilterOptions>,
    /// Entries shown, and on the days shown before filters.
    pub shown: usize,
    pub total: usize,
    pub zone: AttrValue,
    /// The zone is the browser's, the plan having none of its own.
    pub own_zone: bool,
}

/// Drawn again only when what it shows changes: not on a keystroke in the
/// panel, which leaves the days, the filters and their counts as they were.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    crate::ui::probe::rendered("toolbar");
    let (view, anchor, range, today) = (props.view, props.anchor, props.range, props.today);
    let go = |change: fn(&mut Address, NaiveDate, View), date: NaiveDate, view: View| {
        let latest = props.latest.clone();
        Callback::from(move |_: MouseEvent| latest.with(|cal| cal.go(|a| change(a, date, view))))
    };
    let go_to = |date: NaiveDate| {
        go(
            |a, date, _| {
                a.date = Some(date);
                a.page = None;
            },
            date,
            view,
        )
    };
    let views = View::ALL.map(|v| {
        let onclick = go(
            |a, _, view| {
                a.view = view;
                a.page = None;
            },
            anchor,
            v,
        );
        html! {
            <button type="button" class="smp-segment__button" aria-pressed={(view == v).to_string()} {onclick}>
                { t(v.label()) }
            </button>
        }
    });
    // New entries go on today when it is in view, else on the view's day.
    let day = if range.contains(today) { today } else { anchor };
    let add = |task: bool| {
        let latest = props.latest.clone();
        Callback::from(move |_: MouseEvent| {
            latest.with(|cal| {
                if task {
                    cal.add_task(day)
                } else {
                    cal.add_post(day)
                }
            })
        })
    };
    html! {
        <div class="smp-calendar__toolbar">
            <div class="smp-calendar__nav">
                <div class="smp-segment" role="group" aria-label={t("View")}>{ for views }</div>
                <div class="smp-calendar__move">
                    <button type="button" class="smp-button smp-button--small" onclick={go_to(view.shifted(anchor, false))}
                        aria-label={t("Earlier")}>{ "‹" }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={go_to(today)}>{ t("Today") }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={go_to(view.shifted(anchor, true))}
                        aria-label={t("Later")}>{ "›" }</button>
                </div>
                <h2 class="smp-calendar__title" aria-live="polite">{ title(view, anchor, range) }</h2>
                <div class="smp-calendar__add">
                    <button type="button" class="smp-button smp-button--primary smp-button--small" onclick={add(false)}>{ t("New post") }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={add(true)}>{ t("New task") }</button>
                    <NavLink to={Route::Export} class="smp-button smp-button--small">{ t("Export") }</NavLink>
                </div>
            </div>
            { filters(props) }
            <TimeZone latest={props.latest.clone()} zone={props.zone.clone()} own={props.own_zone} />
        </div>
    }
}

/// One filter: a labelled select whose options say how many entries each shows.
fn filter_select(
    latest: &Latest,
    current: Option<String>,
    dimension: Dimension,
    options: &[FilterOption],
) -> Html {
    let onchange = {
        let latest = latest.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            latest.with(|cal| {
                cal.go(|a| {
                    a.filter.set_key(dimension, Some(&value));
                    a.page = None;
                })
            });
        })
    };
    html! {
        <label class="smp-filter">
            <span class="smp-filter__label">{ t(dimension.label()) }</span>
            <select class="smp-input smp-select smp-filter__select" {onchange}>
                <option value="" selected={current.is_none()}>{ t("All") }</option>
                { for options.iter().map(|o| html! {
                    <option value={o.key.clone()} selected={current.as_deref() == Some(o.key.as_str())}>
                        { format!("{} ({})", say(&o.name), o.count) }
                    </option>
                }) }
            </select>
        </label>
    }
}

fn filters(props: &ToolbarProps) -> Html {
    let clear = {
        let latest = props.latest.clone();
        Callback::from(move |_: MouseEvent| {
            latest.with(|cal| cal.go(|a| *a = a.with_filter(Default::default())))
        })
    };
    html! {
        <div class="smp-filters" role="group" aria-label={t("Filters")}>
            { for props.options.0.0.iter().map(|(dimension, options)| {
                filter_select(&props.latest, props.filter.key(*dimension), *dimension, options)
            }) }
            if !props.filter.is_empty() {
                <button type="button" class="smp-button smp-button--quiet smp-button--small" onclick={clear}>
                    { tf("Clear filters (showing {} of {})", &[&props.shown, &props.total]) }
                </button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TimeZoneProps {
    latest: Latest,
    zone: AttrValue,
    own: bool,
}

/// The plan's time zone, and changing it on purpose: keep every post at its
/// clock time, or keep each at the same moment (so 9:00 in Paris becomes 8:00
/// in London).
#[component]
fn TimeZone(props: &TimeZoneProps) -> Html {
    let open = use_state(|| false);
    let choice = use_state(|| props.zone.to_string());
    let keep_moments = use_state(|| false);
    let select_id = use_dom_id("zone");
    let own = props.own;
    if !*open {
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(true))
        };
        return html! {
            <p class="smp-zone">
                { if own { tf("Times are in {} (this browser's zone).", &[&props.zone]) } else { tf("Times are in {}.", &[&props.zone]) } }
                <button type="button" class="smp-button smp-button--link smp-button--small" {onclick}>{ t("Change the time zone") }</button>
            </p>
        };
    }
    let zones = crate::plan::zone_choices(
        shell::time_zones(),
        &[&props.zone, &shell::browser_time_zone(), "UTC"],
    );
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            choice.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let apply = {
        let (latest, open, choice, keep_moments) = (
            props.latest.clone(),
            open.clone(),
            choice.clone(),
            keep_moments.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let to = (*choice).clone();
            latest.with(|cal| {
                cal.edit(cal.plan.calendar.change_time_zone(
                    &to,
                    &shell::browser_time_zone(),
                    *keep_moments,
                    |at| shell::convert(at, &cal.zone, &to),
                ))
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
            <legend class="smp-label">{ t("The plan's time zone") }</legend>
            <label class="smp-label" for={select_id.clone()}>{ t("Time zone") }</label>
            <select id={select_id} class="smp-input smp-select" {onchange}>
                { for zones.iter().map(|z| html! { <option value={z.clone()} selected={*z == *choice}>{ z.clone() }</option> }) }
            </select>
            <label class="smp-check">
                <input type="radio" name="smp-zone-keep" checked={!*keep_moments} onchange={set_keep(false)} />
                <span>{ t("Keep each post at its clock time") }</span>
            </label>
            <label class="smp-check">
                <input type="radio" name="smp-zone-keep" checked={*keep_moments} onchange={set_keep(true)} />
                <span>{ t("Keep each post at the same moment (its clock time changes)") }</span>
            </label>
            <div class="smp-banner__actions">
                <button type="button" class="smp-button smp-button--primary smp-button--small" onclick={apply}>{ t("Change the time zone") }</button>
                <button type="button" class="smp-button smp-button--small" onclick={cancel}>{ t("Cancel") }</button>
            </div>
        </fieldset>
    }
}
