//! The shell around the app's core (`crate::session`): it keeps the one
//! session, sends it events, carries out the effects it answers with (writes,
//! removals, the save timer), and publishes what the session shows in narrow
//! contexts, each changing only when what it holds does:
//!
//! - the plans (`use_store`): what pages draw, with the way to send events;
//! - the status (`use_save`, `use_undo`, `use_notices`): the header's
//!   indicator and undo labels, the notices (one context: they are small, and
//!   a separate provider for each cost more bytes than it saved renders);
//! - the dispatcher (`use_dispatch`), which never changes, for components that
//!   only send events.
//!
//! So typing in a post re-renders what shows the plan, and a save that
//! finishes re-renders the indicator, not the calendar.

use crate::plan::{CampaignId, PlanId, Workspace};
use crate::session::{
    Effect, Event, Outcome, Repaired, SaveStatus, Session, StorageError, Unreadable,
};
use crate::storage::PlanStore;
use crate::ui::shell;
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};
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
pub type SharedPlan = Shared<crate::plan::Plan>;

/// Hands a session's views to the app's state.
type Publisher = Box<dyn Fn(&Session)>;

/// The one session of a planner and what carries out its effects.
struct Core {
    session: RefCell<Session>,
    store: Rc<PlanStore>,
    /// Events sent while one is being handled wait their turn.
    queue: RefCell<VecDeque<Event>>,
    busy: Cell<bool>,
    timer: RefCell<Option<Timeout>>,
    /// When the save is due, and when the running timer wakes (ms since the
    /// epoch): a keystroke moves the first, and the timer, on waking early,
    /// waits on, instead of being made anew for every key.
    due: Cell<f64>,
    wakes: Cell<f64>,
    /// Hands the session's views to the app's state, set by the app.
    publish: RefCell<Option<Publisher>>,
    this: Weak<Core>,
    /// Embedded in a host page: an embed leaves the host page's focus alone
    /// when it starts.
    embedded: bool,
}

impl Core {
    fn send(&self, event: Event) {
        self.queue.borrow_mut().push_back(event);
        if self.busy.replace(true) {
            return;
        }
        loop {
            let next = self.queue.borrow_mut().pop_front();
            let Some(event) = next else {
                break;
            };
            let (effects, revision) = {
                let mut session = self.session.borrow_mut();
                (session.handle(event), session.revision())
            };
            if let Some(event) = self.carry_out(effects, revision) {
                self.queue.borrow_mut().push_back(event);
            }
        }
        self.busy.set(false);
        if let Some(publish) = self.publish.borrow().as_ref() {
            publish(&self.session.borrow());
        }
    }

    /// Does what the session asked; a save's writes come back as `Wrote`.
    fn carry_out(&self, effects: Vec<Effect>, revision: u64) -> Option<Event> {
        let writes = effects.iter().any(|e| {
            matches!(
                e,
                Effect::Write(_) | Effect::Remove(_) | Effect::SetLastOpen(_)
            )
        });
        let mut outcomes = Vec::new();
        // Measured for the calendar and storage benchmarks: how long a save
        // takes, off the keystroke.
        let run = |outcomes: &mut Vec<Outcome>| {
            for effect in effects {
                match effect {
                    Effect::SaveAfter { ms } => self.start_timer(ms),
                    Effect::Write(plan) => {
                        outcomes.push(self.outcome(&plan.id, self.store.save_plan(&plan)))
                    }
                    Effect::Remove(id) => {
                        outcomes.push(self.outcome(&id, self.store.delete_plan(&id)))
                    }
                    Effect::SetLastOpen(id) => {
                        if let Err(error) = self.store.set_last_open(id.as_ref()) {
                            outcomes.push(Outcome::Failed(error));
                        }
                    }
                    Effect::AcceptStored(id) => self.store.accept_stored(&id),
                }
            }
        };
        match writes {
            true => shell::measured("smp:save", || run(&mut outcomes)),
            false => run(&mut outcomes),
        }
        writes.then_some(Event::Wrote { revision, outcomes })
    }

    fn outcome(&self, id: &PlanId, result: Result<(), StorageError>) -> Outcome {
        match result {
            Ok(()) => Outcome::Done,
            Err(StorageError::Conflict(_)) => Outcome::Conflict {
                id: id.clone(),
                theirs: self.store.stored_plan(id).ok().flatten().map(Box::new),
            },
            Err(error) => Outcome::Failed(error),
        }
    }

    /// Sends `SaveDue` in `ms`, in place of any earlier wait. A timer that
    /// wakes no later than that is kept. A hidden tab does not write when it
    /// runs out: its edits were written as it hid.
    fn start_timer(&self, ms: u32) {
        let now = js_sys::Date::now();
        let due = now + f64::from(ms);
        self.due.set(due);
        if self.timer.borrow().is_some() && self.wakes.get() <= due {
            return;
        }
        self.wake_in(ms, now);
    }

    fn wake_in(&self, ms: u32, now: f64) {
        self.wakes.set(now + f64::from(ms));
        let this = self.this.clone();
        let timeout = Timeout::new(ms, move || {
            let Some(core) = this.upgrade() else {
                return;
            };
            let now = js_sys::Date::now();
            let left = core.due.get() - now;
            if left >= 1.0 {
                core.wake_in(left.ceil() as u32, now);
                return;
            }
            drop(core.timer.borrow_mut().take());
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if !hidden {
                core.send(Event::SaveDue);
            }
        });
        *self.timer.borrow_mut() = Some(timeout);
    }
}

/// Sends events to the session; one for the planner's whole life.
#[derive(Clone)]
pub struct Dispatch(Rc<Core>);

impl PartialEq for Dispatch {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Dispatch {
    /// Whether the planner is embedded in a host's page.
    pub fn embedded(&self) -> bool {
        self.0.embedded
    }

    pub fn send(&self, event: Event) {
        self.0.send(event);
    }

    /// The workspace as it is now, for a handler that needs it at the moment
    /// it runs (an export) without its component following every change.
    pub fn workspace(&self) -> Rc<Workspace> {
        self.0.session.borrow().shared_workspace()
    }
}

/// The plans, as pages draw them, and the way to change them.
#[derive(Clone)]
pub struct Store {
    pub workspace: Rc<Workspace>,
    /// A campaign the user left to add something to the strategy, to return to.
    pub returning_to: Option<CampaignId>,
    dispatch: Dispatch,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.workspace, &other.workspace)
            && self.returning_to == other.returning_to
            && self.dispatch == other.dispatch
    }
}

impl Store {
    pub fn dispatch(&self, event: Event) {
        self.dispatch.send(event);
    }

    pub fn dispatcher(&self) -> Dispatch {
        self.dispatch.clone()
    }
}

/// The save indicator's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Save {
    pub status: SaveStatus,
    pub error: Option<StorageError>,
    /// Changes with every save, for views of what storage holds (the space).
    pub saved: u64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Undo {
    pub undo: Option<crate::plan::Said>,
    pub redo: Option<crate::plan::Said>,
}

/// A plan another tab changed or deleted while this one had edits to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictNote {
    pub id: PlanId,
    pub name: String,
    /// The other tab deleted it.
    pub deleted: bool,
}

/// A deletion the notice offers to undo.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedNote {
    pub id: PlanId,
    pub name: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notices {
    pub problem: Option<String>,
    pub unreadable: Vec<Unreadable>,
    pub repaired: Vec<Repaired>,
    pub conflicts: Vec<ConflictNote>,
    pub deleted: Option<DeletedNote>,
    pub outside_note: Option<String>,
}

/// What the session shows, as the app holds it between changes.
#[derive(Clone, PartialEq)]
struct Views {
    workspace: Shared<Workspace>,
    returning_to: Option<CampaignId>,
    status: Status,
}

impl Views {
    fn of(session: &Session) -> Self {
        Self {
            workspace: Shared(session.shared_workspace()),
            returning_to: session.returning_to().cloned(),
            status: Status {
                save: save_of(session),
                undo: undo_of(session),
                notices: notices_of(session),
            },
        }
    }
}

fn save_of(session: &Session) -> Save {
    Save {
        status: session.save_status(),
        error: session.save_error().cloned(),
        saved: session.saved_revision(),
    }
}

fn undo_of(session: &Session) -> Undo {
    Undo {
        undo: session.undo_label().cloned(),
        redo: session.redo_label().cloned(),
    }
}

fn notices_of(session: &Session) -> Notices {
    Notices {
        problem: session.problem().map(crate::ui::text::say),
        unreadable: session.unreadable().to_vec(),
        repaired: session.repaired().to_vec(),
        conflicts: session
            .conflicts()
            .iter()
            .map(|(id, theirs)| ConflictNote {
                id: id.clone(),
                name: session.conflict_name(id),
                deleted: theirs.is_none(),
            })
            .collect(),
        deleted: session.deleted().map(|d| DeletedNote {
            id: d.plan.id.clone(),
            name: d.plan.name.to_string(),
            archived: d.archived,
        }),
        outside_note: session.outside_note().map(crate::ui::text::say),
    }
}

/// The planner's status: the save indicator, the undo labels and the
/// notices, one context apart from the plans (a save or an undo label never
/// draws a page again).
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub save: Save,
    pub undo: Undo,
    pub notices: Notices,
}

/// What the app component holds: the dispatcher, the plans and the status.
pub struct Published {
    pub dispatch: Dispatch,
    pub store: Store,
    pub status: Status,
}

/// Starts a planner's session on what `plan_store` holds, and publishes each
/// of its views when it changes.
#[hook]
pub fn use_session(plan_store: Rc<PlanStore>, embedded: bool) -> Published {
    let core = use_memo((), move |_| {
        // Measured for the storage benchmark: reading every plan at start.
        let session = shell::measured("smp:load", || Session::from_loaded(plan_store.load()));
        Rc::new_cyclic(|this| Core {
            session: RefCell::new(session),
            store: plan_store,
            queue: RefCell::default(),
            busy: Cell::new(false),
            timer: RefCell::default(),
            due: Cell::new(0.0),
            wakes: Cell::new(0.0),
            publish: RefCell::new(None),
            this: this.clone(),
            embedded,
        })
    });
    let core: Rc<Core> = (*core).clone();
    // One state for the four views, set at once: each context below still
    // tells its consumers only when its own part changed.
    let views = {
        let session = core.session.borrow();
        use_state_eq(|| Views::of(&session))
    };
    {
        let views = views.clone();
        *core.publish.borrow_mut() = Some(Box::new(move |session: &Session| {
            views.set(Views::of(session));
        }));
    }
    let dispatch = Dispatch(core);
    // What loading left to write (repairs, plain-JSON saves) is saved soon;
    // taking the planner off the page stops the timer.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let (effects, revision) = {
                let session = dispatch.0.session.borrow();
                (session.start(), session.revision())
            };
            // Whatever writes they make report back like any save's.
            if let Some(event) = dispatch.0.carry_out(effects, revision) {
                dispatch.send(event);
            }
            move || {
                // Nothing runs or publishes after the planner is gone (and the
                // core lets go of the app's state, which holds it).
                drop(dispatch.0.timer.borrow_mut().take());
                drop(dispatch.0.publish.borrow_mut().take());
            }
        });
    }
    let views = (*views).clone();
    Published {
        store: Store {
            workspace: views.workspace.0,
            returning_to: views.returning_to,
            dispatch: dispatch.clone(),
        },
        dispatch,
        status: views.status,
    }
}

/// The storage behind the app, shared with the components that read it directly
/// (downloads of unreadable data, the space used).
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

#[hook]
pub fn use_store() -> Store {
    use wasm_bindgen::UnwrapThrowExt;
    use_context::<Store>().expect_throw("the app provides the plans to every component")
}

/// The way to send events, for components that show nothing of the plans:
/// it never changes, so they are not drawn again when the plans do.
#[hook]
pub fn use_dispatch() -> Dispatch {
    use wasm_bindgen::UnwrapThrowExt;
    use_context::<Dispatch>().expect_throw("the app provides its dispatcher to every component")
}

#[hook]
fn use_status() -> Status {
    use wasm_bindgen::UnwrapThrowExt;
    use_context::<Status>().expect_throw("the app provides its status to every component")
}

#[hook]
pub fn use_save() -> Save {
    use_status().save
}

#[hook]
pub fn use_undo() -> Undo {
    use_status().undo
}

#[hook]
pub fn use_notices() -> Notices {
    use_status().notices
}
