//! Entries: what the calendar shows on a day — a post, a day of a series, or a
//! task — each with a key that names it in the URL and in edits.

use super::post::{Occurrence, Post, PostContent};
use super::task::Task;
use super::Calendar;
use crate::plan::dates::DateRange;
use crate::plan::id::{PostId, SeriesId, TaskId};
use crate::plan::{said, Said};
use chrono::{NaiveDate, NaiveTime};
use std::rc::Rc;

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

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKey {
    Post(PostId),
    Occurrence(Occurrence),
    Task(TaskId),
}

impl EntryKey {
    /// "p.<id>", "o.<series>.<yyyymmdd>", "t.<id>": safe in a URL.
    pub fn to_param(&self) -> String {
        match self {
            Self::Post(id) => format!("p.{id}"),
            Self::Occurrence(o) => {
                format!("o.{}.{}", o.series, crate::plan::when::compact_day(o.day))
            }
            Self::Task(id) => format!("t.{id}"),
        }
    }

    pub fn from_param(text: &str) -> Option<Self> {
        let (kind, rest) = text.split_once('.')?;
        match kind {
            "p" => PostId::parse(rest).ok().map(Self::Post),
            "t" => TaskId::parse(rest).ok().map(Self::Task),
            "o" => {
                let (series, day) = rest.rsplit_once('.')?;
                Some(Self::Occurrence(Occurrence {
                    series: SeriesId::parse(series).ok()?,
                    day: crate::plan::when::parse_compact_day(day)?,
                }))
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EntryItem {
    Post(Rc<Post>),
    /// A day of a series, drawn from it.
    Occurrence(Rc<Post>),
    Task(Rc<Task>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: EntryKey,
    pub day: NaiveDate,
    /// Tasks have a day, not a time.
    pub time: Option<NaiveTime>,
    pub item: EntryItem,
}

impl Entry {
    pub fn post(&self) -> Option<&Post> {
        match &self.item {
            EntryItem::Post(post) | EntryItem::Occurrence(post) => Some(post),
            EntryItem::Task(_) => None,
        }
    }

    pub fn task(&self) -> Option<&Task> {
        match &self.item {
            EntryItem::Task(task) => Some(task),
            _ => None,
        }
    }

    pub fn content(&self) -> Option<&PostContent> {
        self.post().map(|p| &p.content)
    }

    /// The edit putting this post or task as it is, if nothing is written in
    /// it: one the user has just made and leaves like this is not kept. (A day
    /// of a series is the series' own.)
    pub fn blank_put(&self) -> Option<super::CalendarEdit> {
        match &self.item {
            EntryItem::Post(p) if p.is_blank() => {
                Some(super::CalendarEdit::PutPost(Post::clone(p)))
            }
            EntryItem::Task(t) if t.is_blank() => {
                Some(super::CalendarEdit::PutTask(Task::clone(t)))
            }
            _ => None,
        }
    }

    /// Puts a post's new version, whose words alone changed, in its entry of
    /// `entries` (in order): found by its place, not by a look at each entry.
    /// Whether it was there.
    pub fn reword(entries: &mut [Entry], post: &Rc<Post>) -> bool {
        let new = Entry::of_post(post);
        match new.place_in(entries) {
            Ok(at) => {
                entries[at] = new;
                true
            }
            Err(_) => false,
        }
    }

    /// A post's copy in a few words ("Untitled post" without copy), or a
    /// task's title.
    pub fn headline(&self) -> Said {
        match (&self.item, self.content().map_or("", |c| c.copy.trim())) {
            (EntryItem::Task(task), _) => task.said_title(),
            (_, "") => said!("Untitled post"),
            (_, copy) => Said::Value(excerpt(copy, 80)),
        }
    }

    /// Where it stands: a post's status, or a task's "To do" or "Done".
    pub fn status_label(&self) -> &'static str {
        match &self.item {
            EntryItem::Task(task) if task.done => "Done",
            EntryItem::Task(_) => "To do",
            EntryItem::Post(p) | EntryItem::Occurrence(p) => p.content.status.label(),
        }
    }

    pub fn is_occurrence(&self) -> bool {
        matches!(self.item, EntryItem::Occurrence(_))
    }

    fn of_post(post: &Rc<Post>) -> Self {
        Self {
            key: EntryKey::Post(post.id.clone()),
            day: post.at.date(),
            time: Some(post.at.time()),
            item: EntryItem::Post(post.clone()),
        }
    }

    /// Where an entry comes among the others: by day, then time (tasks,
    /// which have none, first), then key.
    fn order(&self) -> (NaiveDate, Option<NaiveTime>, &EntryKey) {
        (self.day, self.time, &self.key)
    }

    /// Where this entry stands, or would stand, in `entries` (in order).
    fn place_in(&self, entries: &[Entry]) -> Result<usize, usize> {
        entries.binary_search_by(|e| e.order().cmp(&self.order()))
    }

    fn of_task(task: &Rc<Task>) -> Self {
        Self {
            key: EntryKey::Task(task.id.clone()),
            day: task.due,
            time: None,
            item: EntryItem::Task(task.clone()),
        }
    }
}

impl Calendar {
    /// Everything on the days of `range`, in order of day and time (tasks first
    /// on their day). Only the series' days inside the range are drawn.
    pub fn entries(&self, range: DateRange) -> Vec<Entry> {
        let entries: Vec<Entry> = self
            .posts
            .iter()
            .filter(|p| range.contains(p.at.date()))
            .map(Entry::of_post)
            .chain(
                self.tasks
                    .iter()
                    .filter(|t| range.contains(t.due))
                    .map(Entry::of_task),
            )
            .collect();
        self.with_series(entries, range)
    }

    /// The posts and tasks of `range` with the series' days inside it, in order.
    fn with_series(&self, mut entries: Vec<Entry>, range: DateRange) -> Vec<Entry> {
        for series in &self.series {
            for day in series.dates(range) {
                let post = Rc::new(series.post_on(day));
                entries.push(Entry {
                    key: EntryKey::Occurrence(Occurrence {
                        series: series.id.clone(),
                        day,
                    }),
                    day,
                    time: Some(series.time),
                    item: EntryItem::Occurrence(post),
                });
            }
        }
        entries.sort_by(|a, b| Entry::order(a).cmp(&Entry::order(b)));
        entries
    }

    /// The entries of `range` like `entries`, worked out from `shown`, the
    /// entries of the same range in `earlier`: only the posts and tasks that
    /// changed since are looked at, so an edit costs the days it touches, not
    /// the calendar. Where the series or the zone changed, all is worked out
    /// again.
    pub fn entries_since(
        &self,
        earlier: &Calendar,
        shown: &[Entry],
        range: DateRange,
    ) -> Vec<Entry> {
        if self.series != earlier.series || self.time_zone != earlier.time_zone {
            return self.entries(range);
        }
        let posts = self.posts.changes_since(&earlier.posts);
        let tasks = self.tasks.changes_since(&earlier.tasks);
        if posts.is_empty() && tasks.is_empty() {
            return shown.to_vec();
        }
        // What was there before is found where it stood, by its order
        // (`shown` is in order): a few searches, not a look at every entry.
        let mut entries = shown.to_vec();
        let gone = posts
            .iter()
            .filter_map(|(before, _)| before.map(Entry::of_post))
            .chain(
                tasks
                    .iter()
                    .filter_map(|(before, _)| before.map(Entry::of_task)),
            );
        for old in gone {
            if let Ok(at) = old.place_in(&entries) {
                entries.remove(at);
            }
        }
        let added = posts
            .iter()
            .filter_map(|(_, after)| *after)
            .filter(|p| range.contains(p.at.date()))
            .map(Entry::of_post)
            .chain(
                tasks
                    .iter()
                    .filter_map(|(_, after)| *after)
                    .filter(|t| range.contains(t.due))
                    .map(Entry::of_task),
            );
        for entry in added {
            let at = entries.partition_point(|e| Entry::order(e) < Entry::order(&entry));
            entries.insert(at, entry);
        }
        entries
    }

    /// Whether everything changed since `earlier` is the words of posts
    /// (copy, link, media, notes): then what the calendar's rules and filters
    /// judge (days, times, profiles, pillars, campaigns, owners, statuses) is
    /// as it was, and so are their findings and counts. Costs what changed.
    pub fn changed_only_in_words(&self, earlier: &Calendar) -> bool {
        self.reworded(earlier).is_some()
    }

    /// The posts changed since `earlier`, in their new versions, when only
    /// their words changed (see `changed_only_in_words`); `None` otherwise.
    /// One look at what changed serves both.
    pub fn reworded(&self, earlier: &Calendar) -> Option<Vec<Rc<Post>>> {
        if self.series != earlier.series
            || self.time_zone != earlier.time_zone
            || !self.tasks.changes_since(&earlier.tasks).is_empty()
        {
            return None;
        }
        self.posts
            .changes_since(&earlier.posts)
            .into_iter()
            .map(|change| match change {
                (Some(before), Some(after)) if before.planned_alike(after) => Some(after.clone()),
                _ => None,
            })
            .collect()
    }

    /// One entry, found by its key.
    pub fn entry(&self, key: &EntryKey) -> Option<Entry> {
        match key {
            EntryKey::Post(id) => self.posts.get(id).map(Entry::of_post),
            EntryKey::Task(id) => self.tasks.get(id).map(Entry::of_task),
            EntryKey::Occurrence(o) => {
                let series = self.series(&o.series)?;
                series.posts_on(o.day).then(|| Entry {
                    key: key.clone(),
                    day: o.day,
                    time: Some(series.time),
                    item: EntryItem::Occurrence(Rc::new(series.post_on(o.day))),
                })
            }
        }
    }
}
