//! Labelled text fields, and ids that stay unique when several planners share a page.

use std::cell::Cell;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// An element id unique within the page, stable for the component's life.
#[hook]
pub fn use_dom_id(name: &'static str) -> AttrValue {
    let id = use_memo((), move |_| {
        let n = NEXT_ID.with(|next| {
            let n = next.get();
            next.set(n + 1);
            n
        });
        AttrValue::from(format!("smp-{name}-{n}"))
    });
    (*id).clone()
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// A text input or area with a visible label and an optional hint under it.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = use_dom_id("field");
    let hint_id = format!("{id}-hint");
    let described = props.hint.as_ref().map(|_| hint_id.clone());
    let control = if props.multiline {
        let oninput = props
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! {
            <textarea id={id.clone()} class="smp-input smp-input--area" rows="4"
                value={props.value.clone()} {oninput}
                placeholder={props.placeholder.clone()}
                aria-describedby={described} />
        }
    } else {
        let oninput = props
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <input id={id.clone()} class="smp-input" type="text"
                value={props.value.clone()} {oninput}
                placeholder={props.placeholder.clone()}
                aria-describedby={described} />
        }
    };
    html! {
        <div class="smp-field">
            <label class="smp-label" for={id.clone()}>{ props.label.clone() }</label>
            { control }
            if let Some(hint) = &props.hint {
                <p class="smp-hint" id={hint_id}>{ hint.clone() }</p>
            }
        </div>
    }
}
