//! The Plans page: create, open, rename, duplicate and delete plans.

use super::page_header;
use crate::exchange::{size, Space};
use crate::plan::{Command, Plan, PlanName};
use crate::session;
use crate::ui::components::{create_plan_form, use_dom_id, ExampleButton, PlanNameForm};
use crate::ui::route::use_navigator;
use crate::ui::route::Route;
use crate::ui::shell;
use crate::ui::store::{use_save, use_storage, use_store, Shared, SharedPlan, Store};
use crate::ui::text::{kept, say, t, tf};
use yew::prelude::*;

#[component]
pub fn PlansPage() -> Html {
    let store = use_store();
    let storage = use_storage();
    let dispatch = store.dispatcher();
    let plans: Vec<&std::rc::Rc<Plan>> = store.workspace.shared_plans().collect();
    let current = store.workspace.current_id();
    // Measured again whenever a save lands.
    let saved = use_save().saved;
    let space = {
        let storage = storage.clone();
        use_memo(saved, move |_| storage.space())
    };
    let space_ids = [use_dom_id("storage-title"), use_dom_id("storage-meter")];
    html! {
        <section class="smp-page">
            { page_header(t("Plans").into(), None, html! {
                <p>{ t("One plan per brand or client, side by side. Each is saved in this browser as you work.") }</p>
            }) }
            <section class="smp-card" aria-labelledby="smp-new-plan-title">
                <h2 class="smp-card__title" id="smp-new-plan-title">{ t("New plan") }</h2>
                { create_plan_form(&dispatch, false) }
                <ExampleButton />
            </section>
            <h2 class="smp-section-title">
                { t("Your plans") }
                <span class="smp-count">{ plans.len() }</span>
            </h2>
            if plans.is_empty() {
                <p class="smp-muted">{ t("No plans yet. Name your first one above.") }</p>
            } else {
                <ul class="smp-plan-list">
                    { for plans.iter().map(|plan| html! {
                        <PlanCard key={plan.id.to_string()} plan={Shared((*plan).clone())}
                            is_current={Some(&plan.id) == current}
                            read_only={store.workspace.is_read_only(&plan.id)}
                            stored={space.of_plan(&storage.plan_key(&plan.id))} />
                    }) }
                </ul>
            }
            { super::transfer::storage_use(&space, space_ids) }
            <super::transfer::Transfer space={Shared(space)} />
        </section>
    }
}

/// The space measured, as props.
pub type SharedSpace = Shared<Space>;

#[derive(Properties, PartialEq)]
struct PlanCardProps {
    plan: SharedPlan,
    is_current: bool,
    read_only: bool,
    /// What its stored value takes, in UTF-16 code units; `None` until saved.
    stored: Option<usize>,
}

#[component]
fn PlanCard(props: &PlanCardProps) -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let renaming = use_state(|| false);
    let plan = &props.plan;
    let title_id = use_dom_id("plan-title");

    let dispatch = |make: fn(&Plan) -> Command| {
        let store = store.clone();
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(session::Event::Apply(make(&plan))))
    };
    let open = {
        let store = store.clone();
        let id = plan.id.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(session::Event::Apply(Command::OpenPlan { id: id.clone() }));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Overview);
            }
        })
    };
    let duplicate = dispatch(|plan| Command::DuplicatePlan {
        source: plan.id.clone(),
        copy: shell::new_plan_id(),
        at: shell::now(),
        word: kept(crate::plan::words!("copy")),
    });
    let delete = dispatch(|plan| Command::DeletePlan {
        id: plan.id.clone(),
    });
    let export = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            export_file(&plan);
        })
    };
    // Archiving is an export and a deletion in one: the file first, and the
    // plan leaves the browser only once the file is on its way.
    let archive = {
        let store = store.clone();
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            if export_file(&plan) {
                store.dispatch(session::Event::Archive(plan.id.clone()));
            }
        })
    };
    let start_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_: MouseEvent| renaming.set(true))
    };
    let stop_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_: ()| renaming.set(false))
    };

    let summary = plan.summary();
    // Who it is for and when it changed; then what it holds and the room it
    // takes, on a line of their own so a long brand never hides them.
    let mut facts = Vec::new();
    if !plan.brand.trim().is_empty() {
        facts.push(plan.brand.trim().to_owned());
    }
    facts.push(tf("Edited {}", &[&shell::local_date_time(plan.updated)]));
    let mut contents: Vec<String> = summary.contents().iter().map(say).collect();
    if let Some(units) = props.stored {
        contents.push(tf("{} in this browser", &[&say(&size(units))]));
    }
    let label = short_label(plan.name.as_str());

    html! {
        <li class={classes!("smp-plan-card", props.is_current.then_some("smp-plan-card--current"))}
            aria-labelledby={title_id.clone()}>
            if *renaming {
                { rename_form(&store, plan, stop_rename) }
            } else {
                <div class="smp-plan-card__main">
                    <h3 class="smp-plan-card__name" id={title_id.clone()}>{ plan.name.as_str() }</h3>
                    if props.is_current {
                        <span class="smp-pill smp-pill--accent">{ t("Open now") }</span>
                    }
                    if props.read_only {
                        <span class="smp-pill smp-pill--warning">{ t("Read-only: saved by a newer version") }</span>
                    }
                    <p class="smp-plan-card__facts">{ facts.join(" · ") }</p>
                    if !contents.is_empty() {
                        <p class="smp-plan-card__facts smp-plan-card__contents">{ contents.join(" · ") }</p>
                    }
                </div>
                <div class="smp-plan-card__actions">
                    if !props.is_current {
                        <button type="button" class="smp-button smp-button--primary" onclick={open}
                            aria-label={tf("Open {}", &[&label])}>{ t("Open") }</button>
                    }
                    <button type="button" class="smp-button" onclick={start_rename}
                        disabled={props.read_only}
                        aria-label={tf("Rename {}", &[&label])}>{ t("Rename") }</button>
                    <button type="button" class="smp-button" onclick={duplicate}
                        aria-label={tf("Duplicate {}", &[&label])}>{ t("Duplicate") }</button>
                    <button type="button" class="smp-button" onclick={export}
                        aria-label={tf("Export {}", &[&label])}>{ t("Export") }</button>
                    <button type="button" class="smp-button" onclick={archive}
                        disabled={props.read_only}
                        title={t("Save it to a file and remove it from this browser")}
                        aria-label={tf("Archive {} to a file", &[&label])}>{ t("Archive") }</button>
                    <button type="button" class="smp-button smp-button--danger" onclick={delete}
                        disabled={props.read_only}
                        aria-label={tf("Delete {}", &[&label])}>{ t("Delete") }</button>
                </div>
            }
        </li>
    }
}

/// Downloads a plan as a file a person can keep and import again; whether the
/// file could be made.
fn export_file(plan: &Plan) -> bool {
    match crate::exchange::encode_pretty(plan) {
        Ok(text) => {
            shell::download(
                &crate::exchange::file_name(plan.name.as_str(), ".json"),
                &text,
            );
            true
        }
        Err(_) => false,
    }
}

/// A plan's name fit for a button's accessible name: long names are shortened.
fn short_label(name: &str) -> String {
    crate::plan::clipped(name, 60)
}

/// The plan's name, being changed: a plain function, the card keeping the
/// state.
fn rename_form(store: &Store, plan: &SharedPlan, ondone: Callback<()>) -> Html {
    let onsubmit = {
        let (store, id, ondone) = (store.clone(), plan.id.clone(), ondone.clone());
        Callback::from(move |name: PlanName| {
            store.dispatch(session::Event::Apply(Command::RenamePlan {
                id: id.clone(),
                name,
                at: shell::now(),
            }));
            ondone.emit(());
        })
    };
    html! {
        <PlanNameForm label={t("New name")} submit_label={t("Save name")} {onsubmit}
            oncancel={Some(ondone)}
            initial={plan.name.to_string()} focus=true />
    }
}
