#![cfg(not(target_arch = "wasm32"))]
//! A save's peak memory: the page's wasm memory grows to the largest peak it
//! ever had and is never given back, so a save written into the room of the
//! last one must not hold the plan's JSON twice over.

use social_media_planner::exchange::{encode, encode_compact_sized};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

mod plans;

/// The system allocator, keeping the most bytes held at once.
struct Peak;

static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn held(change: isize) {
    let now = LIVE.fetch_add(change, Ordering::SeqCst) + change;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

unsafe impl GlobalAlloc for Peak {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        held(layout.size() as isize);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        held(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        // A copy may hold the old block and the new one at once.
        held(size as isize);
        let moved = System.realloc(ptr, layout, size);
        held(-(layout.size() as isize));
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Peak = Peak;

/// The most bytes `save` held at once beyond what was held before it.
fn peak_of(save: impl FnOnce()) -> isize {
    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    save();
    PEAK.load(Ordering::SeqCst) - before
}

#[test]
fn a_save_in_the_room_of_the_last_holds_the_json_once() {
    let plan = plans::busy(5_000, "busy");
    let json = encode(&plan).unwrap().len() as isize;
    let first = peak_of(|| drop(encode_compact_sized(&plan, 0).unwrap()));
    let next = peak_of(|| drop(encode_compact_sized(&plan, json as usize).unwrap()));
    eprintln!("JSON {json} bytes; first save's peak {first}, the next's {next}");
    // The JSON once, the compressor's tables (half a megabyte) and the small
    // compressed value: far from the doubled buffer's twice the JSON.
    assert!(
        next < json + json / 4 + 600_000,
        "{next} bytes at the peak for {json} of JSON"
    );
    assert!(
        next + json / 2 < first,
        "{next} against {first} without the room"
    );
}
