//! The month view: six weeks of days, each with its entries. Arrow keys move
//! between days, Enter adds a post on the day; entries are dragged to another
//! day, or moved with Alt and the arrow keys.

use super::chip::{closest, day_of, shared, Chip};
use super::{Latest, Profiles};
use crate::plan::when;
use crate::plan::{DateRange, Entry, EntryKey};
use crate::ui::shell;
use crate::ui::store::Shared;
use crate::ui::text::{t, tf, tn};
use chrono::{Datelike, Duration, Months, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};
use yew::prelude::*;

/// Entries a day shows before "+N more".
const SHOWN: usize = 4;

/// Where a day's cell is found, to move the focus to it.
fn day_selector(day: NaiveDate) -> String {
    format!("[role=gridcell][data-day=\"{}\"]", when::iso_day(day))
}

#[derive(Properties, PartialEq)]
pub struct MonthViewProps {
    pub latest: Latest,
    pub range: DateRange,
    pub anchor: NaiveDate,
    pub today: NaiveDate,
    /// The entries shown, day by day.
    pub by_day: Shared<BTreeMap<NaiveDate, Shared<Vec<Entry>>>>,
    /// Entries a check warns about, by their URL key.
    pub flagged: Shared<BTreeSet<EntryKey>>,
    pub profiles: Shared<Profiles>,
    /// The entry open in the panel.
    pub selected: Option<EntryKey>,
    /// The days of the campaign filtered for, to tint them.
    pub campaign: Option<DateRange>,
}

#[component]
pub fn MonthView(props: &MonthViewProps) -> Html {
    crate::ui::probe::rendered("month");
    let (range, anchor, today) = (props.range, props.anchor, props.today);
    // The day that takes Tab: the one last focused, or today, or the first.
    let focused = use_state(|| None::<NaiveDate>);
    let tab_day = focused
        .filter(|d| range.contains(*d))
        .or_else(|| range.contains(today).then_some(today))
        .unwrap_or(anchor.with_day(1).unwrap_or(anchor));

    // Made once: they read the page as it is when they run.
    let handlers = use_memo(props.latest.clone(), shared);
    let onkeydown = {
        let (latest, focused, chip_keys) = (
            props.latest.clone(),
            focused.clone(),
            handlers.onkeydown.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            chip_keys.emit(e.clone());
            if e.default_prevented() {
                return;
            }
            // Keys pressed on a chip or a button inside a day belong to them.
            let Some(cell) = closest(&e, "[role=gridcell]") else {
                return;
            };
            let on_cell = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                == Some(cell.clone());
            let Some(day) = day_of(&cell).filter(|_| on_cell) else {
                return;
            };
            latest.with(|cal| {
                let to = match e.key().as_str() {
                    "ArrowLeft" => day - Duration::days(1),
                    "ArrowRight" => day + Duration::days(1),
                    "ArrowUp" => day - Duration::days(7),
                    "ArrowDown" => day + Duration::days(7),
                    "Home" => super::week_of(day, cal.week_start).start(),
                    "End" => super::week_of(day, cal.week_start).end(),
                    "PageUp" => day.checked_sub_months(Months::new(1)).unwrap_or(day),
                    "PageDown" => day.checked_add_months(Months::new(1)).unwrap_or(day),
                    "Enter" | " " => {
                        e.prevent_default();
                        cal.add_post(day);
                        return;
                    }
                    _ => return,
                };
                e.prevent_default();
                focused.set(Some(to));
                if to.month() != cal.anchor.month() || !cal.range.contains(to) {
                    cal.go(|a| a.date = Some(to));
                    shell::focus_later_at(day_selector(to));
                } else if !shell::focus_now(&day_selector(to)) {
                    shell::focus_later_at(day_selector(to));
                }
            });
        })
    };
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| {
            let day = closest(&e, "[role=gridcell]").and_then(|cell| day_of(&cell));
            if day.is_some() && *focused != day {
                focused.set(day);
            }
        })
    };

    let days: Vec<NaiveDate> = (0..42).map(|n| range.start() + Duration::days(n)).collect();
    let heads = days[..7].iter().map(|d| {
        html! {
            <div role="columnheader" class="smp-month__head">
                <abbr title={crate::ui::text::dates().weekday_name(d.weekday())}>{ crate::ui::text::dates().weekday_short(d.weekday()) }</abbr>
            </div>
        }
    });
    let campaign = props.campaign;
    let none = (*use_memo((), |_| Shared(std::rc::Rc::new(Vec::new())))).clone();
    html! {
        <div class="smp-month" role="grid"
            aria-label={tf("{}: arrow keys move between days, Enter adds a post, Alt and the arrow keys move an entry", &[&crate::ui::text::dates().month_year(anchor)])}
            onclick={handlers.onclick.clone()} ondragstart={handlers.ondragstart.clone()} ondragover={handlers.ondragover.clone()}
            ondragleave={handlers.ondragleave.clone()} ondrop={handlers.ondrop.clone()} {onkeydown} {onfocusin}>
            <div role="row" class="smp-month__row smp-month__row--head">{ for heads }</div>
            { for days.chunks(7).map(|week| html! {
                <div role="row" class="smp-month__row">
                    { for week.iter().map(|day| {
                        let entries = props.by_day.get(day).cloned().unwrap_or_else(|| none.clone());
                        let selected = props.selected.clone().filter(|key| entries.iter().any(|e| &e.key == key));
                        let flagged = entries
                            .iter()
                            .take(SHOWN)
                            .filter(|e| props.flagged.contains(&e.key))
                            .map(|e| e.key.clone())
                            .collect::<Vec<_>>();
                        html! {
                            <DayCell day={*day} {entries} {selected} {flagged}
                                profiles={props.profiles.clone()}
                                outside={day.month() != anchor.month()}
                                today={*day == today}
                                tabbable={*day == tab_day}
                                in_campaign={campaign.is_some_and(|c| c.contains(*day))} />
                        }
                    }) }
                </div>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DayCellProps {
    day: NaiveDate,
    /// The same value until something on this day changes.
    entries: Shared<Vec<Entry>>,
    profiles: Shared<Profiles>,
    /// The entry open in the panel, when it is on this day.
    selected: Option<EntryKey>,
    /// The entries shown that a check warns about.
    flagged: Vec<EntryKey>,
    outside: bool,
    today: bool,
    tabbable: bool,
    in_campaign: bool,
}

/// A day of the month with its entries: drawn again only when what is on it,
/// or how it is marked, changes.
#[component]
fn DayCell(props: &DayCellProps) -> Html {
    crate::ui::probe::rendered("day");
    let day = props.day;
    let entries = &props.entries;
    let date = when::iso_day(day);
    let name = crate::ui::text::dates().weekday_day_month(day);
    let count = match entries.len() {
        0 => t("nothing planned").to_owned(),
        n => tn(n, "{} entry", "{} entries"),
    };
    let label = if props.today {
        tf("{} (today), {}", &[&name, &count])
    } else {
        format!("{name}, {count}")
    };
    // The day's number is drawn from data-n by CSS (with no text for screen
    // readers), and the chips sit in the cell itself: fewer elements for a
    // month of days. The cell is named from what it holds, its day first,
    // so that its name says all it shows.
    html! {
        <div role="gridcell" data-day={date} data-n={day.day().to_string()}
            tabindex={if props.tabbable { "0" } else { "-1" }}
            class={classes!(
                "smp-day",
                "smp-drop",
                props.outside.then_some("smp-day--outside"),
                props.today.then_some("smp-day--today"),
                props.in_campaign.then_some("smp-day--campaign"),
            )}>
            <span class="smp-visually-hidden">{ label }</span>
            <button type="button" class="smp-day__add" tabindex="-1" aria-label={tf("Add a post on {}", &[&name])}></button>
            { for entries.iter().take(SHOWN).map(|e| html! {
                // Unkeyed: another month's chips take these buttons over
                // and change only what differs.
                <Chip entry={e.clone()} profiles={props.profiles.clone()}
                    selected={props.selected.as_ref() == Some(&e.key)}
                    flagged={props.flagged.contains(&e.key)} />
            }) }
            if entries.len() > SHOWN {
                <button type="button" class="smp-day__more">
                    { tf("+{} more", &[&(entries.len() - SHOWN)]) }
                </button>
            }
        </div>
    }
}
