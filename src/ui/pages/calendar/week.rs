//! The week view: seven days side by side with every entry, and below, each
//! profile's posts this week against the cadence the content strategy sets.

use super::chip::{chip, shared};
use super::{Cal, Latest};
use crate::plan::when;
use crate::plan::{Entry, Rule};
use crate::ui::text::{t, tf};
use chrono::{Datelike, Duration};
use std::rc::Rc;
use yew::prelude::*;

pub fn week(cal: &Rc<Cal>, latest: &Latest) -> Html {
    let days: Vec<_> = (0..7)
        .map(|n| cal.range.start() + Duration::days(n))
        .collect();
    let handlers = shared(latest);
    let columns = days.iter().map(|day| {
        let day = *day;
        let date = when::iso_day(day);
        let entries: &[Entry] = cal.by_day.get(&day).map_or(&[], |list| list.0.as_slice());
        html! {
            <section class={classes!("smp-week__day", "smp-drop", (day == cal.today).then_some("smp-day--today"))}
                aria-label={crate::ui::text::dates().weekday_day_month(day)} data-day={date}>
                <header class="smp-week__head">
                    <span class="smp-week__name">{ crate::ui::text::dates().weekday_short(day.weekday()) }</span>
                    <span class="smp-week__date">{ crate::ui::text::dates().day_month(day) }</span>
                    <button type="button" class="smp-day__add"
                        aria-label={tf("Add a post on {}", &[&crate::ui::text::dates().weekday_day_month(day)])}></button>
                </header>
                if entries.is_empty() {
                    <p class="smp-week__empty">{ t("Nothing yet") }</p>
                } else {
                    <div class="smp-day__entries">{ for entries.iter().map(|e| chip(cal, e)) }</div>
                }
            </section>
        }
    });
    html! {
        <>
            <div class="smp-week" onclick={handlers.onclick} ondragstart={handlers.ondragstart}
                ondragover={handlers.ondragover} ondragleave={handlers.ondragleave}
                ondrop={handlers.ondrop} onkeydown={handlers.onkeydown}>
                { for columns }
            </div>
            { cadence(cal) }
        </>
    }
}

/// Planned against intended, per profile, for the week shown.
fn cadence(cal: &Cal) -> Html {
    let rows = cal.plan.strategy.profiles.iter().map(|profile| {
        let planned = cal
            .entries
            .iter()
            .filter(|e| e.content().and_then(|c| c.profile.as_ref()) == Some(&profile.id))
            .count();
        let intended = profile.posts_per_week;
        let off = cal.findings.iter().any(|f| {
            f.rule == Rule::CadenceOff
                && f.place
                    .item
                    .as_deref()
                    .is_some_and(|i| i.ends_with(&format!(".{}", profile.id)))
        });
        html! {
            <tr class={classes!(off.then_some("smp-table__row--flagged"))}>
                <th scope="row">{ profile.title() }</th>
                <td>{ planned }</td>
                <td>{ intended.map_or_else(|| t("not set").to_owned(), |n| n.to_string()) }</td>
                <td>{ crate::ui::text::say(&profile.cadence_gap(planned)) }</td>
            </tr>
        }
    });
    html! {
        // The title stays whole above the box, which scrolls on a phone when
        // the names are long, and is focusable so that a keyboard can scroll it.
        <div class="smp-cadence">
        <p class="smp-label smp-table-title" id="smp-cadence-title">{ t("This week against the content strategy's cadence") }</p>
        <div class="smp-scroll" role="region" tabindex="0" aria-labelledby="smp-cadence-title">
        <table class="smp-table smp-table--cadence" aria-labelledby="smp-cadence-title">
            <thead><tr>
                <th scope="col">{ t("Profile") }</th><th scope="col">{ t("Planned") }</th>
                <th scope="col">{ t("Intended") }</th><th scope="col">{ t("Difference") }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
        </div>
        </div>
    }
}
