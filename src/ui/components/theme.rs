//! The footer's preferences, remembered in this browser: the theme (as the
//! system sets it, light or dark), put on the planner's root as
//! `data-theme`, and the language, each named in its own words; choosing
//! one reloads the page in it (see `ui::text`).

use super::SelectField;
use crate::session::{Language, Theme};
use crate::ui::store::use_storage;
use crate::ui::text::{self, t, tf};
use yew::prelude::*;

/// Puts `theme` on the planner's root, the `.smp` around `inside`.
fn apply(root: Option<web_sys::Element>, theme: Theme) {
    if let Some(root) = root {
        let _ = match theme.attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// The planner's root, the `.smp` around `inside`: it outlives the pages
/// drawn again inside it.
fn root(inside: &NodeRef) -> Option<web_sys::Element> {
    inside
        .cast::<web_sys::Element>()
        .and_then(|e| e.closest(".smp").ok().flatten())
}

#[component]
pub fn Preferences() -> Html {
    let storage = use_storage();
    let theme = {
        let storage = storage.clone();
        use_state(move || storage.theme())
    };
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(*theme, move |theme| apply(root(&node), *theme));
    }
    let on_theme = {
        let theme = theme.clone();
        let storage = storage.clone();
        Callback::from(move |key: Option<String>| {
            let chosen = Theme::from_key(key.as_deref().unwrap_or_default());
            // Not remembered when storage is full or blocked: it still applies.
            let _ = storage.set_theme(chosen);
            theme.set(chosen);
        })
    };
    // Chosen, then shown from the start of the page, reloaded in it: the
    // plans are saved as the page goes, and its place is in its address.
    let chosen = storage.language();
    let on_language = Callback::from(move |key: Option<String>| {
        if let Some(language) = key.as_deref().and_then(Language::from_key) {
            // Where storage refuses, the save indicator says so already.
            let _ = storage.set_language(language);
            crate::ui::shell::reload();
        }
    });
    // A language chosen and not shown: its words did not arrive when the
    // page started (offline before they were ever kept).
    let problem = chosen.filter(|chosen| *chosen != text::shown());
    let themes: Vec<(AttrValue, AttrValue)> = Theme::ALL
        .iter()
        .map(|th| (AttrValue::from(th.key()), AttrValue::from(t(th.label()))))
        .collect();
    let languages: Vec<(AttrValue, AttrValue)> = Language::ALL
        .iter()
        .map(|l| (AttrValue::from(l.key()), AttrValue::from(l.name())))
        .collect();
    html! {
        <div class="smp-theme" ref={node}>
            <SelectField label={t("Theme")} options={themes} selected={Some(AttrValue::from(theme.key()))}
                none="" onchange={on_theme} id={AttrValue::from("smp-theme")} />
            <SelectField label={t("Language")} options={languages}
                selected={Some(AttrValue::from(text::shown().key()))}
                none="" onchange={on_language} id={AttrValue::from("smp-language")} />
            if let Some(language) = problem {
                <p class="smp-theme__failed" role="alert">
                    { tf("{} could not be loaded: the planner could not reach its files. Check the connection, then reload the page.", &[&language.name()]) }
                </p>
            }
        </div>
    }
}
