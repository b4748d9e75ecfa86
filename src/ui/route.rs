//! Routes: the only place that knows the app's URLs (hash fragments).

use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Overview,
    #[at("/plans")]
    Plans,
    #[at("/strategy")]
    Strategy,
    #[at("/campaigns")]
    Campaigns,
    #[at("/campaigns/:id")]
    Campaign { id: String },
    #[at("/calendar")]
    Calendar,
    #[at("/measure")]
    Measure,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The href of a route under hash routing, so links work from any static host.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }
}

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A link to a route that says so (`aria-current`) when it is the page shown.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let current = use_route::<Route>();
    let to = props.to.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        if let Some(navigator) = &navigator {
            e.prevent_default();
            navigator.push(&to);
        }
    });
    let is_current = current.as_ref() == Some(&props.to);
    html! {
        <a href={props.to.href()}
           class={props.class.clone()}
           aria-current={is_current.then_some("page")}
           {onclick}>
            { props.children.clone() }
        </a>
    }
}
