//! The campaign timeline, drawn as SVG: the strategy's horizon as a band, the
//! months as ticks, today as a line, each campaign a bar on its own row when it
//! overlaps another. A bar opens the campaign's brief.

use crate::plan::{plain, to_places, CampaignId, CampaignStatus, DateRange, Timeline};
use crate::ui::route::Navigator;
use crate::ui::route::Route;
use crate::ui::text;
use chrono::{Datelike, Months, NaiveDate};
use yew::prelude::*;

const WIDTH: f64 = 1000.0;
const AXIS: f64 = 26.0;
const ROW: f64 = 34.0;
const BAR: f64 = 24.0;
/// The strip under the bars that holds today's label, clear of the months'.
const FOOT: f64 = 18.0;

#[derive(Clone, PartialEq)]
pub struct BarLabel {
    pub id: CampaignId,
    pub title: String,
    pub status: CampaignStatus,
    pub when: String,
}

fn x(frame: DateRange, day: NaiveDate) -> f64 {
    let total = frame.days() as f64;
    let offset = (day - frame.start()).num_days() as f64;
    (offset / total * WIDTH).clamp(0.0, WIDTH)
}

/// The first day of every month that starts inside the frame.
fn month_starts(frame: DateRange) -> Vec<NaiveDate> {
    let mut month = frame.start().with_day(1).unwrap_or(frame.start());
    let mut starts = Vec::new();
    while month <= frame.end() {
        if month >= frame.start() {
            starts.push(month);
        }
        match month.checked_add_months(Months::new(1)) {
            Some(next) => month = next,
            None => break,
        }
    }
    starts
}

/// The chart of `t`, its bars labelled by `labels`; a bar opens its brief
/// through `navigator`.
pub fn timeline_chart(
    t: &Timeline,
    labels: &[BarLabel],
    today: NaiveDate,
    navigator: Option<Navigator>,
) -> Html {
    let frame = t.frame;
    let height = AXIS + ROW * t.rows.max(1) as f64 + 8.0 + FOOT;
    let months = month_starts(frame);
    // Thin the labels when months are crowded, so they never overlap.
    let every = (months.len() / 12).max(1);
    let end_x = |day: NaiveDate| x(frame, day.succ_opt().unwrap_or(day));
    let today_x = x(frame, today);

    let bars = t.bars.iter().filter_map(|bar| {
        let label = labels.iter().find(|l| l.id == bar.campaign)?;
        let (x0, x1) = (x(frame, bar.dates.start()), end_x(bar.dates.end()));
        let y = AXIS + ROW * bar.row as f64 + (ROW - BAR) / 2.0;
        let width = (x1 - x0).max(4.0);
        // About 7 units a character at this size; longer titles are cut short.
        let room = ((width - 12.0) / 7.0).floor().max(0.0) as usize;
        let shown: String = if label.title.chars().count() > room {
            let cut: String = label.title.chars().take(room.saturating_sub(1)).collect();
            if cut.is_empty() { String::new() } else { format!("{cut}…") }
        } else {
            label.title.clone()
        };
        let open = {
            let navigator = navigator.clone();
            let id = bar.campaign.to_string();
            move || {
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Campaign { id: id.clone() });
                }
            }
        };
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open())
        };
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                open();
            }
        });
        let status = match label.status {
            CampaignStatus::Planned => "planned",
            CampaignStatus::Running => "running",
            CampaignStatus::Finished => "finished",
        };
        Some(html! {
            <g class={classes!("smp-timeline__bar", format!("smp-timeline__bar--{status}"))}
                role="link" tabindex="0" {onclick} {onkeydown}
                aria-label={format!("{}, {}, {}", label.title, label.when, text::in_sentence(label.status.label()))}>
                <title>{ format!("{} · {}", label.title, label.when) }</title>
                <rect x={to_places(x0, 1)} y={to_places(y, 1)} width={to_places(width, 1)}
                    height={plain(BAR)} rx="5" />
                <text x={to_places(x0 + 6.0, 1)} y={to_places(y + BAR / 2.0 + 4.0, 1)}>{ shown }</text>
            </g>
        })
    });

    html! {
        <div class="smp-timeline">
            <svg class="smp-timeline__svg" viewBox={format!("0 0 {} {}", plain(WIDTH), plain(height))}
                role="group" aria-label={text::t("Timeline of the campaigns within the strategy's horizon")}
                focusable="false">
                if let Some(horizon) = t.horizon {
                    <rect class="smp-timeline__horizon" x={to_places(x(frame, horizon.start()), 1)} y="0"
                        width={to_places(end_x(horizon.end()) - x(frame, horizon.start()), 1)}
                        height={plain(height)}>
                        <title>{ text::t("The strategy's horizon") }</title>
                    </rect>
                }
                { for months.iter().enumerate().map(|(n, month)| {
                    let mx = x(frame, *month);
                    let label = if month.month() == 1 || n == 0 {
                        crate::ui::text::dates().month_short_year(*month)
                    } else {
                        crate::ui::text::dates().month_short(*month).to_owned()
                    };
                    html! {
                        <g class="smp-timeline__tick">
                            <line x1={to_places(mx, 1)} x2={to_places(mx, 1)} y1="18" y2={plain(height)} />
                            if n % every == 0 {
                                <text x={to_places(mx + 3.0, 1)} y="13">{ label }</text>
                            }
                        </g>
                    }
                }) }
                if frame.contains(today) {
                    <g class="smp-timeline__today">
                        <line x1={to_places(today_x, 1)} x2={to_places(today_x, 1)}
                            y1="16" y2={plain(height - FOOT + 4.0)} />
                        // Under the bars, where no month's label is, centred on
                        // the line unless an edge is too near.
                        <text x={to_places(today_x.clamp(30.0, WIDTH - 30.0), 1)} y={plain(height - 1.0)}
                            text-anchor="middle">{ text::t("Today") }</text>
                    </g>
                }
                { for bars }
            </svg>
        </div>
    }
}
