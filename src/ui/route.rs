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

/// The calendar's state in the URL, so a view can be bookmarked and shared:
/// `#/calendar?view=month&date=2027-03-01&profile=…&status=draft&item=p.…`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CalendarQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The entry open in the side panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The list view's page, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
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
