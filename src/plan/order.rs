//! Stable sorting through one shared sort. The standard library's sort is
//! instantiated for each element type and comparison: about 3 KB of the wasm
//! each time (its quicksort, its merges, its small sorts), fifteen times over
//! in this app. Here every caller sorts positions, with one comparison
//! behind a pointer, and the items are then put in that order: one sort in
//! the wasm, plus a few dozen bytes per caller. For the lists of a plan (its
//! campaigns, plans, findings, days), not for the calendar's hot paths,
//! where the comparison behind a pointer would cost time.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they were
/// (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    put_in_order(items, &mut order);
}

/// Sorts `items` by the key `key` gives each, keeping equal items in the
/// order they were (as `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order (as `slice::sort` does).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one sort in the wasm: positions, compared by what they point at.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Moves the items so that the one at `order[k]` ends at `k`, following each
/// cycle of the permutation once; `order` is used up.
fn put_in_order<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_are_left_alone() {
        let mut none: [u8; 0] = [];
        sort(&mut none);
        let mut one = [7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut items = vec![(2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e")];
        sort_by_key(&mut items, |(k, _)| *k);
        assert_eq!(items, [(0, "e"), (1, "b"), (1, "d"), (2, "a"), (2, "c")]);
    }

    #[test]
    fn strings_are_moved_not_copied() {
        let mut items: Vec<String> = ["pear", "apple", "fig", "apple"].map(String::from).to_vec();
        sort(&mut items);
        assert_eq!(items, ["apple", "apple", "fig", "pear"]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod against_the_standard_sort {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn it_sorts_as_the_standard_stable_sort_does(items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
                let mut ours = items.clone();
                let mut theirs = items;
                sort_by_key(&mut ours, |(k, _)| *k);
                theirs.sort_by_key(|(k, _)| *k);
                prop_assert_eq!(ours, theirs);
            }

            #[test]
            fn descending_comparisons_work_too(items in prop::collection::vec(any::<i32>(), 0..100)) {
                let mut ours = items.clone();
                let mut theirs = items;
                sort_by(&mut ours, |a, b| b.cmp(a));
                theirs.sort_by(|a, b| b.cmp(a));
                prop_assert_eq!(ours, theirs);
            }
        }
    }
}
