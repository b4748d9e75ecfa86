//! Pieces shared by the pages that edit lists: an item card that asks before
//! removing, an add button with its findings, and the choices of a select.

use super::finding_notes;
use crate::plan::{Finding, Said};
use crate::ui::text::{said_all, t, tf};
use yew::prelude::*;

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

/// The button that adds an item to a list, with the findings about the list
/// (an empty one) under it; `id` is the anchor those findings point at.
pub fn add_button(
    label: impl Into<Html>,
    onclick: Callback<MouseEvent>,
    id: AttrValue,
    notes: &[Finding],
) -> Html {
    let label: Html = label.into();
    html! {
        <div class="smp-add">
            <button type="button" class="smp-button smp-button--add" {id} {onclick}>
                <span aria-hidden="true">{ "+ " }</span>{ label }
            </button>
            if !notes.is_empty() {
                { finding_notes(None, notes) }
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
    pub uses: Vec<Said>,
    /// Campaigns that point at this item: they keep the link, shown as broken.
    #[prop_or_default]
    pub campaigns: Vec<Said>,
    pub onremove: Callback<MouseEvent>,
    pub children: Html,
}

/// A question waiting for a yes: whether it is being asked, a callback that
/// asks it, and one that takes it back.
#[hook]
pub fn use_confirmation() -> (bool, Callback<MouseEvent>, Callback<MouseEvent>) {
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    (*asking, ask, keep)
}

/// One item of a list, with a remove button that asks first.
#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let (confirming, ask, keep) = use_confirmation();
    html! {
        <li class="smp-item">
            <div class="smp-item__bar">
                <h3 class="smp-item__title">{ props.title.clone() }</h3>
                if !confirming {
                    <button type="button" class="smp-button smp-button--quiet smp-button--small"
                        onclick={ask} aria-label={tf("Remove {}", &[&props.title])}>{ t("Remove") }</button>
                }
            </div>
            if confirming {
                <div class="smp-confirm" role="group" aria-label={tf("Remove {}?", &[&props.title])}>
                    <p>
                        { tf("Remove {}?", &[&props.title]) }
                        if !props.uses.is_empty() {
                            { " " }{ tf("It is linked from {}; those links will be cleared.", &[&said_all(&props.uses, ", ")]) }
                        }
                        if !props.campaigns.is_empty() {
                            { " " }{ tf("It is used by {}, which will show the missing link so it can be fixed.", &[&said_all(&props.campaigns, ", ")]) }
                        }
                    </p>
                    <button type="button" class="smp-button smp-button--danger smp-button--small"
                        onclick={props.onremove.clone()}>{ t("Yes, remove") }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={keep}>{ t("Keep") }</button>
                </div>
            }
            <div class="smp-item__fields">{ props.children.clone() }</div>
        </li>
    }
}
