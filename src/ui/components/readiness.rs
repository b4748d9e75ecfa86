//! The readiness panel: each part of the strategy complete, incomplete or with
//! warnings, what is missing, and whether campaigns can be planned yet. Every
//! line takes the user to the field concerned.

use crate::plan::{Missing, PartReadiness, PartStatus, Severity};
use crate::ui::route::Route;
use crate::ui::route::{use_navigator, use_route};
use crate::ui::shell;
use yew::prelude::*;

/// How many findings a part lists before "and N more".
const SHOWN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ReadinessPanelProps {
    pub readiness: Vec<PartReadiness>,
    pub blockers: Vec<Missing>,
}

#[component]
pub fn ReadinessPanel(props: &ReadinessPanelProps) -> Html {
    let navigator = use_navigator();
    let route = use_route();
    let jump = Callback::from(move |anchor: String| {
        if route != Some(Route::Strategy) {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Strategy);
            }
        }
        shell::point_at(anchor);
    });
    let complete = props
        .readiness
        .iter()
        .filter(|r| r.status == PartStatus::Complete)
        .count();
    html! {
        <section class="smp-readiness" aria-labelledby="smp-readiness-title">
            <h2 class="smp-readiness__title" id="smp-readiness-title">{ "Readiness" }</h2>
            <p class="smp-readiness__summary">
                { format!("{complete} of {} parts complete", props.readiness.len()) }
            </p>
            <div class="smp-progress" role="img"
                aria-label={format!("{complete} of {} parts complete", props.readiness.len())}>
                { for props.readiness.iter().map(|r| html! {
                    <span class={classes!("smp-progress__step", status_class(r.status))}></span>
                }) }
            </div>
            <p class={classes!("smp-readiness__campaigns", props.blockers.is_empty().then_some("smp-readiness__campaigns--open"))}>
                if props.blockers.is_empty() {
                    { "Campaign planning is unlocked: the strategy has an objective, a persona and a profile." }
                } else {
                    { format!("Campaign planning unlocks with {}.", Missing::joined(&props.blockers)) }
                }
            </p>
            <ol class="smp-readiness__parts">
                { for props.readiness.iter().map(|r| part(r, &jump)) }
            </ol>
        </section>
    }
}

fn status_class(status: PartStatus) -> &'static str {
    match status {
        PartStatus::NotStarted => "smp-status--not-started",
        PartStatus::Incomplete => "smp-status--incomplete",
        PartStatus::Warnings => "smp-status--warnings",
        PartStatus::Complete => "smp-status--complete",
    }
}

fn part(readiness: &PartReadiness, jump: &Callback<String>) -> Html {
    let section = format!("smp-part-{}", readiness.part.slug());
    let open = {
        let jump = jump.clone();
        let section = section.clone();
        Callback::from(move |_: MouseEvent| jump.emit(section.clone()))
    };
    let listed = match readiness.status {
        PartStatus::Incomplete | PartStatus::Warnings => readiness.findings.as_slice(),
        _ => &[],
    };
    let more = listed.len().saturating_sub(SHOWN);
    html! {
        <li class={classes!("smp-readiness__part", status_class(readiness.status))}>
            <button type="button" class="smp-readiness__link" onclick={open.clone()}>
                <span class="smp-status-dot" aria-hidden="true"></span>
                <span class="smp-readiness__name">{ readiness.part.title() }</span>
                <span class="smp-readiness__status">{ readiness.status.label() }</span>
            </button>
            if !listed.is_empty() {
                <ul class="smp-readiness__findings">
                    { for listed.iter().take(SHOWN).map(|f| {
                        let anchor = f.place.anchor();
                        let jump = jump.clone();
                        let word = match f.severity {
                            Severity::Missing => "Missing",
                            Severity::Warning => "Warning",
                            Severity::Note => "Note",
                        };
                        html! {
                            <li>
                                <button type="button" class="smp-readiness__finding"
                                    onclick={Callback::from(move |_: MouseEvent| jump.emit(anchor.clone()))}>
                                    <span class="smp-readiness__word">{ word }{ ": " }</span>{ f.message.clone() }
                                </button>
                            </li>
                        }
                    }) }
                    if more > 0 {
                        <li>
                            <button type="button" class="smp-readiness__finding smp-readiness__more" onclick={open}>
                                { format!("and {more} more in this part") }
                            </button>
                        </li>
                    }
                </ul>
            }
        </li>
    }
}
