//! The calendar: posts, tasks and recurring series, the entries they make on
//! given days, and the edits that change them. Times are wall-clock times in
//! the plan's time zone.

mod address;
mod entry;
mod filter;
mod post;
mod rules;
mod series;
mod task;
mod weeks;
mod zone;

pub use address::{Address, View, LIST_DAYS};
pub use entry::{Entry, EntryItem, EntryKey};
pub use filter::{CampaignChoice, Dimension, Filter, FilterOption, FilterOptions};
pub use post::{Occurrence, Post, PostContent, PostStatus};
pub use rules::checks_title;
pub use series::{occurrence_id, Recurrence, RepeatKind, Series};
pub use task::{Task, TaskKind};
pub use weeks::{month_grid, week_of};
pub use zone::zone_choices;

use crate::plan::id::{MemberId, PostId, SeriesId, TaskId};
use crate::plan::keyed::Keyed;
use crate::plan::strategy::Item;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Posts and tasks are shared between a plan and its earlier states (undo),
/// kept by id: finding or editing one copies that one and a few nodes, never
/// the thousands around it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Calendar {
    #[serde(default)]
    pub posts: Keyed<Post>,
    #[serde(default)]
    pub tasks: Keyed<Task>,
    #[serde(default)]
    pub series: Vec<Series>,
    /// An IANA time zone ("Europe/Paris"); `None` means the browser's own.
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// What a bulk change sets on every entry chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum BulkSet {
    Status(PostStatus),
    Owner(Option<MemberId>),
}

/// Every change the Calendar page can make.
#[derive(Debug, Clone, PartialEq)]
pub enum CalendarEdit {
    /// Adds a post, or replaces the one with its id.
    PutPost(Post),
    RemovePost(PostId),
    PutTask(Task),
    RemoveTask(TaskId),
    PutSeries(Series),
    RemoveSeries(SeriesId),
    /// Turns a post into a series whose first day is the post's.
    PostToSeries {
        post: PostId,
        series: Series,
    },
    /// One day of a series, edited on its own: it becomes a post of its own.
    Detach(Post),
    /// One day of a series, removed.
    Skip(Occurrence),
    Bulk {
        entries: Vec<EntryKey>,
        set: BulkSet,
    },
    /// Sets the time zone; `retimed` moves posts and series so each keeps its
    /// moment (computed by the shell, which knows the zones).
    TimeZone {
        zone: Option<String>,
        retimed_posts: Vec<(PostId, chrono::NaiveDateTime)>,
        retimed_series: Vec<(SeriesId, chrono::NaiveTime)>,
    },
}

impl CalendarEdit {
    /// The edit that deletes one entry: a post, a task, or one day of a series
    /// (skipped, the others staying).
    pub fn delete(key: &EntryKey) -> Self {
        match key {
            EntryKey::Post(id) => Self::RemovePost(id.clone()),
            EntryKey::Occurrence(occurrence) => Self::Skip(occurrence.clone()),
            EntryKey::Task(id) => Self::RemoveTask(id.clone()),
        }
    }

    /// The entry an edit puts, for the panel to open: the post or task put,
    /// the post a day became, or the first day of a post made a series.
    pub fn put_key(&self) -> Option<EntryKey> {
        match self {
            Self::PutPost(post) | Self::Detach(post) => Some(EntryKey::Post(post.id.clone())),
            Self::PutTask(task) => Some(EntryKey::Task(task.id.clone())),
            Self::PostToSeries { series, .. } => series.first_entry(),
            _ => None,
        }
    }
}

impl Calendar {
    pub fn post(&self, id: &PostId) -> Option<&Post> {
        self.posts.get(id).map(|p| p.as_ref())
    }

    pub fn task(&self, id: &TaskId) -> Option<&Task> {
        self.tasks.get(id).map(|t| t.as_ref())
    }

    pub fn series(&self, id: &SeriesId) -> Option<&Series> {
        self.series.iter().find(|s| &s.id == id)
    }

    fn put_post(&mut self, post: Post) {
        self.posts.put(Rc::new(post));
    }

    fn skip(&mut self, occurrence: &Occurrence) {
        if let Some(series) = self.series.iter_mut().find(|s| s.id == occurrence.series) {
            series.skipped.insert(occurrence.day);
        }
    }

    pub fn apply(&mut self, edit: CalendarEdit) {
        match edit {
            CalendarEdit::PutPost(post) => self.put_post(post),
            CalendarEdit::RemovePost(id) => {
                self.posts.remove(&id);
            }
            CalendarEdit::PutTask(task) => self.tasks.put(Rc::new(task)),
            CalendarEdit::RemoveTask(id) => {
                self.tasks.remove(&id);
            }
            CalendarEdit::PutSeries(series) => {
                match self.series.iter_mut().find(|s| s.id == series.id) {
                    Some(slot) => *slot = series,
                    None => self.series.push(series),
                }
            }
            CalendarEdit::RemoveSeries(id) => {
                self.series.retain(|s| s.id != id);
                // Days edited on their own stay: they are posts now.
                let detached: Vec<PostId> = self
                    .posts
                    .iter()
                    .filter(|p| p.occurrence_of.as_ref().is_some_and(|o| o.series == id))
                    .map(|p| p.id.clone())
                    .collect();
                for post in detached {
                    self.posts.update(&post, |p| p.occurrence_of = None);
                }
            }
            CalendarEdit::PostToSeries { post, series } => {
                self.posts.remove(&post);
                self.series.push(series);
            }
            CalendarEdit::Detach(post) => {
                if let Some(occurrence) = &post.occurrence_of {
                    self.skip(occurrence);
                }
                self.put_post(post);
            }
            CalendarEdit::Skip(occurrence) => self.skip(&occurrence),
            CalendarEdit::Bulk { entries, set } => {
                for key in entries {
                    self.bulk_one(&key, &set);
                }
            }
            CalendarEdit::TimeZone {
                zone,
                retimed_posts,
                retimed_series,
            } => {
                self.time_zone = zone;
                for (id, at) in retimed_posts {
                    self.posts.update(&id, |post| post.at = at);
                }
                for (id, time) in retimed_series {
                    if let Some(series) = self.series.iter_mut().find(|s| s.id == id) {
                        series.time = time;
                    }
                }
            }
        }
    }

    fn bulk_one(&mut self, key: &EntryKey, set: &BulkSet) {
        let apply = |content: &mut PostContent| match set {
            BulkSet::Status(status) => content.status = *status,
            BulkSet::Owner(owner) => content.owner = owner.clone(),
        };
        match key {
            EntryKey::Post(id) => self.posts.update(id, |post| apply(&mut post.content)),
            EntryKey::Occurrence(occurrence) => {
                // A day of a series changed alone is a post of its own.
                let Some(series) = self.series(&occurrence.series) else {
                    return;
                };
                let mut post = series.post_on(occurrence.day);
                apply(&mut post.content);
                self.skip(occurrence);
                self.put_post(post);
            }
            EntryKey::Task(id) => {
                if let BulkSet::Owner(owner) = set {
                    self.tasks.update(id, |task| task.owner = owner.clone());
                }
            }
        }
    }

    /// The edit that moves an entry to another day, keeping its time. A day of a
    /// series moved alone becomes a post of its own.
    pub fn move_to(&self, key: &EntryKey, day: NaiveDate) -> Option<CalendarEdit> {
        let entry = self.entry(key)?;
        match (&entry.item, entry.post()) {
            (EntryItem::Task(task), _) => Some(CalendarEdit::PutTask(Task {
                due: day,
                ..Task::clone(task)
            })),
            (EntryItem::Occurrence(_), Some(post)) => Some(CalendarEdit::Detach(Post {
                at: day.and_time(post.at.time()),
                ..post.clone()
            })),
            (_, Some(post)) => Some(CalendarEdit::PutPost(Post {
                at: day.and_time(post.at.time()),
                ..post.clone()
            })),
            _ => None,
        }
    }

    /// The edit that copies an entry under a new id, on the same day; a copy of a
    /// series' day is a plain post.
    pub fn duplicate(
        &self,
        key: &EntryKey,
        post_id: PostId,
        task_id: TaskId,
    ) -> Option<CalendarEdit> {
        let entry = self.entry(key)?;
        match (&entry.item, entry.post()) {
            (EntryItem::Task(task), _) => Some(CalendarEdit::PutTask(Task {
                id: task_id,
                ..Task::clone(task)
            })),
            (_, Some(post)) => Some(CalendarEdit::PutPost(Post {
                id: post_id,
                occurrence_of: None,
                ..post.clone()
            })),
            _ => None,
        }
    }

    /// The series an entry is a day of, if it is one.
    pub fn series_of(&self, key: &EntryKey) -> Option<&Series> {
        match key {
            EntryKey::Occurrence(o) => self.series(&o.series),
            _ => None,
        }
    }

    /// The edit that saves the post of the entry `key`, as changed, and the
    /// entry to open in its place if that changes. A day of a series changed
    /// alone becomes a post of its own; with `whole_series`, the series takes
    /// its content and time.
    pub fn save_post(
        &self,
        key: &EntryKey,
        changed: Post,
        whole_series: bool,
    ) -> (CalendarEdit, Option<EntryKey>) {
        match (self.series_of(key), whole_series) {
            (Some(series), true) => {
                let series = Series {
                    content: changed.content,
                    time: changed.at.time(),
                    ..series.clone()
                };
                (CalendarEdit::PutSeries(series), None)
            }
            (Some(_), false) => {
                let edit = CalendarEdit::Detach(changed);
                let open = edit.put_key();
                (edit, open)
            }
            (None, _) => (CalendarEdit::PutPost(changed), None),
        }
    }

    /// How many posts and tasks the calendar holds (series count their days).
    pub fn len(&self) -> usize {
        let series: usize = self.series.iter().map(|s| s.dates(s.days).len()).sum();
        self.posts.len() + self.tasks.len() + series
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Days that have something on them, for the overview's summary.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.posts.iter().map(|p| p.at.date()).min()
    }
}

impl Item for Post {
    type Id = PostId;
    fn id(&self) -> &PostId {
        &self.id
    }
}

impl Item for Task {
    type Id = TaskId;
    fn id(&self) -> &TaskId {
        &self.id
    }
}
