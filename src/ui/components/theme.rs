//! The theme switch in the footer: as the system sets it, light or dark,
//! remembered in this browser and put on the planner's root as `data-theme`.

use super::SelectField;
use crate::session::Theme;
use crate::ui::store::use_storage;
use yew::prelude::*;

/// Puts `theme` on the planner's root, the `.smp` around `inside`.
fn apply(inside: &NodeRef, theme: Theme) {
    let root = inside
        .cast::<web_sys::Element>()
        .and_then(|e| e.closest(".smp").ok().flatten());
    if let Some(root) = root {
        let _ = match theme.attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    }
}

#[component]
pub fn ThemeSwitch() -> Html {
    let storage = use_storage();
    let theme = {
        let storage = storage.clone();
        use_state(move || storage.theme())
    };
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(*theme, move |theme| apply(&node, *theme));
    }
    let onchange = {
        let theme = theme.clone();
        Callback::from(move |key: Option<String>| {
            let chosen = Theme::from_key(key.as_deref().unwrap_or_default());
            // Not remembered when storage is full or blocked: it still applies.
            let _ = storage.set_theme(chosen);
            theme.set(chosen);
        })
    };
    let options: Vec<(AttrValue, AttrValue)> = Theme::ALL
        .iter()
        .map(|t| (AttrValue::from(t.key()), AttrValue::from(t.label())))
        .collect();
    html! {
        <div class="smp-theme" ref={node}>
            <SelectField label="Theme" {options} selected={Some(AttrValue::from(theme.key()))}
                none="" {onchange} id={AttrValue::from("smp-theme")} />
        </div>
    }
}
