//! Export and import of whole plans, and the space they take in this browser.
//! An import is read and checked whole before anything changes; a plan whose id
//! is already here comes in as a copy unless the user chooses to replace it.

use super::plans::SharedSpace;
use crate::exchange::{self, Decoded, Fit, ImportError, Space, MAX_IMPORT_BYTES, WARN_AT_PERCENT};
use crate::plan::{Command, PlanId};
use crate::session;
use crate::ui::components::use_dom_id;
use crate::ui::shell;
use crate::ui::store::use_store;
use crate::ui::text::{say, t, tf, tn};
use std::collections::BTreeSet;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpaceProps {
    pub space: SharedSpace,
}

/// The room plans take in this browser, against what it allows the site, with
/// a warning and the way out once it is nearly full; `ids` name its title and
/// meter. A plain function: it keeps no state.
pub fn storage_use(space: &Space, [title_id, meter_id]: [AttrValue; 2]) -> Html {
    html! {
        <section class="smp-card smp-space" aria-labelledby={title_id.clone()}>
            <h2 class="smp-card__title" id={title_id}>{ t("Space in this browser") }</h2>
            <label class="smp-label" for={meter_id.clone()}>
                { tf("{}% of this site's storage used", &[&space.percent()]) }
            </label>
            <meter id={meter_id} class="smp-space__meter" min="0" max="100"
                low={(WARN_AT_PERCENT - 1).to_string()} high={WARN_AT_PERCENT.to_string()} optimum="0"
                value={space.percent().to_string()} />
            <p class="smp-usage">{ say(&space.summary()) }</p>
            if let Some((title, way_out)) = space.warning() {
                <div class="smp-banner smp-banner--warning smp-banner--inset" role="alert">
                    <p><strong>{ say(&title) }</strong>{ " " }{ t(way_out) }</p>
                </div>
            }
        </section>
    }
}

/// What the chosen file holds, checked, waiting for the user's go-ahead.
#[derive(Clone, PartialEq)]
struct Preview {
    file: String,
    plans: Vec<Decoded>,
    /// What keeping them takes, when there is not that much free now.
    short_of_room: Option<(usize, usize)>,
    /// Plans whose id is already here that the user chose to replace.
    replace: BTreeSet<PlanId>,
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Ready(Preview),
    /// What is wrong, and the reader's own words behind it.
    Failed(String, Option<String>),
    /// What was said, and the plans imported: said only while they are all
    /// still here.
    Done(String, Vec<PlanId>),
}

#[component]
pub fn Transfer(props: &SpaceProps) -> Html {
    let store = use_store();
    let stage = use_state(|| Stage::Idle);
    let input_ref = use_node_ref();
    let input_id = use_dom_id("import");

    let export_all = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let plans: Vec<_> = store.workspace.plans().collect();
            if let Ok(text) = exchange::encode_bundle(plans) {
                shell::download("social-media-plans.json", &text);
            }
        })
    };

    let onchange = {
        let stage = stage.clone();
        let space = props.space.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let size = file.size() as u64;
            let name = file.name();
            // Refused by its size before a byte is read.
            if size > MAX_IMPORT_BYTES {
                stage.set(Stage::Failed(
                    say(&ImportError::TooLarge { bytes: size }.said()),
                    None,
                ));
                return;
            }
            stage.set(Stage::Reading);
            let stage = stage.clone();
            let space = space.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    let unread = t("The file could not be read.");
                    stage.set(Stage::Failed(unread.to_owned(), None));
                    return;
                };
                let read = exchange::read_import(size, &text).and_then(|plans| {
                    let needed = exchange::units_to_keep(&plans);
                    match space.fit(needed) {
                        Fit::Never { needed } => Err(ImportError::NeverFits { needed }),
                        Fit::NeedsRoom { needed, free } => Ok((plans, Some((needed, free)))),
                        Fit::Fits => Ok((plans, None)),
                    }
                });
                stage.set(match read {
                    Ok((plans, short_of_room)) => Stage::Ready(Preview {
                        file: name,
                        plans,
                        short_of_room,
                        replace: BTreeSet::new(),
                    }),
                    Err(error) => {
                        Stage::Failed(say(&error.said()), error.detail().map(str::to_owned))
                    }
                });
            });
        })
    };

    let reset_input = {
        let input_ref = input_ref.clone();
        move || {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        }
    };

    let body = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading => {
            html! { <p class="smp-hint" role="status">{ t("Reading the file…") }</p> }
        }
        Stage::Failed(message, detail) => html! {
            <div class="smp-error" role="alert">
                <p>{ tf("Nothing was imported. {}", &[message]) }</p>
                if let Some(detail) = detail {
                    <details class="smp-error__details">
                        <summary>{ t("Details") }</summary>
                        <p>{ detail.clone() }</p>
                    </details>
                }
            </div>
        },
        Stage::Done(message, ids) if ids.iter().all(|id| store.workspace.plan(id).is_some()) => {
            html! { <p class="smp-success" role="status">{ message.clone() }</p> }
        }
        Stage::Done(..) => Html::default(),
        Stage::Ready(preview) => {
            let import = {
                let (store, stage, preview) = (store.clone(), stage.clone(), preview.clone());
                let reset_input = reset_input.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut ids = Vec::new();
                    for decoded in &preview.plans {
                        let mut plan = decoded.plan.clone();
                        let here = store.workspace.plan(&plan.id).is_some();
                        let replace = here && preview.replace.contains(&plan.id);
                        if here && !replace {
                            let (millis, entropy) = shell::seed();
                            plan.id =
                                PlanId::generated(millis, entropy.wrapping_add(ids.len() as u64));
                            plan.name = plan.name.with_suffix(&t("imported"));
                        }
                        ids.push(plan.id.clone());
                        let plan = Box::new(plan);
                        store.dispatch(session::Event::Apply(match replace {
                            true => Command::ReplacePlan { plan },
                            false => Command::AddPlan { plan },
                        }));
                    }
                    reset_input();
                    stage.set(Stage::Done(
                        tn(ids.len(), "Imported {} plan.", "Imported {} plans."),
                        ids,
                    ));
                })
            };
            let cancel = {
                let stage = stage.clone();
                let reset_input = reset_input.clone();
                Callback::from(move |_: MouseEvent| {
                    reset_input();
                    stage.set(Stage::Idle);
                })
            };
            html! {
                <div class="smp-import" role="group" aria-label={t("Ready to import")}>
                    <p><strong>{ preview.file.clone() }</strong>
                        { " " }{ tf("holds {}. Nothing has changed yet.", &[&tn(preview.plans.len(), "{} plan", "{} plans")]) }
                    </p>
                    <ul class="smp-import__list">
                        { for preview.plans.iter().map(|d| incoming(&store, &stage, preview, d)) }
                    </ul>
                    if let Some((needed, free)) = preview.short_of_room {
                        <p class="smp-warning" role="alert">
                            { say(&exchange::short_of_room(preview.plans.len(), needed, free)) }
                        </p>
                    }
                    <div class="smp-banner__actions">
                        <button type="button" class="smp-button smp-button--primary" onclick={import}>
                            { if preview.plans.len() == 1 { t("Import the plan").to_owned() } else { tf("Import {} plans", &[&preview.plans.len()]) } }
                        </button>
                        <button type="button" class="smp-button" onclick={cancel}>{ t("Cancel") }</button>
                    </div>
                </div>
            }
        }
    };

    html! {
        <section class="smp-card" aria-labelledby="smp-transfer-title">
            <h2 class="smp-card__title" id="smp-transfer-title">{ t("Export and import") }</h2>
            <p class="smp-part__guidance">{ t("Export keeps a copy of your plans as a file, to back them up or open them in another browser. Import reads such a file; nothing changes until you confirm.") }</p>
            <div class="smp-transfer">
                <button type="button" class="smp-button" onclick={export_all}
                    disabled={store.workspace.is_empty()}>{ t("Export all plans") }</button>
                <div class="smp-field">
                    <label class="smp-label" for={input_id.clone()}>{ t("Import plans from a file") }</label>
                    <input id={input_id} ref={input_ref} type="file" class="smp-file"
                        accept=".json,application/json" {onchange} />
                </div>
            </div>
            { body }
        </section>
    }
}

/// One plan of the file: its name, what was repaired, and, when a plan with its
/// id is already here, the choice between a copy and replacing it.
fn incoming(
    store: &crate::ui::store::Store,
    stage: &UseStateHandle<Stage>,
    preview: &Preview,
    decoded: &Decoded,
) -> Html {
    let plan = &decoded.plan;
    let here = store.workspace.plan(&plan.id).is_some();
    let replacing = preview.replace.contains(&plan.id);
    let choose = |replace: bool| {
        let (stage, preview, id) = (stage.clone(), preview.clone(), plan.id.clone());
        Callback::from(move |_: Event| {
            let mut next = preview.clone();
            if replace {
                next.replace.insert(id.clone());
            } else {
                next.replace.remove(&id);
            }
            stage.set(Stage::Ready(next));
        })
    };
    let group = format!("smp-import-{}", plan.id);
    html! {
        <li class="smp-import__plan">
            <strong>{ plan.name.as_str() }</strong>
            { format!(" — {}", say(&plan.summary().outline())) }
            if !decoded.repairs.is_empty() {
                <p class="smp-hint">{ tf("Repaired on reading: {}", &[&crate::ui::text::said_all(&decoded.repairs, " ")]) }</p>
            }
            if here {
                <fieldset class="smp-import__choice">
                    <legend>{ t("A plan with the same identity is already in this browser.") }</legend>
                    <label class="smp-check">
                        <input type="radio" name={group.clone()} checked={!replacing} onchange={choose(false)} />
                        <span>{ t("Add as a copy") }</span>
                    </label>
                    <label class="smp-check">
                        <input type="radio" name={group} checked={replacing} onchange={choose(true)} />
                        <span>{ t("Replace the plan in this browser") }</span>
                    </label>
                </fieldset>
            }
        </li>
    }
}
