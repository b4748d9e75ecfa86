//! The Measure page: each KPI's and each campaign's results against the line
//! from its baseline to its target, recorded by hand or pasted, and charted.

use super::{empty_section, go_to_strategy, section_page, Section};
use crate::plan::chart::{self, Bars, Chart};
use crate::plan::dashboard::{share, totals, Tally, OUTPUT_WEEKS};
use crate::plan::learning::{Insight, InsightSource};
use crate::plan::results::{
    judge, merge, merge_summary, DayOrder, Goal, Pasted, Reading, Standing, RECENT_VALUES,
};
use crate::plan::{
    clipped, plain, to_places, Campaign, Command, InsightId, ItemEdit, Kpi, Part, Plan, PlanEdit,
    ReviewId, StrategyEdit,
};
use crate::session;
use crate::ui::components::{DateField, NumberField, NumberKind, SelectField, TextField};
use crate::ui::route::{use_navigator, NavLink, Navigator, Route};
use crate::ui::shell;
use crate::ui::store::use_store;
use crate::ui::store::Store;
use crate::ui::text::{say, t, tf, titled, tn, Words};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn MeasurePage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let today = shell::today();
    let review_form = use_form(today);
    let insight_form = use_form(today);
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
                t("Nothing to measure yet"),
                html! { <>
                    if strategy.objectives.is_empty() {
                        <p>{ t("Results are read against the targets of the strategy's objectives. Set the objectives first; campaigns and their results follow.") }</p>
                    } else {
                        <p>{ t("Results are recorded against the strategy's KPIs. Name a KPI for each objective in the strategy's Measurement part, with its target, then record what it reaches here.") }</p>
                    }
                    { go_to_strategy() }
                </> },
            );
        }
        html! {
            <div class="smp-results">
                { reviews_card(&store, &plan, today, &review_form) }
                if !kpis.is_empty() {
                    <h2 class="smp-results__group">{ t("The strategy's KPIs") }</h2>
                }
                { for kpis.into_iter().map(|kpi| {
                    let put = {
                        let (store, plan, kpi) = (store.clone(), plan.clone(), kpi.clone());
                        Callback::from(move |results: Vec<Reading>| {
                            let kpi = Kpi { results, ..kpi.clone() };
                            send(&store, &plan, PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi)))))
                        })
                    };
                    let mut about = vec![say(&strategy.kpi_tracks(kpi))];
                    about.extend(strategy.kpi_cautions(kpi).iter().map(say));
                    html! {
                        <ResultsCard key={format!("k{}", kpi.id)} id={AttrValue::from(kpi.id.to_string())}
                            title={AttrValue::from(kpi.name.trim().to_owned())} {about}
                            results={kpi.results.clone()} goal={strategy.kpi_goal(kpi)} {today} {put} />
                    }
                }) }
                if !campaigns.is_empty() {
                    <h2 class="smp-results__group">{ t("Campaigns' responses") }</h2>
                }
                { for campaigns.into_iter().map(|campaign| {
                    let put = {
                        let (store, plan, campaign) = (store.clone(), plan.clone(), campaign.clone());
                        Callback::from(move |results: Vec<Reading>| {
                            let mut next = campaign.clone();
                            if let Some(response) = next.response.as_mut() {
                                response.results = results;
                            }
                            send(&store, &plan, PlanEdit::Campaign(Box::new(ItemEdit::Put(next))))
                        })
                    };
                    let about: Vec<String> = campaign.response_about().iter().map(say).collect();
                    let results = campaign.response.as_ref().map(|r| r.results.clone()).unwrap_or_default();
                    html! {
                        <ResultsCard key={format!("c{}", campaign.id)} id={AttrValue::from(campaign.id.to_string())}
                            title={AttrValue::from(titled(campaign.title()).to_owned())} {about}
                            {results} goal={campaign.response_goal()} {today} {put} />
                    }
                }) }
                { output_card(&plan, today) }
                { insights_card(&store, &navigator, &plan, today, &insight_form) }
            </div>
        }
    });
    section_page(
        Section {
            title: t("Measure"),
            eyebrow: t("Step 4 · and back again"),
            lead: t("Results for each KPI and each campaign against its target: the value reached, set against the straight line from the baseline at the start to the target by its deadline. What you learn goes in the insights, and from there into the strategy."),
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
    let cursor = use_state(|| None::<usize>);
    let all = use_state(|| false);
    let day = use_state(|| Some(props.today));
    let value = use_state(|| None::<f64>);
    let problem = use_state(|| None::<Words>);
    let results = &props.results;
    let judged = judge(props.goal.as_ref(), results, props.today);
    let (pill, standing) = match judged.standing {
        Standing::OnTrack => ("smp-pill smp-pill--running", t(Standing::OnTrack.label())),
        Standing::OffTrack => ("smp-pill smp-pill--warning", t(Standing::OffTrack.label())),
        Standing::NoData => ("smp-pill", t(Standing::NoData.label())),
    };
    let id = |what: &str| AttrValue::from(format!("result-{what}-{}", props.id));
    let heading = id("title");
    let onsubmit = {
        let (day, value, problem) = (day.clone(), value.clone(), problem.clone());
        let (results, put, today) = (results.clone(), props.put.clone(), props.today);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(on), Some(reached)) = (*day, *value) else {
                let missing = t("Give the day and the value reached, then record it.");
                problem.set(Some(missing));
                return;
            };
            if on > today {
                let not_yet = t("That day has not come yet: a result is a value already reached.");
                problem.set(Some(not_yet));
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
                <h3 class="smp-card__title" id={heading} tabindex="-1">{ props.title.clone() }</h3>
                <span class={pill}>{ standing }</span>
            </div>
            { for props.about.iter().map(|line| html! { <p class="smp-campaign-row__facts">{ line.clone() }</p> }) }
            <ul class="smp-result__facts">
                { for judged.facts(props.goal.as_ref()).into_iter().map(|fact| html! { <li>{ say(&fact) }</li> }) }
            </ul>
            { result_chart(props, &cursor) }
            <form class="smp-result__form" {onsubmit} novalidate=true>
                <div class="smp-grid smp-grid--2">
                    <DateField label={t("Day")} value={*day} required=true id={id("day")}
                        onchange={let day = day.clone(); Callback::from(move |d| day.set(d))} />
                    <NumberField label={t("Value reached")} value={*value} kind={NumberKind::Amount}
                        id={id("value")}
                        onchange={let value = value.clone(); Callback::from(move |v| value.set(v))} />
                </div>
                if let Some(problem) = &*problem {
                    <p class="smp-error" role="alert">{ &**problem }</p>
                }
                <div class="smp-actions">
                    <button type="submit" class="smp-button smp-button--primary">{ t("Record the value") }</button>
                </div>
            </form>
            <PasteResults id={props.id.clone()} results={results.clone()} put={props.put.clone()} />
            if !results.is_empty() {
                <table class="smp-result__table">
                    <caption>{ tf("Values recorded for “{}”", &[&props.title]) }</caption>
                    <thead><tr>
                        <th scope="col">{ t("Day") }</th>
                        <th scope="col">{ t("Value") }</th>
                        if props.goal.is_some() {
                            <th scope="col">{ t("Expected by then") }</th>
                        }
                        <th scope="col"><span class="smp-visually-hidden">{ t("Actions") }</span></th>
                    </tr></thead>
                    <tbody>
                        { for results.iter().rev().take(if *all { usize::MAX } else { RECENT_VALUES }).map(|reading| {
                            let onclick = {
                                let (results, put, on) = (results.clone(), props.put.clone(), reading.day);
                                Callback::from(move |_: MouseEvent| {
                                    let mut next = results.clone();
                                    next.retain(|r| r.day != on);
                                    put.emit(next);
                                })
                            };
                            let label = tf("Remove the value of {}", &[&crate::ui::text::dates().day_month_year(reading.day)]);
                            html! {
                                <tr>
                                    <td>{ crate::ui::text::dates().day_month_year(reading.day) }</td>
                                    <td>{ crate::ui::text::figure(reading.value) }</td>
                                    if let Some(goal) = props.goal {
                                        <td>{ say(&goal.expected_text(reading.day)) }</td>
                                    }
                                    <td><button type="button" class="smp-button smp-button--quiet smp-button--small" aria-label={label} {onclick}>{ t("Remove") }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if results.len() > RECENT_VALUES {
                    <button type="button" class="smp-button smp-button--quiet smp-button--small" aria-expanded={all.to_string()}
                        onclick={let all = all.clone(); Callback::from(move |_: MouseEvent| all.set(!*all))}>
                        { if *all { tf("Show the latest {} only", &[&RECENT_VALUES]) } else { tf("Show all {} values", &[&results.len()]) } }
                    </button>
                }
            }
        </section>
    }
}

/// The values over time against the line to the target, drawn as SVG (a
/// wide drawing, and a narrow one for a phone so its text stays readable).
/// Its text alternative is the card's table and facts; from the keyboard, the
/// arrow keys step through the values and the chart says each one.
/// Drawn in its card, which holds the value the keyboard is on (`cursor`).
fn result_chart(props: &ResultsCardProps, cursor: &UseStateHandle<Option<usize>>) -> Html {
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
        Some(point) => say(&point.label),
        None if count == 0 => {
            t("No value recorded yet: the chart shows the line to the target.").to_owned()
        }
        None => t("Focus the chart and use the arrow keys to read each value.").to_owned(),
    };
    let label = AttrValue::from(tf("Chart of “{}” over time", &[&props.title]));
    let draw = |chart: &Chart, class: &'static str| {
        drawing(chart, class, &label, &readout_id, at, onkeydown.clone())
    };
    html! {
        <figure class="smp-chart">
            { draw(&wide, "smp-chart__svg smp-chart__svg--wide") }
            { draw(&narrow, "smp-chart__svg smp-chart__svg--narrow") }
            <figcaption class="smp-chart__caption">
                <ul class="smp-chart__legend">
                    <li><span class="smp-chart__key smp-chart__key--values" aria-hidden="true"></span>{ t("Values reached") }</li>
                    if props.goal.is_some() {
                        <li><span class="smp-chart__key smp-chart__key--expected" aria-hidden="true"></span>{ t("The line to the target") }</li>
                        <li><span class="smp-chart__key smp-chart__key--target" aria-hidden="true"></span>{ t("Target") }</li>
                        <li><span class="smp-chart__key smp-chart__key--deadline" aria-hidden="true"></span>{ t("Deadline") }</li>
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
            <line class={class} x1={to_places(x1, 1)} y1={to_places(y1, 1)} x2={to_places(x2, 1)} y2={to_places(y2, 1)} />
        }
    };
    html! {
        <svg class={class} viewBox={format!("0 0 {} {}", plain(chart.width), plain(chart::HEIGHT))}
            role="group" tabindex="0" aria-label={label.clone()} aria-describedby={readout.clone()} {onkeydown}>
            { for chart.y_ticks.iter().map(|tick| html! { <>
                { line(left, tick.at, right, tick.at, "smp-chart__grid") }
                <text class="smp-chart__label" x={to_places(left - 6.0, 1)} y={to_places(tick.at + 4.0, 1)} text-anchor="end">{ say(&tick.label) }</text>
            </> }) }
            { for chart.x_ticks.iter().map(|tick| html! {
                <text class="smp-chart__label" x={to_places(tick.at, 1)} y={to_places(bottom + 18.0, 1)} text-anchor="middle">{ say(&tick.label) }</text>
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
                    cx={to_places(p.x, 1)} cy={to_places(p.y, 1)} r={if at == Some(i) { "6" } else { "4" }}>
                    <title>{ say(&p.label) }</title>
                </circle>
            }) }
        </svg>
    }
}

/// The calendar's output over the last weeks: posts planned and published
/// per week on each profile, and the pillar mix against the strategy's.
fn output_card(plan: &Plan, today: NaiveDate) -> Html {
    let week_start = shell::week_start();
    let profiles = plan.output_by_week(today, week_start);
    let mix = plan.pillar_mix(today, week_start);
    html! {
        <section class="smp-card smp-result" aria-labelledby="smp-output-title">
            <h2 class="smp-card__title" id="smp-output-title">{ t("The calendar's output") }</h2>
            <p class="smp-dash__note">{ tf("Posts planned and published in the last {} weeks, to this one; published means marked Published in the calendar.", &[&OUTPUT_WEEKS]) }</p>
            if profiles.is_empty() {
                <p class="smp-dash__empty">{ t("No posts were planned in these weeks.") }</p>
            }
            { for profiles.iter().map(|p| html! { <>
                <h3 class="smp-dash__group">{ p.name.clone() }</h3>
                { bars(&p.rows, false, tf("Posts planned and published each week on {}", &[&p.name])) }
            </> }) }
            if !mix.is_empty() {
                <h3 class="smp-dash__group">{ t("Pillar mix") }</h3>
                { bars(&mix, true, t("Each pillar's share of the posts planned and of those published").to_owned()) }
            }
        </section>
    }
}

/// A bar chart of [`Bars`], drawn wide and narrow, with its legend and its
/// numbers; each row takes the focus and reads aloud.
fn bars(rows: &[Tally], shares: bool, title: String) -> Html {
    let title = AttrValue::from(title);
    let draw = |width: f64, class: &'static str| {
        let b = Bars::lay_out(rows, width, shares);
        let (left, top, right, bottom) = b.frame;
        html! {
            <svg class={class} viewBox={format!("0 0 {} {}", plain(b.width), plain(b.height))} role="group" aria-label={title.clone()}>
                { for b.ticks.iter().map(|t| html! { <>
                    <line class="smp-chart__grid" x1={to_places(t.at, 1)} x2={to_places(t.at, 1)} y1={plain(top)} y2={plain(bottom)} />
                    <text class="smp-chart__label" x={to_places(t.at, 1)} y={plain(bottom + 16.0)} text-anchor="middle">{ say(&t.label) }</text>
                </> }) }
                <line class="smp-chart__axis" x1={plain(left)} x2={plain(left)} y1={plain(top)} y2={plain(bottom)} />
                { for b.rows.iter().map(|r| html! {
                    <g class="smp-bars__row" tabindex="0" role="img" aria-label={say(&r.spoken)}>
                        <rect class="smp-bars__hit" x="0" y={plain(r.y)} width={plain(right)} height={plain(chart::ROW)} rx="4" />
                        <text class="smp-chart__label" x={plain(left - 6.0)} y={plain(r.y + 17.0)} text-anchor="end">{ say(&r.label) }</text>
                        <rect class="smp-bars__planned" x={plain(left)} y={plain(r.y + 3.0)} width={to_places(r.planned, 1)} height={plain(chart::BAR)} />
                        <rect class="smp-bars__published" x={plain(left)} y={plain(r.y + 4.0 + chart::BAR)} width={to_places(r.published, 1)} height={plain(chart::BAR)} />
                        if let Some(x) = r.intended {
                            <line class="smp-chart__target" x1={to_places(x, 1)} x2={to_places(x, 1)} y1={plain(r.y + 1.0)} y2={plain(r.y + chart::ROW - 1.0)} />
                        }
                    </g>
                }) }
            </svg>
        }
    };
    let whole = totals(rows);
    let cell = |n: usize, of: usize| match shares {
        true => say(&share(n, of)),
        false => crate::ui::text::number(n),
    };
    html! {
        <figure class="smp-chart">
            { draw(chart::WIDE, "smp-chart__svg smp-chart__svg--wide") }
            { draw(chart::NARROW, "smp-chart__svg smp-chart__svg--narrow") }
            <figcaption class="smp-chart__caption">
                <ul class="smp-chart__legend">
                    <li><span class="smp-chart__key smp-chart__key--planned" aria-hidden="true"></span>{ t("Planned") }</li>
                    <li><span class="smp-chart__key smp-chart__key--published" aria-hidden="true"></span>{ t("Published") }</li>
                    if shares {
                        <li><span class="smp-chart__key smp-chart__key--intended" aria-hidden="true"></span>{ t("The strategy's share") }</li>
                    }
                </ul>
                <details class="smp-bars__numbers">
                    <summary>{ t("The numbers") }</summary>
                    <table class="smp-result__table" aria-label={title.clone()}>
                        <thead><tr>
                            <th scope="col">{ if shares { t("Pillar") } else { t("Week") } }</th>
                            <th scope="col">{ t("Planned") }</th>
                            <th scope="col">{ t("Published") }</th>
                            if shares {
                                <th scope="col">{ t("Intended") }</th>
                            }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ say(&r.label) }</th>
                                    <td>{ cell(r.planned, whole.0) }</td>
                                    <td>{ cell(r.published, whole.1) }</td>
                                    if shares {
                                        <td>{ r.intended.map_or("—".to_owned(), crate::ui::text::percent) }</td>
                                    }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct PasteResultsProps {
    id: AttrValue,
    results: Vec<Reading>,
    put: Callback<Vec<Reading>>,
}

/// Has the module loaded on demand read `text` (`writers::Request::Paste`),
/// and puts what it read, or what went wrong, in `read`.
fn read_rows(
    read: &UseStateHandle<Option<Result<Pasted, String>>>,
    text: &str,
    order: DayOrder,
    columns: Option<(usize, usize)>,
) {
    use crate::exchange::writers;
    let request = writers::Request::Paste { order, columns }.line(writers::Ask::Preview);
    let (read, text) = (read.clone(), text.to_owned());
    wasm_bindgen_futures::spawn_local(async move {
        let answer = shell::write_files(&request, &text, "").await;
        read.set(Some(
            answer
                .ok_or_else(|| t(writers::PASTE_UNAVAILABLE).to_owned())
                .and_then(writers::read_pasted),
        ));
    });
}

/// Rows pasted from a spreadsheet or a network's analytics export: read,
/// shown with what could not be read, then recorded at the user's word.
#[component]
fn PasteResults(props: &PasteResultsProps) -> Html {
    let text = use_state(String::new);
    let read = use_state(|| None::<Result<Pasted, String>>);
    let done = use_state(|| None::<String>);
    let order = *use_memo((), |_| DayOrder::of_language(&shell::language()));
    let id = |what: &str| AttrValue::from(format!("paste-{what}-{}", props.id));
    let onread = {
        let (text, read, done) = (text.clone(), read.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            done.set(None);
            read_rows(&read, &text, order, None);
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
            read_rows(&read, &text, order, Some(columns));
        })
    };
    let preview = match &*read {
        None => Html::default(),
        Some(Err(problem)) => html! { <p class="smp-error" role="alert">{ problem.clone() }</p> },
        Some(Ok(pasted)) => {
            let options: Vec<(AttrValue, AttrValue)> = pasted
                .columns
                .iter()
                .enumerate()
                .map(|(n, name)| (AttrValue::from(n.to_string()), AttrValue::from(say(name))))
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
                    done.set(Some(say(&merge_summary(added, replaced))));
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
                            <SelectField label={t("Date column")} options={options.clone()} id={id("date")}
                                selected={Some(AttrValue::from(pasted.date_column.to_string()))} onchange={choose(true)} />
                            <SelectField label={t("Value column")} options={options} id={id("value")}
                                selected={Some(AttrValue::from(pasted.value_column.to_string()))} onchange={choose(false)} />
                        </div>
                    }
                    <p role="status">{ say(&pasted.summary()) }</p>
                    if !pasted.bad.is_empty() {
                        <ul class="smp-result__bad">
                            { for pasted.bad.iter().take(shown).map(|bad| html! { <li>{ tf("Line {}: {}", &[&bad.line, &say(&bad.reason)]) }</li> }) }
                            if pasted.bad.len() > shown {
                                <li>{ tf("and {} more", &[&(pasted.bad.len() - shown)]) }</li>
                            }
                        </ul>
                    }
                    <div class="smp-actions">
                        <button type="button" class="smp-button smp-button--primary" onclick={onrecord}>
                            { tn(pasted.readings.len(), "Record {} value", "Record {} values") }
                        </button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <details class="smp-result__paste">
            <summary>{ t("Paste values from a spreadsheet or an export") }</summary>
            <TextField label={t("Rows to paste")} value={AttrValue::from((*text).clone())} multiline=true id={id("rows")}
                hint={t("A date and a value on each row, as a spreadsheet copies them; a header row is fine. Nothing is recorded until you say so.")}
                oninput={let text = text.clone(); Callback::from(move |v: String| text.set(v))} />
            <div class="smp-actions">
                <button type="button" class="smp-button" onclick={onread}>{ t("Read the rows") }</button>
            </div>
            { preview }
            if let Some(done) = &*done {
                <p role="status">{ tf("Recorded: {}", &[done]) }</p>
            }
        </details>
    }
}

/// A form's fields, kept by the page: the day, the text, and what went wrong.
/// `choice` and `from` hold an insight's part and source by their keys.
#[derive(Clone)]
struct Form {
    day: UseStateHandle<Option<NaiveDate>>,
    text: UseStateHandle<String>,
    choice: UseStateHandle<String>,
    from: UseStateHandle<String>,
    problem: UseStateHandle<Option<Words>>,
}

#[hook]
fn use_form(today: NaiveDate) -> Form {
    Form {
        day: use_state(move || Some(today)),
        text: use_state(String::new),
        choice: use_state(String::new),
        from: use_state(String::new),
        problem: use_state(|| None),
    }
}

/// Sends one edit of the open plan.
fn send(store: &Store, plan: &Plan, edit: PlanEdit) {
    store.dispatch(session::Event::Apply(Command::EditPlan {
        id: plan.id.clone(),
        edit,
        at: shell::now(),
    }));
}

/// When the strategy's next review is due, the way to record one, and the
/// reviews recorded.
fn reviews_card(store: &Store, plan: &Rc<Plan>, today: NaiveDate, form: &Form) -> Html {
    let Form {
        day,
        text: decided,
        problem,
        ..
    } = form.clone();
    let due = plan.review_due(today);
    let onsubmit = {
        let (store, plan, day, decided, problem) = (
            store.clone(),
            plan.clone(),
            day.clone(),
            decided.clone(),
            problem.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(on) = (*day).filter(|d| *d <= today) else {
                let not_yet = t("Give the day the review took place: today or earlier.");
                problem.set(Some(not_yet));
                return;
            };
            let (millis, entropy) = shell::seed();
            let review = plan.new_review(
                ReviewId::generated(millis, entropy),
                on,
                shell::now(),
                decided.trim().to_owned(),
            );
            problem.set(None);
            decided.set(String::new());
            send(
                &store,
                &plan,
                PlanEdit::Review(Box::new(ItemEdit::Put(review))),
            );
        })
    };
    html! {
        <section class="smp-card smp-result" aria-labelledby="smp-reviews-title">
            <div class="smp-result__head">
                <h2 class="smp-card__title" id="smp-reviews-title">{ t("Reviews of the strategy") }</h2>
                if due.is_some_and(|d| d.now) {
                    <span class="smp-pill smp-pill--warning">{ t("Review due") }</span>
                }
            </div>
            <p>{ match due {
                Some(due) => say(&due.describe(today)),
                None => t("Say how often each KPI is reviewed, in the strategy's Measurement part: the strategy is reviewed as often as its most often reviewed KPI.").to_owned(),
            } }</p>
            <form class="smp-result__form" {onsubmit} novalidate=true>
                <div class="smp-grid smp-grid--2">
                    <DateField label={t("Day of the review")} value={*day} required=true id={AttrValue::from("smp-review-day")}
                        onchange={let day = day.clone(); Callback::from(move |d| day.set(d))} />
                </div>
                <TextField label={t("What was decided")} value={AttrValue::from((*decided).clone())} multiline=true id={AttrValue::from("smp-review-decided")}
                    hint={t("The revisions made to the strategy since the last review are linked to it.")}
                    oninput={let decided = decided.clone(); Callback::from(move |v: String| decided.set(v))} />
                if let Some(problem) = &*problem {
                    <p class="smp-error" role="alert">{ &**problem }</p>
                }
                <div class="smp-actions">
                    <button type="submit" class="smp-button smp-button--primary">{ t("Record a review") }</button>
                </div>
            </form>
            if !plan.reviews.is_empty() {
                <ul class="smp-revisions__list" aria-label={t("Reviews recorded")}>
                    { for plan.reviews.iter().rev().map(|review| html! {
                        <li class="smp-revisions__item" key={review.id.to_string()}>
                            <h3 class="smp-revisions__title">{ tf("Review of {}", &[&crate::ui::text::dates().day_month_year(review.day)]) }</h3>
                            <p>{ match review.decided.trim() { "" => t("Nothing noted as decided.").to_owned(), text => text.to_owned() } }</p>
                            <p class="smp-campaign-row__facts">
                                { plan.revisions_named(&review.revisions).map_or_else(|| t("No revision of the strategy since the review before.").to_owned(), |named| say(&named)) }
                                if !review.revisions.is_empty() {
                                    { " " }<NavLink to={Route::History}>{ t("See them in the history") }</NavLink>
                                }
                            </p>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// The insights log: what was learned, each aimed at the part of the strategy
/// it should change, and the way to adapt that part.
fn insights_card(
    store: &Store,
    navigator: &Option<Navigator>,
    plan: &Rc<Plan>,
    today: NaiveDate,
    form: &Form,
) -> Html {
    let Form {
        day,
        text,
        choice: part,
        from: source,
        problem,
    } = form.clone();
    let onsubmit = {
        let (store, plan, day, text, part, source, problem) = (
            store.clone(),
            plan.clone(),
            day.clone(),
            text.clone(),
            part.clone(),
            source.clone(),
            problem.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if text.trim().is_empty() {
                problem.set(Some(t("Say what was learned, in a sentence or two.")));
                return;
            }
            let Some(on) = (*day).filter(|d| *d <= today) else {
                problem.set(Some(t("Give the day it was learned: today or earlier.")));
                return;
            };
            let (millis, entropy) = shell::seed();
            let insight = Insight {
                text: text.trim().to_owned(),
                part: Part::from_slug(&part),
                source: InsightSource::from_key(&source),
                ..Insight::new(InsightId::generated(millis, entropy), on)
            };
            problem.set(None);
            text.set(String::new());
            send(
                &store,
                &plan,
                PlanEdit::Insight(Box::new(ItemEdit::Put(insight))),
            );
        })
    };
    let parts: Vec<(AttrValue, AttrValue)> = Part::ALL
        .iter()
        .map(|p| (AttrValue::from(p.slug()), AttrValue::from(t(p.title()))))
        .collect();
    let sources: Vec<(AttrValue, AttrValue)> = plan
        .source_choices()
        .into_iter()
        .map(|(key, label)| (AttrValue::from(key), AttrValue::from(say(&label))))
        .collect();
    let adapt = |insight: &Insight| {
        let (store, plan, navigator, id, part) = (
            store.clone(),
            plan.clone(),
            navigator.clone(),
            insight.id.clone(),
            insight.part,
        );
        Callback::from(move |_: MouseEvent| {
            send(&store, &plan, PlanEdit::Adapt(Some(id.clone())));
            let part = part.unwrap_or(Part::Objectives);
            if let Some(navigator) = &navigator {
                navigator.push_with_query(&Route::Strategy, &crate::route::part_query(part));
            }
            shell::focus_later(format!("smp-part-{}", part.slug()));
        })
    };
    let remove = |insight: &Insight| {
        let (store, plan, id) = (store.clone(), plan.clone(), insight.id.clone());
        Callback::from(move |_: MouseEvent| {
            send(
                &store,
                &plan,
                PlanEdit::Insight(Box::new(ItemEdit::Remove(id.clone()))),
            )
        })
    };
    html! {
        <section class="smp-card smp-result" aria-labelledby="smp-insights-title">
            <h2 class="smp-card__title" id="smp-insights-title">{ t("Insights") }</h2>
            <p>{ t("What the day-to-day work teaches, in a sentence: “how-to videos answered more support questions than posts”. Aim each at the part of the strategy it should change, then adapt that part from it.") }</p>
            <form class="smp-result__form" {onsubmit} novalidate=true>
                <TextField label={t("What was learned")} value={AttrValue::from((*text).clone())} multiline=true id={AttrValue::from("smp-insight-text")}
                    oninput={let text = text.clone(); Callback::from(move |v: String| text.set(v))} />
                <div class="smp-grid smp-grid--3">
                    <DateField label={t("Learned on")} value={*day} required=true id={AttrValue::from("smp-insight-day")}
                        onchange={let day = day.clone(); Callback::from(move |d| day.set(d))} />
                    <SelectField label={t("Part of the strategy it should change")} options={parts} none={t("Choose a part…")}
                        selected={(!part.is_empty()).then(|| AttrValue::from((*part).clone()))} id={AttrValue::from("smp-insight-part")}
                        onchange={let part = part.clone(); Callback::from(move |v: Option<String>| part.set(v.unwrap_or_default()))} />
                    <SelectField label={t("Where it came from")} options={sources} none={t("Nothing in particular")}
                        selected={(!source.is_empty()).then(|| AttrValue::from((*source).clone()))} id={AttrValue::from("smp-insight-source")}
                        onchange={let source = source.clone(); Callback::from(move |v: Option<String>| source.set(v.unwrap_or_default()))} />
                </div>
                if let Some(problem) = &*problem {
                    <p class="smp-error" role="alert">{ &**problem }</p>
                }
                <div class="smp-actions">
                    <button type="submit" class="smp-button smp-button--primary">{ t("Note the insight") }</button>
                </div>
            </form>
            if !plan.insights.is_empty() {
                <ul class="smp-revisions__list" aria-label={t("Insights noted")}>
                    { for plan.insights.iter().rev().map(|insight| {
                        let mut facts = vec![crate::ui::text::dates().day_month_year(insight.day)];
                        facts.extend(insight.part.map(|p| tf("for {}", &[&&*t(p.title())])));
                        facts.extend(insight.source.as_ref().and_then(|s| plan.source_name(s)).map(|s| tf("from {}", &[&say(&s)])));
                        let made = plan.revisions_from(&insight.id);
                        html! {
                            <li class="smp-revisions__item" key={insight.id.to_string()}>
                                <h3 class="smp-revisions__title">{ titled(insight.title()).to_owned() }</h3>
                                <p class="smp-campaign-row__facts">{ facts.join(" · ") }</p>
                                if !made.is_empty() {
                                    <p class="smp-campaign-row__facts">
                                        { tf("Made from it: {}", &[&plan.revisions_named(&made).as_ref().map(say).unwrap_or_default()]) }{ " " }
                                        <NavLink to={Route::History}>{ t("See them in the history") }</NavLink>
                                    </p>
                                }
                                <div class="smp-actions">
                                    <button type="button" class="smp-button smp-button--small" onclick={adapt(insight)}
                                        aria-label={tf("Adapt the strategy from “{}”", &[&clipped(titled(insight.title()), 60)])}>{ t("Adapt the strategy") }</button>
                                    <button type="button" class="smp-button smp-button--quiet smp-button--small" onclick={remove(insight)}
                                        aria-label={tf("Remove the insight “{}”", &[&clipped(titled(insight.title()), 60)])}>{ t("Remove") }</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
