//! Labelled form fields. Each shows its hint, its own input error, and the rule
//! findings that point at it, all tied to the control for screen readers.
//! Fields that parse (numbers, dates, lists) keep what the user typed, so a
//! refused value stays on screen to be corrected instead of vanishing.

use crate::plan::{Finding, Severity};
use crate::ui::text::{say, t};
use chrono::NaiveDate;
use std::cell::Cell;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
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

/// The element id: the anchor a finding points at, or a fresh one.
#[hook]
fn use_field_id(anchor: &Option<AttrValue>) -> AttrValue {
    let fresh = use_dom_id("field");
    anchor.clone().unwrap_or(fresh)
}

/// What sits under a control: hint, input error, findings; and the
/// `aria-describedby` that names them.
struct Below {
    html: Html,
    describedby: Option<String>,
}

fn below(id: &str, hint: &Option<AttrValue>, error: Option<&str>, notes: &[Finding]) -> Below {
    let mut ids = Vec::new();
    let hint_html = hint.as_ref().map(|hint| {
        ids.push(format!("{id}-hint"));
        html! { <p class="smp-hint" id={format!("{id}-hint")}>{ hint.clone() }</p> }
    });
    let error_html = error.map(|error| {
        ids.push(format!("{id}-error"));
        html! { <p class="smp-error" id={format!("{id}-error")}>{ error.to_owned() }</p> }
    });
    let notes_html = (!notes.is_empty()).then(|| {
        ids.push(format!("{id}-notes"));
        finding_notes(Some(format!("{id}-notes")), notes)
    });
    Below {
        html: html! { <>{ hint_html }{ error_html }{ notes_html }</> },
        describedby: (!ids.is_empty()).then(|| ids.join(" ")),
    }
}

/// Findings as short notes: what is wrong, and what to do instead; `id` for a
/// field to point at them (`aria-describedby`).
pub fn finding_notes(id: Option<String>, findings: &[Finding]) -> Html {
    html! {
        <ul class="smp-notes" {id}>
            { for findings.iter().map(|f| {
                let (modifier, word) = match f.severity {
                    Severity::Missing => ("missing", t("Missing")),
                    Severity::Warning => ("warning", t("Warning")),
                    Severity::Note => ("note", t("Note")),
                };
                html! {
                    <li class={classes!("smp-note", format!("smp-note--{modifier}"))}>
                        <span class="smp-note__word">{ word }{ ": " }</span>
                        { say(&f.message) }
                        if let Some(suggestion) = &f.suggestion {
                            <span class="smp-note__suggestion">{ " " }{ say(suggestion) }</span>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

/// A text input or area; every keystroke is handed up to be saved.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    crate::ui::probe::rendered("text field");
    let id = use_field_id(&props.id);
    let below = below(&id, &props.hint, None, &props.notes);
    let flagged = props.notes.iter().any(|n| n.severity == Severity::Warning);
    let control = if props.multiline {
        let oninput = props
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! {
            <textarea id={id.clone()} class="smp-input smp-input--area" rows="3"
                value={props.value.clone()} {oninput}
                placeholder={props.placeholder.clone()}
                aria-describedby={below.describedby.clone()} />
        }
    } else {
        let oninput = props
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <input id={id.clone()} class={classes!("smp-input", flagged.then_some("smp-input--flagged"))} type="text"
                value={props.value.clone()} {oninput}
                placeholder={props.placeholder.clone()}
                aria-describedby={below.describedby.clone()} />
        }
    };
    html! {
        <div class="smp-field">
            <label class="smp-label" for={id.clone()}>{ props.label.clone() }</label>
            { control }
            { below.html }
        </div>
    }
}

/// Keeps the user's own text for a parsed field, re-reading the saved value only
/// when it changes from outside (another plan opened, an undo).
#[hook]
fn use_typed_text<T: PartialEq + Clone + 'static>(
    value: T,
    show: fn(&T) -> String,
    read: fn(&str) -> Option<T>,
) -> UseStateHandle<String> {
    let text = use_state(|| show(&value));
    {
        let text = text.clone();
        use_effect_with(value, move |value| {
            if read(&text).as_ref() != Some(value) {
                text.set(show(value));
            }
        });
    }
    text
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// Zero or more, with decimals: money, targets, hours.
    Amount,
    /// A percentage, 0 to 100.
    Share,
    /// A whole count up to the given maximum.
    Whole(u32),
}

impl NumberKind {
    /// The number in `text`, typed as the language shown writes numbers.
    fn parse(self, text: &str) -> Result<Option<f64>, crate::plan::FieldError> {
        let text = &*crate::ui::text::marks().typed(text);
        match self {
            Self::Amount => crate::plan::parse_amount(text),
            Self::Share => crate::plan::parse_share(text),
            Self::Whole(max) => crate::plan::parse_whole(text, max).map(|n| n.map(f64::from)),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub label: AttrValue,
    pub value: Option<f64>,
    pub kind: NumberKind,
    /// Called with each valid value (`None` when emptied); never with a refused one.
    pub onchange: Callback<Option<f64>>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    crate::ui::probe::rendered("number field");
    let id = use_field_id(&props.id);
    let text = use_typed_text(
        props.value,
        |v| {
            v.map(|v| crate::ui::text::marks().field(v))
                .unwrap_or_default()
        },
        |t| NumberKind::Amount.parse(t).ok(),
    );
    let kind = props.kind;
    let error = kind
        .parse(&text)
        .err()
        .map(|e| crate::ui::text::say(&e.said()));
    let oninput = {
        let text = text.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(value) = kind.parse(&typed) {
                onchange.emit(value);
            }
            text.set(typed);
        })
    };
    let below = below(&id, &props.hint, error.as_deref(), &props.notes);
    // The unit ("%", "€") is read after the label, with the hints.
    let unit = format!("{id}-unit");
    let describedby = match (&props.suffix, below.describedby) {
        (Some(_), Some(others)) => Some(format!("{unit} {others}")),
        (Some(_), None) => Some(unit.clone()),
        (None, others) => others,
    };
    html! {
        <div class="smp-field smp-field--number">
            <label class="smp-label" for={id.clone()}>{ props.label.clone() }</label>
            <div class="smp-input-group">
                <input id={id.clone()} class="smp-input" type="text" inputmode="decimal"
                    value={(*text).clone()} {oninput}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={describedby} />
                if let Some(suffix) = &props.suffix {
                    <span class="smp-input-group__suffix" id={unit}>{ suffix.clone() }</span>
                }
            </div>
            { below.html }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinesFieldProps {
    pub label: AttrValue,
    pub value: Vec<String>,
    pub onchange: Callback<Vec<String>>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A list typed one item per line.
#[component]
pub fn LinesField(props: &LinesFieldProps) -> Html {
    let id = use_field_id(&props.id);
    let text = use_typed_text(props.value.clone(), |v| v.join("\n"), |t| Some(lines_of(t)));
    let oninput = {
        let text = text.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            onchange.emit(lines_of(&typed));
            text.set(typed);
        })
    };
    let hint = props
        .hint
        .clone()
        .or_else(|| Some(AttrValue::from(t("One per line."))));
    let below = below(&id, &hint, None, &props.notes);
    html! {
        <div class="smp-field">
            <label class="smp-label" for={id.clone()}>{ props.label.clone() }</label>
            <textarea id={id.clone()} class="smp-input smp-input--area" rows="3"
                value={(*text).clone()} {oninput}
                aria-describedby={below.describedby.clone()} />
            { below.html }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub label: AttrValue,
    pub value: Option<NaiveDate>,
    /// Called with each date the field accepts (`None` when cleared).
    pub onchange: Callback<Option<NaiveDate>>,
    /// Refuses a date with a message (e.g. an end before its start).
    #[prop_or_default]
    pub check: Option<Callback<NaiveDate, Option<String>>>,
    /// Refuses an empty field instead of handing up `None`.
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

fn read_date(text: &str) -> Option<Option<NaiveDate>> {
    match text.trim() {
        "" => Some(None),
        text => crate::plan::when::parse_iso_day(text).map(Some),
    }
}

/// The keys of a date or time field. The browser makes a Tab stop of each
/// of its parts (day, month and year; hours and minutes): Tab and Shift+Tab
/// leave the field instead, the arrow keys move between its parts, and the
/// field is one stop like any other.
pub fn one_stop() -> Callback<KeyboardEvent> {
    Callback::from(|e: KeyboardEvent| {
        let plain = !(e.alt_key() || e.ctrl_key() || e.meta_key());
        if e.key() == "Tab" && plain {
            let field = e.target_dyn_into::<web_sys::Element>();
            if field.is_some_and(|field| crate::ui::shell::tab_past(&field, e.shift_key())) {
                e.prevent_default();
            }
        }
    })
}

#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    crate::ui::probe::rendered("date field");
    let id = use_field_id(&props.id);
    let text = use_typed_text(
        props.value,
        |v| v.map(crate::plan::when::iso_day).unwrap_or_default(),
        read_date,
    );
    let required = props.required;
    let refusal = {
        let check = props.check.clone();
        move |typed: &str| -> Option<String> {
            match read_date(typed) {
                None => Some(t("Enter a whole date.").to_owned()),
                Some(Some(day)) => check.as_ref().and_then(|check| check.emit(day)),
                Some(None) if required => Some(t("This date is needed.").to_owned()),
                Some(None) => None,
            }
        }
    };
    let error = refusal(&text);
    let oninput = {
        let text = text.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            if refusal(&typed).is_none() {
                onchange.emit(read_date(&typed).flatten());
            }
            text.set(typed);
        })
    };
    let onkeydown = one_stop();
    let below = below(&id, &props.hint, error.as_deref(), &props.notes);
    html! {
        <div class="smp-field smp-field--date">
            <label class="smp-label" for={id.clone()}>{ props.label.clone() }</label>
            <input id={id.clone()} class="smp-input" type="date"
                value={(*text).clone()} {oninput} {onkeydown}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={below.describedby.clone()} />
            { below.html }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<Option<String>>,
    /// The text of the empty choice; none when empty (a value is always
    /// chosen).
    #[prop_or(AttrValue::from(t("Choose…")))]
    pub none: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    crate::ui::probe::rendered("select field");
    let id = use_field_id(&props.id);
    let onchange = props.onchange.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    let below = below(&id, &props.hint, None, &props.notes);
    html! {
        <div class="smp-field">
            <label class="smp-label" for={id.clone()}>{ props.label.clone() }</label>
            <select id={id.clone()} class="smp-input smp-select" {onchange}
                aria-describedby={below.describedby.clone()}>
                if !props.none.is_empty() {
                    <option value="" selected={props.selected.is_none()}>{ props.none.clone() }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={props.selected.as_ref() == Some(value)}>
                        { label.clone() }
                    </option>
                }) }
            </select>
            { below.html }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChecksFieldProps {
    pub legend: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: Vec<String>,
    pub onchange: Callback<Vec<String>>,
    /// Said instead of the boxes when there is nothing to choose from yet.
    pub empty: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub notes: Vec<Finding>,
}

/// Several choices from a list, as checkboxes in a labelled group.
#[component]
pub fn ChecksField(props: &ChecksFieldProps) -> Html {
    let id = use_field_id(&props.id);
    let below = below(&id, &None, None, &props.notes);
    let boxes = props.options.iter().enumerate().map(|(n, (value, label))| {
        let checked = props.selected.iter().any(|s| s.as_str() == value.as_str());
        let onchange = {
            let selected = props.selected.clone();
            let onchange = props.onchange.clone();
            let value = value.to_string();
            Callback::from(move |_: Event| {
                let mut next = selected.clone();
                if checked {
                    next.retain(|s| s != &value);
                } else {
                    next.push(value.clone());
                }
                onchange.emit(next);
            })
        };
        // The first box carries the anchor, so a finding can focus the group.
        let box_id = if n == 0 {
            id.to_string()
        } else {
            format!("{id}-{n}")
        };
        html! {
            <label class="smp-check" for={box_id.clone()}>
                <input type="checkbox" id={box_id} {checked} {onchange} />
                <span>{ label.clone() }</span>
            </label>
        }
    });
    html! {
        <fieldset class="smp-field smp-checks" aria-describedby={below.describedby.clone()}>
            <legend class="smp-label">{ props.legend.clone() }</legend>
            if props.options.is_empty() {
                <p class="smp-hint" id={id.clone()} tabindex="-1">{ props.empty.clone() }</p>
            } else {
                <div class="smp-checks__boxes">{ for boxes }</div>
            }
            { below.html }
        </fieldset>
    }
}
