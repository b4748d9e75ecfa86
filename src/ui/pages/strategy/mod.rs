//! The Strategy page: the eight parts, each editable in any order and saved as
//! typed, with the rules' findings beside the fields they concern and a
//! readiness panel that jumps to them.

mod audience;
mod channels;
mod content;
mod measurement;
mod objectives;
mod people;
mod response;
mod story;

use super::{section_page, Section};
use crate::exchange::writers::{self, Ask, Request};
use crate::plan::learning::Insight;
use crate::plan::{
    anchor, part_to_open, Campaign, Command, Finding, Part, PartStatus, Piece, Plan, PlanEdit,
    PlanId, Strategy, StrategyEdit,
};
use crate::route::{part_query, strategy_part};
use crate::session;
pub use crate::ui::components::{add_button, choices, ids, ItemCard};
use crate::ui::components::{laid_out_view, readiness_panel, use_document, LaidOut};
pub use crate::ui::edit::Updater;
use crate::ui::route::Route;
use crate::ui::route::{use_navigator, use_place, NavLink, Navigator};
use crate::ui::shell;
use crate::ui::store::{use_store, Store};
use crate::ui::text::{t, tf, titled, tn, Words};
use std::rc::Rc;
use yew::prelude::*;

/// What every part's section needs: the strategy, what the rules found, and a way
/// to change it.
#[derive(Clone)]
pub struct Ctx {
    pub plan: Rc<Plan>,
    pub strategy: Piece<Strategy>,
    pub findings: Rc<Vec<Finding>>,
    pub edit: Callback<StrategyEdit>,
    /// The part's read view, shown in the place of its fields.
    pub read: Option<Html>,
    /// Below the part: reading or editing it, and the parts beside it.
    pub foot: Html,
}

impl Ctx {
    /// The findings that point at one field.
    pub fn notes(&self, part: Part, item: Option<&str>, field: &str) -> Vec<Finding> {
        self.findings
            .iter()
            .filter(|f| {
                f.place.part == part && f.place.item.as_deref() == item && f.place.field == field
            })
            .cloned()
            .collect()
    }

    /// A callback that sends one fixed edit.
    pub fn send(&self, make: impl Fn() -> StrategyEdit + 'static) -> Callback<MouseEvent> {
        let edit = self.edit.clone();
        Callback::from(move |_| edit.emit(make()))
    }

    /// A button's callback that adds an item made from a fresh id, then focuses
    /// the field `make` names once the item is on the page.
    pub fn adder<I: 'static>(
        &self,
        fresh: fn(u64, u64) -> I,
        make: fn(I) -> (StrategyEdit, String),
    ) -> Callback<MouseEvent> {
        let edit = self.edit.clone();
        Callback::from(move |_| {
            let (millis, entropy) = shell::seed();
            let (item_edit, focus) = make(fresh(millis, entropy));
            edit.emit(item_edit);
            shell::focus_later(focus);
        })
    }

    /// A callback that wraps a value into an edit.
    pub fn with<V: 'static>(&self, make: fn(V) -> StrategyEdit) -> Callback<V> {
        self.edit.reform(make)
    }
}

/// The anchor of a field, as an attribute.
pub fn at(part: Part, item: Option<&str>, field: &str) -> Option<AttrValue> {
    Some(AttrValue::from(anchor(part, item, field)))
}

/// One part of the strategy: numbered title, why it matters, then its fields
/// (or its read view) and the way on.
pub fn part_section(ctx: &Ctx, part: Part, guidance: Words, fields: Html) -> Html {
    let number = Part::ALL
        .iter()
        .position(|p| *p == part)
        .map_or(0, |n| n + 1);
    let id = format!("smp-part-{}", part.slug());
    html! {
        <section class="smp-card smp-part" id={id.clone()} tabindex="-1" aria-labelledby={format!("{id}-title")}>
            <header class="smp-part__header">
                <span class="smp-part__number" aria-hidden="true">{ number }</span>
                <div>
                    <h2 class="smp-card__title" id={format!("{id}-title")}>{ t(part.title()) }</h2>
                    <p class="smp-part__guidance">{ guidance }</p>
                </div>
            </header>
            { ctx.read.clone().unwrap_or(fields) }
            { ctx.foot.clone() }
        </section>
    }
}

/// Shown while the user is here to add something for a campaign: the way back.
fn return_banner(store: &Store, navigator: Option<Navigator>, campaign: &Campaign) -> Html {
    let id = campaign.id.clone();
    let back = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(session::Event::ReturnTo(None));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Campaign { id: id.to_string() });
            }
        })
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(session::Event::ReturnTo(None)))
    };
    html! {
        <div class="smp-banner smp-banner--info" role="status">
            <p>{ tf("You came here from the campaign “{}”. Add what it needs, then go back to it.", &[&titled(campaign.title())]) }</p>
            <div class="smp-banner__actions">
                <button type="button" class="smp-button smp-button--primary" onclick={back}>{ t("Back to the campaign") }</button>
                <button type="button" class="smp-button smp-button--quiet" onclick={dismiss}>{ t("Dismiss") }</button>
            </div>
        </div>
    }
}

/// Shown while the user adapts the strategy from an insight: what they change
/// now is linked to it.
fn adapting_banner(store: &Store, plan: &Plan, insight: &Insight) -> Html {
    let done = {
        let (store, id) = (store.clone(), plan.id.clone());
        Callback::from(move |_: MouseEvent| {
            store.dispatch(session::Event::Apply(Command::EditPlan {
                id: id.clone(),
                edit: PlanEdit::Adapt(None),
                at: shell::now(),
            }))
        })
    };
    let made = plan.revisions_from(&insight.id).len();
    // Not a live region: its count changes with every edit made under it.
    html! {
        <div class="smp-banner smp-banner--info" role="region" aria-label={t("Adapting the strategy")}>
            <p>{ match made {
                0 => tf("Adapting the strategy from the insight “{}” of {}. What you change now is kept as a revision linked to it.",
                    &[&titled(insight.title()), &crate::ui::text::dates().day_month_year(insight.day)]),
                n => tf("Adapting the strategy from the insight “{}” of {}. What you change now is kept as a revision linked to it ({} so far).",
                    &[&titled(insight.title()), &crate::ui::text::dates().day_month_year(insight.day), &n]),
            } }</p>
            <div class="smp-banner__actions">
                <button type="button" class="smp-button smp-button--primary" onclick={done}>{ t("Done adapting") }</button>
                <NavLink to={Route::History} class="smp-button smp-button--quiet">{ t("Strategy history") }</NavLink>
            </div>
        </div>
    }
}

/// The strategy and campaigns as Markdown, for docs and wikis: copied or
/// downloaded, with what happened said in the page. The file writers, loaded
/// on demand, write it.
fn markdown_export(plan: &Rc<Plan>, said: &UseStateHandle<Option<String>>) -> Html {
    let act = |copy: bool| {
        let (plan, said) = (plan.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            let said = said.clone();
            let request = Request::Markdown {
                today: shell::today(),
            };
            let answer = shell::ask_writers(request.line(Ask::Files), &plan, String::new());
            wasm_bindgen_futures::spawn_local(async move {
                let file = answer.await.and_then(|answer| {
                    writers::read_files(answer)
                        .ok()
                        .and_then(|written| written.files.into_iter().next())
                        .ok_or(writers::WRONG_REQUEST)
                });
                let file = match file {
                    Ok(file) => file,
                    Err(problem) => return said.set(Some(problem.to_owned())),
                };
                if copy {
                    shell::copy_text(&file.text, move |copied| {
                        said.set(Some(match copied {
                            true => t("Copied: paste it into a doc or a wiki.").to_owned(),
                            false => t("This browser did not let the planner copy. Download the file instead.").to_owned(),
                        }))
                    });
                } else {
                    said.set(Some(match shell::download(&file.name, &file.text) {
                        true => t("Downloaded as a Markdown file.").to_owned(),
                        false => t("The download could not start.").to_owned(),
                    }));
                }
            });
        })
    };
    let (copy, download) = (act(true), act(false));
    html! {
        <section class="smp-export" aria-labelledby="smp-export-title">
            <h2 class="smp-export__title" id="smp-export-title">{ t("For docs, wikis and paper") }</h2>
            <p class="smp-hint">{ t("The strategy and its campaigns as Markdown, or laid out for print with the next month's calendar.") }</p>
            <div class="smp-export__actions">
                <NavLink to={Route::Print} class="smp-button smp-button--small">{ t("Printable strategy") }</NavLink>
                <button type="button" class="smp-button smp-button--small" onclick={copy}>{ t("Copy as Markdown") }</button>
                <button type="button" class="smp-button smp-button--small" onclick={download}>{ t("Download Markdown") }</button>
            </div>
            <p class="smp-hint" role="status">{ said.as_deref().unwrap_or_default().to_owned() }</p>
        </section>
    }
}

/// Below a part: to read it or edit it, and the way to the next part.
fn part_foot(part: Part, reading: bool, complete: bool, read: &Callback<bool>) -> Html {
    html! {
        <footer class="smp-part__foot">
            if reading {
                <button type="button" class="smp-button smp-button--primary" onclick={read.reform(|_| false)}>{ t("Edit this part") }</button>
            } else if complete {
                <button type="button" class="smp-button" onclick={read.reform(|_| true)}>{ t("Done editing") }</button>
            }
            if let (_, Some(next)) = part.beside() {
                <NavLink to={Route::Strategy} query={AttrValue::from(part_query(next))} current={Some(false)}
                    focus={AttrValue::from(format!("smp-part-{}", next.slug()))} class="smp-button smp-part__next">
                    { tf("Next: {}", &[&&*t(next.title())]) }
                </NavLink>
            }
        </footer>
    }
}

/// A part's read view: what the printed strategy says of it, laid out by the
/// file writers (loaded on demand).
fn read_view(laid_out: Option<&LaidOut>) -> Html {
    html! {
        <div class="smp-part__read">{ laid_out_view(laid_out, t("Laying out the part…")) }</div>
    }
}

#[component]
pub fn StrategyPage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let place = use_place();
    let exported = use_state(|| None::<String>);
    let today = shell::today();
    let shown = store.workspace.current_shared();
    // The rules run once a render, for the fields and the readiness alike.
    let findings = Rc::new(
        shown
            .as_ref()
            .map(|plan| plan.strategy.findings(today))
            .unwrap_or_default(),
    );
    let readiness = shown
        .as_ref()
        .map(|plan| plan.strategy.readiness_of(&findings))
        .unwrap_or_default();
    // Opened without a part in its address, the page shows the first the
    // strategy still needs, and keeps it while the user fills it in.
    let plan_id = shown.as_ref().map(|plan| plan.id.clone());
    let opened = use_mut_ref(|| None::<(Option<PlanId>, Part)>);
    let part = match place.as_ref().and_then(|p| strategy_part(&p.query)) {
        Some(part) => part,
        None => {
            let mut opened = opened.borrow_mut();
            match &*opened {
                Some((id, part)) if *id == plan_id => *part,
                _ => {
                    let part = part_to_open(&readiness);
                    *opened = Some((plan_id.clone(), part));
                    part
                }
            }
        }
    };
    let complete = readiness
        .iter()
        .any(|r| r.part == part && r.status == PartStatus::Complete);
    // A part opened complete is read, until the user edits it; one edited
    // stays editable once complete, until the user is done. Come to adapt
    // the strategy or to add what a campaign needs, the user edits at once.
    let to_change =
        store.returning_to.is_some() || shown.as_ref().is_some_and(|plan| plan.adapting.is_some());
    let mode = use_mut_ref(|| None::<(Option<PlanId>, Part, bool)>);
    let redraw = use_force_update();
    let reading = {
        let mut mode = mode.borrow_mut();
        match &*mode {
            Some((id, at, reading)) if *id == plan_id && *at == part => *reading,
            _ => {
                let reading = complete && !to_change;
                *mode = Some((plan_id.clone(), part, reading));
                reading
            }
        }
    } && complete;
    let read = Callback::from(move |to: bool| {
        *mode.borrow_mut() = Some((plan_id.clone(), part, to));
        redraw.force_update();
        shell::focus_later(format!("smp-part-{}", part.slug()));
    });
    let laid_out = use_document(
        shown.as_deref().filter(|_| reading),
        reading.then_some(Request::Part(part)),
    );
    let body = shown.map(|plan| {
        let id = plan.id.clone();
        let dispatcher = store.clone();
        let edit = Callback::from(move |edit: StrategyEdit| {
            dispatcher.dispatch(session::Event::Apply(Command::EditPlan {
                id: id.clone(),
                edit: PlanEdit::Strategy(Box::new(edit)),
                at: shell::now(),
            }))
        });
        let ctx = Ctx {
            strategy: plan.strategy.clone(),
            plan: plan.clone(),
            findings: findings.clone(),
            edit,
            read: reading.then(|| {
                read_view(laid_out.as_ref())
            }),
            foot: part_foot(part, reading, complete, &read),
        };
        let blockers = plan.campaign_blockers();
        let returning = store
            .returning_to
            .as_ref()
            .and_then(|id| plan.campaign(id))
            .map(|campaign| return_banner(&store, navigator.clone(), campaign));
        let adapting = plan
            .adapting
            .as_ref()
            .and_then(|id| plan.insight(id))
            .map(|insight| adapting_banner(&store, &plan, insight));
        let revisions = plan.revisions.list().len();
        html! {
            <>
            { returning }
            { adapting }
            // Keyed by plan, so fields holding typed text start afresh on another plan.
            <div class="smp-strategy" key={plan.id.to_string()}>
                <aside class="smp-strategy__aside">
                    { readiness_panel(&readiness, &blockers, navigator.clone(), Some(part)) }
                    <NavLink to={Route::History} class="smp-revisions-link">
                        { match revisions { 0 => t("Strategy history").to_owned(), n => tn(n, "Strategy history: {} revision", "Strategy history: {} revisions") } }
                    </NavLink>
                    { markdown_export(&plan, &exported) }
                </aside>
                // Keyed by part, so no field's typed text passes to another part's.
                <div class="smp-strategy__parts" key={part.slug()}>
                    { match part {
                        Part::Audience => audience::audience(&ctx),
                        Part::Channels => channels::channels(&ctx),
                        Part::Story => story::story_section(&ctx),
                        Part::Content => content::content(&ctx),
                        Part::People => people::people(&ctx),
                        Part::Response => response::response(&ctx),
                        Part::Measurement => measurement::measurement_section(&ctx),
                        _ => objectives::objectives(&ctx),
                    } }
                </div>
            </div>
            </>
        }
    });
    section_page(
        Section {
            title: t("Strategy"),
            eyebrow: t("Step 1 · comes first"),
            lead: t("The long-term umbrella, about a year ahead: what the brand does on social media and why. Fill the eight parts in any order, one page each; the readiness list leads between them and says what is still missing. Everything saves as you type."),
            wide: true,
        },
        body,
    )
}
