//! The Measure page: each KPI's and each campaign's results against the line
//! from its baseline to its target, recorded by hand or pasted, and charted.

use super::{empty_section, go_to_strategy, section_page, Section};
use crate::plan::chart::{self, Chart};
use crate::plan::results::{
    judge, merge, merge_summary, read_paste, DayOrder, Goal, PasteError, Pasted, Reading, Standing,
};
use crate::plan::{show_number, when, Campaign, Command, ItemEdit, Kpi, PlanEdit, StrategyEdit};
use crate::session;
use crate::ui::components::{DateField, NumberField, NumberKind, SelectField, TextField};
use crate::ui::shell;
use crate::ui::store::use_store;
use chrono::NaiveDate;
use std::rc::Rc;
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
        let campaigns: Vec<&Campaign> = plan
            .campaigns
            .iter()
            .map(|c| &**c)
            .filter(|c| !c.archived && c.response.is_some())
            .collect();
        if kpis.is_empty() && campaigns.is_empty() {
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
        let send = Rc::new(move |edit: PlanEdit| {
            dispatcher.dispatch(session::Event::Apply(Command::EditPlan {
                id: id.clone(),
                edit,
                at: shell::now(),
            }))
        });
        html! {
            <div class="smp-results">
                if !kpis.is_empty() {
                    <h2 class="smp-results__group">{ "The strategy's KPIs" }</h2>
                }
                { for kpis.into_iter().map(|kpi| {
                    let put = {
                        let (send, kpi) = (send.clone(), kpi.clone());
                        Callback::from(move |results: Vec<Reading>| {
                            let kpi = Kpi { results, ..kpi.clone() };
                            send(PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi)))))
                        })
                    };
                    let mut about = vec![strategy.kpi_tracks(kpi)];
                    about.extend(strategy.kpi_cautions(kpi));
                    html! {
                        <ResultsCard key={format!("k{}", kpi.id)} id={AttrValue::from(kpi.id.to_string())}
                            title={AttrValue::from(kpi.name.trim().to_owned())} {about}
                            results={kpi.results.clone()} goal={strategy.kpi_goal(kpi)} {today} {put} />
                    }
                }) }
                if !campaigns.is_empty() {
                    <h2 class="smp-results__group">{ "Campaigns' responses" }</h2>
                }
                { for campaigns.into_iter().map(|campaign| {
                    let put = {
                        let (send, campaign) = (send.clone(), campaign.clone());
                        Callback::from(move |results: Vec<Reading>| {
                            let mut next = campaign.clone();
                            if let Some(response) = next.response.as_mut() {
                                response.results = results;
                            }
                            send(PlanEdit::Campaign(Box::new(ItemEdit::Put(next))))
                        })
                    };
                    let about: Vec<String> = campaign.response_about().into_iter().collect();
                    let results = campaign.response.as_ref().map(|r| r.results.clone()).unwrap_or_default();
                    html! {
                        <ResultsCard key={format!("c{}", campaign.id)} id={AttrValue::from(campaign.id.to_string())}
                            title={AttrValue::from(campaign.title().to_owned())} {about}
                            {results} goal={campaign.response_goal()} {today} {put} />
                    }
                }) }
            </div>
        }
    });
    section_page(
        Section {
            title: "Measure",
            eyebrow: "Step 4 · and back again",
            lead: "Results for each KPI and each campaign against its target: the value reached, set against the straight line from the baseline at the start to the target by its deadline.",
            wide: false,
        },
        body,
    )
}

#[derive(Properties, PartialEq)]
struct ResultsCardProps {
    /// The KPI's or the campaign's id, for the card's element ids.
    id: AttrValue,
    title: AttrValue,
    /// What the results count towards, and what weakens them.
    about: Vec<String>,
    results: Vec<Reading>,
    goal: Option<Goal>,
    today: NaiveDate,
    /// Keeps a new list of results.
    put: Callback<Vec<Reading>>,
}

/// One result: how it stands, its chart, the values recorded, and the ways to
/// record more.
#[component]
fn ResultsCard(props: &ResultsCardProps) -> Html {
    let day = use_state(|| Some(props.today));
    let value = use_state(|| None::<f64>);
    let problem = use_state(|| None::<&'static str>);
    let results = &props.results;
    let judged = judge(props.goal.as_ref(), results, props.today);
    let (pill, standing) = match judged.standing {
        Standing::OnTrack => ("smp-pill smp-pill--running", Standing::OnTrack.label()),
        Standing::OffTrack => ("smp-pill smp-pill--warning", Standing::OffTrack.label()),
        Standing::NoData => ("smp-pill", Standing::NoData.label()),
    };
    let id = |what: &str| AttrValue::from(format!("result-{what}-{}", props.id));
    let heading = id("title");
    let onsubmit = {
        let (day, value, problem) = (day.clone(), value.clone(), problem.clone());
        let (results, put, today) = (results.clone(), props.put.clone(), props.today);
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
            let mut next = results.clone();
            merge(
                &mut next,
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
    html! {
        <section class="smp-card smp-result" aria-labelledby={heading.clone()}>
            <div class="smp-result__head">
                <h3 class="smp-card__title" id={heading}>{ props.title.clone() }</h3>
                <span class={pill}>{ standing }</span>
            </div>
            { for props.about.iter().map(|line| html! { <p class="smp-campaign-row__facts">{ line.clone() }</p> }) }
            <ul class="smp-result__facts">
                { for judged.facts(props.goal.as_ref()).into_iter().map(|fact| html! { <li>{ fact }</li> }) }
            </ul>
            <ResultChart id={props.id.clone()} title={props.title.clone()} goal={props.goal} results={results.clone()} />
            <form class="smp-result__form" {onsubmit} novalidate=true>
                <div class="smp-grid smp-grid--2">
                    <DateField label="Day" value={*day} required=true id={id("day")}
                        onchange={let day = day.clone(); Callback::from(move |d| day.set(d))} />
                    <NumberField label="Value reached" value={*value} kind={NumberKind::Amount}
                        id={id("value")}
                        onchange={let value = value.clone(); Callback::from(move |v| value.set(v))} />
                </div>
                if let Some(problem) = *problem {
                    <p class="smp-error" role="alert">{ problem }</p>
                }
                <div class="smp-actions">
                    <button type="submit" class="smp-button smp-button--primary">{ "Record the value" }</button>
                </div>
            </form>
            <PasteResults id={props.id.clone()} results={results.clone()} put={props.put.clone()} />
            if !results.is_empty() {
                <table class="smp-result__table">
                    <caption>{ format!("Values recorded for “{}”", props.title) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Day" }</th>
                        <th scope="col">{ "Value" }</th>
                        if props.goal.is_some() {
                            <th scope="col">{ "Expected by then" }</th>
                        }
                        <th scope="col"><span class="smp-visually-hidden">{ "Actions" }</span></th>
                    </tr></thead>
                    <tbody>
                        { for results.iter().rev().map(|reading| {
                            let onclick = {
                                let (results, put, on) = (results.clone(), props.put.clone(), reading.day);
                                Callback::from(move |_: MouseEvent| {
                                    let mut next = results.clone();
                                    next.retain(|r| r.day != on);
                                    put.emit(next);
                                })
                            };
                            let label = format!("Remove the value of {}", when::day_month_year(reading.day));
                            html! {
                                <tr>
                                    <td>{ when::day_month_year(reading.day) }</td>
                                    <td>{ show_number(reading.value) }</td>
                                    if let Some(goal) = props.goal {
                                        <td>{ show_number((goal.expected_on(reading.day) * 10.0).round() / 10.0) }</td>
                                    }
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
struct ResultChartProps {
    /// The card's id, for the readout's.
    id: AttrValue,
    title: AttrValue,
    goal: Option<Goal>,
    results: Vec<Reading>,
}

/// The values over time against the line to the target, drawn as SVG (a
/// wide drawing, and a narrow one for a phone so its text stays readable).
/// Its text alternative is the card's table and facts; from the keyboard, the
/// arrow keys step through the values and the chart says each one.
#[component]
fn ResultChart(props: &ResultChartProps) -> Html {
    let cursor = use_state(|| None::<usize>);
    let (Some(wide), Some(narrow)) = (
        Chart::lay_out(props.goal.as_ref(), &props.results, chart::WIDE),
        Chart::lay_out(props.goal.as_ref(), &props.results, chart::NARROW),
    ) else {
        return Html::default();
    };
    let count = wide.points.len();
    let at = (*cursor).filter(|i| *i < count);
    let onkeydown = {
        let cursor = cursor.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match (e.key().as_str(), at) {
                (_, _) if count == 0 => return,
                ("ArrowRight" | "ArrowUp", Some(i)) => (i + 1).min(count - 1),
                ("ArrowLeft" | "ArrowDown", Some(i)) => i.saturating_sub(1),
                ("ArrowRight" | "ArrowUp" | "ArrowLeft" | "ArrowDown", None) | ("End", _) => {
                    count - 1
                }
                ("Home", _) => 0,
                _ => return,
            };
            e.prevent_default();
            cursor.set(Some(next));
        })
    };
    let readout_id = AttrValue::from(format!("result-readout-{}", props.id));
    let readout = match at.and_then(|i| wide.points.get(i)) {
        Some(point) => point.label.clone(),
        None if count == 0 => {
            "No value recorded yet: the chart shows the line to the target.".to_owned()
        }
        None => "Focus the chart and use the arrow keys to read each value.".to_owned(),
    };
    let label = AttrValue::from(format!("Chart of “{}” over time", props.title));
    let draw = |chart: &Chart, class: &'static str| {
        drawing(chart, class, &label, &readout_id, at, onkeydown.clone())
    };
    html! {
        <figure class="smp-chart">
            { draw(&wide, "smp-chart__svg smp-chart__svg--wide") }
            { draw(&narrow, "smp-chart__svg smp-chart__svg--narrow") }
            <figcaption class="smp-chart__caption">
                <ul class="smp-chart__legend">
                    <li><span class="smp-chart__key smp-chart__key--values" aria-hidden="true"></span>{ "Values reached" }</li>
                    if props.goal.is_some() {
                        <li><span class="smp-chart__key smp-chart__key--expected" aria-hidden="true"></span>{ "The line to the target" }</li>
                        <li><span class="smp-chart__key smp-chart__key--target" aria-hidden="true"></span>{ "Target" }</li>
                        <li><span class="smp-chart__key smp-chart__key--deadline" aria-hidden="true"></span>{ "Deadline" }</li>
                    }
                </ul>
                <p class="smp-chart__readout" id={readout_id.clone()} aria-live="polite">{ readout }</p>
            </figcaption>
        </figure>
    }
}

/// One drawing of a chart, `at` the value the keyboard is on.
fn drawing(
    chart: &Chart,
    class: &'static str,
    label: &AttrValue,
    readout: &AttrValue,
    at: Option<usize>,
    onkeydown: Callback<KeyboardEvent>,
) -> Html {
    let (left, top, right, bottom) = chart.frame;
    let line = |x1: f64, y1: f64, x2: f64, y2: f64, class: &'static str| {
        html! {
            <line class={class} x1={format!("{x1:.1}")} y1={format!("{y1:.1}")} x2={format!("{x2:.1}")} y2={format!("{y2:.1}")} />
        }
    };
    html! {
        <svg class={class} viewBox={format!("0 0 {} {}", chart.width, chart::HEIGHT)}
            role="group" tabindex="0" aria-label={label.clone()} aria-describedby={readout.clone()} {onkeydown}>
            { for chart.y_ticks.iter().map(|tick| html! { <>
                { line(left, tick.at, right, tick.at, "smp-chart__grid") }
                <text class="smp-chart__label" x={format!("{:.1}", left - 6.0)} y={format!("{:.1}", tick.at + 4.0)} text-anchor="end">{ tick.label.clone() }</text>
            </> }) }
            { for chart.x_ticks.iter().map(|tick| html! {
                <text class="smp-chart__label" x={format!("{:.1}", tick.at)} y={format!("{:.1}", bottom + 18.0)} text-anchor="middle">{ tick.label.clone() }</text>
            }) }
            { line(left, bottom, right, bottom, "smp-chart__axis") }
            { line(left, top, left, bottom, "smp-chart__axis") }
            if let Some(y) = chart.target {
                { line(left, y, right, y, "smp-chart__target") }
            }
            if let Some(x) = chart.deadline {
                { line(x, top, x, bottom, "smp-chart__deadline") }
            }
            if let Some((x1, y1, x2, y2)) = chart.expected {
                { line(x1, y1, x2, y2, "smp-chart__expected") }
            }
            if chart.points.len() > 1 {
                <polyline class="smp-chart__values" points={chart.polyline()} />
            }
            { for chart.points.iter().enumerate().map(|(i, p)| html! {
                <circle class={classes!("smp-chart__point", (p.on_track == Some(false)).then_some("smp-chart__point--behind"), (at == Some(i)).then_some("smp-chart__point--current"))}
                    cx={format!("{:.1}", p.x)} cy={format!("{:.1}", p.y)} r={if at == Some(i) { "6" } else { "4" }}>
                    <title>{ p.label.clone() }</title>
                </circle>
            }) }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct PasteResultsProps {
    id: AttrValue,
    results: Vec<Reading>,
    put: Callback<Vec<Reading>>,
}

/// Rows pasted from a spreadsheet or a network's analytics export: read,
/// shown with what could not be read, then recorded at the user's word.
#[component]
fn PasteResults(props: &PasteResultsProps) -> Html {
    let text = use_state(String::new);
    let read = use_state(|| None::<Result<Pasted, PasteError>>);
    let done = use_state(|| None::<String>);
    let order = *use_memo((), |_| DayOrder::of_language(&shell::language()));
    let id = |what: &str| AttrValue::from(format!("paste-{what}-{}", props.id));
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
                let (results, put, read, text, done) = (
                    props.results.clone(),
                    props.put.clone(),
                    read.clone(),
                    text.clone(),
                    done.clone(),
                );
                let readings = pasted.readings.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = results.clone();
                    let (added, replaced) = merge(&mut next, &readings);
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
