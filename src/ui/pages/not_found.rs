//! The page for a link that leads nowhere.

use crate::ui::route::{NavLink, Route};
use crate::ui::text::t;
use yew::prelude::*;

/// A plain function rather than a component: it keeps no state, and the
/// layout already follows the address.
pub fn not_found_page(path: &str) -> Html {
    html! {
        <section class="smp-page smp-page--narrow">
            <div class="smp-empty">
                <p class="smp-eyebrow">{ "404" }</p>
                <h1 class="smp-page__title">{ t("Page not found") }</h1>
                <p>
                    { t("There is no page at") }{ " " }<code>{ format!("#{path}") }</code>
                    { t(". The link may be mistyped or from an older version of the planner.") }
                </p>
                <NavLink to={Route::Overview} class="smp-button smp-button--primary">
                    { t("Go to the overview") }
                </NavLink>
            </div>
        </section>
    }
}
