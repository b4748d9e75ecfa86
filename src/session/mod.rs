//! The app's core: the workspace of plans, its undo history, and what the
//! app must remember about saving and about other tabs, as one state machine
//! in plain Rust. Events come in (a user's command, a save that ran out its
//! delay, a write that succeeded or failed, another tab's change, the tab
//! being hidden), with any time they need inside them; the session changes in
//! place and answers with effects, as data, for the shell to carry out
//! (write this plan, remove that key, start the save timer). No browser, no
//! clock, no storage here: every transition is tested natively.
//!
//! Nothing is copied wholesale on an event: the session is changed where it
//! stands, plans share what an edit leaves alone, and the views the shell
//! publishes (the workspace, the save status, the undo labels, the notices)
//! change only when what they show does.

mod language;
mod stored;
mod theme;

pub use language::Language;
pub use stored::{Loaded, Outside, Repaired, StorageError, Unreadable};
pub use theme::Theme;

use crate::plan::{said, CampaignId, Change, Command, History, Plan, PlanId, Said, Workspace};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::rc::Rc;

/// How long typing must pause before a save: short enough that a closed tab
/// loses nothing noticeable, long enough that a burst of keys makes one write.
pub const SAVE_DELAY_MS: u32 = 400;

/// After a failed save, the first retry waits this long, and each further one
/// twice as long as the last, up to `RETRY_MAX_MS`.
pub const RETRY_FIRST_MS: u32 = 5_000;
pub const RETRY_MAX_MS: u32 = 60_000;

/// A deleted plan, kept so the deletion can be undone from its notice.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub plan: Box<Plan>,
    pub position: usize,
    /// Saved to a file before it left the browser.
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// Why, said in the language shown.
    NotSaved(Said),
    /// No plan, and nothing left to write: there is nothing to call saved.
    NoPlans,
}

/// What happens to the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A change the user asked for.
    Apply(Command),
    /// Deletes a plan just exported to a file, and says so.
    Archive(PlanId),
    Undo,
    Redo,
    /// The user left a campaign, post or task they had just made with nothing
    /// in it (the put of it as it is): it is not kept, nor the steps that made it.
    LeftEmpty(Command),
    UndoDelete,
    DismissDeleted,
    DismissProblem,
    DismissRepaired,
    ReturnTo(Option<CampaignId>),
    /// Keeps this tab's version of a conflicted plan as a new copy.
    KeepMine {
        id: PlanId,
        copy: PlanId,
        at: DateTime<Utc>,
        /// What the copy's name is marked with, in the language shown:
        /// "Acme (this tab's copy)".
        word: &'static str,
    },
    TakeTheirs {
        id: PlanId,
    },
    /// The user removed an unreadable value.
    Discarded {
        key: String,
    },
    /// Storage refused something the user asked for directly (removing an
    /// unreadable value): said like a failed save.
    Refused(StorageError),
    /// The save timer ran out: write what changed.
    SaveDue,
    /// The tab is being hidden or closed, or the planner taken off the page:
    /// write what changed at once.
    Hidden,
    /// What the writes of a save did, in the order they were asked for.
    Wrote {
        revision: u64,
        outcomes: Vec<Outcome>,
    },
    /// Another tab saved or deleted a plan, or wrote something unreadable.
    Outside(Outside),
}

/// What one write of a save did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Done,
    /// Another tab changed the plan since this one read it; `theirs` is what
    /// storage holds now (`None`: that tab deleted it).
    Conflict {
        id: PlanId,
        theirs: Option<Box<Plan>>,
    },
    Failed(StorageError),
}

/// What the shell must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Start the save timer, in place of any running: send `SaveDue` when it
    /// runs out.
    SaveAfter { ms: u32 },
    /// Write this plan (as it is now; its stored value tells other tabs).
    Write(Rc<Plan>),
    /// Remove this plan's stored value.
    Remove(PlanId),
    /// Remember which plan is open, for the next visit.
    SetLastOpen(Option<PlanId>),
    /// Storage holds this very plan, written by another tab: take that value
    /// as this tab's own, so the next save does not see a conflict.
    AcceptStored(PlanId),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    /// Shared with the views the shell publishes; changed in place when they
    /// have let go of it, else copied (a list of plan pointers).
    workspace: Rc<Workspace>,
    history: History,
    /// Counts every change; saves report the revision they wrote.
    revision: u64,
    saved_revision: u64,
    /// Plans changed since their last save, with the revision of the latest change.
    dirty: BTreeMap<PlanId, u64>,
    /// Plans deleted whose stored copy is still to be removed.
    removed: BTreeMap<PlanId, u64>,
    save_error: Option<StorageError>,
    /// How long the next retry of a failed save waits.
    retry_ms: Option<u32>,
    /// Values under our prefix that could not be read; left untouched.
    unreadable: Vec<Unreadable>,
    /// Plans that loaded only after repairs, and what was repaired.
    repaired: Vec<Repaired>,
    deleted: Option<Deleted>,
    /// The last command the workspace refused, in words.
    problem: Option<Said>,
    /// A campaign the user left to add something to the strategy, to return to.
    returning_to: Option<CampaignId>,
    /// Plans another tab changed (`Some`) or deleted (`None`) while this tab had
    /// unsaved edits to them: neither side is written until the user chooses.
    conflicts: BTreeMap<PlanId, Option<Plan>>,
    /// What was last taken from another tab, to say so.
    outside_note: Option<Said>,
}

impl Session {
    /// The session at start, from what storage held (or why it could not be read).
    pub fn from_loaded(loaded: Result<Loaded, StorageError>) -> Self {
        match loaded {
            Ok(Loaded {
                mut plans,
                read_only,
                repaired,
                unreadable,
                last_open,
                plain,
            }) => {
                let read_only_ids: Vec<PlanId> = read_only.iter().map(|p| p.id.clone()).collect();
                plans.extend(read_only);
                let mut workspace = Workspace::from_saved(plans, last_open);
                for id in read_only_ids {
                    workspace.mark_read_only(id);
                }
                let mut session = Self {
                    workspace: Rc::new(workspace),
                    unreadable,
                    ..Self::default()
                };
                // Repaired plans are saved repaired (their originals are kept),
                // and plans an earlier version kept in plain JSON are written
                // again compactly: both only once they have loaded.
                let rewrite: Vec<&PlanId> =
                    repaired.iter().map(|p| &p.id).chain(plain.iter()).collect();
                if !rewrite.is_empty() {
                    session.revision = 1;
                    for id in rewrite {
                        session.dirty.insert(id.clone(), 1);
                    }
                }
                session.repaired = repaired;
                session
            }
            Err(error) => Self {
                save_error: Some(error),
                ..Self::default()
            },
        }
    }

    /// The effects due at start: a save, if loading left anything to rewrite.
    pub fn start(&self) -> Vec<Effect> {
        match self.has_unsaved_changes() {
            true => vec![Effect::SaveAfter { ms: SAVE_DELAY_MS }],
            false => Vec::new(),
        }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The workspace as shared: the same pointer until a plan or the open one
    /// changes, so a view can tell at once whether to draw again.
    pub fn shared_workspace(&self) -> Rc<Workspace> {
        Rc::clone(&self.workspace)
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The revision the last save wrote up to.
    pub fn saved_revision(&self) -> u64 {
        self.saved_revision
    }

    pub fn undo_label(&self) -> Option<&crate::plan::Said> {
        self.history.undo_label()
    }

    pub fn redo_label(&self) -> Option<&crate::plan::Said> {
        self.history.redo_label()
    }

    pub fn save_error(&self) -> Option<&StorageError> {
        self.save_error.as_ref()
    }

    pub fn unreadable(&self) -> &[Unreadable] {
        &self.unreadable
    }

    pub fn repaired(&self) -> &[Repaired] {
        &self.repaired
    }

    pub fn deleted(&self) -> Option<&Deleted> {
        self.deleted.as_ref()
    }

    pub fn problem(&self) -> Option<&Said> {
        self.problem.as_ref()
    }

    pub fn returning_to(&self) -> Option<&CampaignId> {
        self.returning_to.as_ref()
    }

    pub fn conflicts(&self) -> &BTreeMap<PlanId, Option<Plan>> {
        &self.conflicts
    }

    pub fn outside_note(&self) -> Option<&Said> {
        self.outside_note.as_ref()
    }

    /// Whether a plan has changes not yet written.
    pub fn is_dirty(&self, id: &PlanId) -> bool {
        self.dirty.contains_key(id)
    }

    pub fn save_status(&self) -> SaveStatus {
        match (&self.save_error, self.conflicts.is_empty()) {
            (Some(error), _) => SaveStatus::NotSaved(error.said()),
            (None, false) => SaveStatus::NotSaved(said!(
                "a plan was changed in another tab; choose which version to keep"
            )),
            (None, true) if self.saved_revision < self.revision => SaveStatus::Saving,
            (None, true) if self.workspace.is_empty() => SaveStatus::NoPlans,
            (None, true) => SaveStatus::Saved,
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.saved_revision < self.revision
    }

    /// The name a plan in conflict goes by, for messages.
    pub fn conflict_name(&self, id: &PlanId) -> String {
        self.workspace
            .plan(id)
            .map(|p| p.name.to_string())
            .or_else(|| {
                self.conflicts
                    .get(id)
                    .and_then(|theirs| theirs.as_ref())
                    .map(|p| p.name.to_string())
            })
            .unwrap_or_else(|| "A plan".to_owned())
    }

    /// Takes in one event; answers what the shell must do.
    pub fn handle(&mut self, event: Event) -> Vec<Effect> {
        let before = self.revision;
        let mut effects = Vec::new();
        match event {
            Event::Apply(command) => self.apply(command),
            Event::Archive(id) => {
                self.apply(Command::DeletePlan { id });
                if let Some(deleted) = &mut self.deleted {
                    deleted.archived = true;
                }
            }
            Event::Undo => {
                if let Some(earlier) = self.history.undo(&self.workspace) {
                    self.travel(earlier);
                }
            }
            Event::Redo => {
                if let Some(later) = self.history.redo(&self.workspace) {
                    self.travel(later);
                }
            }
            Event::LeftEmpty(made) => {
                if let Some(before) = self.history.forget_made(&self.workspace, &made) {
                    self.travel(before);
                }
            }
            Event::UndoDelete => {
                if let Some(Deleted { plan, position, .. }) = self.deleted.take() {
                    self.apply(Command::RestorePlan { plan, position });
                }
            }
            Event::DismissDeleted => self.deleted = None,
            Event::DismissProblem => self.problem = None,
            Event::DismissRepaired => self.repaired.clear(),
            Event::ReturnTo(campaign) => self.returning_to = campaign,
            Event::KeepMine { id, copy, at, word } => {
                if self.conflicts.contains_key(&id) {
                    effects.push(Effect::AcceptStored(id.clone()));
                }
                self.keep_mine(&id, copy, at, word);
            }
            Event::TakeTheirs { id } => {
                if let Some(theirs) = self.conflicts.remove(&id) {
                    effects.push(Effect::AcceptStored(id.clone()));
                    self.take_outside(&id, theirs);
                }
            }
            Event::Refused(error) => self.save_error = Some(error),
            Event::Discarded { key } => self.unreadable.retain(|u| u.key != key),
            Event::SaveDue | Event::Hidden => effects = self.save(),
            Event::Wrote { revision, outcomes } => effects = self.wrote(revision, outcomes),
            Event::Outside(change) => self.outside(change),
        }
        if self.revision != before {
            // Each change restarts the wait, so a burst of keys makes one write.
            effects.push(Effect::SaveAfter { ms: SAVE_DELAY_MS });
        }
        effects
    }

    fn workspace_mut(&mut self) -> &mut Workspace {
        Rc::make_mut(&mut self.workspace)
    }

    fn bump(&mut self) -> u64 {
        self.revision += 1;
        self.revision
    }

    fn record(&mut self, change: Change) {
        // Opening a plan counts too: the last-open key is written with the save.
        let revision = self.bump();
        match change {
            Change::Saved(id) => {
                self.removed.remove(&id);
                self.dirty.insert(id, revision);
            }
            Change::Deleted { plan, position } => {
                self.dirty.remove(&plan.id);
                self.removed.insert(plan.id.clone(), revision);
                self.deleted = Some(Deleted {
                    plan,
                    position,
                    archived: false,
                });
            }
            Change::Opened(_) => {}
        }
    }

    fn apply(&mut self, command: Command) {
        let before = Workspace::clone(&self.workspace);
        let recorded = command.clone();
        match self.workspace_mut().apply(command) {
            Ok(change) => {
                self.problem = None;
                self.history.record(before, &recorded);
                self.record(change);
            }
            Err(error) => self.problem = Some(error.said()),
        }
    }

    /// Moves to an earlier or later state, marking what differs for saving.
    fn travel(&mut self, to: Workspace) {
        let revision = self.bump();
        for id in self.workspace.all_ids(&to) {
            if self.workspace.shares_plan(&to, &id) {
                continue;
            }
            if to.plan(&id).is_some() {
                self.removed.remove(&id);
                self.dirty.insert(id, revision);
            } else {
                self.dirty.remove(&id);
                self.removed.insert(id, revision);
            }
        }
        self.workspace_mut().restore(&to);
        self.deleted = None;
        self.problem = None;
    }

    /// The writes that bring storage up to date, in order: removals, plans,
    /// then the open plan's id. Plans in conflict wait for the user's choice;
    /// plans from a newer version are never written.
    fn save(&mut self) -> Vec<Effect> {
        if !self.has_unsaved_changes() {
            return Vec::new();
        }
        let mut effects = Vec::new();
        for id in self.removed.keys() {
            // An undone deletion is back in the workspace: its key must stay.
            if self.workspace.plan(id).is_none() && !self.conflicts.contains_key(id) {
                effects.push(Effect::Remove(id.clone()));
            }
        }
        for id in self.dirty.keys() {
            if self.conflicts.contains_key(id) || self.workspace.is_read_only(id) {
                continue;
            }
            if let Some(plan) = self.workspace.shared_plan(id) {
                effects.push(Effect::Write(plan));
            }
        }
        effects.push(Effect::SetLastOpen(self.workspace.current_id().cloned()));
        effects
    }

    /// Settles a save: what was written is saved; a conflict waits for the
    /// user (unless storage holds this very plan); a failure is shown and
    /// retried later, every plan still unsaved.
    fn wrote(&mut self, revision: u64, outcomes: Vec<Outcome>) -> Vec<Effect> {
        let mut effects = Vec::new();
        let mut error = None;
        let mut held = Vec::new();
        for outcome in outcomes {
            match outcome {
                Outcome::Done => {}
                Outcome::Conflict { id, theirs } => {
                    let theirs = theirs.map(|plan| *plan);
                    if theirs.is_some() && theirs.as_ref() == self.workspace.plan(&id) {
                        // Another tab stored this very plan (rewriting an
                        // earlier version's save compactly, say): it is saved.
                        effects.push(Effect::AcceptStored(id));
                        continue;
                    }
                    self.conflicts.insert(id.clone(), theirs);
                    held.push(id);
                }
                Outcome::Failed(failure) => {
                    error.get_or_insert(failure);
                }
            }
        }
        if let Some(error) = error {
            self.save_error = Some(error);
            let wait = self.retry_ms.unwrap_or(RETRY_FIRST_MS);
            self.retry_ms = Some(wait.saturating_mul(2).min(RETRY_MAX_MS));
            effects.push(Effect::SaveAfter { ms: wait });
            return effects;
        }
        held.extend(self.conflicts.keys().cloned());
        self.saved_revision = self.saved_revision.max(revision);
        self.dirty
            .retain(|id, changed| *changed > revision || held.contains(id));
        self.removed
            .retain(|id, changed| *changed > revision || held.contains(id));
        self.save_error = None;
        self.retry_ms = None;
        effects
    }

    /// Takes in another tab's version of a plan (or its deletion), everywhere:
    /// the workspace and every state the history keeps.
    fn take_outside(&mut self, id: &PlanId, theirs: Option<Plan>) {
        match theirs {
            Some(plan) => {
                self.history.adopt(&plan);
                self.workspace_mut().adopt(plan);
            }
            None => {
                self.history.forget(id);
                self.workspace_mut().forget(id);
            }
        }
        self.dirty.remove(id);
        self.removed.remove(id);
    }

    fn outside(&mut self, change: Outside) {
        match change {
            Outside::Saved(plan) => {
                let plan = *plan;
                let id = plan.id.clone();
                if self.workspace.plan(&id) == Some(&plan) {
                    // The same plan written again (an earlier version's save
                    // rewritten compactly, say): nothing to choose between.
                    self.dirty.remove(&id);
                } else if self.dirty.contains_key(&id) || self.removed.contains_key(&id) {
                    self.conflicts.insert(id, Some(plan));
                } else {
                    let name = Said::value(&plan.name);
                    self.outside_note = Some(said!("“{}” was updated in another tab.", name));
                    self.take_outside(&id, Some(plan));
                }
            }
            Outside::Deleted(id) => {
                if self.dirty.contains_key(&id) {
                    self.conflicts.insert(id, None);
                } else if let Some(plan) = self.workspace.plan(&id) {
                    let name = Said::value(&plan.name);
                    self.outside_note = Some(said!("“{}” was deleted in another tab.", name));
                    self.take_outside(&id, None);
                }
            }
            Outside::Unreadable(unreadable) => {
                self.unreadable.retain(|u| u.key != unreadable.key);
                self.unreadable.push(unreadable);
            }
        }
    }

    /// This tab's version of a conflicted plan goes on as a copy; the plan itself
    /// takes the other tab's version.
    fn keep_mine(&mut self, id: &PlanId, copy: PlanId, at: DateTime<Utc>, word: &str) {
        let Some(theirs) = self.conflicts.remove(id) else {
            return;
        };
        if let Some(mine) = self.workspace.plan(id).cloned() {
            let name = mine.name.with_suffix(word);
            let mut kept = Plan {
                id: copy,
                name,
                ..mine
            };
            kept.updated = at;
            self.apply(Command::AddPlan {
                plan: Box::new(kept),
            });
        }
        self.take_outside(id, theirs);
    }
}
