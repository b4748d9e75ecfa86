//! An entry as a chip, and the handlers a whole view shares: one listener on
//! the grid serves every chip and day (opening, dragging, dropping, moving with
//! Alt and the arrow keys), so a month of hundreds of entries renders fast.

use super::{Cal, Latest, Profiles};
use crate::plan::when;
use crate::plan::{Entry, EntryKey};
use crate::ui::store::Shared;
use crate::ui::text::{in_sentence, say, tf};
use chrono::{Duration, NaiveDate};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Where a moved entry's chip is found again, to keep the focus on it.
pub fn chip_selector(key: &EntryKey) -> String {
    format!("[data-entry=\"{}\"]", key.to_param())
}

/// What an entry is, in a few words: ("09:00", "Instagram @acme: Spring is here").
pub fn describe(cal: &Cal, entry: &Entry) -> (String, String) {
    if let Some(task) = entry.task() {
        return (String::new(), say(&task.said_title()));
    }
    let Some(post) = entry.post() else {
        return (String::new(), String::new());
    };
    (
        when::clock(post.at.time()),
        format!(
            "{}: {}",
            cal.profiles.label(post.content.profile.as_ref()),
            say(&entry.headline())
        ),
    )
}

#[derive(Properties, PartialEq)]
pub struct ChipProps {
    pub entry: Entry,
    pub profiles: Shared<Profiles>,
    /// Open in the side panel.
    #[prop_or_default]
    pub selected: bool,
    /// A check warns about it.
    #[prop_or_default]
    pub flagged: bool,
}

/// A chip: one button with few attributes, so a month of them is quick to
/// build, drawn again only when its entry, its profile's name or its marks
/// change. The time and platform it leads with come from `data-time` and
/// `data-platform` through CSS, its colour from `data-status`, its outline
/// from `data-flag` (a warning) and `aria-current` (open in the panel); what
/// a screen reader says is its label. Its behaviour comes from the view's
/// shared handlers, through `data-entry`.
#[component]
pub fn Chip(props: &ChipProps) -> Html {
    crate::ui::probe::rendered("chip");
    let entry = &props.entry;
    let key = entry.key.to_param();
    // Its status as a key, and in words: "scheduled", "Geplant".
    let (status, spoken) = match (entry.content(), entry.task()) {
        (Some(content), _) => (content.status.key(), content.status.label()),
        (_, Some(task)) if task.done => ("done", crate::plan::words!("Done")),
        _ => ("task", crate::plan::words!("Task")),
    };
    let spoken = in_sentence(spoken);
    let (lead, text, label) = match (entry.task(), entry.post()) {
        (Some(task), _) => {
            let title = say(&task.said_title());
            let label = format!("{title} ({spoken})");
            (None, title, label)
        }
        (None, Some(post)) => {
            let time = when::clock(post.at.time());
            let profile = props.profiles.get(post.content.profile.as_ref());
            let copy = say(&entry.headline());
            let name = props.profiles.label(post.content.profile.as_ref());
            let label = if entry.is_occurrence() {
                tf("{} {}: {}, repeats ({})", &[&time, &name, &copy, &spoken])
            } else {
                format!("{time} {name}: {copy} ({spoken})")
            };
            (Some((time, profile.map(|p| p.short.clone()))), copy, label)
        }
        (None, None) => return Html::default(),
    };
    let (time, platform) = lead.unzip();
    let platform = platform.flatten();
    let selected = props.selected;
    let flagged = props.flagged;
    // No `type`: chips are never inside a form.
    html! {
        <button data-entry={key} data-status={status} data-time={time} data-platform={platform}
            data-repeat={entry.is_occurrence().then_some("")} data-flag={flagged.then_some("")}
            draggable="true" aria-label={label} aria-current={selected.then_some("true")}>
            { text }
        </button>
    }
}

/// An entry's chip as the page shows it now (open or not, flagged or not).
pub fn chip(cal: &Cal, entry: &Entry) -> Html {
    html! {
        <Chip key={entry.key.to_param()} entry={entry.clone()} profiles={cal.profiles.clone()}
            selected={cal.address.item.as_ref() == Some(&entry.key)}
            flagged={cal.flagged.contains(&entry.key)} />
    }
}

/// The element an event happened in, or its nearest ancestor, matching `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

pub fn day_of(element: &Element) -> Option<NaiveDate> {
    when::parse_iso_day(&element.get_attribute("data-day")?)
}

fn entry_of(element: &Element) -> Option<EntryKey> {
    EntryKey::from_param(&element.get_attribute("data-entry")?)
}

/// The handlers a view puts on its grid, serving every chip and day in it.
pub struct Handlers {
    pub onclick: Callback<MouseEvent>,
    pub ondragstart: Callback<DragEvent>,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
    pub ondrop: Callback<DragEvent>,
    /// Alt and an arrow on a chip moves it; other keys are left to the view.
    pub onkeydown: Callback<KeyboardEvent>,
}

/// Made once for a view: they act on the page as it is when they run.
pub fn shared(latest: &Latest) -> Handlers {
    let onclick = {
        let latest = latest.clone();
        Callback::from(move |e: MouseEvent| {
            latest.with(|cal| {
                if let Some(chip) = closest(&e, "[data-entry]") {
                    if let Some(key) = entry_of(&chip) {
                        cal.open(&key);
                    }
                } else if closest(&e, ".smp-day__add").is_some() {
                    if let Some(day) = closest(&e, "[data-day]").and_then(|d| day_of(&d)) {
                        cal.add_post(day);
                    }
                } else if closest(&e, ".smp-day__more").is_some() {
                    if let Some(day) = closest(&e, "[data-day]").and_then(|d| day_of(&d)) {
                        cal.go(|a| {
                            a.view = crate::plan::View::Week;
                            a.date = Some(day);
                        });
                    }
                }
            })
        })
    };
    let ondragstart = Callback::from(|e: DragEvent| {
        let (Some(chip), Some(data)) = (closest(&e, "[data-entry]"), e.data_transfer()) else {
            return;
        };
        if let Some(param) = chip.get_attribute("data-entry") {
            let _ = data.set_data("text/plain", &param);
            data.set_effect_allowed("move");
        }
    });
    let ondragover = Callback::from(|e: DragEvent| {
        let Some(cell) = closest(&e, ".smp-drop") else {
            return;
        };
        e.prevent_default();
        if let Some(data) = e.data_transfer() {
            data.set_drop_effect("move");
        }
        let _ = cell.class_list().add_1("smp-day--drop");
    });
    let ondragleave = Callback::from(|e: DragEvent| {
        if let Some(cell) = closest(&e, ".smp-drop") {
            let _ = cell.class_list().remove_1("smp-day--drop");
        }
    });
    let ondrop = {
        let latest = latest.clone();
        Callback::from(move |e: DragEvent| {
            let Some(cell) = closest(&e, ".smp-drop") else {
                return;
            };
            e.prevent_default();
            let _ = cell.class_list().remove_1("smp-day--drop");
            let key = e
                .data_transfer()
                .and_then(|d| d.get_data("text/plain").ok())
                .and_then(|p| EntryKey::from_param(&p));
            if let (Some(key), Some(day)) = (key, day_of(&cell)) {
                latest.with(|cal| cal.move_entry(&key, day));
            }
        })
    };
    let onkeydown = {
        let latest = latest.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !e.alt_key() {
                return;
            }
            let Some(chip) = closest(&e, "[data-entry]") else {
                return;
            };
            let by = match e.key().as_str() {
                "ArrowLeft" => -1,
                "ArrowRight" => 1,
                "ArrowUp" => -7,
                "ArrowDown" => 7,
                _ => return,
            };
            e.prevent_default();
            e.stop_propagation();
            let day = chip
                .closest("[data-day]")
                .ok()
                .flatten()
                .and_then(|d| day_of(&d));
            if let (Some(key), Some(day)) = (entry_of(&chip), day) {
                latest.with(|cal| cal.move_entry(&key, day + Duration::days(by)));
            }
        })
    };
    Handlers {
        onclick,
        ondragstart,
        ondragover,
        ondragleave,
        ondrop,
        onkeydown,
    }
}
