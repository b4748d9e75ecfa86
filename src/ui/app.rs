//! The app: loads the plans, saves changes shortly after they happen, lays out pages.

use super::components::{header, section_nav, Notices, UndoToast};
use super::pages::switch;
use super::route::{use_place, Route, Router};
use super::shell;
use super::store::{use_session, Dispatch, Status, Storage, Store};
use super::text::{self, t, tf};
use crate::embed::Routing;
use crate::session;
use crate::storage::PlanStore;
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Namespaces every storage key, so planners on one page keep separate data.
    pub storage_prefix: AttrValue,
    /// Where the page shown is kept: the address's fragment, or memory.
    #[prop_or_default]
    pub routing: Routing,
    /// Embedded in a host page: keyboard shortcuts act only within the planner.
    #[prop_or_default]
    pub embedded: bool,
}

/// Ctrl+Z (⌘Z) undoes, Shift+Ctrl+Z and Ctrl+Y redo, anywhere in the planner.
fn undo_keys(dispatch: &Dispatch, event: &web_sys::KeyboardEvent) {
    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
        return;
    }
    let action = match event.key().to_ascii_lowercase().as_str() {
        "z" if event.shift_key() => session::Event::Redo,
        "z" => session::Event::Undo,
        "y" => session::Event::Redo,
        _ => return,
    };
    event.prevent_default();
    dispatch.send(action);
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let plan_store = use_memo(props.storage_prefix.clone(), |prefix| {
        PlanStore::new(prefix.to_string())
    });
    let published = use_session(plan_store.clone(), props.embedded);
    let dispatch = published.dispatch.clone();

    // Write at once when the tab is hidden or closed, or the planner is taken
    // off the page (an embed's `destroy()`), so no pending edit is lost.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let flush = Rc::new(move || dispatch.send(session::Event::Hidden));
            let window = web_sys::window();
            let document = window.as_ref().and_then(|w| w.document());
            let on_hide = flush.clone();
            let on_unmount = flush.clone();
            let pagehide = window
                .as_ref()
                .map(|w| EventListener::new(w, "pagehide", move |_| on_hide()));
            let visibility = document.as_ref().map(|d| {
                let hidden_doc = d.clone();
                EventListener::new(d, "visibilitychange", move |_| {
                    if hidden_doc.hidden() {
                        flush();
                    }
                })
            });
            move || {
                drop((pagehide, visibility));
                on_unmount();
            }
        });
    }

    // Other tabs' saves arrive as `storage` events: take them in, or hold them as
    // conflicts where this tab has unsaved edits to the same plan.
    {
        let plan_store = plan_store.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let Some(key) = event.key() else {
                        return;
                    };
                    if let Some(change) =
                        plan_store.outside_change(&key, event.new_value().as_deref())
                    {
                        dispatch.send(session::Event::Outside(change));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Undo and redo keys: anywhere on the standalone page; within the planner
    // when embedded (see Layout), so two planners on one page never both act.
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.embedded, move |embedded| {
            let listener = (!*embedded)
                .then(|| web_sys::window().and_then(|w| w.document()))
                .flatten()
                .map(|document| {
                    // Not passive: the browser's own undo and redo of the
                    // field must be prevented, or redo would type twice.
                    let options = EventListenerOptions::enable_prevent_default();
                    EventListener::new_with_options(&document, "keydown", options, move |event| {
                        if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                            undo_keys(&dispatch, event);
                        }
                    })
                });
            move || drop(listener)
        });
    }

    use_effect_with((), |_| shell::mark("smp:ready"));

    let layout = html! { <Layout keys={props.embedded.then(|| dispatch.clone())} /> };
    html! {
        <ContextProvider<Dispatch> context={dispatch.clone()}>
        <ContextProvider<Store> context={published.store}>
        <ContextProvider<Status> context={published.status}>
            <ContextProvider<Storage> context={Storage(plan_store)}>
                <Router routing={props.routing}>{ layout }</Router>
            </ContextProvider<Storage>>
        </ContextProvider<Status>>
        </ContextProvider<Store>>
        </ContextProvider<Dispatch>>
    }
}

#[derive(Properties, PartialEq)]
struct LayoutProps {
    /// When embedded: where the undo keys go, within the planner only.
    keys: Option<Dispatch>,
}

/// Scrolls the navigation sideways, if it must, to centre the current page's
/// link, without scrolling the page.
fn show_current_link(app: &web_sys::Element) {
    let Ok(Some(link)) = app.query_selector(".smp-nav [aria-current]") else {
        return;
    };
    let Some(nav) = link.closest(".smp-nav").ok().flatten() else {
        return;
    };
    let (l, n) = (
        link.get_bounding_client_rect(),
        nav.get_bounding_client_rect(),
    );
    if l.left() < n.left() || l.right() > n.right() {
        let centred = l.left() - n.left() - (n.width() - l.width()) / 2.0;
        nav.set_scroll_left(nav.scroll_left() + centred as i32);
    }
}

#[component]
fn Layout(props: &LayoutProps) -> Html {
    let onkeydown = props
        .keys
        .clone()
        .map(|dispatch| Callback::from(move |e: KeyboardEvent| undo_keys(&dispatch, &e)));
    let place = use_place();
    let route = place.as_ref().map_or(Route::NotFound, |p| p.route.clone());
    let (path, query) = place.map(|p| (p.path, p.query)).unwrap_or_default();
    let store = use_context::<Store>();
    let read_only = store.as_ref().and_then(|s| {
        let plan = s.workspace.current()?;
        s.workspace
            .is_read_only(&plan.id)
            .then(|| plan.name.to_string())
    });
    let on_plans = route == Route::Plans;
    let app_ref = use_node_ref();
    let main_ref = use_node_ref();

    // After a navigation, start the new page at its top: scroll the planner back
    // into view if the old page was scrolled past it, and move focus to the page
    // so keyboard and screen-reader users start there. Not on the first render,
    // where focus and scroll are the user's. Done at the next frame, where the
    // browser lays the new page out anyway, rather than forcing that layout
    // in the middle of rendering.
    let first = use_mut_ref(|| true);
    {
        let app_ref = app_ref.clone();
        let main_ref = main_ref.clone();
        use_effect_with(route.clone(), move |_| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let settle = move || {
                let Some(app) = app_ref.cast::<web_sys::Element>() else {
                    return;
                };
                // The page's link in the navigation, scrolled into it when the
                // navigation is wider than the screen (a phone): on the first
                // render too.
                show_current_link(&app);
                if first {
                    return;
                }
                if app.get_bounding_client_rect().top() < 0.0 {
                    app.scroll_into_view();
                }
                let Some(main) = main_ref.cast::<web_sys::HtmlElement>() else {
                    return;
                };
                // The page may have put the focus in itself meanwhile (on the
                // field a finding points at): that wins.
                let active = shell::active_in(&main);
                let node: Option<&web_sys::Node> = active.as_ref().map(|a| a.as_ref());
                if main.contains(node) {
                    return;
                }
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = main.focus_with_options(&options);
            };
            if let Some(window) = web_sys::window() {
                let settle = wasm_bindgen::closure::Closure::once_into_js(settle);
                let _ =
                    window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&settle));
            }
        });
    }

    // Another plan opened (made from the welcome page, chosen in the
    // switcher) starts at its top too, where the page is the same.
    {
        let app_ref = app_ref.clone();
        let open = store
            .as_ref()
            .and_then(|s| s.workspace.current_id().cloned());
        let first = use_mut_ref(|| true);
        use_effect_with(open, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(app) = app_ref.cast::<web_sys::Element>() {
                if app.get_bounding_client_rect().top() < 0.0 {
                    app.scroll_into_view();
                }
            }
        });
    }

    // A field shows its "Missing" note once the user has been in it and left.
    // Left by a press of the mouse (on "Add an objective", say), the note
    // waits for the click to land: shown at once, it would move the button
    // from under the pointer between the press and the release. Marked on the
    // release, the click still lands where the press was.
    let pressed = use_mut_ref(|| (false, None::<web_sys::Element>));
    let onmousedown = {
        let pressed = pressed.clone();
        Callback::from(move |_: MouseEvent| pressed.borrow_mut().0 = true)
    };
    let onmouseup = {
        let pressed = pressed.clone();
        Callback::from(move |_: MouseEvent| {
            let left = std::mem::take(&mut *pressed.borrow_mut()).1;
            if let Some(field) = left {
                shell::mark_left(&field);
            }
        })
    };
    let onfocusout = Callback::from(move |e: FocusEvent| {
        if let Some(field) = e.target_dyn_into::<web_sys::Element>() {
            let mut pressed = pressed.borrow_mut();
            if pressed.0 {
                pressed.1 = Some(field);
            } else {
                shell::mark_left(&field);
            }
        }
    });
    html! {
        <div class="smp-app" lang={text::shown().key()} ref={app_ref} {onkeydown}>
            { store.as_ref().map(header) }
            { section_nav() }
            <Notices />
            <main class="smp-main" tabindex="-1" ref={main_ref} {onfocusout} {onmousedown} {onmouseup}>
                if let Some(name) = &read_only {
                    <div class="smp-banner smp-banner--info smp-banner--inset" role="status">
                        <p>{ tf("“{}” was saved by a newer version of the planner. It is shown read-only here so nothing in it is lost; update the planner to edit it, or duplicate it on the Plans page to work on a copy.", &[name]) }</p>
                    </div>
                }
                // A disabled fieldset disables every control inside it at once.
                <fieldset class="smp-readonly" disabled={read_only.is_some() && !on_plans}>
                    { switch(route, &path, &query, store.as_ref()) }
                </fieldset>
            </main>
            <UndoToast />
            <footer class="smp-footer">
                <p>{ t("Your plans are kept in this browser only. Nothing you type leaves your device.") }</p>
                <crate::ui::components::Preferences />
            </footer>
        </div>
    }
}
