#![cfg(not(target_arch = "wasm32"))]
//! The app's core, natively: every transition of the session, with a storage
//! of our own that carries out its effects as the shell does (and can be made
//! to fail, or changed behind its back as another tab would).

use chrono::{DateTime, Duration, TimeZone, Utc};
use social_media_planner::plan::{
    CalendarEdit, Command, Plan, PlanEdit, PlanId, PlanName, Post, PostId, StrategyEdit, Workspace,
};
use social_media_planner::session::{
    Effect, Event, Loaded, Outcome, Outside, SaveStatus, Session, StorageError, Unreadable,
    RETRY_FIRST_MS, RETRY_MAX_MS, SAVE_DELAY_MS,
};
use std::collections::BTreeMap;
use std::rc::Rc;

fn at(ms: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap() + Duration::milliseconds(ms)
}

fn id(text: &str) -> PlanId {
    PlanId::parse(text).unwrap()
}

fn create(text: &str, ms: i64) -> Event {
    Event::Apply(Command::CreatePlan {
        id: id(text),
        name: PlanName::parse(text).unwrap(),
        at: at(ms),
    })
}

fn brand(plan: &str, text: &str, ms: i64) -> Event {
    Event::Apply(Command::EditPlan {
        id: id(plan),
        edit: PlanEdit::Brand(text.into()),
        at: at(ms),
    })
}

fn positioning(plan: &str, text: &str, ms: i64) -> Event {
    Event::Apply(Command::EditPlan {
        id: id(plan),
        edit: PlanEdit::Strategy(Box::new(StrategyEdit::Positioning(text.into()))),
        at: at(ms),
    })
}

fn brand_of(session: &Session, plan: &str) -> Option<String> {
    session.workspace().plan(&id(plan)).map(|p| p.brand.clone())
}

/// Storage as the shell drives it: what the session's effects wrote, what
/// another tab changed meanwhile (a write over that is a conflict), and a
/// failure to answer every write with, when set.
#[derive(Default)]
struct Store {
    plans: BTreeMap<PlanId, Plan>,
    last_open: Option<PlanId>,
    /// Plans changed by another tab since this one last wrote or read them.
    changed_elsewhere: Vec<PlanId>,
    failing: Option<StorageError>,
    timer: Option<u32>,
    writes: usize,
}

impl Store {
    fn load(&self) -> Loaded {
        Loaded {
            plans: self.plans.values().cloned().collect(),
            last_open: self.last_open.clone(),
            ..Loaded::default()
        }
    }

    /// Carries out effects; a save's writes are answered with what they did.
    fn run(&mut self, session: &mut Session, effects: Vec<Effect>) {
        let mut outcomes = Vec::new();
        let mut wrote = false;
        for effect in effects {
            match effect {
                Effect::SaveAfter { ms } => self.timer = Some(ms),
                Effect::Write(plan) => {
                    wrote = true;
                    outcomes.push(self.write(&plan));
                }
                Effect::Remove(plan) => {
                    wrote = true;
                    outcomes.push(match &self.failing {
                        Some(error) => Outcome::Failed(error.clone()),
                        None => {
                            self.plans.remove(&plan);
                            Outcome::Done
                        }
                    });
                }
                Effect::SetLastOpen(plan) => {
                    wrote = true;
                    self.last_open = plan;
                }
                Effect::AcceptStored(plan) => self.changed_elsewhere.retain(|p| p != &plan),
            }
        }
        if wrote {
            let revision = session.revision();
            let effects = session.handle(Event::Wrote { revision, outcomes });
            self.run(session, effects);
        }
    }

    fn write(&mut self, plan: &Rc<Plan>) -> Outcome {
        if let Some(error) = &self.failing {
            return Outcome::Failed(error.clone());
        }
        if self.changed_elsewhere.contains(&plan.id) {
            return Outcome::Conflict {
                id: plan.id.clone(),
                theirs: self.plans.get(&plan.id).cloned().map(Box::new),
            };
        }
        self.writes += 1;
        self.plans.insert(plan.id.clone(), Plan::clone(plan));
        Outcome::Done
    }

    /// Sends an event and carries out what it asks.
    fn send(&mut self, session: &mut Session, event: Event) {
        let effects = session.handle(event);
        self.run(session, effects);
    }

    /// The save timer runs out.
    fn tick(&mut self, session: &mut Session) {
        if self.timer.take().is_some() {
            self.send(session, Event::SaveDue);
        }
    }
}

fn started() -> (Session, Store) {
    let mut store = Store::default();
    let mut session = Session::from_loaded(Ok(store.load()));
    store.send(&mut session, create("acme", 0));
    store.tick(&mut session);
    assert_eq!(session.save_status(), SaveStatus::Saved);
    (session, store)
}

#[test]
fn a_change_starts_the_save_timer_and_is_written_when_it_runs_out() {
    let (mut session, mut store) = started();
    let effects = session.handle(brand("acme", "Acme Inc", 1_000));
    assert_eq!(effects, vec![Effect::SaveAfter { ms: SAVE_DELAY_MS }]);
    assert_eq!(session.save_status(), SaveStatus::Saving);
    let writes = session.handle(Event::SaveDue);
    assert!(
        matches!(writes.as_slice(), [Effect::Write(plan), Effect::SetLastOpen(Some(open))]
        if plan.brand == "Acme Inc" && open == &id("acme"))
    );
    store.run(&mut session, writes);
    assert_eq!(session.save_status(), SaveStatus::Saved);
    assert_eq!(store.plans[&id("acme")].brand, "Acme Inc");
    // Nothing left to write: the timer running out again writes nothing.
    assert!(session.handle(Event::SaveDue).is_empty());
}

#[test]
fn a_burst_of_typing_is_one_undo_step_and_one_write() {
    let (mut session, mut store) = started();
    let writes = store.writes;
    for (n, text) in ["A", "Ac", "Acm", "Acme"].iter().enumerate() {
        store.send(&mut session, brand("acme", text, 1_000 + n as i64 * 200));
    }
    store.tick(&mut session);
    assert_eq!(store.writes, writes + 1);
    assert_eq!(
        session.undo_label().map(ToString::to_string).as_deref(),
        Some("edit the plan's details")
    );
    store.send(&mut session, Event::Undo);
    assert_eq!(brand_of(&session, "acme").as_deref(), Some(""));
    assert_eq!(
        session.undo_label().map(ToString::to_string).as_deref(),
        Some("create a plan")
    );
    store.send(&mut session, Event::Redo);
    assert_eq!(brand_of(&session, "acme").as_deref(), Some("Acme"));
}

fn put_post(copy: &str, ms: i64) -> Event {
    let when = chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut post = Post::new(PostId::parse("post").unwrap(), when);
    post.content.copy = copy.into();
    Event::Apply(Command::EditPlan {
        id: id("acme"),
        edit: PlanEdit::Calendar(Box::new(CalendarEdit::PutPost(post))),
        at: at(ms),
    })
}

fn posts_of(session: &Session) -> usize {
    session
        .workspace()
        .plan(&id("acme"))
        .unwrap()
        .calendar
        .posts
        .len()
}

#[test]
fn a_post_made_and_left_empty_is_not_kept_nor_saved_nor_undoable() {
    let (mut session, mut store) = started();
    let saved = store.plans[&id("acme")].clone();
    store.send(&mut session, put_post("", 1_000));
    store.send(&mut session, put_post("Fr", 5_000));
    store.send(&mut session, put_post("", 9_000));
    assert_eq!(posts_of(&session), 1);
    let Event::Apply(made) = put_post("", 9_000) else {
        unreachable!()
    };
    store.send(&mut session, Event::LeftEmpty(made));
    assert_eq!(posts_of(&session), 0);
    assert_eq!(
        session.undo_label().map(ToString::to_string).as_deref(),
        Some("create a plan")
    );
    store.tick(&mut session);
    assert_eq!(store.plans[&id("acme")].calendar, saved.calendar);
    assert_eq!(session.save_status(), SaveStatus::Saved);
}

#[test]
fn a_post_with_words_in_it_stays_when_left() {
    let (mut session, mut store) = started();
    store.send(&mut session, put_post("Fresh rye", 1_000));
    // The shell sends nothing for a post with words; an event for an older,
    // empty version of it changes nothing either.
    store.send(&mut session, put_post("Fresh rye today", 20_000));
    let Event::Apply(made) = put_post("", 0) else {
        unreachable!()
    };
    store.send(&mut session, Event::LeftEmpty(made));
    assert_eq!(posts_of(&session), 1);
    assert_eq!(
        session.undo_label().map(ToString::to_string).as_deref(),
        Some("edit a post")
    );
}

#[test]
fn hiding_the_tab_writes_at_once() {
    let (mut session, mut store) = started();
    store.send(&mut session, brand("acme", "Typed, then closed", 1_000));
    store.send(&mut session, Event::Hidden);
    assert_eq!(store.plans[&id("acme")].brand, "Typed, then closed");
    assert_eq!(session.save_status(), SaveStatus::Saved);
}

#[test]
fn a_failed_save_is_shown_kept_and_retried_later_and_later() {
    let (mut session, mut store) = started();
    store.failing = Some(StorageError::Full);
    store.send(&mut session, brand("acme", "Big", 1_000));
    store.tick(&mut session);
    assert!(matches!(
        session.save_status(),
        SaveStatus::NotSaved(why) if why == "the browser's storage for this site is full"
    ));
    assert_eq!(store.timer, Some(RETRY_FIRST_MS));
    store.tick(&mut session);
    assert_eq!(
        store.timer,
        Some(RETRY_FIRST_MS * 2),
        "each retry waits longer"
    );
    for _ in 0..10 {
        store.tick(&mut session);
    }
    assert_eq!(store.timer, Some(RETRY_MAX_MS));
    assert_eq!(store.plans[&id("acme")].brand, "", "nothing half-written");
    // Room again: the next retry writes, and the waits start over.
    store.failing = None;
    store.tick(&mut session);
    assert_eq!(session.save_status(), SaveStatus::Saved);
    assert_eq!(store.plans[&id("acme")].brand, "Big");
    assert_eq!(store.timer, None);
    store.failing = Some(StorageError::Full);
    store.send(&mut session, brand("acme", "Bigger", 60_000));
    store.tick(&mut session);
    assert_eq!(store.timer, Some(RETRY_FIRST_MS));
}

#[test]
fn a_change_made_while_a_save_is_written_stays_unsaved() {
    let (mut session, mut store) = started();
    store.send(&mut session, brand("acme", "One", 1_000));
    let writes = session.handle(Event::SaveDue);
    let revision = session.revision();
    // Typing goes on before the writes report back.
    store.send(&mut session, brand("acme", "One two", 1_100));
    let outcomes = writes
        .iter()
        .filter(|e| matches!(e, Effect::Write(_) | Effect::Remove(_)))
        .map(|_| Outcome::Done)
        .collect();
    session.handle(Event::Wrote { revision, outcomes });
    assert_eq!(session.save_status(), SaveStatus::Saving);
    assert!(session.is_dirty(&id("acme")));
}

#[test]
fn another_tab_s_save_is_taken_in_when_nothing_here_is_unsaved() {
    let (mut session, mut store) = started();
    let mut theirs = store.plans[&id("acme")].clone();
    theirs.brand = "From the other tab".into();
    store.send(
        &mut session,
        Event::Outside(Outside::Saved(Box::new(theirs))),
    );
    assert_eq!(
        brand_of(&session, "acme").as_deref(),
        Some("From the other tab")
    );
    assert_eq!(
        session.outside_note().map(ToString::to_string).as_deref(),
        Some("“acme” was updated in another tab.")
    );
    assert_eq!(
        session.save_status(),
        SaveStatus::Saved,
        "nothing to write back"
    );
}

#[test]
fn a_conflict_holds_both_versions_until_the_user_chooses_and_undo_never_brings_theirs_back_unseen()
{
    let (mut session, mut store) = started();
    store.send(&mut session, brand("acme", "Mine", 1_000));
    let mut theirs = store.plans[&id("acme")].clone();
    theirs.about = "Theirs".into();
    store.plans.insert(id("acme"), theirs.clone());
    store.changed_elsewhere.push(id("acme"));
    store.tick(&mut session);
    assert!(session.conflicts().contains_key(&id("acme")));
    assert!(matches!(session.save_status(), SaveStatus::NotSaved(_)));
    assert_eq!(
        store.plans[&id("acme")].about,
        "Theirs",
        "theirs is not written over"
    );
    // Further edits wait too.
    store.send(&mut session, brand("acme", "Mine again", 5_000));
    store.tick(&mut session);
    assert_eq!(store.plans[&id("acme")].about, "Theirs");

    store.send(&mut session, Event::TakeTheirs { id: id("acme") });
    assert_eq!(
        session.workspace().plan(&id("acme")).unwrap().about,
        "Theirs"
    );
    assert!(session.conflicts().is_empty());
    assert!(
        store.changed_elsewhere.is_empty(),
        "their stored value is now ours"
    );
    assert_eq!(session.save_status(), SaveStatus::Saved);
    // Every kept state took theirs: undoing does not bring back what it replaced.
    store.send(&mut session, Event::Undo);
    let plan = session.workspace().plan(&id("acme")).unwrap();
    assert_eq!(plan.about, "Theirs");
}

#[test]
fn keeping_mine_makes_a_copy_and_the_plan_takes_theirs() {
    let (mut session, mut store) = started();
    store.send(&mut session, brand("acme", "Mine", 1_000));
    let mut theirs = store.plans[&id("acme")].clone();
    theirs.brand = "Theirs".into();
    store.send(
        &mut session,
        Event::Outside(Outside::Saved(Box::new(theirs))),
    );
    assert!(session.conflicts().contains_key(&id("acme")));
    store.send(
        &mut session,
        Event::KeepMine {
            id: id("acme"),
            copy: id("acme-copy"),
            at: at(2_000),
            word: "this tab's copy",
        },
    );
    store.tick(&mut session);
    let copy = &store.plans[&id("acme-copy")];
    assert_eq!(copy.brand, "Mine");
    assert_eq!(copy.name.as_str(), "acme (this tab's copy)");
    assert_eq!(brand_of(&session, "acme").as_deref(), Some("Theirs"));
    assert_eq!(session.save_status(), SaveStatus::Saved);
}

#[test]
fn a_conflict_with_this_very_plan_is_no_conflict() {
    let (mut session, mut store) = started();
    store.send(&mut session, brand("acme", "Same", 1_000));
    let same = session.workspace().plan(&id("acme")).unwrap().clone();
    store.plans.insert(id("acme"), same);
    store.changed_elsewhere.push(id("acme"));
    store.tick(&mut session);
    assert!(session.conflicts().is_empty());
    assert!(
        store.changed_elsewhere.is_empty(),
        "the stored value is taken as ours"
    );
    assert_eq!(session.save_status(), SaveStatus::Saved);
}

#[test]
fn with_no_plan_nothing_is_called_saved() {
    let mut store = Store::default();
    let mut session = Session::from_loaded(Ok(store.load()));
    assert_eq!(session.save_status(), SaveStatus::NoPlans);
    store.send(&mut session, create("acme", 0));
    assert_eq!(session.save_status(), SaveStatus::Saving);
    store.tick(&mut session);
    assert_eq!(session.save_status(), SaveStatus::Saved);
    // The only plan deleted: saving until its key is gone, then no plan.
    store.send(
        &mut session,
        Event::Apply(Command::DeletePlan { id: id("acme") }),
    );
    assert_eq!(session.save_status(), SaveStatus::Saving);
    store.tick(&mut session);
    assert_eq!(session.save_status(), SaveStatus::NoPlans);
}

#[test]
fn a_deleted_plan_comes_back_with_undo_and_after_a_reload() {
    let (mut session, mut store) = started();
    store.send(&mut session, create("globex", 1_000));
    store.send(&mut session, brand("acme", "Kept", 2_000));
    store.tick(&mut session);
    store.send(
        &mut session,
        Event::Apply(Command::DeletePlan { id: id("acme") }),
    );
    assert!(session.deleted().is_some());
    store.tick(&mut session);
    assert!(!store.plans.contains_key(&id("acme")), "its key is removed");
    store.send(&mut session, Event::UndoDelete);
    store.tick(&mut session);
    assert_eq!(store.plans[&id("acme")].brand, "Kept");

    // A reload reads it back, open where it was.
    let reloaded = Session::from_loaded(Ok(store.load()));
    assert_eq!(reloaded.workspace().current_id(), Some(&id("acme")));
    assert_eq!(brand_of(&reloaded, "acme").as_deref(), Some("Kept"));

    // Deleted and undone before the save ran: the key is never removed.
    store.send(
        &mut session,
        Event::Apply(Command::DeletePlan { id: id("acme") }),
    );
    store.send(&mut session, Event::UndoDelete);
    store.tick(&mut session);
    assert!(store.plans.contains_key(&id("acme")));
}

#[test]
fn archiving_deletes_and_says_it_was_saved_to_a_file() {
    let (mut session, mut store) = started();
    store.send(&mut session, Event::Archive(id("acme")));
    assert!(session.deleted().is_some_and(|d| d.archived));
    store.tick(&mut session);
    assert!(store.plans.is_empty());
    assert_eq!(store.last_open, None);
}

#[test]
fn a_refused_command_says_why_and_changes_nothing() {
    let (mut session, _) = started();
    let before = session.workspace().clone();
    let effects = session.handle(create("acme", 5));
    assert!(effects.is_empty(), "nothing to save");
    assert_eq!(
        session.problem().map(ToString::to_string).as_deref(),
        Some("A plan with this id already exists.")
    );
    assert_eq!(session.workspace(), &before);
    session.handle(Event::DismissProblem);
    assert_eq!(session.problem(), None);
}

#[test]
fn repaired_and_plain_json_plans_are_rewritten_once_loaded() {
    let mut plan = Plan::new(id("old"), PlanName::parse("Old").unwrap(), at(0));
    plan.brand = "Old brand".into();
    let loaded = Loaded {
        plans: vec![plan],
        plain: vec![id("old")],
        ..Loaded::default()
    };
    let mut session = Session::from_loaded(Ok(loaded));
    let effects = session.start();
    assert_eq!(effects, vec![Effect::SaveAfter { ms: SAVE_DELAY_MS }]);
    let writes = session.handle(Event::SaveDue);
    assert!(writes
        .iter()
        .any(|e| matches!(e, Effect::Write(p) if p.id == id("old"))));
}

#[test]
fn storage_that_cannot_be_used_is_said_and_the_session_works_in_memory() {
    let mut session = Session::from_loaded(Err(StorageError::Unavailable));
    assert!(
        matches!(session.save_status(), SaveStatus::NotSaved(why) if why.to_string().contains("does not let the page keep data"))
    );
    session.handle(create("acme", 0));
    assert!(session.workspace().plan(&id("acme")).is_some());
}

#[test]
fn unreadable_values_are_listed_once_and_forgotten_when_discarded() {
    let (mut session, mut store) = started();
    let unreadable = Unreadable {
        key: "x:plan:bad".into(),
        problem: social_media_planner::plan::Said::value("damaged"),
        chars: 10,
        recovery: None,
    };
    for _ in 0..2 {
        store.send(
            &mut session,
            Event::Outside(Outside::Unreadable(unreadable.clone())),
        );
    }
    assert_eq!(session.unreadable().len(), 1);
    store.send(
        &mut session,
        Event::Discarded {
            key: "x:plan:bad".into(),
        },
    );
    assert!(session.unreadable().is_empty());
}

#[test]
fn an_edit_shares_everything_it_leaves_alone() {
    let (mut session, mut store) = started();
    let before: Rc<Workspace> = session.shared_workspace();
    store.send(&mut session, positioning("acme", "Warm bread", 1_000));
    let after = session.shared_workspace();
    assert!(!Rc::ptr_eq(&before, &after), "a new workspace to show");
    let (old, new) = (
        before.plan(&id("acme")).unwrap(),
        after.plan(&id("acme")).unwrap(),
    );
    assert!(social_media_planner::plan::Piece::same(
        &old.strategy.personas,
        &new.strategy.personas
    ));
    assert!(!social_media_planner::plan::Piece::same(
        &old.strategy.story,
        &new.strategy.story
    ));
    assert!(old.calendar.posts.shares(&new.calendar.posts));
    // An event that changes nothing shown leaves the very same workspace.
    store.send(&mut session, Event::DismissProblem);
    assert!(Rc::ptr_eq(&after, &session.shared_workspace()));
}

#[test]
fn the_same_plan_written_by_another_tab_is_no_conflict_and_a_different_one_waits() {
    let mut session = Session::default();
    let mine = Plan::new(id("same"), PlanName::parse("Same").unwrap(), at(0));
    session.handle(Event::Apply(Command::AddPlan {
        plan: Box::new(mine.clone()),
    }));
    assert!(session.has_unsaved_changes() && session.is_dirty(&id("same")));
    // Another tab rewrote this very plan (an earlier version's save, made compact).
    session.handle(Event::Outside(Outside::Saved(Box::new(mine.clone()))));
    assert!(session.conflicts().is_empty());
    assert!(!session.is_dirty(&id("same")));
    // A different plan while this tab has unsaved edits still waits for a choice.
    session.handle(Event::Apply(Command::RenamePlan {
        id: mine.id.clone(),
        name: PlanName::parse("Mine").unwrap(),
        at: mine.updated,
    }));
    session.handle(Event::Outside(Outside::Saved(Box::new(mine))));
    assert_eq!(session.conflicts().len(), 1);
}
