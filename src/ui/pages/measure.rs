//! The Measure page: each KPI's results against the line from its baseline
//! to its target, recorded by hand.

use super::{empty_section, go_to_strategy, section_page, Section};
use crate::plan::results::{
    judge, merge, merge_summary, read_paste, DayOrder, Goal, PasteError, Pasted, Reading, Standing,
};
use crate::plan::{when, Command, ItemEdit, Kpi, PlanEdit, StrategyEdit};
use crate::session;
use crate::ui::components::{DateField, NumberField, NumberKind, SelectField, TextField};
use crate::ui::shell;
use crate::ui::store::use_store;
use chrono::NaiveDate;
use yew::prelude::*;

#[component]
pub fn MeasurePage() -> Html {
    let store = use_store();
    let today = shell::today();
    let body = store.workspace.current_shared().map(|plan| {
        let strategy = &plan.strategy;
        let kpis: Vec<&Kpi> = strategy
            .measurement
            .kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .collect();
        if kpis.is_empty() {
            return empty_section(
                "Nothing to measure yet",
                html! { <>
                    if strategy.objectives.is_empty() {
                        <p>{ "Results are read against the targets of the strategy's objectives. Set the objectives first; campaigns and their results follow." }</p>
                    } else {
                        <p>{ "Results are recorded against the strategy's KPIs. Name a KPI for each objective in the strategy's Measurement part, with its target, then record what it reaches here." }</p>
                    }
                    { go_to_strategy() }
                </> },
            );
        }
        let id = plan.id.clone();
        let dispatcher = store.clone();
        let put = Callback::from(move |kpi: Kpi| {
            dispatcher.dispatch(session::Event::Apply(Command::EditPlan {
                id: id.clone(),
                edit: PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi)))),
                at: shell::now(),
            }))
        });
        html! {
            <div class="smp-results">
                { for kpis.into_iter().map(|kpi| {
                    let objective = kpi.objective.as_ref()
                        .and_then(|id| strategy.objective(id))
                        .map(|o| AttrValue::from(o.title().to_owned()));
                    html! {
                        <KpiResults key={kpi.id.to_string()} kpi={kpi.clone()} goal={strategy.kpi_goal(kpi)}
                            {objective} {today} put={put.clone()} />
                    }
                }) }
            </div>
        }
    });
    section_page(
        Section {
            title: "Measure",
            eyebrow: "Step 4 · and back again",
            lead: "Results for each KPI against its target: the value reached, set against the straight line from the baseline at the strategy's start to the target by its deadline.",
            wide: false,
        },
        body,
    )
}

#[derive(Properties, PartialEq)]
struct KpiResultsProps {
    kpi: Kpi,
    goal: Option<Goal>,
    objective: Option<AttrValue>,
    today: NaiveDate,
    put: Callback<Kpi>,
}

/// One KPI: how it stands, the values recorded, and a form to record one.
#[component]
fn KpiResults(props: &KpiResultsProps) -> Html {
    let day = use_state(|| Some(props.today));
    let value = use_state(|| None::<f64>);
    let problem = use_state(|| None::<&'static str>);
    let kpi = &props.kpi;
    let judged = judge(props.goal.as_ref(), &kpi.results, props.today);
    let (pill, standing) = match judged.standing {
        Standing::OnTrack => ("smp-pill smp-pill--running", Standing::OnTrack.label()),
        Standing::OffTrack => ("smp-pill smp-pill--warning", Standing::OffTrack.label()),
        Standing::NoData => ("smp-pill", Standing::NoData.label()),
    };
    let heading = format!("kpi-{}", kpi.id);
    let onsubmit = {
        let (day, value, problem) = (day.clone(), value.clone(), problem.clone());
        let (kpi, put, today) = (kpi.clone(), props.put.clone(), props.today);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(on), Some(reached)) = (*day, *value) else {
                problem.set(Some("Give the day and the value reached, then record it."));
                return;
            };
            if on > today {
                problem.set(Some(
                    "That day has not come yet: a result is a value already reached.",
                ));
                return;
            }
            let mut next = kpi.clone();
            merge(
                &mut next.results,
                &[Reading {
                    day: on,
                    value: reached,
                }],
            );
            problem.set(None);
            value.set(None);
            put.emit(next);
        })
    };
    let tied = match &props.objective {
        Some(objective) => format!("Tracks the objective “{objective}”."),
        None => {
            "Tied to no objective: a result counts only against one of the strategy's objectives."
                .to_owned()
        }
    };
    html! {
        <section class="smp-card smp-result" aria-labelledby={heading.clone()}>
            <div class="smp-result__head">
                <h2 class="smp-card__title" id={heading}>{ kpi.name.clone() }</h2>
                <span class={pill}>{ standing }</span>
            </div>
            <p class="smp-campaign-row__facts">{ tied }</p>
            <ul class="smp-result__facts">
                { for judged.facts(props.goal.as_ref()).into_iter().map(|fact| html! { <li>{ fact }</li> }) }
            </ul>
            <form class="smp-result__form" {onsubmit} novalidate=true>
                <div class="smp-grid smp-grid--2">
                    <DateField label="Day" value={*day} required=true
                        id={AttrValue::from(format!("result-day-{}", kpi.id))}
                        onchange={let day = day.clone(); Callback::from(move |d| day.set(d))} />
                    <NumberField label="Value reached" value={*value} kind={NumberKind::Amount}
                        id={AttrValue::from(format!("result-value-{}", kpi.id))}
                        onchange={let value = value.clone(); Callback::from(move |v| value.set(v))} />
                </div>
                if let Some(problem) = *problem {
                    <p class="smp-error" role="alert">{ problem }</p>
                }
                <div class="smp-actions">
                    <button type="submit" class="smp-button smp-button--primary">{ "Record the value" }</button>
                </div>
            </form>
            <PasteResults kpi={kpi.clone()} put={props.put.clone()} />
            if !kpi.results.is_empty() {
                <table class="smp-result__table">
                    <caption>{ format!("Values recorded for “{}”", kpi.name.trim()) }</caption>
                    <thead><tr><th scope="col">{ "Day" }</th><th scope="col">{ "Value" }</th><th scope="col"><span class="smp-visually-hidden">{ "Actions" }</span></th></tr></thead>
                    <tbody>
                        { for kpi.results.iter().rev().map(|reading| {
                            let onclick = {
                                let (kpi, put, on) = (kpi.clone(), props.put.clone(), reading.day);
                                Callback::from(move |_: MouseEvent| {
                                    let mut next = kpi.clone();
                                    next.results.retain(|r| r.day != on);
                                    put.emit(next);
                                })
                            };
                            let label = format!("Remove the value of {}", when::day_month_year(reading.day));
                            html! {
                                <tr>
                                    <td>{ when::day_month_year(reading.day) }</td>
                                    <td>{ crate::plan::show_number(reading.value) }</td>
                                    <td><button type="button" class="smp-button smp-button--quiet" aria-label={label} {onclick}>{ "Remove" }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PasteResultsProps {
    kpi: Kpi,
    put: Callback<Kpi>,
}

/// Rows pasted from a spreadsheet or a network's analytics export: read,
/// shown with what could not be read, then recorded at the user's word.
#[component]
fn PasteResults(props: &PasteResultsProps) -> Html {
    let text = use_state(String::new);
    let read = use_state(|| None::<Result<Pasted, PasteError>>);
    let done = use_state(|| None::<String>);
    let order = *use_memo((), |_| DayOrder::of_language(&shell::language()));
    let kpi = &props.kpi;
    let id = |what: &str| AttrValue::from(format!("paste-{what}-{}", kpi.id));
    let onread = {
        let (text, read, done) = (text.clone(), read.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            done.set(None);
            read.set(Some(read_paste(&text, order, None)));
        })
    };
    let choose = |date: bool| {
        let (text, read) = (text.clone(), read.clone());
        Callback::from(move |choice: Option<String>| {
            let (Some(Ok(pasted)), Some(column)) =
                (&*read, choice.and_then(|c| c.parse::<usize>().ok()))
            else {
                return;
            };
            let columns = match date {
                true => (column, pasted.value_column),
                false => (pasted.date_column, column),
            };
            read.set(Some(read_paste(&text, order, Some(columns))));
        })
    };
    let preview = match &*read {
        None => Html::default(),
        Some(Err(problem)) => html! { <p class="smp-error" role="alert">{ problem.message() }</p> },
        Some(Ok(pasted)) => {
            let options: Vec<(AttrValue, AttrValue)> = pasted
                .columns
                .iter()
                .enumerate()
                .map(|(n, name)| {
                    (
                        AttrValue::from(n.to_string()),
                        AttrValue::from(name.clone()),
                    )
                })
                .collect();
            let onrecord = {
                let (kpi, put, read, text, done) = (
                    kpi.clone(),
                    props.put.clone(),
                    read.clone(),
                    text.clone(),
                    done.clone(),
                );
                let readings = pasted.readings.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = kpi.clone();
                    let (added, replaced) = merge(&mut next.results, &readings);
                    done.set(Some(merge_summary(added, replaced)));
                    read.set(None);
                    text.set(String::new());
                    put.emit(next);
                })
            };
            let shown = 12;
            html! {
                <div class="smp-result__preview">
                    if pasted.columns.len() > 2 {
                        <div class="smp-grid smp-grid--2">
                            <SelectField label="Date column" options={options.clone()} id={id("date")}
                                selected={Some(AttrValue::from(pasted.date_column.to_string()))} onchange={choose(true)} />
                            <SelectField label="Value column" options={options} id={id("value")}
                                selected={Some(AttrValue::from(pasted.value_column.to_string()))} onchange={choose(false)} />
                        </div>
                    }
                    <p role="status">{ pasted.summary() }</p>
                    if !pasted.bad.is_empty() {
                        <ul class="smp-result__bad">
                            { for pasted.bad.iter().take(shown).map(|bad| html! { <li>{ format!("Line {}: {}", bad.line, bad.reason) }</li> }) }
                            if pasted.bad.len() > shown {
                                <li>{ format!("and {} more", pasted.bad.len() - shown) }</li>
                            }
                        </ul>
                    }
                    <div class="smp-actions">
                        <button type="button" class="smp-button smp-button--primary" onclick={onrecord}>
                            { match pasted.readings.len() { 1 => "Record 1 value".to_owned(), n => format!("Record {n} values") } }
                        </button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <details class="smp-result__paste">
            <summary>{ "Paste values from a spreadsheet or an export" }</summary>
            <TextField label="Rows to paste" value={AttrValue::from((*text).clone())} multiline=true id={id("rows")}
                hint={Some(AttrValue::from("A date and a value on each row, as a spreadsheet copies them; a header row is fine. Nothing is recorded until you say so."))}
                oninput={let text = text.clone(); Callback::from(move |v: String| text.set(v))} />
            <div class="smp-actions">
                <button type="button" class="smp-button" onclick={onread}>{ "Read the rows" }</button>
            </div>
            { preview }
            if let Some(done) = &*done {
                <p role="status">{ format!("Recorded: {done}") }</p>
            }
        </details>
    }
}
