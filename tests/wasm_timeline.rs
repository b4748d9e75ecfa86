#![cfg(target_arch = "wasm32")]
//! The campaign timeline in a real browser: bars on rows, today, titles as text.

use chrono::NaiveDate;
use social_media_planner::embed::Routing;
use social_media_planner::plan::{pack_rows, Bar, CampaignId, CampaignStatus, DateRange, Timeline};
use social_media_planner::ui::components::{timeline_chart, BarLabel};
use social_media_planner::ui::route::{use_navigator, Router};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap()
}

#[derive(Properties, PartialEq, Clone)]
struct ChartProps {
    timeline: Timeline,
    labels: Vec<BarLabel>,
    today: NaiveDate,
}

#[derive(Properties, PartialEq)]
struct HostProps {
    chart: ChartProps,
}

/// The chart as the campaigns page draws it, with the router's navigator.
#[component]
fn Chart(props: &ChartProps) -> Html {
    timeline_chart(&props.timeline, &props.labels, props.today, use_navigator())
}

/// The chart needs a router, as on the page.
#[component]
fn Host(props: &HostProps) -> Html {
    let chart = props.chart.clone();
    html! {
        <Router routing={Routing::Memory}>
            <Chart ..chart />
        </Router>
    }
}

#[wasm_bindgen_test]
async fn bars_sit_on_their_rows_with_accessible_names_and_today_is_marked() {
    let spans = [
        DateRange::new(day(1, 1), day(2, 28)).unwrap(),
        DateRange::new(day(2, 1), day(3, 31)).unwrap(),
    ];
    let rows = pack_rows(&spans);
    let names = ["<b>Launch</b>", "Spring tour"];
    let bars = spans
        .iter()
        .zip(&rows)
        .zip(names)
        .enumerate()
        .map(|(n, ((span, row), _))| Bar {
            campaign: CampaignId::parse(&format!("m{n}")).unwrap(),
            dates: *span,
            row: *row,
        })
        .collect::<Vec<_>>();
    let labels = bars
        .iter()
        .zip(names)
        .map(|(bar, name)| BarLabel {
            id: bar.campaign.clone(),
            title: name.to_owned(),
            status: CampaignStatus::Planned,
            when: "soon".to_owned(),
        })
        .collect();
    let timeline = Timeline {
        frame: DateRange::new(day(1, 1), day(12, 31)).unwrap(),
        horizon: Some(DateRange::new(day(1, 1), day(12, 31)).unwrap()),
        rows: 2,
        bars,
    };
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<Host>::with_root_and_props(
        root.clone(),
        HostProps {
            chart: ChartProps {
                timeline,
                labels,
                today: day(2, 15),
            },
        },
    )
    .render();
    yew::scheduler::flush().await;

    let links = root.query_selector_all("[role=link]").unwrap();
    assert_eq!(links.length(), 2);
    let first = root.query_selector("[role=link]").unwrap().unwrap();
    assert_eq!(
        first.get_attribute("aria-label").as_deref(),
        Some("<b>Launch</b>, soon, planned")
    );
    assert!(root.query_selector("b").unwrap().is_none());
    let ys: Vec<String> = (0..2)
        .map(|i| {
            let g = links.item(i).unwrap();
            let rect = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(g)
                .unwrap()
                .query_selector("rect")
                .unwrap()
                .unwrap();
            rect.get_attribute("y").unwrap()
        })
        .collect();
    assert_ne!(ys[0], ys[1], "overlapping campaigns are on separate rows");
    assert!(root.text_content().unwrap().contains("Today"));
    assert_eq!(rows, [0, 1]);
    handle.destroy();
    root.remove();
}
