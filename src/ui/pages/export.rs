//! Exports of the calendar: an iCalendar file of what the user chooses.
//! The file is written by `exchange::ics`; this page chooses, says what the
//! file holds and what changed since the last one, and downloads.

use super::{section_page, Section};
use crate::exchange::bulk;
use crate::exchange::ics::{self, Ledger};
use crate::plan::{DateRange, Plan};
use crate::storage::PlanStore;
use crate::ui::components::DateField;
use crate::ui::shell;
use crate::ui::store::{use_storage, use_store};
use chrono::NaiveDate;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn ExportPage() -> Html {
    let store = use_store();
    let storage = use_storage();
    let default = bulk::default_range(shell::today());
    let from = use_state(|| Some(default.start()));
    let to = use_state(|| Some(default.end()));
    let scope = use_state(|| "all".to_owned());
    let said = use_state(String::new);
    let body = store.workspace.current_shared().map(|plan| {
        let days = match (*from, *to) {
            (Some(a), Some(b)) => DateRange::new(a, b).ok(),
            _ => None,
        };
        let check_end = {
            let from = *from;
            Callback::from(move |end: NaiveDate| {
                from.filter(|start| end < *start)
                    .map(|_| "The last day comes before the first.".to_owned())
            })
        };
        let set = |state: &UseStateHandle<Option<NaiveDate>>| {
            let state = state.clone();
            Callback::from(move |d| state.set(d))
        };
        let days_fields = html! {
            <fieldset class="smp-export-days">
                <legend class="smp-label">{ "Days" }</legend>
                <DateField label="First day" value={*from} required=true onchange={set(&from)} />
                <DateField label="Last day" value={*to} required=true check={check_end} onchange={set(&to)} />
            </fieldset>
        };
        html! { <>
            { calendar_card(&plan, &scope, days, days_fields, &storage, &said) }
            <p class="smp-hint smp-export-said" role="status">{ (*said).clone() }</p>
        </> }
    });
    section_page(
        Section {
            title: "Export",
            eyebrow: "Calendar",
            lead: "A calendar file for Google Calendar, Apple Calendar or Outlook, made in this browser.",
            wide: false,
        },
        body,
    )
}

/// A labelled choice from a list of (key, label); `pick` hears the key.
fn choose(
    id: &'static str,
    label: &'static str,
    options: &[(&str, &str)],
    selected: &str,
    pick: Callback<String>,
) -> Html {
    let onchange = pick.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="smp-field">
            <label class="smp-label" for={id}>{ label }</label>
            <select {id} class="smp-input smp-select" {onchange}>
                { for options.iter().map(|(key, text)| html! {
                    <option value={key.to_string()} selected={*key == selected}>{ text.to_string() }</option>
                }) }
            </select>
        </div>
    }
}

/// Downloads a file and says so.
fn download(name: &str, text: &str, then: &str, said: &UseStateHandle<String>) -> bool {
    let done = shell::download(name, text);
    said.set(match done {
        true => format!("Downloaded {name}: {then}"),
        false => format!("The download of {name} could not start."),
    });
    done
}

fn calendar_card(
    plan: &Rc<Plan>,
    scope_key: &UseStateHandle<String>,
    days: Option<DateRange>,
    days_fields: Html,
    storage: &Rc<PlanStore>,
    said: &UseStateHandle<String>,
) -> Html {
    let zone = plan
        .calendar
        .time_zone
        .clone()
        .unwrap_or_else(shell::browser_time_zone);
    let scope = ics::chosen(scope_key, days);
    let events = scope
        .as_ref()
        .map(|scope| ics::events(plan, scope, |at| shell::to_utc(at, &zone)));
    let summary = match &events {
        Some(events) => {
            let ledger = Ledger::read(&storage.ledger(&plan.id));
            ics::summary(events, ledger.changed(events))
        }
        None => "Choose the first and the last day.".to_owned(),
    };
    let choices = ics::choices(plan);
    let options: Vec<(&str, &str)> = choices
        .iter()
        .map(|(k, l)| (k.as_str(), l.as_str()))
        .collect();
    let pick = {
        let scope_key = scope_key.clone();
        Callback::from(move |key| scope_key.set(key))
    };
    let ready = events.as_ref().is_some_and(|e| !e.is_empty());
    let onclick = {
        let (plan, storage, said) = (plan.clone(), storage.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(scope), Some(events)) = (&scope, &events) else {
                return;
            };
            let mut ledger = Ledger::read(&storage.ledger(&plan.id));
            let text = ics::calendar_of(&plan, &zone, events, shell::now(), |uid, print| {
                ledger.sequence(uid, print)
            });
            let name = shell::file_name(&ics::file_title(&plan, scope), ".ics");
            if download(&name, &text, "import it in your calendar app.", &said)
                && storage.keep_ledger(&plan.id, &ledger.text()).is_err()
            {
                said.set(format!("Downloaded {name}, but this browser's storage is full: a later file may not update these events."));
            }
        })
    };
    html! {
        <section class="smp-card smp-export-card" aria-labelledby="smp-ics-title">
            <h2 class="smp-card__title" id="smp-ics-title">{ "Calendar file (.ics)" }</h2>
            <p class="smp-hint">{ "Campaigns and tasks as all-day events, posts at their time. A newer file imported later updates the same events." }</p>
            { choose("smp-ics-scope", "What goes in", &options, scope_key, pick) }
            if scope_key.as_str() == "days" {
                { days_fields }
            }
            <p class="smp-export-summary">{ summary }</p>
            <button type="button" class="smp-button smp-button--primary" disabled={!ready} {onclick}>
                { "Download the calendar file" }
            </button>
        </section>
    }
}
