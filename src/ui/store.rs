//! The app's state: the workspace of plans, its undo history, and what the shell
//! must remember about saving and about other tabs; one reducer over the
//! domain's commands, shared by a context.

use crate::plan::{CampaignId, Change, Command, History, Plan, PlanId, Workspace};
use crate::storage::{Loaded, Outside, PlanStore, Repaired, StorageError, Unreadable};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Data as component props, compared by identity rather than contents: cheap
/// to clone and compare however big it is, and exact, because what a
/// component holds is never changed in place (an edit makes a new one, and
/// the space is measured anew).
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// A plan as component props.
pub type SharedPlan = Shared<Plan>;

/// A deleted plan, kept so the deletion can be undone from its notice.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub plan: Box<Plan>,
    pub position: usize,
    /// Saved to a file before it left the browser.
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub workspace: Workspace,
    pub history: History,
    /// Counts every change; saves report the revision they wrote.
    pub revision: u64,
    pub saved_revision: u64,
    /// Plans changed since their last save, with the revision of the latest change.
    pub dirty: BTreeMap<PlanId, u64>,
    /// Plans deleted whose stored copy is still to be removed.
    pub removed: BTreeMap<PlanId, u64>,
    pub save_error: Option<StorageError>,
    /// Values under our prefix that could not be read; left untouched.
    pub unreadable: Vec<Unreadable>,
    /// Plans that loaded only after repairs, and what was repaired.
    pub repaired: Vec<Repaired>,
    pub deleted: Option<Deleted>,
    /// The last command the workspace refused, in words.
    pub problem: Option<String>,
    /// A campaign the user left to add something to the strategy, to return to.
    pub returning_to: Option<CampaignId>,
    /// Plans another tab changed (`Some`) or deleted (`None`) while this tab had
    /// unsaved edits to them: neither side is written until the user chooses.
    pub conflicts: BTreeMap<PlanId, Option<Plan>>,
    /// What was last taken from another tab, to say so.
    pub outside_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved(String),
}

pub enum Action {
    Apply(Command),
    /// Deletes a plan just exported to a file, and says so.
    Archive(PlanId),
    Undo,
    Redo,
    UndoDelete,
    DismissDeleted,
    DismissProblem,
    DismissRepaired,
    ReturnTo(Option<CampaignId>),
    Saved {
        revision: u64,
        /// Plans a save skipped or could not write for a conflict: still unsaved.
        except: Vec<PlanId>,
    },
    SaveFailed {
        error: StorageError,
    },
    /// Another tab saved or deleted a plan, or wrote something unreadable.
    Outside(Outside),
    /// A save found the plan changed by another tab since this one read it.
    Conflict {
        id: PlanId,
        theirs: Option<Box<Plan>>,
    },
    /// Keeps this tab's version of a conflicted plan as a new copy.
    KeepMine {
        id: PlanId,
        copy: PlanId,
        at: DateTime<Utc>,
    },
    TakeTheirs {
        id: PlanId,
    },
    /// The user removed an unreadable value.
    Discarded {
        key: String,
    },
}

pub type Store = UseReducerHandle<State>;

/// The storage behind the app, shared with the components that read it directly
/// (downloads of unreadable data, the space used) or settle conflicts.
#[derive(Clone)]
pub struct Storage(pub Rc<PlanStore>);

impl PartialEq for Storage {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[hook]
pub fn use_storage() -> Rc<PlanStore> {
    use wasm_bindgen::UnwrapThrowExt;
    use_context::<Storage>()
        .expect_throw("the app provides its storage to every component")
        .0
}

impl State {
    /// The state at start: whatever storage holds, and what it could not read.
    pub fn from_storage(store: &PlanStore) -> Self {
        match store.load() {
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
                let mut state = Self {
                    workspace,
                    unreadable,
                    ..Self::default()
                };
                // Repaired plans are saved repaired (their originals are kept),
                // and plans an earlier version kept in plain JSON are written
                // again compactly: both only once they have loaded.
                let rewrite: Vec<&PlanId> =
                    repaired.iter().map(|p| &p.id).chain(plain.iter()).collect();
                if !rewrite.is_empty() {
                    state.revision = 1;
                    for id in rewrite {
                        state.dirty.insert(id.clone(), 1);
                    }
                }
                state.repaired = repaired;
                state
            }
            Err(error) => Self {
                save_error: Some(error),
                ..Self::default()
            },
        }
    }

    pub fn save_status(&self) -> SaveStatus {
        match (&self.save_error, self.conflicts.is_empty()) {
            (Some(error), _) => SaveStatus::NotSaved(error.to_string()),
            (None, false) => SaveStatus::NotSaved(
                "a plan was changed in another tab; choose which version to keep".to_owned(),
            ),
            (None, true) if self.saved_revision < self.revision => SaveStatus::Saving,
            (None, true) => SaveStatus::Saved,
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.saved_revision < self.revision
    }

    fn bump(&mut self) -> u64 {
        self.revision += 1;
        self.revision
    }

    fn record(&mut self, change: Change) {
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
        let before = self.workspace.clone();
        match self.workspace.apply(command.clone()) {
            Ok(change) => {
                self.problem = None;
                self.history.record(before, &command);
                self.record(change);
            }
            Err(error) => self.problem = Some(error.to_string()),
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
        self.workspace.restore(&to);
        self.deleted = None;
        self.problem = None;
    }

    /// Takes in another tab's version of a plan (or its deletion), everywhere:
    /// the workspace and every state the history keeps.
    fn take_outside(&mut self, id: &PlanId, theirs: Option<Plan>) {
        match theirs {
            Some(plan) => {
                self.history.adopt(&plan);
                self.workspace.adopt(plan);
            }
            None => {
                self.history.forget(id);
                self.workspace.forget(id);
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
                } else if self.workspace.plan(&id) != Some(&plan) {
                    self.outside_note =
                        Some(format!("“{}” was updated in another tab.", plan.name));
                    self.take_outside(&id, Some(plan));
                }
            }
            Outside::Deleted(id) => {
                if self.dirty.contains_key(&id) {
                    self.conflicts.insert(id, None);
                } else if let Some(plan) = self.workspace.plan(&id) {
                    self.outside_note =
                        Some(format!("“{}” was deleted in another tab.", plan.name));
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
    fn keep_mine(&mut self, id: &PlanId, copy: PlanId, at: DateTime<Utc>) {
        let Some(theirs) = self.conflicts.remove(id) else {
            return;
        };
        if let Some(mine) = self.workspace.plan(id).cloned() {
            let name = mine.name.with_suffix(" (this tab's copy)");
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

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::Apply(command) => next.apply(command),
            Action::Archive(id) => {
                next.apply(Command::DeletePlan { id });
                if let Some(deleted) = &mut next.deleted {
                    deleted.archived = true;
                }
            }
            Action::Undo => {
                if let Some(earlier) = next.history.undo(&next.workspace) {
                    next.travel(earlier);
                }
            }
            Action::Redo => {
                if let Some(later) = next.history.redo(&next.workspace) {
                    next.travel(later);
                }
            }
            Action::UndoDelete => {
                if let Some(Deleted { plan, position, .. }) = next.deleted.take() {
                    next.apply(Command::RestorePlan { plan, position });
                }
            }
            Action::DismissDeleted => next.deleted = None,
            Action::DismissProblem => next.problem = None,
            Action::DismissRepaired => next.repaired.clear(),
            Action::ReturnTo(campaign) => next.returning_to = campaign,
            Action::Saved { revision, except } => {
                next.saved_revision = next.saved_revision.max(revision);
                next.dirty
                    .retain(|id, changed| *changed > revision || except.contains(id));
                next.removed
                    .retain(|id, changed| *changed > revision || except.contains(id));
                next.save_error = None;
            }
            Action::SaveFailed { error } => next.save_error = Some(error),
            Action::Outside(change) => next.outside(change),
            Action::Conflict { id, theirs } => {
                next.conflicts.insert(id, theirs.map(|plan| *plan));
            }
            Action::KeepMine { id, copy, at } => next.keep_mine(&id, copy, at),
            Action::TakeTheirs { id } => {
                if let Some(theirs) = next.conflicts.remove(&id) {
                    next.take_outside(&id, theirs);
                }
            }
            Action::Discarded { key } => next.unreadable.retain(|u| u.key != key),
        }
        Rc::new(next)
    }
}

/// What a save did not write.
#[derive(Debug, Default)]
pub struct Unsaved {
    /// Plans another tab changed since this one read them.
    pub conflicts: Vec<PlanId>,
    /// The first other failure, if any.
    pub error: Option<StorageError>,
}

/// Writes what changed since the last save. Every plan is tried even if one
/// fails, so one bad write never holds the others back. Plans in conflict are
/// not written until the user chooses.
pub fn persist(store: &PlanStore, state: &State) -> Unsaved {
    let mut unsaved = Unsaved::default();
    let mut keep = |result: Result<(), StorageError>| match result {
        Ok(()) => {}
        Err(StorageError::Conflict(id)) => unsaved.conflicts.push(id),
        Err(error) => {
            unsaved.error.get_or_insert(error);
        }
    };
    for id in state.removed.keys() {
        // An undone deletion is back in the workspace: its key must stay.
        if state.workspace.plan(id).is_none() && !state.conflicts.contains_key(id) {
            keep(store.delete_plan(id));
        }
    }
    for id in state.dirty.keys() {
        if state.conflicts.contains_key(id) || state.workspace.is_read_only(id) {
            continue;
        }
        if let Some(plan) = state.workspace.plan(id) {
            keep(store.save_plan(plan));
        }
    }
    keep(store.set_last_open(state.workspace.current_id()));
    unsaved
}

/// The name a plan in conflict goes by, for messages.
pub fn conflict_name(state: &State, id: &PlanId) -> String {
    state
        .workspace
        .plan(id)
        .map(|p| p.name.to_string())
        .or_else(|| {
            state
                .conflicts
                .get(id)
                .cloned()
                .flatten()
                .map(|p| p.name.to_string())
        })
        .unwrap_or_else(|| "A plan".to_owned())
}

#[hook]
pub fn use_store() -> Store {
    use wasm_bindgen::UnwrapThrowExt;
    use_context::<Store>().expect_throw("the app provides the store to every component")
}
