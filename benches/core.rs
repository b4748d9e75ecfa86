//! The core benchmark: what one event costs the app's core (`session`) in a
//! plan of 1,000, 10,000 and 100,000 posts and tasks: a keystroke in a post,
//! a keystroke in the strategy's positioning (which keeps the strategy's
//! revision), a result recorded on a KPI, and one undo (with its redo).
//! The cost must follow what changed, not the plan: flat from 1,000 to
//! 100,000 (at most 2×). Then the memory 200 undo steps hold in a 5,000-entry
//! plan, counted by an allocator that tallies live bytes.
//!
//! Each figure is the median of 15 readings, each the mean over a batch of
//! events; every event is a step of its own in the history (2 s apart), the
//! worst case for undo.
//!
//! Usage: make bench-core (`cargo bench --bench core`, the release build).
//! Run by `cargo test --bench core`, it is the smoke mode: a few events in
//! small plans, in the debug build, so the test command proves it runs.

#[path = "../tests/plans/mod.rs"]
mod plans;

use chrono::{DateTime, Duration, TimeZone, Utc};
use social_media_planner::plan::results::Reading;
use social_media_planner::plan::{
    CalendarEdit, Command, ItemEdit, Kpi, KpiId, PlanEdit, Post, StrategyEdit,
};
use social_media_planner::session::{Event, Loaded, Session};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

/// The system allocator, counting the bytes held at any moment.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        LIVE.fetch_add(size as isize - layout.size() as isize, Ordering::Relaxed);
        System.realloc(ptr, layout, size)
    }
}

// Native only: the wasm build has the planner's own allocator (`heap`).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

fn at(step: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap() + Duration::seconds(2 * step)
}

fn session_with(entries: usize) -> Session {
    let plan = plans::busy(entries, "busy");
    Session::from_loaded(Ok(Loaded {
        plans: vec![plan],
        ..Loaded::default()
    }))
}

fn plan_id(session: &Session) -> social_media_planner::plan::PlanId {
    session
        .workspace()
        .current_id()
        .cloned()
        .expect("a plan is open")
}

/// A keystroke in the copy of the plan's middle post.
fn post_edit(session: &Session, step: i64) -> Event {
    let plan = session.workspace().current().expect("a plan is open");
    let middle = plan.calendar.posts.len() / 2;
    let post: &Post = plan.calendar.posts.iter().nth(middle).expect("posts");
    let mut post = post.clone();
    post.content.copy.push(char::from(b'a' + (step % 26) as u8));
    Event::Apply(Command::EditPlan {
        id: plan.id.clone(),
        edit: PlanEdit::Calendar(Box::new(CalendarEdit::PutPost(post))),
        at: at(step),
    })
}

fn strategy_edit(session: &Session, step: i64) -> Event {
    let plan = session.workspace().current().expect("a plan is open");
    let mut text = plan.strategy.story.positioning.clone();
    text.push(char::from(b'a' + (step % 26) as u8));
    Event::Apply(Command::EditPlan {
        id: plan.id.clone(),
        edit: PlanEdit::Strategy(Box::new(StrategyEdit::Positioning(text))),
        at: at(step),
    })
}

/// A KPI's value recorded for the next day, as the Measure page records it:
/// the KPI put again with one more result.
fn result_recorded(session: &Session, step: i64) -> Event {
    let plan = session.workspace().current().expect("a plan is open");
    let mut kpi = plan
        .strategy
        .measurement
        .kpis
        .first()
        .cloned()
        .unwrap_or_else(|| Kpi::new(KpiId::parse("i-bench").expect("an id")));
    let first = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day");
    kpi.results.push(Reading {
        day: first + Duration::days(step),
        value: step as f64,
    });
    Event::Apply(Command::EditPlan {
        id: plan.id.clone(),
        edit: PlanEdit::Strategy(Box::new(StrategyEdit::Kpi(ItemEdit::Put(kpi)))),
        at: at(step),
    })
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Microseconds one event takes: the median over `readings` batches of
/// `batch` events, each event made (outside the timing) by `make`.
fn time(
    session: &mut Session,
    readings: usize,
    batch: usize,
    step: &mut i64,
    make: impl Fn(&Session, i64) -> Event,
) -> f64 {
    let mut results = Vec::with_capacity(readings);
    for _ in 0..readings {
        let events: Vec<Event> = (0..batch)
            .map(|_| {
                *step += 1;
                make(session, *step)
            })
            .collect();
        let mut spent = 0.0;
        for event in events {
            let start = Instant::now();
            black_box(session.handle(event));
            spent += start.elapsed().as_secs_f64();
        }
        results.push(spent * 1e6 / batch as f64);
    }
    median(results)
}

/// One undo and its redo, after `batch` edits to undo.
fn time_undo(session: &mut Session, readings: usize, batch: usize, step: &mut i64) -> f64 {
    for _ in 0..batch {
        *step += 1;
        let event = post_edit(session, *step);
        session.handle(event);
    }
    let mut results = Vec::with_capacity(readings);
    for _ in 0..readings {
        let start = Instant::now();
        for _ in 0..batch {
            black_box(session.handle(Event::Undo));
        }
        for _ in 0..batch {
            black_box(session.handle(Event::Redo));
        }
        results.push(start.elapsed().as_secs_f64() * 1e6 / (2 * batch) as f64);
    }
    median(results)
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (sizes, readings, batch) = match full {
        true => (vec![1_000, 10_000, 100_000], 15, 100),
        false => (vec![100, 1_000], 3, 5),
    };
    println!(
        "Core: one event handled by the session, µs, median of {readings} readings of {batch} events{}",
        if full { "" } else { " (smoke run: the figures mean nothing)" }
    );
    println!(
        "  {:>9}  {:>16}  {:>19}  {:>16}  {:>16}",
        "entries", "post keystroke", "strategy keystroke", "result recorded", "undo (or redo)"
    );
    let mut rows = Vec::new();
    for entries in &sizes {
        let mut session = session_with(*entries);
        let mut step = 0;
        // Warm up: fill the history to its limit, as a long session does.
        for _ in 0..220 {
            step += 1;
            let event = post_edit(&session, step);
            session.handle(event);
        }
        let post = time(&mut session, readings, batch, &mut step, post_edit);
        let strategy = time(&mut session, readings, batch, &mut step, strategy_edit);
        let result = time(&mut session, readings, batch, &mut step, result_recorded);
        let undo = time_undo(&mut session, readings, batch, &mut step);
        println!("  {entries:>9}  {post:>16.2}  {strategy:>19.2}  {result:>16.2}  {undo:>16.2}");
        rows.push((post, strategy, result, undo));
    }
    if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
        println!(
            "  from {} to {} entries: post keystroke {:.2}×, strategy keystroke {:.2}×, result recorded {:.2}×, undo {:.2}×",
            sizes[0],
            sizes[sizes.len() - 1],
            last.0 / first.0,
            last.1 / first.1,
            last.2 / first.2,
            last.3 / first.3
        );
    }

    // Memory: what 200 undo steps hold, each a keystroke in another post.
    let entries = if full { 5_000 } else { 500 };
    let mut session = session_with(entries);
    let id = plan_id(&session);
    let fresh = live();
    let posts: Vec<Post> = session
        .workspace()
        .current()
        .expect("a plan is open")
        .calendar
        .posts
        .iter()
        .take(200)
        .map(|p| Post::clone(p))
        .collect();
    for (step, mut post) in posts.into_iter().enumerate() {
        post.content.copy.push('!');
        session.handle(Event::Apply(Command::EditPlan {
            id: id.clone(),
            edit: PlanEdit::Calendar(Box::new(CalendarEdit::PutPost(post))),
            at: at(step as i64),
        }));
    }
    let held = live() - fresh;
    let plan_bytes = {
        let before = live();
        let plan = plans::busy(entries, "again");
        let size = live() - before;
        drop(plan);
        size
    };
    println!(
        "Memory: 200 undo steps (a keystroke each in another post) in a {entries}-entry plan hold {:.0} KB, {:.2} KB a step, {:.1}% of the plan itself ({:.1} MB)",
        held as f64 / 1024.0,
        held as f64 / 1024.0 / 200.0,
        held as f64 * 100.0 / plan_bytes as f64,
        plan_bytes as f64 / 1024.0 / 1024.0
    );
}
