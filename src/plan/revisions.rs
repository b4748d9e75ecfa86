//! The strategy's history: dated revisions, so the changes to the constant
//! part of a plan stay visible, can be compared, and can be undone long after
//! the session's undo is gone.
//!
//! A revision keeps only the strategy's fields it changed, as they stood after
//! it; the oldest state kept (the base) holds every field. Changes made
//! within [`GROUPING_MINUTES`] of a revision's last one join it, so typing a
//! sentence is one revision, not one per keystroke. Results (the values KPIs
//! reached) are measurement, not strategy, and are left out. At most
//! [`MAX_REVISIONS`] are kept: past that, the oldest is folded into the base.

use super::id::InsightId;
use super::piece::Piece;
use super::rules::Part;
use super::strategy::Strategy;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Changes this close to a revision's last one join it.
pub const GROUPING_MINUTES: i64 = 10;
/// Revisions kept beside the base.
pub const MAX_REVISIONS: usize = 60;

/// The strategy's fields, each with the part it belongs to.
const FIELDS: [(&str, Part); 9] = [
    ("objectives", Part::Objectives),
    ("personas", Part::Audience),
    ("priorities", Part::Audience),
    ("profiles", Part::Channels),
    ("story", Part::Story),
    ("content", Part::Content),
    ("team", Part::People),
    ("response", Part::Response),
    ("measurement", Part::Measurement),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    pub number: u32,
    /// When its first change was made.
    #[serde(deserialize_with = "super::stored::instant")]
    pub from: DateTime<Utc>,
    /// When its last change was made.
    #[serde(deserialize_with = "super::stored::instant")]
    pub to: DateTime<Utc>,
    /// The fields it changed, as they stood after it.
    pub fields: Map<String, Value>,
    /// The insight it was made from, when the user was adapting the strategy.
    #[serde(default)]
    pub insight: Option<InsightId>,
    /// The revision it put back, when it is a restore.
    #[serde(default)]
    pub restored: Option<u32>,
}

impl Revision {
    /// The parts it changed, in page order, each once.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts: Vec<Part> = Vec::new();
        for (field, part) in FIELDS {
            if self.fields.contains_key(field) && !parts.contains(&part) {
                parts.push(part);
            }
        }
        parts
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Revisions {
    /// Every field as it stood before the oldest revision kept; `None` until
    /// the strategy first changes.
    #[serde(default)]
    base: Option<Piece<Map<String, Value>>>,
    #[serde(default)]
    list: Vec<Piece<Revision>>,
}

impl Revisions {
    pub fn list(&self) -> &[Piece<Revision>] {
        &self.list
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn latest(&self) -> Option<&Revision> {
        self.list.last().map(|r| &**r)
    }

    pub fn get(&self, number: u32) -> Option<&Revision> {
        self.list.iter().map(|r| &**r).find(|r| r.number == number)
    }

    /// Notes what `after` changed from `before`, at `at`, made from
    /// `insight` when there is one. Returns whether anything was noted.
    pub fn record(
        &mut self,
        before: &Strategy,
        after: &Strategy,
        at: DateTime<Utc>,
        insight: Option<&InsightId>,
        closed: Option<DateTime<Utc>>,
    ) -> bool {
        let fields: Vec<&str> = FIELDS
            .iter()
            .map(|(field, _)| *field)
            .filter(|field| differs(before, after, field))
            .collect();
        if fields.is_empty() {
            return false;
        }
        let changed = self.changed(before, after, &fields);
        self.note(before, changed, at, insight, None, closed)
    }

    /// Notes a restore of revision `number`: always a revision of its own.
    pub fn record_restore(
        &mut self,
        before: &Strategy,
        after: &Strategy,
        at: DateTime<Utc>,
        number: u32,
    ) -> bool {
        let fields: Vec<&str> = FIELDS.iter().map(|(field, _)| *field).collect();
        let changed = self.changed(before, after, &fields);
        self.note(before, changed, at, None, Some(number), None)
    }

    /// Of `fields`, those whose value in `after` differs from where the
    /// history has them (or, before any revision, from `before`), with
    /// their new values.
    fn changed(&self, before: &Strategy, after: &Strategy, fields: &[&str]) -> Map<String, Value> {
        let (mut now, mut was) = (snapshot(after), None);
        let mut changed = Map::new();
        for field in fields {
            let value = now.remove(*field).unwrap_or(Value::Null);
            let old = match self.current(field) {
                Some(old) => old,
                None => was
                    .get_or_insert_with(|| snapshot(before))
                    .get(*field)
                    .cloned()
                    .unwrap_or(Value::Null),
            };
            if old != value {
                changed.insert((*field).to_owned(), value);
            }
        }
        changed
    }

    fn note(
        &mut self,
        before: &Strategy,
        changed: Map<String, Value>,
        at: DateTime<Utc>,
        insight: Option<&InsightId>,
        restored: Option<u32>,
        closed: Option<DateTime<Utc>>,
    ) -> bool {
        if changed.is_empty() {
            return false;
        }
        if self.base.is_none() {
            self.base = Some(Piece::new(snapshot(before)));
        }
        let joins = self.list.last().is_some_and(|last| {
            restored.is_none()
                && last.restored.is_none()
                && last.insight.as_ref() == insight
                && at >= last.to
                && at - last.to <= Duration::minutes(GROUPING_MINUTES)
                // A review recorded since closes it: what follows is after.
                && closed.is_none_or(|closed| closed < last.to)
        });
        match self.list.last_mut() {
            Some(last) if joins => {
                let last = &mut **last;
                last.to = at;
                last.fields.extend(changed);
            }
            _ => {
                let number = self.list.last().map_or(1, |r| r.number.saturating_add(1));
                self.list.push(Piece::new(Revision {
                    number,
                    from: at,
                    to: at,
                    fields: changed,
                    insight: insight.cloned(),
                    restored,
                }));
            }
        }
        self.compact();
        true
    }

    /// Keeps only revisions numbered in rising order, at most
    /// [`MAX_REVISIONS`] of them, on a base; says whether anything changed
    /// (a file made elsewhere, or edited by hand).
    pub fn tidy(&mut self) -> bool {
        let before = self.list.len();
        let mut last = None;
        self.list.retain(|r| {
            let keep = r.number > last.unwrap_or(0) && r.number < u32::MAX;
            if keep {
                last = Some(r.number);
            }
            keep
        });
        let mut changed = self.list.len() < before;
        if self.base.is_none() && !self.list.is_empty() {
            // Without the state before them, they cannot be read.
            self.list.clear();
            changed = true;
        }
        if self.list.len() > MAX_REVISIONS {
            self.compact();
            changed = true;
        }
        changed
    }

    /// Folds the oldest revisions into the base until at most
    /// [`MAX_REVISIONS`] are left.
    pub fn compact(&mut self) {
        while self.list.len() > MAX_REVISIONS {
            let oldest = self.list.remove(0);
            let base = self.base.get_or_insert_with(Piece::default);
            for (field, value) in &oldest.fields {
                base.insert(field.clone(), value.clone());
            }
        }
    }

    /// The number of the oldest state that can be shown: the base (0), or
    /// the first revision when the base was never written.
    pub fn first(&self) -> u32 {
        self.list.first().map_or(0, |r| r.number.saturating_sub(1))
    }

    /// A field as it stands after the latest revision.
    fn current(&self, field: &str) -> Option<Value> {
        self.list
            .iter()
            .rev()
            .find_map(|r| r.fields.get(field))
            .or_else(|| self.base.as_ref().and_then(|b| b.get(field)))
            .cloned()
    }

    /// Every field as it stood after revision `number` (the base for the
    /// number before the first revision kept).
    fn fields_at(&self, number: u32) -> Option<Map<String, Value>> {
        let mut fields = self.base.as_deref().cloned()?;
        if number < self.first() || number > self.list.last()?.number {
            return None;
        }
        for revision in self.list.iter().take_while(|r| r.number <= number) {
            for (field, value) in &revision.fields {
                fields.insert(field.clone(), value.clone());
            }
        }
        Some(fields)
    }

    /// The strategy as it stood after revision `number`; `None` when it is
    /// not kept, or what was saved cannot be read as a strategy.
    pub fn strategy_at(&self, number: u32) -> Option<Strategy> {
        // Read as text, as a plan is read, rather than from the value: the
        // wasm then needs no second reader of the strategy.
        let text = Value::Object(self.fields_at(number)?).to_string();
        serde_json::from_str(&text).ok()
    }

    /// What changed from revision `a` to revision `b`, part by part (only
    /// the parts that changed); `None` when either is not kept.
    pub fn compare(&self, a: u32, b: u32) -> Option<Vec<PartChanges>> {
        let (before, after) = (self.fields_at(a)?, self.fields_at(b)?);
        // A link to another item reads as that item's name, from either side.
        let mut names = Vec::new();
        for value in before.values().chain(after.values()) {
            named_items(value, &mut names);
        }
        let mut parts: Vec<PartChanges> = Vec::new();
        for (field, part) in FIELDS {
            let (old, new) = (
                before.get(field).unwrap_or(&Value::Null),
                after.get(field).unwrap_or(&Value::Null),
            );
            if old == new {
                continue;
            }
            let mut changes = Vec::new();
            differences(noun_of(field), "", old, new, &names, &mut changes);
            match parts.iter_mut().find(|p| p.part == part) {
                Some(existing) => existing.changes.extend(changes),
                None if !changes.is_empty() => parts.push(PartChanges { part, changes }),
                None => {}
            }
        }
        Some(parts)
    }
}

/// The changes to one part between two revisions.
#[derive(Debug, Clone, PartialEq)]
pub struct PartChanges {
    pub part: Part,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Added => "Added",
            Self::Removed => "Removed",
            Self::Changed => "Changed",
        }
    }
}

/// One thing added, removed or changed, with how it read on either side.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// "Objective “Win wholesale cafés”: metric".
    pub what: String,
    /// How it read in the earlier revision ("" when added).
    pub before: String,
    /// How it reads in the later one ("" when removed).
    pub after: String,
}

/// What one of a list's items is called, by the field holding the list.
fn noun_of(field: &str) -> &'static str {
    match field {
        "objectives" => "Objective",
        "personas" => "Persona",
        "priorities" => "Priority",
        "profiles" => "Profile",
        "key_messages" => "Key message",
        "pillars" => "Pillar",
        "members" => "Team member",
        "tools" => "Tool",
        "escalations" => "Escalation path",
        "kpis" => "KPI",
        _ => "Item",
    }
}

/// A field's name as a reader says it: "posts_per_week" as "posts per week".
fn spoken(key: &str) -> String {
    key.replace('_', " ")
}

/// How a list item is called: its name, statement, handle or text.
fn title_of(item: &Value) -> String {
    ["name", "statement", "handle", "text", "metric", "situation"]
        .iter()
        .find_map(|key| {
            let text = item.get(key).and_then(Value::as_str)?.trim();
            (!text.is_empty()).then_some(text)
        })
        .map_or_else(|| "(untitled)".to_owned(), |t| format!("“{t}”"))
}

/// Every item with an id under `value`, as (id, title).
fn named_items(value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Array(list) => list.iter().for_each(|v| named_items(v, out)),
        Value::Object(fields) => {
            if let Some(id) = fields.get("id").and_then(Value::as_str) {
                out.push((id.to_owned(), title_of(value)));
            }
            fields.values().for_each(|v| named_items(v, out));
        }
        _ => {}
    }
}

/// A string as a reader says it: an item's id as its title, "tool:x-1" as
/// "tool “Analytics”", a key such as "promoting_products" in words.
fn spoken_text(text: &str, names: &[(String, String)]) -> String {
    let name = |id: &str| names.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone());
    if let Some(title) = name(text) {
        return title;
    }
    if let Some((kind, id)) = text.split_once(':') {
        if let Some(title) = name(id) {
            return format!("{kind} {title}");
        }
    }
    match text.contains('_') && text.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        true => spoken(text),
        false => text.to_owned(),
    }
}

/// A value as text a reader can compare.
fn text_of(value: &Value, names: &[(String, String)]) -> String {
    let text_of = |v: &Value| text_of(v, names);
    match value {
        Value::Null => "—".to_owned(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), super::show_number),
        Value::String(s) if s.trim().is_empty() => "—".to_owned(),
        Value::String(s) => spoken_text(s, names),
        Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
            let texts: Vec<String> = items.iter().map(text_of).collect();
            match texts.is_empty() {
                true => "—".to_owned(),
                false => texts.join(", "),
            }
        }
        Value::Array(items) => format!("{} items", items.len()),
        Value::Object(fields) => match (fields.get("start"), fields.get("end")) {
            (Some(start), Some(end)) => format!("{} to {}", text_of(start), text_of(end)),
            _ => {
                let texts: Vec<String> = fields.values().map(text_of).collect();
                texts.join("; ")
            }
        },
    }
}

/// Whether `value` is a list of items with ids.
fn items(value: &Value) -> Option<&Vec<Value>> {
    value
        .as_array()
        .filter(|list| !list.is_empty() && list.iter().all(|i| i.get("id").is_some()))
}

/// The differences between `old` and `new`, under `path` ("Objective
/// “Grow”: "), with `noun` naming a list's items.
fn differences(
    noun: &str,
    path: &str,
    old: &Value,
    new: &Value,
    names: &[(String, String)],
    out: &mut Vec<Change>,
) {
    if old == new {
        return;
    }
    let change = |kind, what: String, before: String, after: String| Change {
        kind,
        what: super::rules::capitalised(&what),
        before,
        after,
    };
    if items(old).is_some() || items(new).is_some() {
        let empty = Vec::new();
        let (old_items, new_items) = (
            old.as_array().unwrap_or(&empty),
            new.as_array().unwrap_or(&empty),
        );
        let id = |v: &Value| v.get("id").cloned();
        for item in new_items {
            match old_items.iter().find(|o| id(o) == id(item)) {
                None => out.push(change(
                    ChangeKind::Added,
                    format!("{path}{noun} {}", title_of(item)),
                    String::new(),
                    title_of(item),
                )),
                Some(was) if was != item => {
                    let inner = format!("{path}{noun} {}: ", title_of(item));
                    fields_differences(&inner, was, item, names, out);
                }
                Some(_) => {}
            }
        }
        for item in old_items {
            if !new_items.iter().any(|n| id(n) == id(item)) {
                out.push(change(
                    ChangeKind::Removed,
                    format!("{path}{noun} {}", title_of(item)),
                    title_of(item),
                    String::new(),
                ));
            }
        }
    } else if (old.is_object() || old.is_null()) && (new.is_object() || new.is_null()) {
        fields_differences(path, old, new, names, out);
    } else {
        out.push(change(
            ChangeKind::Changed,
            path.trim_end_matches(": ").to_owned(),
            text_of(old, names),
            text_of(new, names),
        ));
    }
}

/// The differences between two objects, key by key.
fn fields_differences(
    path: &str,
    old: &Value,
    new: &Value,
    names: &[(String, String)],
    out: &mut Vec<Change>,
) {
    let null = Value::Null;
    let empty = Map::new();
    let (old_fields, new_fields) = (
        old.as_object().unwrap_or(&empty),
        new.as_object().unwrap_or(&empty),
    );
    let mut keys: Vec<&String> = new_fields.keys().collect();
    keys.extend(old_fields.keys().filter(|k| !new_fields.contains_key(*k)));
    for key in keys {
        let (was, is) = (
            old_fields.get(key).unwrap_or(&null),
            new_fields.get(key).unwrap_or(&null),
        );
        if was == is || (key != "id" && empty_like(was) && empty_like(is)) {
            continue;
        }
        // A list of items is named by its items, so its path stays the
        // object's own.
        let inner = match items(was).is_some() || items(is).is_some() {
            true => path.to_owned(),
            false => format!("{path}{}: ", spoken(key)),
        };
        differences(noun_of(key), &inner, was, is, names, out);
    }
}

/// Null, "", [] and {}: all "nothing yet".
fn empty_like(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Whether a field differs between two strategies.
fn differs(a: &Strategy, b: &Strategy, field: &str) -> bool {
    match field {
        "objectives" => a.objectives != b.objectives,
        "personas" => a.personas != b.personas,
        "priorities" => a.priorities != b.priorities,
        "profiles" => a.profiles != b.profiles,
        "story" => a.story != b.story,
        "content" => a.content != b.content,
        "team" => a.team != b.team,
        "response" => a.response != b.response,
        _ => a.measurement != b.measurement,
    }
}

/// The strategy's fields as a revision keeps them: the measurement without
/// its KPIs' results. Written as the save writes it and read back as a
/// migration reads it, so the wasm needs no serializer of its own.
fn snapshot(strategy: &Strategy) -> Map<String, Value> {
    let mut bytes = Vec::new();
    let mut fields = serde_json::to_writer(&mut bytes, strategy)
        .ok()
        .and_then(|()| std::str::from_utf8(&bytes).ok())
        .and_then(|text| serde_json::from_str::<Map<String, Value>>(text).ok())
        .unwrap_or_default();
    let kpis = fields
        .get_mut("measurement")
        .and_then(|m| m.get_mut("kpis"))
        .and_then(Value::as_array_mut);
    for kpi in kpis.into_iter().flatten() {
        if let Some(kpi) = kpi.as_object_mut() {
            kpi.remove("results");
        }
    }
    fields
}

/// `restored`, with each KPI's results as they are in `current`: a restore
/// puts the strategy back, never the values reached since.
///
/// A KPI added since, that has values, stays too: a restore never drops
/// values reached.
pub fn keep_results(mut restored: Strategy, current: &Strategy) -> Strategy {
    let measurement = &mut restored.measurement;
    for kpi in measurement.kpis.iter_mut() {
        kpi.results = current
            .measurement
            .kpis
            .iter()
            .find(|k| k.id == kpi.id)
            .map(|k| k.results.clone())
            .unwrap_or_default();
    }
    for kpi in current.measurement.kpis.iter() {
        if !kpi.results.is_empty() && !measurement.kpis.iter().any(|k| k.id == kpi.id) {
            measurement.kpis.push(kpi.clone());
        }
    }
    restored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_keys_read_as_words() {
        let names = vec![
            ("x-1".to_owned(), "“Analytics”".to_owned()),
            ("o-1".to_owned(), "“Win cafés”".to_owned()),
        ];
        assert_eq!(spoken_text("o-1", &names), "“Win cafés”");
        assert_eq!(spoken_text("tool:x-1", &names), "tool “Analytics”");
        assert_eq!(
            spoken_text("promoting_products", &names),
            "promoting products"
        );
        // The user's own words are left as they are.
        assert_eq!(spoken_text("Reply by 9_am", &names), "Reply by 9_am");
        assert_eq!(spoken_text("@my_bakery", &names), "@my_bakery");
        assert_eq!(spoken_text("o-2", &names), "o-2");
        let list = serde_json::json!([{ "id": "a-1", "name": "Ana", "tools": [{ "id": "x-2", "name": "Sheet" }] }]);
        let mut found = Vec::new();
        named_items(&list, &mut found);
        assert_eq!(
            found,
            [
                ("a-1".to_owned(), "“Ana”".to_owned()),
                ("x-2".to_owned(), "“Sheet”".to_owned())
            ]
        );
    }
}
