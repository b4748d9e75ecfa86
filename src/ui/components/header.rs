//! The header: the open plan's name, a switcher between plans, the save indicator.

use crate::plan::{Command, PlanId};
use crate::session;
use crate::session::SaveStatus;
use crate::ui::route::{NavLink, Route};
use crate::ui::store::{use_dispatch, use_save, use_undo, Store};
use crate::ui::text::{say, t, tf};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A plain function rather than a component: drawn with the layout, which
/// is drawn again when the store changes, as the header is.
pub fn header(store: &Store) -> Html {
    crate::ui::probe::rendered("header");
    let current = store.workspace.current();
    html! {
        <header class="smp-header">
            <div class="smp-header__brand">
                { logo() }
                <span>{ "Social Media Planner" }</span>
            </div>
            <div class="smp-header__plan">
                <span class="smp-header__eyebrow">{ t("Current plan") }</span>
                {
                    match current {
                        Some(plan) => html! {
                            <strong class="smp-header__plan-name" title={plan.name.to_string()}>
                                { plan.name.as_str() }
                            </strong>
                        },
                        None => html! {
                            <strong class="smp-header__plan-name smp-header__plan-name--none">
                                { t("No plan yet") }
                            </strong>
                        },
                    }
                }
            </div>
            { plan_switcher(store) }
            <UndoRedo />
            <SaveIndicator />
        </header>
    }
}

/// A plain function rather than a component: the header follows the plans
/// already.
fn plan_switcher(store: &crate::ui::store::Store) -> Html {
    let plans: Vec<&crate::plan::Plan> = store.workspace.plans().collect();
    if plans.is_empty() {
        return html! {
            <NavLink to={Route::Plans} class="smp-button smp-button--on-dark">{ t("Create a plan") }</NavLink>
        };
    }
    let current = store.workspace.current_id().cloned();
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(id) = PlanId::parse(&value) {
                store.dispatch(session::Event::Apply(Command::OpenPlan { id }));
            }
        })
    };
    html! {
        <div class="smp-switcher">
            <label class="smp-switcher__label">
                <span>{ t("Switch plan") }</span>
                <select class="smp-switcher__select" {onchange}>
                    { for plans.iter().map(|plan| html! {
                        <option value={plan.id.to_string()}
                            selected={Some(&plan.id) == current.as_ref()}>
                            { plan.name.as_str() }
                        </option>
                    }) }
                </select>
            </label>
            <NavLink to={Route::Plans} class="smp-switcher__manage">{ t("Manage plans") }</NavLink>
        </div>
    }
}

#[component]
fn SaveIndicator() -> Html {
    let save = use_save();
    let (modifier, text) = match save.status {
        SaveStatus::Saved => ("saved", t("Saved").to_owned()),
        SaveStatus::Saving => ("saving", t("Saving…").to_owned()),
        SaveStatus::NotSaved(reason) => (
            "failed",
            tf("Not saved: {}", &[&crate::ui::text::say(&reason)]),
        ),
        SaveStatus::NoPlans => return Html::default(),
    };
    html! {
        <p class={classes!("smp-save", format!("smp-save--{modifier}"))} role="status">
            <span class="smp-save__dot" aria-hidden="true"></span>
            { text }
        </p>
    }
}

fn logo() -> Html {
    html! {
        <svg class="smp-logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect x="2" y="5" width="28" height="24" rx="5" fill="currentColor" opacity="0.18" />
            <rect x="2" y="5" width="28" height="7" rx="3" fill="currentColor" opacity="0.55" />
            <circle cx="10" cy="19" r="3" fill="currentColor" />
            <circle cx="22" cy="19" r="3" fill="currentColor" opacity="0.7" />
            <path d="M13 19h6" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
    }
}

/// Undo and redo, with what each would undo or redo.
#[component]
fn UndoRedo() -> Html {
    let store = use_dispatch();
    let labels = use_undo();
    let can_undo = labels.undo.is_some();
    let can_redo = labels.redo.is_some();
    let undo_label = labels
        .undo
        .as_ref()
        .map_or(t("Undo: nothing to undo").to_owned(), |l| {
            tf("Undo: {}", &[&say(l)])
        });
    let redo_label = labels
        .redo
        .as_ref()
        .map_or(t("Redo: nothing to redo").to_owned(), |l| {
            tf("Redo: {}", &[&say(l)])
        });
    let undo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.send(session::Event::Undo))
    };
    let redo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.send(session::Event::Redo))
    };
    html! {
        <div class="smp-history" role="group" aria-label={t("History")}>
            <button type="button" class="smp-button smp-button--ghost-dark smp-button--small"
                onclick={undo} disabled={!can_undo}
                aria-label={undo_label.clone()} title={format!("{undo_label} (Ctrl+Z)")}>
                <span aria-hidden="true">{ "↶ " }</span>{ t("Undo") }
            </button>
            <button type="button" class="smp-button smp-button--ghost-dark smp-button--small"
                onclick={redo} disabled={!can_redo}
                aria-label={redo_label.clone()} title={format!("{redo_label} (Shift+Ctrl+Z)")}>
                { t("Redo") }<span aria-hidden="true">{ " ↷" }</span>
            </button>
        </div>
    }
}
