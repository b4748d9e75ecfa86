//! The one form that takes a plan's name: creating a plan and renaming one.

use super::fields::use_dom_id;
use crate::plan::PlanName;
use crate::ui::text::t;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanNameFormProps {
    pub label: AttrValue,
    pub submit_label: AttrValue,
    /// Called with a valid name; the form then empties itself.
    pub onsubmit: Callback<PlanName>,
    /// Shows a Cancel button (and Escape) that calls this.
    #[prop_or_default]
    pub oncancel: Option<Callback<()>>,
    #[prop_or_default]
    pub initial: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Focus (and select) the field when the form appears.
    #[prop_or_default]
    pub focus: bool,
}

#[component]
pub fn PlanNameForm(props: &PlanNameFormProps) -> Html {
    let text = use_state(|| props.initial.to_string());
    let error = use_state(|| None::<String>);
    let input_ref = use_node_ref();
    let input_id = use_dom_id("plan-name");
    let error_id = format!("{input_id}-error");

    {
        let input_ref = input_ref.clone();
        use_effect_with(props.focus, move |focus| {
            if let (true, Some(input)) = (*focus, input_ref.cast::<HtmlInputElement>()) {
                // Without scrolling: on a phone the welcome page's form is
                // below its introduction, which a first visit should see.
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = input.focus_with_options(&options);
                input.select();
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value());
            error.set(None);
        })
    };
    let onsubmit = {
        let text = text.clone();
        let error = error.clone();
        let submit = props.onsubmit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match PlanName::parse(&text) {
                Ok(name) => {
                    text.set(String::new());
                    submit.emit(name);
                }
                Err(problem) => error.set(Some(crate::ui::text::say(&problem.said()))),
            }
        })
    };
    let onkeydown = props.oncancel.clone().map(|cancel| {
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cancel.emit(());
            }
        })
    });
    let cancel_button = props.oncancel.as_ref().map(|cancel| {
        let onclick = cancel.reform(|_: MouseEvent| ());
        html! { <button type="button" class="smp-button" {onclick}>{ t("Cancel") }</button> }
    });

    html! {
        <form class="smp-name-form" {onsubmit} {onkeydown} novalidate=true>
            <label class="smp-label" for={input_id.clone()}>{ props.label.clone() }</label>
            <div class="smp-name-form__row">
                <input id={input_id.clone()} ref={input_ref} class="smp-input" type="text"
                    value={(*text).clone()} {oninput}
                    placeholder={props.placeholder.clone()}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| error_id.clone())} />
                <button type="submit" class="smp-button smp-button--primary">
                    { props.submit_label.clone() }
                </button>
                { cancel_button }
            </div>
            if let Some(problem) = &*error {
                <p class="smp-error" id={error_id} role="alert">{ problem.clone() }</p>
            }
        </form>
    }
}
