//! Undo and redo: earlier states of the workspace, each with what changed in
//! words. Keystrokes in one field within a moment make one step, not fifty.

use super::calendar::CalendarEdit;
use super::id::PlanId;
use super::plan::Plan;
use super::said::{said, words, Said};
use super::strategy::{ItemEdit, StrategyEdit};
use super::workspace::{Command, PlanEdit, Workspace};
use chrono::{DateTime, Duration, Utc};

/// At least a hundred steps, as promised; kept states share unchanged plans.
pub const LIMIT: usize = 200;

/// Edits to the same field closer together than this make one step.
const BURST: Duration = Duration::milliseconds(1500);

#[derive(Debug, Clone, PartialEq)]
struct Entry {
    state: Workspace,
    label: Said,
    /// What the step edited, for merging a burst of typing into it.
    key: Option<String>,
    at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl Command {
    /// What the command does, for "Undo: …".
    pub fn describe(&self) -> Said {
        Said::label(match self {
            Command::CreatePlan { .. } => words!("create a plan"),
            Command::RenamePlan { .. } => words!("rename a plan"),
            Command::DuplicatePlan { .. } => words!("duplicate a plan"),
            Command::DeletePlan { .. } => words!("delete a plan"),
            Command::RestorePlan { .. } => words!("restore a plan"),
            Command::AddPlan { .. } => words!("add a plan"),
            Command::ReplacePlan { .. } => words!("replace a plan"),
            Command::OpenPlan { .. } => words!("open a plan"),
            Command::EditPlan { edit, .. } => match edit {
                PlanEdit::Brand(_) | PlanEdit::About(_) | PlanEdit::Currency(_) => {
                    words!("edit the plan's details")
                }
                PlanEdit::Strategy(edit) => edit.words().0,
                PlanEdit::Campaign(edit) => match edit.as_ref() {
                    ItemEdit::Put(_) => words!("edit a campaign"),
                    ItemEdit::Remove(_) => words!("delete a campaign"),
                },
                PlanEdit::Calendar(edit) => edit.describe(),
                PlanEdit::Insight(edit) => match edit.as_ref() {
                    ItemEdit::Put(_) => words!("edit an insight"),
                    ItemEdit::Remove(_) => words!("delete an insight"),
                },
                PlanEdit::Review(edit) => match edit.as_ref() {
                    ItemEdit::Put(_) => words!("record a review"),
                    ItemEdit::Remove(_) => words!("delete a review"),
                },
                PlanEdit::Adapt(Some(_)) => words!("adapt the strategy"),
                PlanEdit::Adapt(None) => words!("finish adapting the strategy"),
                PlanEdit::Restore(n) => {
                    return said!("restore revision {}", Said::Number(*n as usize))
                }
            },
        })
    }

    /// Edits with the same key, close together, are one step.
    fn burst_key(&self) -> Option<String> {
        let Command::EditPlan { id, edit, .. } = self else {
            return None;
        };
        let what = match edit {
            PlanEdit::Brand(_) => "brand".to_owned(),
            PlanEdit::About(_) => "about".to_owned(),
            PlanEdit::Currency(_) => return None,
            PlanEdit::Strategy(edit) => edit.burst_key()?,
            PlanEdit::Campaign(edit) => match edit.as_ref() {
                ItemEdit::Put(campaign) => format!("campaign:{}", campaign.id),
                ItemEdit::Remove(_) => return None,
            },
            PlanEdit::Calendar(edit) => edit.burst_key()?,
            PlanEdit::Insight(edit) => match edit.as_ref() {
                ItemEdit::Put(insight) => format!("insight:{}", insight.id),
                ItemEdit::Remove(_) => return None,
            },
            PlanEdit::Review(edit) => match edit.as_ref() {
                ItemEdit::Put(review) => format!("review:{}", review.id),
                ItemEdit::Remove(_) => return None,
            },
            PlanEdit::Adapt(_) | PlanEdit::Restore(_) => return None,
        };
        Some(format!("{id}/{what}"))
    }

    fn at(&self) -> Option<DateTime<Utc>> {
        match self {
            Command::CreatePlan { at, .. }
            | Command::RenamePlan { at, .. }
            | Command::DuplicatePlan { at, .. }
            | Command::EditPlan { at, .. } => Some(*at),
            _ => None,
        }
    }
}

impl CalendarEdit {
    fn describe(&self) -> &'static str {
        match self {
            CalendarEdit::PutPost(_) | CalendarEdit::Detach(_) => words!("edit a post"),
            CalendarEdit::RemovePost(_) | CalendarEdit::Skip(_) => words!("delete a post"),
            CalendarEdit::PutTask(_) => words!("edit a task"),
            CalendarEdit::RemoveTask(_) => words!("delete a task"),
            CalendarEdit::PutSeries(_) | CalendarEdit::PostToSeries { .. } => {
                words!("edit a series")
            }
            CalendarEdit::RemoveSeries(_) => words!("delete a series"),
            CalendarEdit::Bulk { .. } => words!("change several posts"),
            CalendarEdit::TimeZone { .. } => words!("change the time zone"),
        }
    }

    fn burst_key(&self) -> Option<String> {
        match self {
            CalendarEdit::PutPost(post) => Some(format!("post:{}", post.id)),
            CalendarEdit::PutTask(task) => Some(format!("task:{}", task.id)),
            CalendarEdit::PutSeries(series) => Some(format!("series:{}", series.id)),
            _ => None,
        }
    }
}

impl StrategyEdit {
    /// (what it does, what it edits) — the second merges a burst of typing.
    fn words(&self) -> (&'static str, Option<String>) {
        let scalar = |text, what: &str| (text, Some(what.to_owned()));
        match self {
            StrategyEdit::Objective(e) => item_words(
                e.is_put(),
                "an objective",
                [words!("edit an objective"), words!("remove an objective")],
                e.put_id(),
            ),
            StrategyEdit::Persona(e) => item_words(
                e.is_put(),
                "a persona",
                [words!("edit a persona"), words!("remove a persona")],
                e.put_id(),
            ),
            StrategyEdit::Priority(e) => item_words(
                e.is_put(),
                "a priority",
                [words!("edit a priority"), words!("remove a priority")],
                e.put_id(),
            ),
            StrategyEdit::Profile(e) => item_words(
                e.is_put(),
                "a profile",
                [words!("edit a profile"), words!("remove a profile")],
                e.put_id(),
            ),
            StrategyEdit::KeyMessage(e) => item_words(
                e.is_put(),
                "a key message",
                [words!("edit a key message"), words!("remove a key message")],
                e.put_id(),
            ),
            StrategyEdit::Pillar(e) => item_words(
                e.is_put(),
                "a pillar",
                [words!("edit a pillar"), words!("remove a pillar")],
                e.put_id(),
            ),
            StrategyEdit::Member(e) => item_words(
                e.is_put(),
                "a team member",
                [words!("edit a team member"), words!("remove a team member")],
                e.put_id(),
            ),
            StrategyEdit::Tool(e) => item_words(
                e.is_put(),
                "a tool",
                [words!("edit a tool"), words!("remove a tool")],
                e.put_id(),
            ),
            StrategyEdit::Escalation(e) => item_words(
                e.is_put(),
                "an escalation path",
                [
                    words!("edit an escalation path"),
                    words!("remove an escalation path"),
                ],
                e.put_id(),
            ),
            StrategyEdit::Kpi(e) => item_words(
                e.is_put(),
                "a KPI",
                [words!("edit a KPI"), words!("remove a KPI")],
                e.put_id(),
            ),
            StrategyEdit::Positioning(_) => scalar(words!("edit the positioning"), "positioning"),
            StrategyEdit::Voice(_) => scalar(words!("edit the voice"), "voice"),
            StrategyEdit::WordsToUse(_) => scalar(words!("edit the words to use"), "words to use"),
            StrategyEdit::WordsToAvoid(_) => {
                scalar(words!("edit the words to avoid"), "words to avoid")
            }
            StrategyEdit::Formats(_) => scalar(words!("edit the formats"), "formats"),
            StrategyEdit::MinutesPerPost(_) => {
                scalar(words!("edit the minutes per post"), "minutes per post")
            }
            StrategyEdit::Guideline(situation, _) => (
                words!("edit an answer guideline"),
                Some(situation.field().to_owned()),
            ),
            StrategyEdit::Horizon(_) => scalar(words!("edit the horizon"), "horizon"),
            StrategyEdit::Integration(_) => scalar(
                words!("edit the fit with the marketing plan"),
                "fit with the marketing plan",
            ),
        }
    }

    fn burst_key(&self) -> Option<String> {
        self.words().1
    }
}

/// The campaign, post or task `put` writes, as the plan in `state` holds it
/// (`Some(None)`: not there); `None` if `put` writes none of them.
fn held<'a>(state: &'a Workspace, put: &'a Command) -> Option<(Option<Made<'a>>, Made<'a>)> {
    let Command::EditPlan { id, edit, .. } = put else {
        return None;
    };
    let plan = state.plan(id)?;
    match edit {
        PlanEdit::Campaign(edit) => match edit.as_ref() {
            ItemEdit::Put(c) => Some((plan.campaign(&c.id).map(Made::Campaign), Made::Campaign(c))),
            ItemEdit::Remove(_) => None,
        },
        PlanEdit::Calendar(edit) => match edit.as_ref() {
            CalendarEdit::PutPost(p) => {
                Some((plan.calendar.post(&p.id).map(Made::Post), Made::Post(p)))
            }
            CalendarEdit::PutTask(t) => {
                Some((plan.calendar.task(&t.id).map(Made::Task), Made::Task(t)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// An item the user makes and may leave empty.
#[derive(PartialEq)]
enum Made<'a> {
    Campaign(&'a super::Campaign),
    Post(&'a super::Post),
    Task(&'a super::Task),
}

impl Made<'_> {
    fn is_blank(&self) -> bool {
        match self {
            Made::Campaign(c) => c.is_blank(),
            Made::Post(p) => p.is_blank(),
            Made::Task(t) => t.is_blank(),
        }
    }
}

/// An item's edit in words, `[edit, remove]`, and what it edits.
fn item_words(
    put: bool,
    noun: &str,
    [edit, remove]: [&'static str; 2],
    id: Option<String>,
) -> (&'static str, Option<String>) {
    if put {
        (edit, id.map(|id| format!("{noun}:{id}")))
    } else {
        (remove, None)
    }
}

impl<T: super::strategy::Item, Id> ItemEdit<T, Id>
where
    T::Id: std::fmt::Display,
{
    fn is_put(&self) -> bool {
        matches!(self, ItemEdit::Put(_))
    }

    fn put_id(&self) -> Option<String> {
        match self {
            ItemEdit::Put(item) => Some(item.id().to_string()),
            ItemEdit::Remove(_) => None,
        }
    }
}

impl History {
    /// Notes that `command` just changed the workspace from `before`.
    pub fn record(&mut self, before: Workspace, command: &Command) {
        if matches!(command, Command::OpenPlan { .. }) {
            return;
        }
        let key = command.burst_key();
        let at = command.at();
        self.redo.clear();
        if let (Some(top), Some(key), Some(at)) = (self.undo.last_mut(), &key, at) {
            let close = top.at.is_some_and(|then| at - then < BURST);
            if top.key.as_ref() == Some(key) && close {
                // Same field, still typing: the step keeps its earlier state.
                top.at = Some(at);
                return;
            }
        }
        self.undo.push(Entry {
            state: before,
            label: command.describe(),
            key,
            at,
        });
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// The state to go back to, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: &Workspace) -> Option<Workspace> {
        let entry = self.undo.pop()?;
        self.redo.push(Entry {
            state: current.clone(),
            key: None,
            at: None,
            ..entry.clone()
        });
        Some(entry.state)
    }

    pub fn redo(&mut self, current: &Workspace) -> Option<Workspace> {
        let entry = self.redo.pop()?;
        self.undo.push(Entry {
            state: current.clone(),
            key: None,
            at: None,
            ..entry.clone()
        });
        Some(entry.state)
    }

    /// The user left an item they had just made with nothing in it (`made`,
    /// the put of it as it is in `current`): the steps that made and edited
    /// it, at the top of the history, are forgotten, and the state before them
    /// is returned to go back to. `None` (nothing forgotten) unless the item
    /// is blank as `current` holds it and those steps made it: an item that
    /// was there before they began is the user's, empty or not.
    pub fn forget_made(&mut self, current: &Workspace, made: &Command) -> Option<Workspace> {
        let (Some(now), item) = held(current, made)? else {
            return None;
        };
        if now != item || !item.is_blank() {
            return None;
        }
        let key = made.burst_key()?;
        let run = self
            .undo
            .iter()
            .rev()
            .take_while(|e| e.key.as_ref() == Some(&key))
            .count();
        let first = self.undo.len().checked_sub(run).filter(|_| run > 0)?;
        if held(&self.undo[first].state, made).is_some_and(|(before, _)| before.is_some()) {
            return None;
        }
        self.redo.clear();
        self.undo.drain(first..).next().map(|e| e.state)
    }

    pub fn undo_label(&self) -> Option<&Said> {
        self.undo.last().map(|e| &e.label)
    }

    pub fn redo_label(&self) -> Option<&Said> {
        self.redo.last().map(|e| &e.label)
    }

    pub fn steps(&self) -> usize {
        self.undo.len()
    }

    /// Another tab saved this plan: every kept state takes it too, so an undo
    /// never brings back what that tab replaced without anyone seeing it.
    pub fn adopt(&mut self, plan: &Plan) {
        for entry in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            if entry.state.plan(&plan.id).is_some() {
                entry.state.adopt(plan.clone());
            }
        }
    }

    pub fn forget(&mut self, id: &PlanId) {
        for entry in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            entry.state.forget(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Objective, ObjectiveId, PlanName};
    use chrono::TimeZone;

    fn at(ms: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::milliseconds(ms)
    }

    fn id() -> PlanId {
        PlanId::parse("p").unwrap()
    }

    /// Applies a command and records it, as the app does.
    fn run(workspace: &mut Workspace, history: &mut History, command: Command) {
        let before = workspace.clone();
        workspace.apply(command.clone()).unwrap();
        history.record(before, &command);
    }

    fn brand(text: &str, ms: i64) -> Command {
        Command::EditPlan {
            id: id(),
            edit: PlanEdit::Brand(text.into()),
            at: at(ms),
        }
    }

    fn created() -> (Workspace, History) {
        let mut workspace = Workspace::default();
        let mut history = History::default();
        run(
            &mut workspace,
            &mut history,
            Command::CreatePlan {
                id: id(),
                name: PlanName::parse("Acme").unwrap(),
                at: at(0),
            },
        );
        (workspace, history)
    }

    #[test]
    fn a_burst_of_typing_in_one_field_is_one_step() {
        let (mut workspace, mut history) = created();
        for (n, text) in ["A", "Ac", "Acm", "Acme"].iter().enumerate() {
            run(
                &mut workspace,
                &mut history,
                brand(text, 5000 + n as i64 * 200),
            );
        }
        assert_eq!(history.steps(), 2);
        assert_eq!(
            history.undo_label().map(Said::to_string).as_deref(),
            Some("edit the plan's details")
        );
        let back = history.undo(&workspace).unwrap();
        assert_eq!(back.plan(&id()).unwrap().brand, "");
    }

    #[test]
    fn a_pause_or_another_field_starts_a_new_step() {
        let (mut workspace, mut history) = created();
        run(&mut workspace, &mut history, brand("A", 5000));
        run(&mut workspace, &mut history, brand("AB", 9000));
        let objective = Command::EditPlan {
            id: id(),
            edit: PlanEdit::Strategy(Box::new(StrategyEdit::Objective(ItemEdit::Put(
                Objective::new(ObjectiveId::parse("o").unwrap()),
            )))),
            at: at(9100),
        };
        run(&mut workspace, &mut history, objective);
        assert_eq!(history.steps(), 4);
        assert_eq!(
            history.undo_label().map(Said::to_string).as_deref(),
            Some("edit an objective")
        );
    }

    #[test]
    fn undo_then_redo_returns_to_the_same_state_and_a_new_change_clears_redo() {
        let (mut workspace, mut history) = created();
        run(&mut workspace, &mut history, brand("Acme Inc", 5000));
        let after = workspace.clone();
        let before = history.undo(&workspace).unwrap();
        workspace.restore(&before);
        assert_eq!(workspace.plan(&id()).unwrap().brand, "");
        assert_eq!(
            history.redo_label().map(Said::to_string).as_deref(),
            Some("edit the plan's details")
        );
        let again = history.redo(&workspace).unwrap();
        workspace.restore(&again);
        assert_eq!(workspace, after);
        history.undo(&workspace);
        run(&mut workspace, &mut history, brand("Other", 20000));
        assert_eq!(history.redo_label(), None);
    }

    #[test]
    fn deleting_a_plan_is_undoable() {
        let (mut workspace, mut history) = created();
        run(
            &mut workspace,
            &mut history,
            Command::DeletePlan { id: id() },
        );
        assert!(workspace.is_empty());
        let back = history.undo(&workspace).unwrap();
        workspace.restore(&back);
        assert_eq!(workspace.plan(&id()).unwrap().name.as_str(), "Acme");
        assert_eq!(workspace.current_id(), Some(&id()));
    }

    #[test]
    fn opening_a_plan_is_not_a_step() {
        let (mut workspace, mut history) = created();
        run(&mut workspace, &mut history, Command::OpenPlan { id: id() });
        assert_eq!(history.steps(), 1);
    }

    #[test]
    fn at_least_a_hundred_steps_are_kept() {
        let (mut workspace, mut history) = created();
        for n in 0..300 {
            run(
                &mut workspace,
                &mut history,
                brand(&n.to_string(), 10_000 * (n + 1)),
            );
        }
        assert_eq!(history.steps(), LIMIT);
        let mut undone = 0;
        while let Some(earlier) = history.undo(&workspace) {
            workspace.restore(&earlier);
            undone += 1;
        }
        assert_eq!(undone, LIMIT);
        assert_eq!(workspace.plan(&id()).unwrap().brand, "99");
    }

    /// A post (posts, unlike campaigns, need no ready strategy).
    fn post(copy: &str, ms: i64) -> Command {
        use crate::plan::{Post, PostId};
        let when = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0);
        let mut post = Post::new(PostId::parse("post").unwrap(), when.unwrap());
        post.content.copy = copy.into();
        Command::EditPlan {
            id: id(),
            edit: PlanEdit::Calendar(Box::new(CalendarEdit::PutPost(post))),
            at: at(ms),
        }
    }

    #[test]
    fn an_item_made_and_left_empty_is_forgotten_with_every_step_that_made_it() {
        let (mut workspace, mut history) = created();
        let made = workspace.clone();
        run(&mut workspace, &mut history, post("", 5000));
        // Typed, paused, then rubbed out again: three steps on the one post.
        run(&mut workspace, &mut history, post("Sp", 9000));
        // Words in it: kept, whatever the shell says of an older version.
        assert_eq!(history.forget_made(&workspace, &post("Sp", 9000)), None);
        assert_eq!(history.forget_made(&workspace, &post("", 5000)), None);
        run(&mut workspace, &mut history, post("", 20000));
        assert_eq!(history.steps(), 4);
        let back = history.forget_made(&workspace, &post("", 20000)).unwrap();
        assert_eq!(back, made);
        assert_eq!(history.steps(), 1);
        assert_eq!(
            history.undo_label().map(Said::to_string).as_deref(),
            Some("create a plan")
        );
    }

    #[test]
    fn an_item_that_was_there_before_is_kept_empty_or_not() {
        let (mut workspace, mut history) = created();
        run(&mut workspace, &mut history, post("Spring", 5000));
        run(&mut workspace, &mut history, brand("Acme", 9000));
        // The user empties a post made earlier: those steps are theirs.
        run(&mut workspace, &mut history, post("", 20000));
        assert_eq!(history.forget_made(&workspace, &post("", 20000)), None);
        assert_eq!(history.steps(), 4);
        // Nothing at the top of the history made it: nothing is forgotten.
        run(&mut workspace, &mut history, brand("Acme Inc", 40000));
        assert_eq!(history.forget_made(&workspace, &post("", 20000)), None);
        assert_eq!(history.forget_made(&workspace, &brand("", 0)), None);
        assert_eq!(history.steps(), 5);
    }

    #[test]
    fn a_plan_saved_by_another_tab_replaces_it_in_every_kept_state() {
        let (mut workspace, mut history) = created();
        run(&mut workspace, &mut history, brand("Mine", 5000));
        let mut theirs = workspace.plan(&id()).unwrap().clone();
        theirs.about = "From the other tab".into();
        history.adopt(&theirs);
        workspace.adopt(theirs);
        let back = history.undo(&workspace).unwrap();
        assert_eq!(back.plan(&id()).unwrap().about, "From the other tab");
    }
}
