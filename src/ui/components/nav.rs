//! The section navigation, in the order of the workflow.

use crate::ui::route::{NavLink, Route};
use crate::ui::text::{t, Words};
use yew::prelude::*;

/// The workflow's steps, in order, with the number shown beside each.
const STEPS: [(Route, Words, Option<&str>); 6] = [
    (Route::Overview, t("Overview"), None),
    (Route::Strategy, t("Strategy"), Some("1")),
    (Route::Campaigns, t("Campaigns"), Some("2")),
    (Route::Calendar, t("Calendar"), Some("3")),
    (Route::Measure, t("Measure"), Some("4")),
    (Route::Plans, t("Plans"), None),
];

pub fn section_nav() -> Html {
    html! {
        <nav class="smp-nav" aria-label={t("Sections")}>
            <ul class="smp-nav__list">
                { for STEPS.iter().map(|(route, label, step)| html! {
                    <li>
                        <NavLink to={route.clone()} class="smp-nav__link">
                            if let Some(step) = step {
                                <span class="smp-nav__step" aria-hidden="true">{ *step }</span>
                            }
                            { label }
                        </NavLink>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
