//! Messages about the app itself: saved data that could not be read or was
//! repaired, plans changed in another tab, a full store, refused changes, and
//! the notice that offers to undo a deletion.

use super::items::use_confirmation;
use crate::exchange;
use crate::plan::PlanId;
use crate::session;
use crate::session::StorageError;
use crate::ui::shell;
use crate::ui::store::{use_dispatch, use_notices, use_save, use_storage, Dispatch};
use crate::ui::text::{t, tf, tn};
use yew::prelude::*;

#[component]
pub fn Notices() -> Html {
    let store = use_dispatch();
    let notices = use_notices();
    let storage = use_storage();
    let full = use_save().error == Some(StorageError::Full);
    let update_waiting = crate::ui::offline::use_update_waiting();
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.send(session::Event::DismissProblem))
    };
    html! {
        <>
            if update_waiting {
                { update_ready() }
            }
            { unreadables(&notices, &storage) }
            { conflicts(&notices, &store) }
            { repairs(&notices, &store) }
            if full {
                { full_store(&store) }
            }
            if let Some(problem) = &notices.problem {
                <div class="smp-banner smp-banner--error" role="alert">
                    <p>{ problem.clone() }</p>
                    <button type="button" class="smp-button smp-button--quiet" onclick={dismiss}>
                        { t("Dismiss") }
                    </button>
                </div>
            }
        </>
    }
}

/// Saved values that could not be read: kept as they are, a copy put aside, and
/// the choice to download or remove them left to the user.
fn unreadables(
    notices: &crate::ui::store::Notices,
    storage: &std::rc::Rc<crate::storage::PlanStore>,
) -> Html {
    if notices.unreadable.is_empty() {
        return html! {};
    }
    let count = notices.unreadable.len();
    html! {
        <section class="smp-banner smp-banner--warning" role="alert">
            <h2 class="smp-banner__title">
                { tn(count, "One saved plan could not be opened", "{} saved plans could not be opened") }
            </h2>
            <p>{ t("It is left exactly as it was in this browser's storage, with a copy kept aside, and nothing will be written over it. Your other plans are open as usual.") }</p>
            <ul class="smp-banner__list">
                { for notices.unreadable.iter().map(|u| {
                    let download = {
                        let storage = storage.clone();
                        let key = u.key.clone();
                        Callback::from(move |_: MouseEvent| {
                            if let Some(raw) = storage.raw(&key) {
                                shell::download(&crate::exchange::file_name(&key, ".raw.json"), &raw);
                            }
                        })
                    };
                    html! {
                        <li class="smp-banner__item">
                            <p>
                                <code>{ u.key.clone() }</code>
                                { " " }{ tf("({} characters): {}.", &[&u.chars, &crate::ui::text::say(&u.problem)]) }
                                if let Some(recovery) = &u.recovery {
                                    { " " }{ t("A copy is kept at") }{ " " }<code>{ recovery.clone() }</code>{ "." }
                                }
                            </p>
                            <div class="smp-banner__actions">
                                <button type="button" class="smp-button smp-button--small" onclick={download}>
                                    { t("Download the raw data") }
                                </button>
                                <DiscardButton key_name={u.key.clone()} />
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DiscardButtonProps {
    key_name: AttrValue,
}

/// Removing unreadable data is the user's decision, and asks first.
#[component]
fn DiscardButton(props: &DiscardButtonProps) -> Html {
    let store = use_dispatch();
    let storage = use_storage();
    let (confirming, ask, keep) = use_confirmation();
    if !confirming {
        return html! {
            <button type="button" class="smp-button smp-button--small smp-button--quiet" onclick={ask}>
                { t("Remove it…") }
            </button>
        };
    }
    let key = props.key_name.to_string();
    let remove = Callback::from(move |_: MouseEvent| match storage.discard(&key) {
        Ok(()) => store.send(session::Event::Discarded { key: key.clone() }),
        Err(error) => store.send(session::Event::Refused(error)),
    });
    html! {
        <span class="smp-confirm smp-confirm--inline" role="group" aria-label={t("Remove the unreadable data?")}>
            { t("Remove it and its copy for good? Download it first if you may need it.") }
            <button type="button" class="smp-button smp-button--danger smp-button--small" onclick={remove}>{ t("Yes, remove") }</button>
            <button type="button" class="smp-button smp-button--small" onclick={keep}>{ t("Keep it") }</button>
        </span>
    }
}

/// Plans changed in another tab while this one had unsaved edits: neither is
/// written until the user picks.
fn conflicts(notices: &crate::ui::store::Notices, store: &Dispatch) -> Html {
    if notices.conflicts.is_empty() {
        return html! {};
    }
    html! {
        <>
            { for notices.conflicts.iter().map(|conflict| {
                let (id, name) = (&conflict.id, &conflict.name);
                let keep = {
                    let (store, id) = (store.clone(), id.clone());
                    Callback::from(move |_: MouseEvent| {
                        let (millis, entropy) = shell::seed();
                        store.send(session::Event::KeepMine {
                            id: id.clone(),
                            copy: PlanId::generated(millis, entropy),
                            at: shell::now(),
                            word: crate::ui::text::kept(crate::plan::words!("this tab's copy")),
                        });
                    })
                };
                let take = {
                    let (store, id) = (store.clone(), id.clone());
                    Callback::from(move |_: MouseEvent| {
                        store.send(session::Event::TakeTheirs { id: id.clone() });
                    })
                };
                let (title, take_label) = match conflict.deleted {
                    false => (tf("“{}” was changed in another tab", &[name]), t("Take the other tab's version")),
                    true => (tf("“{}” was deleted in another tab", &[name]), t("Let it go")),
                };
                html! {
                    <section class="smp-banner smp-banner--warning" role="alert" key={id.to_string()}>
                        <h2 class="smp-banner__title">{ title }</h2>
                        <p>{ t("This tab has edits to it that are not saved. Nothing is written over until you choose.") }</p>
                        <div class="smp-banner__actions">
                            <button type="button" class="smp-button smp-button--primary" onclick={keep}>
                                { t("Keep mine as a copy") }
                            </button>
                            <button type="button" class="smp-button" onclick={take}>{ take_label }</button>
                        </div>
                    </section>
                }
            }) }
        </>
    }
}

/// Plans that needed repairs to open: what was repaired, and where the
/// original is kept.
fn repairs(notices: &crate::ui::store::Notices, store: &Dispatch) -> Html {
    if notices.repaired.is_empty() {
        return html! {};
    }
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.send(session::Event::DismissRepaired))
    };
    html! {
        <section class="smp-banner smp-banner--info" role="status">
            <h2 class="smp-banner__title smp-banner__title--info">{ t("Some saved plans were repaired on opening") }</h2>
            <ul class="smp-banner__list">
                { for notices.repaired.iter().map(|r| html! {
                    <li>
                        <strong>{ r.name.clone() }</strong>{ ": " }{ crate::ui::text::said_all(&r.repairs, " ") }
                        if let Some(recovery) = &r.recovery {
                            { " " }{ t("The original is kept at") }{ " " }<code>{ recovery.clone() }</code>{ "." }
                        }
                    </li>
                }) }
            </ul>
            <button type="button" class="smp-button smp-button--quiet" onclick={dismiss}>{ t("Dismiss") }</button>
        </section>
    }
}

/// A full store: say so, keep everything in memory, and offer the way out.
fn full_store(store: &Dispatch) -> Html {
    let export = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let workspace = store.workspace();
            let plans: Vec<_> = workspace.plans().collect();
            if let Ok(text) = exchange::encode_bundle(plans) {
                shell::download("social-media-plans.json", &text);
            }
        })
    };
    html! {
        <section class="smp-banner smp-banner--error smp-banner--column" role="alert">
            <h2 class="smp-banner__title">{ t("This browser's storage is full: your latest changes are not saved") }</h2>
            <p>{ t("Everything you typed is still here, and what was saved before is intact. Export your plans to keep a copy, then make room: on the Plans page, which shows what each plan takes, archive plans you no longer work on (each is saved to a file and removed from this browser) or delete them. The planner tries again with your next change.") }</p>
            <div class="smp-banner__actions">
                <button type="button" class="smp-button smp-button--primary" onclick={export}>{ t("Export all plans") }</button>
            </div>
        </section>
    }
}

/// After a plan is deleted: say so, and offer to bring it back.
#[component]
pub fn UndoToast() -> Html {
    let store = use_dispatch();
    let notices = use_notices();
    let undo_ref = use_node_ref();
    // The deleted card took the focus with it: hand it to Undo, the likely next step.
    {
        let undo_ref = undo_ref.clone();
        let deleted_id = notices.deleted.as_ref().map(|d| d.id.clone());
        use_effect_with(deleted_id, move |id| {
            if id.is_some() {
                if let Some(button) = undo_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let note = notices.outside_note.clone();
    let Some(deleted) = &notices.deleted else {
        return html! {
            <div class="smp-toast-region" role="status">
                if let Some(note) = note {
                    <p class="smp-visually-hidden">{ note }</p>
                }
            </div>
        };
    };
    let undo = {
        let store = store.clone();
        Callback::from(move |_| store.send(session::Event::UndoDelete))
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.send(session::Event::DismissDeleted))
    };
    html! {
        <div class="smp-toast-region" role="status">
            <div class="smp-toast">
                <p class="smp-toast__text">
                    { if deleted.archived { t("Archived “") } else { t("Deleted “") } }
                    <span class="smp-toast__name">{ deleted.name.clone() }</span>
                    { if deleted.archived { t("” to a file and removed it from this browser.") } else { t("”.") } }
                </p>
                <button type="button" class="smp-button smp-button--on-dark" onclick={undo} ref={undo_ref}>{ t("Undo") }</button>
                <button type="button" class="smp-button smp-button--ghost-dark" onclick={dismiss}>{ t("Dismiss") }</button>
            </div>
        </div>
    }
}

/// A new version of the planner has arrived: it waits until the user chooses
/// to reload, never replacing the page in the middle of an edit.
fn update_ready() -> Html {
    let update = Callback::from(|_| crate::ui::offline::update_now());
    html! {
        <div class="smp-banner smp-banner--info" role="status">
            <p>{ t("A new version of the planner is ready. Reload to use it; your work is saved first.") }</p>
            <button type="button" class="smp-button smp-button--small" onclick={update}>{ t("Reload now") }</button>
        </div>
    }
}
