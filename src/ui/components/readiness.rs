//! The readiness panel: each part of the strategy complete, incomplete or with
//! warnings, what is missing, and whether campaigns can be planned yet. It is
//! the way between the parts: each part's line is a link to its page, each
//! finding takes the user to the field concerned.

use crate::plan::{Missing, Part, PartReadiness, PartStatus, Severity};
use crate::route::part_query;
use crate::ui::route::{NavLink, Navigator, Route};
use crate::ui::shell;
use crate::ui::text::{say, t, tf};
use yew::prelude::*;

/// How many findings a part lists before "and N more".
const SHOWN: usize = 3;

/// The panel for `readiness`, campaigns waiting on `blockers`; `shown` is
/// the part the Strategy page shows, if it is the page shown. A plain
/// function, not a component: it keeps no state of its own.
pub fn readiness_panel(
    readiness: &[PartReadiness],
    blockers: &[Missing],
    navigator: Option<Navigator>,
    shown: Option<Part>,
) -> Html {
    // The part's page, unless it is the one shown, then the field.
    let jump = Callback::from(move |(part, anchor): (Part, String)| {
        if let (Some(navigator), false) = (&navigator, shown == Some(part)) {
            navigator.push_with_query(&Route::Strategy, &part_query(part));
        }
        shell::point_at(anchor);
    });
    let complete = readiness
        .iter()
        .filter(|r| r.status == PartStatus::Complete)
        .count();
    html! {
        <section class="smp-readiness" aria-labelledby="smp-readiness-title">
            <h2 class="smp-readiness__title" id="smp-readiness-title">{ t("Readiness") }</h2>
            <p class="smp-readiness__summary">
                { tf("{} of {} parts complete", &[&complete, &readiness.len()]) }
            </p>
            <div class="smp-progress" role="img"
                aria-label={tf("{} of {} parts complete", &[&complete, &readiness.len()])}>
                { for readiness.iter().map(|r| html! {
                    <span class={classes!("smp-progress__step", status_class(r.status))}></span>
                }) }
            </div>
            <p class={classes!("smp-readiness__campaigns", blockers.is_empty().then_some("smp-readiness__campaigns--open"))}>
                if blockers.is_empty() {
                    { t("Campaign planning is unlocked: the strategy has an objective, a persona and a profile.") }
                } else {
                    { tf("Campaign planning unlocks with {}.", &[&say(&Missing::joined(blockers))]) }
                }
            </p>
            <ol class="smp-readiness__parts">
                { for readiness.iter().map(|r| part(r, &jump, shown)) }
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

fn part(readiness: &PartReadiness, jump: &Callback<(Part, String)>, shown: Option<Part>) -> Html {
    let part = readiness.part;
    let section = format!("smp-part-{}", part.slug());
    let listed = match readiness.status {
        PartStatus::Incomplete | PartStatus::Warnings => readiness.findings.as_slice(),
        _ => &[],
    };
    let more = listed.len().saturating_sub(SHOWN);
    html! {
        <li class={classes!("smp-readiness__part", status_class(readiness.status))}>
            <NavLink to={Route::Strategy} query={AttrValue::from(part_query(part))}
                focus={AttrValue::from(section.clone())} class="smp-readiness__link"
                current={shown.map(|shown| shown == part)}>
                <span class="smp-status-dot" aria-hidden="true"></span>
                <span class="smp-readiness__name">{ t(part.title()) }</span>
                <span class="smp-readiness__status">{ t(readiness.status.label()) }</span>
            </NavLink>
            if !listed.is_empty() {
                <ul class="smp-readiness__findings">
                    { for listed.iter().take(SHOWN).map(|f| {
                        let anchor = f.place.anchor();
                        let jump = jump.clone();
                        let word = match f.severity {
                            Severity::Missing => t("Missing"),
                            Severity::Warning => t("Warning"),
                            Severity::Note => t("Note"),
                        };
                        html! {
                            <li>
                                <button type="button" class="smp-readiness__finding"
                                    onclick={Callback::from(move |_: MouseEvent| jump.emit((part, anchor.clone())))}>
                                    <span class="smp-readiness__word">{ word }{ ": " }</span>{ say(&f.message) }
                                </button>
                            </li>
                        }
                    }) }
                    if more > 0 {
                        <li>
                            <button type="button" class="smp-readiness__finding smp-readiness__more"
                                onclick={jump.reform(move |_: MouseEvent| (part, section.clone()))}>
                                { tf("and {} more in this part", &[&more]) }
                            </button>
                        </li>
                    }
                </ul>
            }
        </li>
    }
}
