//! The workspace: every plan the user keeps side by side, and which one is open.

use super::calendar::CalendarEdit;
use super::campaign::Campaign;
use super::id::CampaignId;
use super::id::PlanId;
use super::id::{InsightId, ReviewId};
use super::learning::{Insight, Review};
use super::name::PlanName;
use super::piece::Piece;
use super::plan::Plan;
use super::revisions::keep_results;
use super::strategy::{ItemEdit, Strategy, StrategyEdit};
use super::{said, Said};
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;
use std::rc::Rc;

/// Plans are shared, not copied, between a workspace and its earlier states
/// (the undo history): an edit copies only the plan it changes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workspace {
    plans: Vec<Rc<Plan>>,
    current: Option<PlanId>,
    /// Plans saved by a newer version of the planner: shown, never changed here.
    read_only: BTreeSet<PlanId>,
}

/// A change the user asks for. Ids and times come from the shell.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    CreatePlan {
        id: PlanId,
        name: PlanName,
        at: DateTime<Utc>,
    },
    RenamePlan {
        id: PlanId,
        name: PlanName,
        at: DateTime<Utc>,
    },
    DuplicatePlan {
        source: PlanId,
        copy: PlanId,
        at: DateTime<Utc>,
        /// The word a copy's name is marked with, in the language shown:
        /// "Acme (copy)", "Acme (copy 2)".
        word: &'static str,
    },
    DeletePlan {
        id: PlanId,
    },
    /// Puts a deleted plan back where it was (the undo of `DeletePlan`).
    RestorePlan {
        plan: Box<Plan>,
        position: usize,
    },
    OpenPlan {
        id: PlanId,
    },
    /// Adds a whole plan made elsewhere (the example, an import) and opens it.
    AddPlan {
        plan: Box<Plan>,
    },
    /// Puts a plan (an import) in place of the one with its id.
    ReplacePlan {
        plan: Box<Plan>,
    },
    EditPlan {
        id: PlanId,
        edit: PlanEdit,
        at: DateTime<Utc>,
    },
}

/// Edits to a plan's own fields.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanEdit {
    Brand(String),
    About(String),
    /// The code of the currency its money is counted in, or empty.
    Currency(String),
    Strategy(Box<StrategyEdit>),
    Campaign(Box<ItemEdit<Campaign, CampaignId>>),
    Calendar(Box<CalendarEdit>),
    Insight(Box<ItemEdit<Insight, InsightId>>),
    Review(Box<ItemEdit<Review, ReviewId>>),
    /// Starts adapting the strategy from an insight, or stops.
    Adapt(Option<InsightId>),
    /// Puts the strategy back as it stood after a revision: itself a new
    /// revision.
    Restore(u32),
}

/// What a command did, so the shell knows what to save and what to offer to undo.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// These plans changed and need saving.
    Saved(PlanId),
    /// A plan left the workspace; `position` lets an undo put it back in place.
    Deleted { plan: Box<Plan>, position: usize },
    /// Only the open plan changed.
    Opened(PlanId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    UnknownPlan(PlanId),
    IdTaken(PlanId),
    ReadOnly(PlanId),
    /// A campaign was added to a plan whose strategy cannot carry one yet.
    StrategyNotReady(Vec<super::readiness::Missing>),
    NoSuchRevision(u32),
}

impl CommandError {
    /// What went wrong, in words to say.
    pub fn said(&self) -> Said {
        match self {
            Self::UnknownPlan(_) => said!("That plan no longer exists; it may have been deleted."),
            Self::IdTaken(_) => said!("A plan with this id already exists."),
            Self::ReadOnly(_) => said!(
                "This plan was saved by a newer version of the planner, so it is read-only here."
            ),
            // "No campaign without a strategy: it still needs a persona …; a profile …."
            Self::StrategyNotReady(missing) => said!(
                "No campaign without a strategy: it still needs {}.",
                super::readiness::Missing::joined(missing)
            ),
            Self::NoSuchRevision(_) => {
                said!("That revision of the strategy is no longer kept, or cannot be read.")
            }
        }
    }
}

crate::plan::said_error!(CommandError);

/// Whether an edit changed the strategy at all (a field no longer the same
/// value), so an edit that changed nothing costs no comparison.
fn differs_at_all(before: &Piece<Strategy>, after: &Piece<Strategy>) -> bool {
    !Piece::same(before, after) && **before != **after
}

impl Workspace {
    /// Builds the workspace from plans read from storage, in the order they were
    /// created, opening the one used last if it is still there.
    pub fn from_saved(mut plans: Vec<Plan>, last_open: Option<PlanId>) -> Self {
        super::order::sort_by(&mut plans, |a, b| {
            a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id))
        });
        plans.dedup_by(|a, b| a.id == b.id);
        let plans: Vec<Rc<Plan>> = plans.into_iter().map(Rc::new).collect();
        let current = last_open
            .filter(|id| plans.iter().any(|p| &p.id == id))
            .or_else(|| plans.iter().max_by_key(|p| p.updated).map(|p| p.id.clone()));
        Self {
            plans,
            current,
            read_only: BTreeSet::new(),
        }
    }

    /// Keeps a plan from being changed: it was saved by a newer version.
    pub fn mark_read_only(&mut self, id: PlanId) {
        self.read_only.insert(id);
    }

    pub fn is_read_only(&self, id: &PlanId) -> bool {
        self.read_only.contains(id)
    }

    fn ensure_writable(&self, id: &PlanId) -> Result<(), CommandError> {
        match self.read_only.contains(id) {
            true => Err(CommandError::ReadOnly(id.clone())),
            false => Ok(()),
        }
    }

    pub fn plans(&self) -> impl Iterator<Item = &Plan> + '_ {
        self.plans.iter().map(|p| p.as_ref())
    }

    /// The plans as shared, to hand out without copying them.
    pub fn shared_plans(&self) -> impl Iterator<Item = &Rc<Plan>> + '_ {
        self.plans.iter()
    }

    pub fn len(&self) -> usize {
        self.plans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plans.is_empty()
    }

    pub fn plan(&self, id: &PlanId) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id).map(|p| p.as_ref())
    }

    /// A plan as shared, to hand out (to a save, say) without copying it.
    pub fn shared_plan(&self, id: &PlanId) -> Option<Rc<Plan>> {
        self.plans.iter().find(|p| &p.id == id).cloned()
    }

    /// Whether this plan is the very same value (not merely equal) in both
    /// workspaces: cheap, and enough to tell which plans an undo changed.
    pub fn shares_plan(&self, other: &Workspace, id: &PlanId) -> bool {
        let find = |w: &Workspace| w.plans.iter().find(|p| &p.id == id).cloned();
        match (find(self), find(other)) {
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            (None, None) => true,
            _ => false,
        }
    }

    /// Ids of every plan in either workspace.
    pub fn all_ids<'a>(&'a self, other: &'a Workspace) -> Vec<PlanId> {
        let mut ids: Vec<PlanId> = self
            .plans
            .iter()
            .chain(&other.plans)
            .map(|p| p.id.clone())
            .collect();
        super::order::sort(&mut ids);
        ids.dedup();
        ids
    }

    /// Takes in a plan as saved elsewhere (another tab): replaces the plan with its
    /// id where it stands, or adds it. Not a user's change: nothing to undo.
    pub fn adopt(&mut self, plan: Plan) {
        match self.plans.iter_mut().find(|p| p.id == plan.id) {
            Some(slot) => *slot = Rc::new(plan),
            None => self.plans.push(Rc::new(plan)),
        }
        if self.current.is_none() {
            self.current = self.plans.first().map(|p| p.id.clone());
        }
    }

    /// Lets go of a plan deleted elsewhere, opening a neighbour if it was open.
    pub fn forget(&mut self, id: &PlanId) {
        if let Some(position) = self.plans.iter().position(|p| &p.id == id) {
            self.plans.remove(position);
            if self.current.as_ref() == Some(id) {
                let next = position.min(self.plans.len().saturating_sub(1));
                self.current = self.plans.get(next).map(|p| p.id.clone());
            }
        }
    }

    /// Moves to an earlier or later state (undo, redo), keeping the open plan when
    /// it still exists there.
    pub fn restore(&mut self, earlier: &Workspace) {
        let current = self.current.clone();
        self.plans = earlier.plans.clone();
        self.current = current
            .filter(|id| self.plans.iter().any(|p| &p.id == id))
            .or_else(|| earlier.current.clone())
            .filter(|id| self.plans.iter().any(|p| &p.id == id))
            .or_else(|| self.plans.first().map(|p| p.id.clone()));
    }

    pub fn current_id(&self) -> Option<&PlanId> {
        self.current.as_ref()
    }

    /// The open plan as shared: two handles to one unchanged plan are the same
    /// pointer, which makes "did it change?" cheap for a view of thousands of posts.
    pub fn current_shared(&self) -> Option<Rc<Plan>> {
        let id = self.current.as_ref()?;
        self.plans.iter().find(|p| &p.id == id).cloned()
    }

    pub fn current(&self) -> Option<&Plan> {
        self.current.as_ref().and_then(|id| self.plan(id))
    }

    fn position(&self, id: &PlanId) -> Result<usize, CommandError> {
        self.plans
            .iter()
            .position(|p| &p.id == id)
            .ok_or_else(|| CommandError::UnknownPlan(id.clone()))
    }

    fn ensure_free(&self, id: &PlanId) -> Result<(), CommandError> {
        match self.plan(id) {
            Some(_) => Err(CommandError::IdTaken(id.clone())),
            None => Ok(()),
        }
    }

    /// A name for a copy that no other plan already has: "X (copy)", "X (copy 2)"…
    fn copy_name(&self, of: &PlanName, word: &str) -> PlanName {
        (1..)
            .map(|n| match n {
                1 => of.with_suffix(word),
                n => of.with_suffix(&format!("{word} {n}")),
            })
            .find(|name| self.plans.iter().all(|p| &p.name != name))
            .unwrap_or_else(|| of.clone())
    }

    pub fn apply(&mut self, command: Command) -> Result<Change, CommandError> {
        match &command {
            Command::RenamePlan { id, .. }
            | Command::DeletePlan { id }
            | Command::EditPlan { id, .. } => self.ensure_writable(id)?,
            Command::ReplacePlan { plan } => self.ensure_writable(&plan.id)?,
            _ => {}
        }
        match command {
            Command::CreatePlan { id, name, at } => {
                self.ensure_free(&id)?;
                self.plans.push(Rc::new(Plan::new(id.clone(), name, at)));
                self.current = Some(id.clone());
                Ok(Change::Saved(id))
            }
            Command::RenamePlan { id, name, at } => {
                let index = self.position(&id)?;
                let plan = Rc::make_mut(&mut self.plans[index]);
                plan.name = name;
                plan.updated = at;
                Ok(Change::Saved(id))
            }
            Command::DuplicatePlan {
                source,
                copy,
                at,
                word,
            } => {
                self.ensure_free(&copy)?;
                let index = self.position(&source)?;
                let mut duplicate = Plan::clone(&self.plans[index]);
                duplicate.name = self.copy_name(&duplicate.name, word);
                duplicate.id = copy.clone();
                duplicate.created = at;
                duplicate.updated = at;
                self.plans.insert(index + 1, Rc::new(duplicate));
                Ok(Change::Saved(copy))
            }
            Command::DeletePlan { id } => {
                let position = self.position(&id)?;
                let plan = self.plans.remove(position);
                if self.current.as_ref() == Some(&id) {
                    // Open the neighbour, so the user is never left on a vanished plan.
                    let next = position.min(self.plans.len().saturating_sub(1));
                    self.current = self.plans.get(next).map(|p| p.id.clone());
                }
                Ok(Change::Deleted {
                    plan: Box::new(Rc::unwrap_or_clone(plan)),
                    position,
                })
            }
            Command::AddPlan { plan } => {
                self.ensure_free(&plan.id)?;
                let id = plan.id.clone();
                self.plans.push(Rc::new(*plan));
                self.current = Some(id.clone());
                Ok(Change::Saved(id))
            }
            Command::ReplacePlan { plan } => {
                let index = self.position(&plan.id)?;
                let id = plan.id.clone();
                self.plans[index] = Rc::new(*plan);
                self.current = Some(id.clone());
                Ok(Change::Saved(id))
            }
            Command::RestorePlan { plan, position } => {
                self.ensure_free(&plan.id)?;
                let id = plan.id.clone();
                let position = position.min(self.plans.len());
                self.plans.insert(position, Rc::new(*plan));
                self.current = Some(id.clone());
                Ok(Change::Saved(id))
            }
            Command::OpenPlan { id } => {
                self.position(&id)?;
                self.current = Some(id.clone());
                Ok(Change::Opened(id))
            }
            Command::EditPlan { id, edit, at } => {
                let index = self.position(&id)?;
                if let PlanEdit::Campaign(edit) = &edit {
                    let plan = &self.plans[index];
                    // Only an addition is judged: an edit of a campaign in
                    // place needs no look at the strategy.
                    if matches!(&**edit, ItemEdit::Put(c) if plan.campaign(&c.id).is_none()) {
                        let blockers = plan.campaign_blockers();
                        if !blockers.is_empty() {
                            return Err(CommandError::StrategyNotReady(blockers));
                        }
                    }
                }
                // A restore's strategy, read once, before anything changes.
                let restored = match &edit {
                    PlanEdit::Restore(number) => Some(
                        self.plans[index]
                            .revisions
                            .strategy_at(*number)
                            .ok_or(CommandError::NoSuchRevision(*number))?,
                    ),
                    _ => None,
                };
                let plan = Rc::make_mut(&mut self.plans[index]);
                match edit {
                    PlanEdit::Brand(text) => plan.brand = text,
                    PlanEdit::About(text) => plan.about = text,
                    PlanEdit::Currency(code) => plan.currency = code,
                    PlanEdit::Strategy(edit) => {
                        let before = plan.strategy.clone();
                        plan.strategy.apply(*edit);
                        let insight = plan.adapting.clone();
                        let closed = plan.reviews.iter().map(|r| r.at).max();
                        let (revisions, strategy) = (&mut plan.revisions, &plan.strategy);
                        if differs_at_all(&before, strategy) {
                            revisions.record(&before, strategy, at, insight.as_ref(), closed);
                        }
                    }
                    PlanEdit::Campaign(edit) => edit.apply(&mut plan.campaigns),
                    PlanEdit::Calendar(edit) => plan.calendar.apply(*edit),
                    PlanEdit::Insight(edit) => {
                        if let ItemEdit::Remove(id) = &*edit {
                            if plan.adapting.as_ref() == Some(id) {
                                plan.adapting = None;
                            }
                        }
                        edit.apply(&mut plan.insights)
                    }
                    PlanEdit::Review(edit) => edit.apply(&mut plan.reviews),
                    PlanEdit::Adapt(insight) => plan.adapting = insight,
                    PlanEdit::Restore(number) => {
                        if let Some(restored) = restored {
                            let before = plan.strategy.clone();
                            plan.strategy = Piece::new(keep_results(restored, &before));
                            let strategy = &plan.strategy;
                            plan.revisions.record_restore(&before, strategy, at, number);
                        }
                    }
                }
                plan.updated = at;
                Ok(Change::Saved(id))
            }
        }
    }
}
