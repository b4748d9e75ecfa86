//! Exports of the calendar: an iCalendar file of what the user chooses, and
//! the schedulers' bulk-upload CSVs. Both are written by the file writers,
//! loaded when this page first opens (`exchange::writers`): this page
//! chooses, shows what they say the files will hold (what changed since the
//! last calendar file, which posts are too long for their platform), and
//! downloads.

use super::{section_page, Section};
use crate::exchange::writers::{self, Ask, CsvRequest, IcsRequest, Preview, Request, EVERYTHING};
use crate::exchange::{bulk, ics};
use crate::plan::{DateRange, Plan};
use crate::storage::PlanStore;
use crate::ui::components::DateField;
use crate::ui::route::{NavLink, Route};
use crate::ui::shell;
use crate::ui::store::{use_storage, use_store};
use crate::ui::text::{say, t, Words};
use chrono::NaiveDate;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

type Shown = UseStateHandle<Option<Result<Preview, String>>>;

#[component]
pub fn ExportPage() -> Html {
    let store = use_store();
    let storage = use_storage();
    let default = bulk::default_range(shell::today());
    let from = use_state(|| Some(default.start()));
    let to = use_state(|| Some(default.end()));
    let scope = use_state(|| "all".to_owned());
    let said = use_state(String::new);
    let csv_from = use_state(|| Some(default.start()));
    let csv_to = use_state(|| Some(default.end()));
    let layout = use_state(|| {
        bulk::Layout::Hootsuite(bulk::DateOrder::for_language(&shell::language()))
            .key()
            .to_owned()
    });
    // Raised when a calendar file is sent, so its preview counts the changes
    // anew.
    let sent = use_state(|| 0u32);
    let plan = store.workspace.current_shared();
    let zone = plan
        .as_ref()
        .and_then(|p| p.calendar.time_zone.clone())
        .unwrap_or_else(shell::browser_time_zone);
    let ics_request = Request::Ics(IcsRequest {
        key: (*scope).clone(),
        days: range_of(&from, &to),
        zone,
    });
    let csv_request = range_of(&csv_from, &csv_to).map(|range| {
        Request::Csv(CsvRequest {
            layout: bulk::Layout::from_key(&layout),
            range,
        })
    });
    let ics_shown = use_preview(Some(ics_request.clone()), plan.clone(), *sent);
    let csv_shown = use_preview(csv_request.clone(), plan.clone(), 0);
    let body = plan.map(|plan| {
        let ics_fields = days((t("Days"), t("First day"), t("Last day")), &from, &to);
        let csv_fields = days((t("Posts on these days"), t("From"), t("To")), &csv_from, &csv_to);
        let choices = ics::choices(&plan);
        let ics_options: Vec<(&str, String)> = choices
            .iter()
            .map(|(k, l)| (k.as_str(), say(l)))
            .collect();
        let everything = t("Every post and task, for a spreadsheet").to_owned();
        let mut csv_options: Vec<(&str, String)> = bulk::Layout::ALL
            .iter()
            .map(|(_, key, label)| (*key, t(label).to_owned()))
            .collect();
        csv_options.push((EVERYTHING, everything));
        let fetch = |request| fetch(request, &plan, &storage, &said, &sent);
        html! { <>
            <section class="smp-card smp-export-card" aria-labelledby="smp-ics-title">
                <h2 class="smp-card__title" id="smp-ics-title">{ t("Calendar file (.ics)") }</h2>
                <p class="smp-hint">{ t("Campaigns and tasks as all-day events, posts at their time. A newer file imported later updates the same events.") }</p>
                { choose("smp-ics-scope", t("What goes in"), &ics_options, &scope) }
                if scope.as_str() == "days" {
                    { ics_fields }
                }
                { shown(&ics_shown, (&t("Download the calendar file"), ""), fetch(Some(ics_request))) }
            </section>
            <section class="smp-card smp-export-card" aria-labelledby="smp-csv-title">
                <h2 class="smp-card__title" id="smp-csv-title">{ t("Schedulers' bulk upload (.csv)") }</h2>
                <p class="smp-hint">{ t("One file for each profile, in the layout Hootsuite or Buffer takes; or one file of every post and task, with a header row.") }</p>
                { choose("smp-csv-layout", t("Layout"), &csv_options, &layout) }
                { csv_fields }
                { shown(&csv_shown, (&t("Download the CSV file"), &t("Download the CSV files")), fetch(csv_request.clone())) }
            </section>
            <p class="smp-hint smp-export-said" role="status">{ (*said).clone() }</p>
        </> }
    });
    section_page(
        Section {
            title: t("Export"),
            eyebrow: t("Calendar"),
            lead: t("A calendar file for Google Calendar, Apple Calendar or Outlook, and the files Hootsuite and Buffer take in bulk, made in this browser."),
            wide: false,
        },
        body,
    )
}

fn range_of(
    from: &UseStateHandle<Option<NaiveDate>>,
    to: &UseStateHandle<Option<NaiveDate>>,
) -> Option<DateRange> {
    DateRange::new((**from)?, (**to)?).ok()
}

/// The days a file covers, as two date fields under a legend (`range_of`
/// reads the range they make).
fn days(
    (legend, first, last): (Words, Words, Words),
    from: &UseStateHandle<Option<NaiveDate>>,
    to: &UseStateHandle<Option<NaiveDate>>,
) -> Html {
    let check_end = {
        let from = **from;
        Callback::from(move |end: NaiveDate| {
            from.filter(|start| end < *start)
                .map(|_| t("The last day comes before the first.").to_owned())
        })
    };
    let set = |state: &UseStateHandle<Option<NaiveDate>>| {
        let state = state.clone();
        Callback::from(move |d| state.set(d))
    };
    html! {
        <fieldset class="smp-export-days">
            <legend class="smp-label">{ legend }</legend>
            <DateField label={first} value={**from} required=true onchange={set(from)} />
            <DateField label={last} value={**to} required=true check={check_end} onchange={set(to)} />
        </fieldset>
    }
}

/// What the file writers say `request`'s files will hold, asked again when
/// the request, the plan or `again` changes.
#[hook]
fn use_preview(request: Option<Request>, plan: Option<Rc<Plan>>, again: u32) -> Shown {
    let shown = use_state(|| None);
    let storage = use_storage();
    let mark = plan.as_ref().map(|p| Rc::as_ptr(p) as usize);
    {
        let shown = shown.clone();
        use_effect_with((request, mark, again), move |(request, _, _)| {
            let (Some(request), Some(plan)) = (request, plan) else {
                // Nothing to download until the days are chosen.
                shown.set(Some(Ok(Preview {
                    summary: t(writers::CHOOSE_DAYS).to_owned(),
                    ..Preview::default()
                })));
                return;
            };
            let answer =
                shell::ask_writers(request.line(Ask::Preview), &plan, storage.ledger(&plan.id));
            wasm_bindgen_futures::spawn_local(async move {
                shown.set(Some(match answer.await {
                    Err(problem) => Err(problem.to_owned()),
                    Ok(answer) => Preview::read(answer),
                }));
            });
        });
    }
    shown
}

/// A click that asks the file writers for `request`'s files and downloads
/// them (keeping a calendar file's ledger, then raising `sent`), or says what
/// went wrong.
fn fetch(
    request: Option<Request>,
    plan: &Rc<Plan>,
    storage: &Rc<PlanStore>,
    said: &UseStateHandle<String>,
    sent: &UseStateHandle<u32>,
) -> Callback<MouseEvent> {
    let (plan, storage, said, sent) = (plan.clone(), storage.clone(), said.clone(), sent.clone());
    Callback::from(move |_: MouseEvent| {
        let Some(request) = &request else {
            return;
        };
        let answer = shell::ask_writers(request.line(Ask::Files), &plan, storage.ledger(&plan.id));
        let (plan, storage, said, sent) =
            (plan.clone(), storage.clone(), said.clone(), sent.clone());
        wasm_bindgen_futures::spawn_local(async move {
            said.set(match answer.await.map(writers::read_files) {
                Err(problem) => problem.to_owned(),
                Ok(Err(problem)) => problem,
                Ok(Ok(written)) => {
                    let missed: Vec<&str> = written
                        .files
                        .iter()
                        .filter(|f| !shell::download(&f.name, &f.text))
                        .map(|f| f.name.as_str())
                        .collect();
                    let name = written.files.first().map_or("", |f| f.name.as_str());
                    if !missed.is_empty() {
                        say(&writers::not_started(&missed))
                    } else if !written.ledger.is_empty()
                        && storage.keep_ledger(&plan.id, &written.ledger).is_err()
                    {
                        say(&writers::ledger_not_kept(name))
                    } else {
                        sent.set(*sent + 1);
                        written.said
                    }
                }
            });
        });
    })
}

/// What a card's files will hold, the posts too long for their platform, and
/// its download button (`one` file, or `many`).
fn shown(shown: &Shown, (one, many): (&str, &str), onclick: Callback<MouseEvent>) -> Html {
    let reading = t("Reading the plan…");
    let (files, summary, warning, long) = match &**shown {
        None => (0, &*reading, None, &[][..]),
        // The click tries the writers again.
        Some(Err(problem)) => (1, problem.as_str(), None, &[][..]),
        Some(Ok(p)) => (p.files, p.summary.as_str(), p.warning.as_ref(), &p.long[..]),
    };
    html! { <>
        <p class="smp-export-summary">{ summary }</p>
        if let Some(warning) = warning {
            <div class="smp-export-long" role="group" aria-label={t("Posts too long for their platform")}>
                <p class="smp-note smp-note--warning">{ warning }</p>
                <ul class="smp-export-long__list">
                    { for long.iter().map(|(text, query)| html! {
                        <li><NavLink to={Route::Calendar} query={AttrValue::from(query.clone())}>{ text }</NavLink></li>
                    }) }
                </ul>
            </div>
        }
        <button type="button" class="smp-button smp-button--primary" disabled={files == 0} {onclick}>
            { if files > 1 { many } else { one } }
        </button>
    </> }
}

/// A labelled choice from a list of (key, label), kept in `selected`.
fn choose(
    id: &'static str,
    label: Words,
    options: &[(&str, String)],
    selected: &UseStateHandle<String>,
) -> Html {
    let onchange = {
        let selected = selected.clone();
        Callback::from(move |e: Event| {
            selected.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    html! {
        <div class="smp-field">
            <label class="smp-label" for={id}>{ label }</label>
            <select {id} class="smp-input smp-select" {onchange}>
                { for options.iter().map(|(key, text)| html! {
                    <option value={key.to_string()} selected={*key == selected.as_str()}>{ text.clone() }</option>
                }) }
            </select>
        </div>
    }
}
