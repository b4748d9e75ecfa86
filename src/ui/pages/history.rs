//! The strategy's history: its revisions, any two compared part by part, and
//! an earlier one put back.

use super::{empty_section, go_to_strategy, section_page, Section};
use crate::exchange::writers::Request;
use crate::plan::revisions::Revision;
use crate::plan::{Command, Plan, PlanEdit};
use crate::session;
use crate::ui::components::{laid_out_view, use_document, SelectField};
use crate::ui::shell;
use crate::ui::store::use_store;
use crate::ui::text::{t, tf, titled};
use yew::prelude::*;

/// "Revision 4 · 2 Feb 2027, 09:40", or the base's name.
fn revision_name(plan: &Plan, number: u32) -> String {
    match plan.revisions.get(number) {
        Some(revision) => {
            let to = shell::local_date_time(revision.to);
            tf("Revision {} · {}", &[&number, &to])
        }
        None => t("The earliest state kept").to_owned(),
    }
}

#[component]
pub fn HistoryPage() -> Html {
    let store = use_store();
    let earlier = use_state(|| None::<u32>);
    let later = use_state(|| None::<u32>);
    let confirming = use_state(|| None::<u32>);
    let shown = store.workspace.current_shared();
    // The pair compared: the picks, else the latest and the one before it,
    // always from the older to the newer, whichever way they were picked.
    let pair = shown.as_ref().and_then(|plan| {
        let (first, latest) = (plan.revisions.first(), plan.revisions.latest()?.number);
        let kept = |n: &u32| *n >= first && *n <= latest;
        let later = (*later).filter(kept).unwrap_or(latest);
        let earlier = (*earlier)
            .filter(kept)
            .unwrap_or(later.saturating_sub(1).max(first));
        Some((earlier.min(later), earlier.max(later)))
    });
    // Compared by the file writers, loaded on demand.
    let compared = use_document(
        shown.as_deref(),
        pair.map(|(a, b)| Request::Compare { a, b }),
    );
    let body = shown.map(|plan| {
        let revisions = &plan.revisions;
        let (Some(latest), Some((a, b))) = (revisions.latest().map(|r| r.number), pair) else {
            return empty_section(
                t("No changes yet"),
                html! { <>
                    <p>{ t("Each change to the strategy is kept here as a dated revision, from the first one on.") }</p>
                    { go_to_strategy() }
                </> },
            );
        };
        let first = revisions.first();
        let mut options: Vec<(AttrValue, AttrValue)> = vec![(
            AttrValue::from(first.to_string()),
            AttrValue::from(revision_name(&plan, first)),
        )];
        options.extend(revisions.list().iter().map(|r| {
            (
                AttrValue::from(r.number.to_string()),
                AttrValue::from(revision_name(&plan, r.number)),
            )
        }));
        let pick = |state: &UseStateHandle<Option<u32>>| {
            let state = state.clone();
            Callback::from(move |v: Option<String>| state.set(v.and_then(|v| v.parse().ok())))
        };
        let restore = |number: u32| {
            let (store, plan_id, confirming) = (store.clone(), plan.id.clone(), confirming.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(None);
                store.dispatch(session::Event::Apply(Command::EditPlan {
                    id: plan_id.clone(),
                    edit: PlanEdit::Restore(number),
                    at: shell::now(),
                }));
            })
        };
        let ask = |number: Option<u32>| {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| {
                confirming.set(number);
                // Into the question, or back to the button that asked it.
                shell::focus_later(match number {
                    Some(n) => format!("smp-restore-yes-{n}"),
                    None => "smp-history-list-title".to_owned(),
                });
            })
        };
        let compare_with_before = |number: u32| {
            let (earlier, later) = (earlier.clone(), later.clone());
            Callback::from(move |_: MouseEvent| {
                earlier.set(Some(number.saturating_sub(1)));
                later.set(Some(number));
                shell::focus_later("smp-history-compare".to_owned());
            })
        };
        let entry = |number: u32, revision: Option<&Revision>| {
            let restoring = *confirming == Some(number);
            let title = revision_name(&plan, number);
            html! {
                <li class="smp-revisions__item" key={number.to_string()}>
                    <h3 class="smp-revisions__title">{ title.clone() }</h3>
                    if let Some(revision) = revision {
                        <p class="smp-campaign-row__facts">{ revision_facts(&plan, revision) }</p>
                    } else {
                        <p class="smp-campaign-row__facts">{ t("The strategy as it stood before the revisions kept here.") }</p>
                    }
                    if restoring {
                        <div class="smp-confirm" role="group" aria-label={tf("Restore {}?", &[&title])}>
                            <p>{ t("Put the strategy back as it stood after this? What it holds now stays in the history, and the values your KPIs reached are kept.") }</p>
                            <div class="smp-actions">
                                <button type="button" class="smp-button smp-button--primary" id={format!("smp-restore-yes-{number}")} onclick={restore(number)}>{ t("Restore") }</button>
                                <button type="button" class="smp-button" onclick={ask(None)}>{ t("Keep it as it is") }</button>
                            </div>
                        </div>
                    } else {
                        <div class="smp-actions">
                            if number > first {
                                <button type="button" class="smp-button smp-button--small"
                                    aria-label={tf("Compare with the one before (revision {})", &[&number])}
                                    onclick={compare_with_before(number)}>{ t("Compare with the one before") }</button>
                            }
                            if number != latest {
                                <button type="button" class="smp-button smp-button--small"
                                    aria-label={tf("Restore {}", &[&title])} onclick={ask(Some(number))}>{ t("Restore") }</button>
                            }
                        </div>
                    }
                </li>
            }
        };
        html! {
            <div class="smp-revisions">
                <section class="smp-card" aria-labelledby="smp-history-compare-title">
                    <h2 class="smp-card__title" id="smp-history-compare-title">{ t("Compare two revisions") }</h2>
                    <div class="smp-grid smp-grid--2" id="smp-history-compare" tabindex="-1">
                        <SelectField label={t("Earlier")} options={options.clone()} selected={Some(AttrValue::from(a.to_string()))}
                            id={AttrValue::from("smp-history-a")} onchange={pick(&earlier)} />
                        <SelectField label={t("Later")} options={options} selected={Some(AttrValue::from(b.to_string()))}
                            id={AttrValue::from("smp-history-b")} onchange={pick(&later)} />
                    </div>
                    <div class="smp-revisions__changes">{ laid_out_view(compared.as_ref(), t("Comparing the two…")) }</div>
                </section>
                <section class="smp-card" aria-labelledby="smp-history-list-title">
                    <h2 class="smp-card__title" id="smp-history-list-title" tabindex="-1">{ t("Revisions, newest first") }</h2>
                    <ol class="smp-revisions__list" reversed=true>
                        { for revisions.list().iter().rev().map(|r| entry(r.number, Some(r))) }
                        { entry(first, None) }
                    </ol>
                </section>
            </div>
        }
    });
    section_page(
        Section {
            title: t("Strategy history"),
            eyebrow: t("The strategy · over time"),
            lead: t("The strategy is the constant, so every change to it is kept here as a dated revision: changes made within ten minutes of each other are one. Compare any two, or put an earlier one back, which is itself a new revision. The latest 60 are kept; older ones fold into the earliest state kept."),
            wide: false,
        },
        body,
    )
}

/// When, what parts, and from what: "2 Feb 2027, 09:31 to 09:40 · Story,
/// Channels · from the insight “…”".
fn revision_facts(plan: &Plan, revision: &Revision) -> String {
    // The heading gives when it ended; a revision of several changes says
    // when it began.
    let mut facts = Vec::new();
    if revision.from != revision.to {
        facts.push(tf("Begun {}", &[&shell::local_date_time(revision.from)]));
    }
    let parts: Vec<String> = revision
        .parts()
        .iter()
        .map(|p| t(p.title()).to_owned())
        .collect();
    facts.push(parts.join(", "));
    if let Some(insight) = revision.insight.as_ref().and_then(|id| plan.insight(id)) {
        facts.push(tf(
            "made from the insight “{}”",
            &[&titled(insight.title())],
        ));
    }
    if let Some(n) = revision.restored {
        facts.push(match plan.revisions.get(n) {
            Some(_) => tf("restores revision {}", &[&n]),
            None => t("restores the earliest state kept").to_owned(),
        });
    }
    facts.join(" · ")
}
