//! Messages about the app itself: unreadable saved data, refused changes, undo.

use crate::ui::store::{use_store, Action};
use yew::prelude::*;

#[component]
pub fn Notices() -> Html {
    let store = use_store();
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissProblem))
    };
    html! {
        <>
            if !store.unreadable.is_empty() {
                <section class="smp-banner smp-banner--warning" role="alert">
                    <h2 class="smp-banner__title">
                        { match store.unreadable.len() {
                            1 => "One saved plan could not be opened".to_owned(),
                            n => format!("{n} saved plans could not be opened"),
                        } }
                    </h2>
                    <p>{ "It is left exactly as it was in this browser's storage and will not be written over. Your other plans are open as usual." }</p>
                    <ul class="smp-banner__list">
                        { for store.unreadable.iter().map(|u| html! {
                            <li>
                                <code>{ u.key.clone() }</code>
                                { format!(" ({} characters): {}.", u.chars, u.problem) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if let Some(problem) = &store.problem {
                <div class="smp-banner smp-banner--error" role="alert">
                    <p>{ problem.clone() }</p>
                    <button type="button" class="smp-button smp-button--quiet" onclick={dismiss}>
                        { "Dismiss" }
                    </button>
                </div>
            }
        </>
    }
}

/// After a plan is deleted: say so, and offer to bring it back.
#[component]
pub fn UndoToast() -> Html {
    let store = use_store();
    let undo_ref = use_node_ref();
    // The deleted card took the focus with it: hand it to Undo, the likely next step.
    {
        let undo_ref = undo_ref.clone();
        let deleted_id = store.undo.as_ref().map(|d| d.plan.id.clone());
        use_effect_with(deleted_id, move |id| {
            if id.is_some() {
                if let Some(button) = undo_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let Some(deleted) = &store.undo else {
        return html! { <div class="smp-toast-region" role="status"></div> };
    };
    let undo = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::UndoDelete))
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissUndo))
    };
    html! {
        <div class="smp-toast-region" role="status">
            <div class="smp-toast">
                <p class="smp-toast__text">
                    { "Deleted “" }<span class="smp-toast__name">{ deleted.plan.name.as_str() }</span>{ "”." }
                </p>
                <button type="button" class="smp-button smp-button--on-dark" onclick={undo} ref={undo_ref}>{ "Undo" }</button>
                <button type="button" class="smp-button smp-button--ghost-dark" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        </div>
    }
}
