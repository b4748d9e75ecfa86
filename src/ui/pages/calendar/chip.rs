//! An entry as a chip: a button that opens it, that can be dragged to another
//! day, and moved with Alt and the arrow keys.

use super::Cal;
use crate::plan::{Entry, EntryKey, Severity};
use chrono::Duration;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn chip_id(key: &EntryKey) -> String {
    format!("smp-entry-{}", key.to_param())
}

/// The first words of a text, cut at a word where it can be.
pub fn excerpt(text: &str, chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(chars).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(head, _)| head)
        .trim_end();
    format!("{cut}…")
}

/// What an entry is, in a few words: "09:00 Instagram @acme: Spring is here".
pub fn describe(cal: &Cal, entry: &Entry) -> (String, String) {
    if let Some(task) = entry.task() {
        return (String::new(), task.title());
    }
    let Some(post) = entry.post() else {
        return (String::new(), String::new());
    };
    let what = match post.content.copy.trim() {
        "" => "Untitled post".to_owned(),
        copy => excerpt(copy, 80),
    };
    (
        post.at.format("%H:%M").to_string(),
        format!(
            "{}: {what}",
            cal.profile_label(post.content.profile.as_ref())
        ),
    )
}

/// What a chip shows: the platform in a few letters, then the copy.
fn shown(cal: &Cal, entry: &Entry) -> (Option<String>, String) {
    if let Some(task) = entry.task() {
        return (None, task.title());
    }
    let Some(post) = entry.post() else {
        return (None, String::new());
    };
    let platform = post
        .content
        .profile
        .as_ref()
        .and_then(|id| cal.plan.strategy.profiles.iter().find(|p| &p.id == id))
        .map(|p| p.platform.short());
    let copy = match post.content.copy.trim() {
        "" => "Untitled post".to_owned(),
        copy => excerpt(copy, 80),
    };
    (platform, copy)
}

pub fn chip(cal: &Rc<Cal>, entry: &Entry, wide: bool) -> Html {
    let key = entry.key.clone();
    let (time, what) = describe(cal, entry);
    let (platform, text) = shown(cal, entry);
    let status = match (entry.content(), entry.task()) {
        (Some(content), _) => content.status.key(),
        (_, Some(task)) if task.done => "done",
        _ => "task",
    };
    let flagged = cal
        .notes_for(&key)
        .iter()
        .any(|f| f.severity == Severity::Warning);
    let selected = cal.query.item.as_deref() == Some(key.to_param().as_str());
    let open = {
        let (cal, key) = (cal.clone(), key.clone());
        Callback::from(move |_: MouseEvent| cal.open(&key))
    };
    let ondragstart = {
        let param = key.to_param();
        Callback::from(move |e: DragEvent| {
            if let Some(data) = e.data_transfer() {
                let _ = data.set_data("text/plain", &param);
                data.set_effect_allowed("move");
            }
        })
    };
    let onkeydown = {
        let (cal, key, day) = (cal.clone(), key.clone(), entry.day);
        Callback::from(move |e: KeyboardEvent| {
            if !e.alt_key() {
                return;
            }
            let by = match e.key().as_str() {
                "ArrowLeft" => -1,
                "ArrowRight" => 1,
                "ArrowUp" => -7,
                "ArrowDown" => 7,
                _ => return,
            };
            // The day cell must not also move its focus.
            e.prevent_default();
            e.stop_propagation();
            cal.move_entry(&key, day + Duration::days(by));
        })
    };
    let label = format!(
        "{}{}{} ({}). Alt and the arrow keys move it.",
        if time.is_empty() {
            String::new()
        } else {
            format!("{time} ")
        },
        what,
        if entry.is_occurrence() {
            ", repeats"
        } else {
            ""
        },
        status
    );
    let kind = if entry.task().is_some() {
        "task"
    } else {
        "post"
    };
    html! {
        <li class="smp-chip-row">
            <button type="button" id={chip_id(&key)}
                class={classes!(
                    "smp-chip",
                    format!("smp-chip--{status}"),
                    format!("smp-chip--{kind}"),
                    wide.then_some("smp-chip--wide"),
                    flagged.then_some("smp-chip--flagged"),
                    selected.then_some("smp-chip--selected"),
                )}
                draggable="true" {ondragstart} onclick={open} {onkeydown}
                aria-label={label.clone()} title={label} aria-pressed={selected.to_string()}>
                if !time.is_empty() {
                    <span class="smp-chip__time">{ time }</span>
                }
                if let Some(platform) = platform {
                    <span class="smp-chip__platform">{ platform }</span>
                }
                <span class="smp-chip__text">{ text }</span>
                if entry.is_occurrence() {
                    <span class="smp-chip__repeat" aria-hidden="true">{ "↻" }</span>
                }
            </button>
        </li>
    }
}

/// The key of an entry dropped on a day, from the drag's data.
pub fn dropped(e: &DragEvent) -> Option<EntryKey> {
    let data = e.data_transfer()?;
    EntryKey::from_param(&data.get_data("text/plain").ok()?)
}

/// Lets a day accept drops.
pub fn allow_drop(e: DragEvent) {
    e.prevent_default();
    if let Some(data) = e.data_transfer() {
        data.set_drop_effect("move");
    }
    if let Some(cell) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = cell.class_list().add_1("smp-day--drop");
    }
}

pub fn leave_drop(e: DragEvent) {
    if let Some(cell) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = cell.class_list().remove_1("smp-day--drop");
    }
}
