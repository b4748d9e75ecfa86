//! The wasm build's memory allocator: free lists by size class over memory
//! taken from the browser as it is needed.
//!
//! Why our own: Rust's default allocator on wasm (dlmalloc) is about 7 KB of
//! code, which the first load pays for. Here a block's size is rounded up to
//! its class (16, 32, 48, 64, 96, 128, 192, …: powers of two and the halves
//! between them, so at most a third is unused), a freed block goes on its
//! class's list, and the next request of that class takes it back at once.
//! Blocks are never split or joined, so both ways are a few instructions;
//! the last block made is the exception that keeps memory down: it grows,
//! shrinks or is given back where it is (a buffer filled a piece at a time,
//! a save's JSON, leaves no trail of smaller blocks behind it).
//!
//! Every block starts on a 16-byte boundary, which is all any type of ours
//! asks for. A rarer alignment is served from fresh memory and, once freed,
//! not reused.

/// Blocks are multiples of this, and start on it.
pub const GRAIN: usize = 16;

/// Two classes for each power of two from 16 on: enough for any size.
pub const CLASSES: usize = 2 * (usize::BITS as usize - 4);

/// The class of a block for `size` bytes, and the block's size in bytes:
/// the smallest of 16, 32, 48, 64, 96, 128, 192, 256, … that holds it.
/// `None` past what 32-bit memory can hold.
pub fn class_of(size: usize) -> Option<(usize, usize)> {
    let size = size.max(GRAIN);
    // The power of two at or above `size`: 2^bits.
    let bits = usize::BITS - (size - 1).leading_zeros();
    if bits >= usize::BITS {
        return None;
    }
    let power = 1usize << bits;
    // 16 is class 0, 32 class 2, 64 class 4…; the three quarters of a power
    // of two (48, 96…) sit between them.
    let index = 2 * (bits as usize - 4);
    let three_quarters = power / 4 * 3;
    // (24, below 32, is no multiple of 16: such a block takes 32.)
    if bits > 5 && size <= three_quarters {
        Some((index - 1, three_quarters))
    } else {
        Some((index, power))
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::{class_of, CLASSES, GRAIN};
    use core::alloc::{GlobalAlloc, Layout};
    use core::arch::wasm32::memory_grow;
    use core::cell::UnsafeCell;

    const PAGE: usize = 65536;

    struct Lists {
        /// The first free block of each class; each free block holds the
        /// address of the next in its first word. 0 ends a list.
        free: [usize; CLASSES],
        /// Fresh memory: from `next` to `end`.
        next: usize,
        end: usize,
    }

    pub struct Heap(UnsafeCell<Lists>);

    // SAFETY: the wasm build has one thread.
    unsafe impl Sync for Heap {}

    impl Heap {
        pub const fn new() -> Self {
            Self(UnsafeCell::new(Lists {
                free: [0; CLASSES],
                next: 0,
                end: 0,
            }))
        }
    }

    impl Lists {
        /// `size` bytes of fresh memory aligned to `align`, growing the
        /// memory when there is not room; null when the browser refuses.
        unsafe fn fresh(&mut self, size: usize, align: usize) -> *mut u8 {
            let mut start = self.next.next_multiple_of(align);
            if start.checked_add(size).is_none_or(|end| end > self.end) {
                let pages = (size + align).div_ceil(PAGE);
                let old = memory_grow(0, pages);
                if old == usize::MAX {
                    return core::ptr::null_mut();
                }
                let grown = old * PAGE;
                if grown != self.end {
                    // The first growth, or memory grown by someone else:
                    // start in what was just given.
                    self.next = grown;
                }
                self.end = grown + pages * PAGE;
                start = self.next.next_multiple_of(align);
            }
            self.next = start + size;
            start as *mut u8
        }
    }

    unsafe impl GlobalAlloc for Heap {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let lists = &mut *self.0.get();
            let Some((class, size)) = class_of(layout.size()) else {
                return core::ptr::null_mut();
            };
            if layout.align() > GRAIN {
                return lists.fresh(size.max(layout.align()), layout.align());
            }
            let head = lists.free[class];
            if head != 0 {
                lists.free[class] = *(head as *const usize);
                return head as *mut u8;
            }
            lists.fresh(size, GRAIN)
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            if layout.align() > GRAIN {
                return;
            }
            let lists = &mut *self.0.get();
            if let Some((class, size)) = class_of(layout.size()) {
                if ptr as usize + size == lists.next {
                    // The last block made: fresh memory again.
                    lists.next = ptr as usize;
                } else {
                    *(ptr as *mut usize) = lists.free[class];
                    lists.free[class] = ptr as usize;
                }
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if layout.align() <= GRAIN {
                let (Some((old, old_size)), Some((new, new_size_block))) =
                    (class_of(layout.size()), class_of(new_size))
                else {
                    return core::ptr::null_mut();
                };
                if old == new {
                    return ptr;
                }
                // The last block made grows (or shrinks) where it is: a
                // buffer filled a piece at a time leaves no trail of smaller
                // blocks behind it.
                let lists = &mut *self.0.get();
                let at = ptr as usize;
                if at + old_size == lists.next && at + new_size_block <= lists.end {
                    lists.next = at + new_size_block;
                    return ptr;
                }
            }
            let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
                return core::ptr::null_mut();
            };
            let new = self.alloc(new_layout);
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }

    #[global_allocator]
    static HEAP: Heap = Heap::new();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_up_to_their_class() {
        let blocks: Vec<usize> = [
            0, 1, 16, 17, 24, 32, 33, 48, 49, 64, 65, 96, 97, 128, 129, 1000,
        ]
        .iter()
        .map(|s| class_of(*s).map(|c| c.1).unwrap_or(0))
        .collect();
        assert_eq!(
            blocks,
            [16, 16, 16, 32, 32, 32, 48, 48, 64, 64, 96, 96, 128, 128, 192, 1024]
        );
    }

    #[test]
    fn every_class_holds_its_sizes_wastes_at_most_a_third_and_is_a_multiple_of_the_grain() {
        let mut last = class_of(1).unwrap();
        for size in 1..100_000usize {
            let (class, block) = class_of(size).unwrap();
            assert!(block >= size);
            assert_eq!(block % GRAIN, 0);
            assert!(class < CLASSES);
            if size > 32 {
                assert!(block * 2 <= size * 3, "{size} in {block}");
            }
            // Classes rise with sizes, and one class is one block size.
            assert!(class >= last.0);
            if class == last.0 {
                assert_eq!(block, last.1);
            }
            last = (class, block);
        }
    }

    #[test]
    fn the_largest_sizes_have_classes_and_beyond_them_there_is_none() {
        let (class, block) = class_of(usize::MAX / 2 + 1).unwrap();
        assert_eq!(block, usize::MAX / 2 + 1);
        assert!(class < CLASSES);
        assert_eq!(class_of(usize::MAX / 2 + 2), None);
    }
}
