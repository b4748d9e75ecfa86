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

use super::SectionPage;
use crate::plan::{anchor, Command, Finding, Part, PlanEdit, Strategy, StrategyEdit};
use crate::ui::components::{FindingNotes, ReadinessPanel};
use crate::ui::shell;
use crate::ui::store::{use_store, Action};
use std::rc::Rc;
use yew::prelude::*;

/// What every part's section needs: the strategy, what the rules found, and a way
/// to change it.
#[derive(Clone)]
pub struct Ctx {
    pub strategy: Rc<Strategy>,
    pub findings: Rc<Vec<Finding>>,
    pub edit: Callback<StrategyEdit>,
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

/// Edits one item: each field's callback sets that field on a copy of the item
/// and sends the copy back to replace it.
pub struct Updater<T> {
    item: T,
    put: fn(T) -> StrategyEdit,
    edit: Callback<StrategyEdit>,
}

impl<T: Clone + 'static> Updater<T> {
    pub fn new(item: &T, put: fn(T) -> StrategyEdit, edit: &Callback<StrategyEdit>) -> Self {
        Self {
            item: item.clone(),
            put,
            edit: edit.clone(),
        }
    }

    pub fn set<V: 'static>(&self, apply: fn(&mut T, V)) -> Callback<V> {
        let item = self.item.clone();
        let put = self.put;
        let edit = self.edit.clone();
        Callback::from(move |value: V| {
            let mut next = item.clone();
            apply(&mut next, value);
            edit.emit(put(next));
        })
    }
}

/// The anchor of a field, as an attribute.
pub fn at(part: Part, item: Option<&str>, field: &str) -> Option<AttrValue> {
    Some(AttrValue::from(anchor(part, item, field)))
}

/// (value, label) pairs for a select or checkboxes.
pub fn choices<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a T>,
    value: impl Fn(&T) -> String,
    label: impl Fn(&T) -> String,
) -> Vec<(AttrValue, AttrValue)> {
    items
        .into_iter()
        .map(|item| (AttrValue::from(value(item)), AttrValue::from(label(item))))
        .collect()
}

/// Ids typed as strings by a form, read back as ids; anything invalid is dropped.
pub fn ids<I>(values: Vec<String>, parse: fn(&str) -> Result<I, crate::plan::IdError>) -> Vec<I> {
    values.iter().filter_map(|v| parse(v).ok()).collect()
}

#[derive(Properties, PartialEq)]
pub struct PartSectionProps {
    pub part: Part,
    pub guidance: AttrValue,
    pub children: Html,
}

/// One part of the strategy: numbered title, why it matters, then its fields.
#[component]
pub fn PartSection(props: &PartSectionProps) -> Html {
    let number = Part::ALL
        .iter()
        .position(|p| *p == props.part)
        .map_or(0, |n| n + 1);
    let id = format!("smp-part-{}", props.part.slug());
    html! {
        <section class="smp-card smp-part" id={id.clone()} tabindex="-1" aria-labelledby={format!("{id}-title")}>
            <header class="smp-part__header">
                <span class="smp-part__number" aria-hidden="true">{ number }</span>
                <div>
                    <h2 class="smp-card__title" id={format!("{id}-title")}>{ props.part.title() }</h2>
                    <p class="smp-part__guidance">{ props.guidance.clone() }</p>
                </div>
            </header>
            { props.children.clone() }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddButtonProps {
    pub label: AttrValue,
    pub onclick: Callback<MouseEvent>,
    /// The anchor findings about an empty list point at.
    pub id: AttrValue,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

#[component]
pub fn AddButton(props: &AddButtonProps) -> Html {
    html! {
        <div class="smp-add">
            <button type="button" class="smp-button smp-button--add" id={props.id.clone()}
                onclick={props.onclick.clone()}>
                <span aria-hidden="true">{ "+ " }</span>{ props.label.clone() }
            </button>
            if !props.notes.is_empty() {
                <FindingNotes findings={props.notes.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    /// What the card is, for its heading and the remove button: "Objective 2".
    pub title: AttrValue,
    /// Things elsewhere in the strategy that point at this item.
    #[prop_or_default]
    pub uses: Vec<String>,
    pub onremove: Callback<MouseEvent>,
    pub children: Html,
}

/// One item of a list, with a remove button that asks first.
#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    html! {
        <li class="smp-item">
            <div class="smp-item__bar">
                <h3 class="smp-item__title">{ props.title.clone() }</h3>
                if !*confirming {
                    <button type="button" class="smp-button smp-button--quiet smp-button--small"
                        onclick={ask} aria-label={format!("Remove {}", props.title)}>{ "Remove" }</button>
                }
            </div>
            if *confirming {
                <div class="smp-confirm" role="group" aria-label={format!("Remove {}?", props.title)}>
                    <p>
                        { format!("Remove {}?", props.title) }
                        if !props.uses.is_empty() {
                            { format!(" It is linked from {}; those links will be cleared.", props.uses.join(", ")) }
                        }
                    </p>
                    <button type="button" class="smp-button smp-button--danger smp-button--small"
                        onclick={props.onremove.clone()}>{ "Yes, remove" }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={keep}>{ "Keep" }</button>
                </div>
            }
            <div class="smp-item__fields">{ props.children.clone() }</div>
        </li>
    }
}

#[component]
pub fn StrategyPage() -> Html {
    let store = use_store();
    let today = shell::today();
    let body = store.workspace.current().map(|plan| {
        let id = plan.id.clone();
        let store = store.clone();
        let edit = Callback::from(move |edit: StrategyEdit| {
            store.dispatch(Action::Apply(Command::EditPlan {
                id: id.clone(),
                edit: PlanEdit::Strategy(Box::new(edit)),
                at: shell::now(),
            }))
        });
        let ctx = Ctx {
            strategy: Rc::new(plan.strategy.clone()),
            findings: Rc::new(plan.strategy.findings(today)),
            edit,
        };
        let readiness = plan.strategy.readiness(today);
        let blockers = plan.campaign_blockers();
        html! {
            // Keyed by plan, so fields holding typed text start afresh on another plan.
            <div class="smp-strategy" key={plan.id.to_string()}>
                <aside class="smp-strategy__aside">
                    <ReadinessPanel {readiness} {blockers} />
                </aside>
                <div class="smp-strategy__parts">
                    { objectives::objectives(&ctx) }
                    { audience::audience(&ctx) }
                    { channels::channels(&ctx) }
                    { story::story_section(&ctx) }
                    { content::content(&ctx) }
                    { people::people(&ctx) }
                    { response::response(&ctx) }
                    { measurement::measurement_section(&ctx) }
                </div>
            </div>
        }
    });
    html! {
        <SectionPage title="Strategy" eyebrow="Step 1 · comes first" {body} wide=true
            lead="The long-term umbrella, about a year ahead: what the brand does on social media and why. Fill the eight parts in any order; everything saves as you type, and the checks on the left say what is still missing." />
    }
}
