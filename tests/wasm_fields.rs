#![cfg(target_arch = "wasm32")]
//! The form fields in a real browser: what they keep, refuse and hand up.

use chrono::NaiveDate;
use social_media_planner::plan::{Finding, Part, Place, Rule, Said};
use social_media_planner::ui::components::{
    finding_notes, DateField, DateFieldProps, LinesField, LinesFieldProps, NumberField,
    NumberFieldProps, NumberKind,
};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_class_name("smp");
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[derive(Properties, PartialEq)]
struct NotesProps {
    findings: Vec<Finding>,
}

/// The notes under a field, drawn alone.
#[component]
fn Notes(props: &NotesProps) -> Html {
    finding_notes(None, &props.findings)
}

/// A callback that records every value it is given.
fn recorder<T: 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    (Callback::from(move |v| sink.borrow_mut().push(v)), seen)
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let element = root.query_selector(selector).unwrap().unwrap();
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.set_value(text);
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(text);
    }
    element
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

fn value(root: &Element, selector: &str) -> String {
    let element = root.query_selector(selector).unwrap().unwrap();
    match element.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.value(),
        None => element.dyn_into::<HtmlTextAreaElement>().unwrap().value(),
    }
}

#[wasm_bindgen_test]
async fn a_number_field_keeps_refused_text_on_screen_and_hands_up_only_valid_values() {
    let root = root();
    let (onchange, seen) = recorder::<Option<f64>>();
    let handle = yew::Renderer::<NumberField>::with_root_and_props(
        root.clone(),
        NumberFieldProps {
            label: "Target".into(),
            value: Some(12.0),
            kind: NumberKind::Amount,
            onchange,
            id: None,
            hint: None,
            suffix: None,
            notes: vec![],
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(value(&root, "input"), "12");

    type_into(&root, "input", "-5").await;
    assert!(text(&root).contains("This cannot be negative."));
    assert_eq!(value(&root, "input"), "-5");
    let input = root.query_selector("input").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&root, "input", "1,500").await;
    assert!(!text(&root).contains("cannot be negative"));
    type_into(&root, "input", "").await;
    assert_eq!(*seen.borrow(), [Some(1500.0), None]);
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_share_field_refuses_more_than_all() {
    let root = root();
    let (onchange, seen) = recorder::<Option<f64>>();
    let handle = yew::Renderer::<NumberField>::with_root_and_props(
        root.clone(),
        NumberFieldProps {
            label: "Share".into(),
            value: None,
            kind: NumberKind::Share,
            onchange,
            id: None,
            hint: None,
            suffix: Some("%".into()),
            notes: vec![],
        },
    )
    .render();
    yew::scheduler::flush().await;
    type_into(&root, "input", "300%").await;
    assert!(text(&root).contains("Enter a share between 0 and 100%."));
    type_into(&root, "input", "40%").await;
    assert_eq!(*seen.borrow(), [Some(40.0)]);
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_lines_field_hands_up_trimmed_lines_and_keeps_what_was_typed() {
    let root = root();
    let (onchange, seen) = recorder::<Vec<String>>();
    let handle = yew::Renderer::<LinesField>::with_root_and_props(
        root.clone(),
        LinesFieldProps {
            label: "Pain points".into(),
            value: vec![],
            onchange,
            id: None,
            hint: None,
            notes: vec![],
        },
    )
    .render();
    yew::scheduler::flush().await;
    type_into(&root, "textarea", "  late deliveries \n\n<b>bland</b>\n").await;
    assert_eq!(
        seen.borrow().last().unwrap(),
        &vec!["late deliveries".to_owned(), "<b>bland</b>".to_owned()]
    );
    // The trailing line break the user typed stays, so the next line can be typed.
    assert_eq!(
        value(&root, "textarea"),
        "  late deliveries \n\n<b>bland</b>\n"
    );
    assert!(root.query_selector("b").unwrap().is_none());
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_date_field_refuses_what_its_check_refuses() {
    let root = root();
    let (onchange, seen) = recorder::<Option<NaiveDate>>();
    let start = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let check = Callback::from(move |day: NaiveDate| {
        (day < start).then(|| "The end is before the start.".to_owned())
    });
    let handle = yew::Renderer::<DateField>::with_root_and_props(
        root.clone(),
        DateFieldProps {
            label: "Ends".into(),
            value: None,
            onchange,
            check: Some(check),
            required: true,
            id: None,
            hint: None,
            notes: vec![],
        },
    )
    .render();
    yew::scheduler::flush().await;
    type_into(&root, "input", "2027-01-31").await;
    assert!(text(&root).contains("The end is before the start."));
    type_into(&root, "input", "2027-12-31").await;
    assert!(!text(&root).contains("before the start"));
    type_into(&root, "input", "").await;
    assert!(text(&root).contains("This date is needed."));
    assert_eq!(*seen.borrow(), [NaiveDate::from_ymd_opt(2027, 12, 31)]);
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn findings_show_their_word_message_and_suggestion_as_text() {
    let root = root();
    let finding = Finding::warning(
        Rule::VanityObjective,
        Place::part(Part::Objectives, "metric"),
        Said::value("“<img src=x>” counts followers."),
    )
    .suggest(Said::value("Count signed deals."));
    let handle = yew::Renderer::<Notes>::with_root_and_props(
        root.clone(),
        NotesProps {
            findings: vec![finding],
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root),
        "Warning: “<img src=x>” counts followers. Count signed deals."
    );
    assert!(root.query_selector("img").unwrap().is_none());
    handle.destroy();
    root.remove();
}
