//! Routes: the only place that knows the app's URLs (hash fragments).

use crate::embed::Routing;
use gloo_events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

pub use crate::route::{Place, Route};

// Our own router rather than yew-router's: it reads the address once at the
// start and once per move (yew-router read it three times and drew the whole
// app twice at the start), and it leaves out a general route matcher, query
// encoding and history state the planner has no use for: 22 KB of the wasm
// gzipped, and a second drawing of the app at the start (README, Size).

/// Moves the planner to another page. One for the planner's whole life, so
/// what only navigates is not drawn again when the page changes.
#[derive(Clone)]
pub struct Navigator(Rc<Moves>);

struct Moves {
    hash: bool,
    set: UseStateSetter<Place>,
}

impl PartialEq for Navigator {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Navigator {
    /// Opens `route`.
    pub fn push(&self, route: &Route) {
        self.go(Place::new(route, ""));
    }

    /// Opens `route` with the query `query` (without its `?`).
    pub fn push_with_query(&self, route: &Route, query: &str) {
        self.go(Place::new(route, query));
    }

    fn go(&self, place: Place) {
        if self.0.hash {
            // A new entry in the browser's history, so back returns here.
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&place.hash()),
                );
            }
        }
        self.0.set.set(place);
    }
}

/// The fragment of the page's address, `#/calendar?view=week`.
fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub routing: Routing,
    pub children: Html,
}

/// Keeps where the planner is, for everything inside: in the address's
/// fragment, following back, forward and a fragment typed by hand, or in
/// memory, starting at the overview.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let hash = props.routing == Routing::Hash;
    let place = use_state_eq(move || Place::first(&current_hash(), hash));
    let navigator = {
        let set = place.setter();
        use_memo((), move |_| Navigator(Rc::new(Moves { hash, set })))
    };
    {
        let set = place.setter();
        use_effect_with(hash, move |&hash| {
            let listeners = web_sys::window().filter(|_| hash).map(|window| {
                let follow = move |_: &Event| set.set(Place::from_hash(&current_hash()));
                [
                    EventListener::new(&window, "popstate", follow.clone()),
                    EventListener::new(&window, "hashchange", follow),
                ]
            });
            move || drop(listeners)
        });
    }
    html! {
        <ContextProvider<Navigator> context={(*navigator).clone()}>
            <ContextProvider<Place> context={(*place).clone()}>
                { props.children.clone() }
            </ContextProvider<Place>>
        </ContextProvider<Navigator>>
    }
}

/// What moves the planner to another page, inside a [`Router`].
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Navigator>()
}

/// Where the planner is, inside a [`Router`].
#[hook]
pub fn use_place() -> Option<Place> {
    use_context::<Place>()
}

/// The page the planner shows, inside a [`Router`].
#[hook]
pub fn use_route() -> Option<Route> {
    use_context::<Place>().map(|place| place.route)
}

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    /// The page's query, without `?` (the calendar's view and item).
    #[prop_or_default]
    pub query: AttrValue,
    /// The id of the element to focus once there.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// Whether it is the page shown, when the link knows better than the
    /// address (a part of the strategy the page opened on by itself).
    #[prop_or_default]
    pub current: Option<bool>,
    pub children: Html,
}

/// A link to a route that says so (`aria-current`) when it is the page shown.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let current = use_route();
    let place = Place::new(&props.to, &props.query);
    let href = place.hash();
    let focus = props.focus.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        if let Some(navigator) = &navigator {
            e.prevent_default();
            navigator.go(place.clone());
            if let Some(id) = &focus {
                crate::ui::shell::focus_later(id.to_string());
            }
        }
    });
    // The page itself, or (for the section navigation) the section the page
    // is in: the calendar's link while its exports are shown.
    let is_current = match current {
        _ if props.current.is_some() => props.current.and_then(|c| c.then_some("page")),
        Some(route) if route == props.to => Some("page"),
        Some(route) if route.section() == props.to => Some("true"),
        _ => None,
    };
    html! {
        <a {href}
           class={props.class.clone()}
           aria-current={is_current}
           {onclick}>
            { props.children.clone() }
        </a>
    }
}
