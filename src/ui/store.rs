//! The app's state: the workspace of plans plus what the shell must remember about
//! saving, and one reducer over the domain's commands, shared by a context.

use crate::plan::{CampaignId, Change, Command, Plan, PlanId, Workspace};
use crate::storage::{Loaded, PlanStore, StorageError, Unreadable};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// A deleted plan, kept so the deletion can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub plan: Box<Plan>,
    pub position: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub workspace: Workspace,
    /// Counts every change; saves report the revision they wrote.
    pub revision: u64,
    pub saved_revision: u64,
    /// Plans changed since their last save, with the revision of the latest change.
    pub dirty: BTreeMap<PlanId, u64>,
    /// Plans deleted whose stored copy is still to be removed.
    pub removed: BTreeMap<PlanId, u64>,
    pub save_error: Option<StorageError>,
    /// Values under our prefix that could not be read at start; left untouched.
    pub unreadable: Vec<Unreadable>,
    pub undo: Option<Deleted>,
    /// The last command the workspace refused, in words.
    pub problem: Option<String>,
    /// A campaign the user left to add something to the strategy, to return to.
    pub returning_to: Option<CampaignId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved(String),
}

pub enum Action {
    Apply(Command),
    UndoDelete,
    DismissUndo,
    DismissProblem,
    ReturnTo(Option<CampaignId>),
    Saved { revision: u64 },
    SaveFailed { error: StorageError },
}

pub type Store = UseReducerHandle<State>;

impl State {
    /// The state at start: whatever storage holds, and what it could not read.
    pub fn from_storage(store: &PlanStore) -> Self {
        match store.load() {
            Ok(Loaded {
                plans,
                unreadable,
                last_open,
            }) => Self {
                workspace: Workspace::from_saved(plans, last_open),
                unreadable,
                ..Self::default()
            },
            Err(error) => Self {
                save_error: Some(error),
                ..Self::default()
            },
        }
    }

    pub fn save_status(&self) -> SaveStatus {
        match &self.save_error {
            Some(error) => SaveStatus::NotSaved(error.to_string()),
            None if self.saved_revision < self.revision => SaveStatus::Saving,
            None => SaveStatus::Saved,
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.saved_revision < self.revision
    }

    fn record(&mut self, change: Change) {
        self.revision += 1;
        let revision = self.revision;
        match change {
            Change::Saved(id) => {
                self.dirty.insert(id, revision);
            }
            Change::Deleted { plan, position } => {
                self.dirty.remove(&plan.id);
                self.removed.insert(plan.id.clone(), revision);
                self.undo = Some(Deleted { plan, position });
            }
            Change::Opened(_) => {}
        }
    }

    fn apply(&mut self, command: Command) {
        match self.workspace.apply(command) {
            Ok(change) => {
                self.problem = None;
                self.record(change);
            }
            Err(error) => self.problem = Some(error.to_string()),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::Apply(command) => next.apply(command),
            Action::UndoDelete => {
                if let Some(Deleted { plan, position }) = next.undo.take() {
                    next.apply(Command::RestorePlan { plan, position });
                }
            }
            Action::DismissUndo => next.undo = None,
            Action::DismissProblem => next.problem = None,
            Action::ReturnTo(campaign) => next.returning_to = campaign,
            Action::Saved { revision } => {
                next.saved_revision = next.saved_revision.max(revision);
                next.dirty.retain(|_, changed| *changed > revision);
                next.removed.retain(|_, changed| *changed > revision);
                next.save_error = None;
            }
            Action::SaveFailed { error } => next.save_error = Some(error),
        }
        Rc::new(next)
    }
}

/// Writes what changed since the last save. Every plan is tried even if one fails,
/// so one bad write never holds the others back; the first error is returned.
pub fn persist(store: &PlanStore, state: &State) -> Result<(), StorageError> {
    let mut first_error = None;
    let mut keep = |result: Result<(), StorageError>| {
        if let Err(error) = result {
            first_error.get_or_insert(error);
        }
    };
    for id in state.removed.keys() {
        // An undone deletion is back in the workspace: its key must stay.
        if state.workspace.plan(id).is_none() {
            keep(store.delete_plan(id));
        }
    }
    for id in state.dirty.keys() {
        if let Some(plan) = state.workspace.plan(id) {
            keep(store.save_plan(plan));
        }
    }
    keep(store.set_last_open(state.workspace.current_id()));
    first_error.map_or(Ok(()), Err)
}

#[hook]
pub fn use_store() -> Store {
    use wasm_bindgen::UnwrapThrowExt;
    use_context::<Store>().expect_throw("the app provides the store to every component")
}
