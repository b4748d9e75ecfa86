//! A persistent collection of items kept in order of their ids: a small
//! B-tree whose nodes are shared between a plan and its earlier states.
//!
//! Finding an item by its id, putting one in or taking one out copies only
//! the nodes on the way to it (a few dozen pointers at each of a handful of
//! levels), never the whole collection, so an edit costs the same in a plan
//! of a thousand posts as in one of a hundred thousand. Two collections are
//! equal when they hold equal items; one that shares its nodes with another
//! is found equal without looking at the items.

use super::strategy::Item;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::rc::Rc;

/// The most entries a node holds; a fuller one splits in two.
const MAX: usize = 32;

pub struct Keyed<T: Item> {
    root: Option<Rc<Node<T>>>,
    len: usize,
}

enum Node<T: Item> {
    Leaf(Vec<Rc<T>>),
    /// Children with the lowest id each may hold: every id in child `i` is at
    /// least `keys[i]` and below `keys[i + 1]`. The keys are shared too, so
    /// copying a branch on the way to an edit copies pointers, not ids.
    Branch(Branch<T>),
}

struct Branch<T: Item> {
    keys: Rc<Vec<T::Id>>,
    children: Vec<Rc<Node<T>>>,
}

impl<T: Item> Clone for Branch<T> {
    fn clone(&self) -> Self {
        Self {
            keys: Rc::clone(&self.keys),
            children: self.children.clone(),
        }
    }
}

impl<T: Item> Branch<T>
where
    T::Id: Clone,
{
    fn len(&self) -> usize {
        self.children.len()
    }

    fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    fn insert(&mut self, at: usize, key: T::Id, child: Rc<Node<T>>) {
        Rc::make_mut(&mut self.keys).insert(at, key);
        self.children.insert(at, child);
    }

    fn remove(&mut self, at: usize) {
        Rc::make_mut(&mut self.keys).remove(at);
        self.children.remove(at);
    }

    fn split_off(&mut self, at: usize) -> Self {
        Self {
            keys: Rc::new(Rc::make_mut(&mut self.keys).split_off(at)),
            children: self.children.split_off(at),
        }
    }
}

impl<T: Item> Clone for Node<T>
where
    T::Id: Clone,
{
    fn clone(&self) -> Self {
        match self {
            Node::Leaf(items) => Node::Leaf(items.clone()),
            Node::Branch(branch) => Node::Branch(branch.clone()),
        }
    }
}

impl<T: Item> Clone for Keyed<T> {
    fn clone(&self) -> Self {
        Self {
            root: self.root.clone(),
            len: self.len,
        }
    }
}

impl<T: Item> Default for Keyed<T> {
    fn default() -> Self {
        Self { root: None, len: 0 }
    }
}

fn first_id<T: Item>(node: &Node<T>) -> Option<&T::Id> {
    match node {
        Node::Leaf(items) => items.first().map(|item| item.id()),
        Node::Branch(branch) => branch.keys.first(),
    }
}

impl<T: Item> Keyed<T>
where
    T::Id: Ord + Clone,
{
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether both hold the very same nodes: cheap, and enough to know they
    /// are equal.
    pub fn shares(&self, other: &Self) -> bool {
        match (&self.root, &other.root) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    pub fn get(&self, id: &T::Id) -> Option<&Rc<T>> {
        let mut node = self.root.as_deref()?;
        loop {
            match node {
                Node::Leaf(items) => {
                    return items
                        .binary_search_by(|item| item.id().cmp(id))
                        .ok()
                        .map(|at| &items[at]);
                }
                Node::Branch(branch) => {
                    let at = child_for(&branch.keys, id)?;
                    node = &branch.children[at];
                }
            }
        }
    }

    pub fn contains(&self, id: &T::Id) -> bool {
        self.get(id).is_some()
    }

    /// Puts an item in, in place of the one with its id if there is one.
    pub fn put(&mut self, item: Rc<T>) {
        let root = self
            .root
            .get_or_insert_with(|| Rc::new(Node::Leaf(Vec::new())));
        let (split, added) = put_in(Rc::make_mut(root), item);
        if let Some(right) = split {
            let left = Rc::clone(root);
            let left_id = first_id(&left).cloned();
            let right_id = first_id(&right).cloned();
            if let (Some(left_id), Some(right_id)) = (left_id, right_id) {
                *root = Rc::new(Node::Branch(Branch {
                    keys: Rc::new(vec![left_id, right_id]),
                    children: vec![left, Rc::new(right)],
                }));
            }
        }
        if added {
            self.len += 1;
        }
    }

    /// Takes out the item with this id, and gives it back.
    pub fn remove(&mut self, id: &T::Id) -> Option<Rc<T>> {
        let root = self.root.as_mut()?;
        if !contains_in(root, id) {
            return None;
        }
        let removed = remove_in(Rc::make_mut(root), id);
        if removed.is_some() {
            self.len -= 1;
        }
        // A root with one child steps down; an empty one goes.
        loop {
            let next = match self.root.as_deref() {
                Some(Node::Branch(branch)) if branch.len() == 1 => Some(branch.children[0].clone()),
                Some(Node::Branch(branch)) if branch.is_empty() => None,
                Some(Node::Leaf(items)) if items.is_empty() => None,
                _ => break,
            };
            let done = next.is_none();
            self.root = next;
            if done {
                break;
            }
        }
        removed
    }

    /// Changes the item with this id, if there is one: copies it (unless no
    /// one else holds it) and the nodes on the way to it.
    pub fn update(&mut self, id: &T::Id, change: impl FnOnce(&mut T))
    where
        T: Clone,
    {
        if let Some(item) = self.get(id) {
            let mut item = Rc::clone(item);
            change(Rc::make_mut(&mut item));
            self.put(item);
        }
    }

    /// Keeps only the items `keep` says yes to (a walk over all of them).
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let gone: Vec<T::Id> = self
            .iter()
            .filter(|item| !keep(item))
            .map(|item| item.id().clone())
            .collect();
        for id in gone {
            self.remove(&id);
        }
    }

    /// What differs from `earlier`: each item there and not here, here and
    /// not there, or changed, as (before, after). Nodes both share are
    /// skipped unseen, so after an edit this costs the nodes the edit copied,
    /// not the collection.
    pub fn changes_since<'a>(&'a self, earlier: &'a Self) -> Vec<Change<'a, T>> {
        let mut changes = Vec::new();
        match (earlier.root.as_deref(), self.root.as_deref()) {
            (None, None) => {}
            (Some(a), Some(b)) => diff(a, b, &mut changes),
            (Some(a), None) => changes.extend(Iter::of(a).map(|x| (Some(x), None))),
            (None, Some(b)) => changes.extend(Iter::of(b).map(|x| (None, Some(x)))),
        }
        changes
    }

    /// The items in order of their ids.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            stack: self
                .root
                .as_deref()
                .map(|n| vec![(n, 0)])
                .unwrap_or_default(),
        }
    }
}

/// The child of a branch where `id` belongs: the last whose lowest id is not
/// above it (the first, for an id below them all).
fn child_for<Id: Ord>(keys: &[Id], id: &Id) -> Option<usize> {
    if keys.is_empty() {
        return None;
    }
    Some(
        keys.partition_point(|lowest| lowest <= id)
            .saturating_sub(1),
    )
}

fn contains_in<T: Item>(node: &Node<T>, id: &T::Id) -> bool
where
    T::Id: Ord,
{
    match node {
        Node::Leaf(items) => items.binary_search_by(|item| item.id().cmp(id)).is_ok(),
        Node::Branch(branch) => {
            child_for(&branch.keys, id).is_some_and(|at| contains_in(&branch.children[at], id))
        }
    }
}

/// Puts `item` in `node`; returns the node split off to its right if it
/// overflowed, and whether the item was new.
fn put_in<T: Item>(node: &mut Node<T>, item: Rc<T>) -> (Option<Node<T>>, bool)
where
    T::Id: Ord + Clone,
{
    match node {
        Node::Leaf(items) => {
            let added = match items.binary_search_by(|i| i.id().cmp(item.id())) {
                Ok(at) => {
                    items[at] = item;
                    false
                }
                Err(at) => {
                    items.insert(at, item);
                    true
                }
            };
            let split = (items.len() > MAX).then(|| Node::Leaf(items.split_off(items.len() / 2)));
            (split, added)
        }
        Node::Branch(branch) => {
            let id = item.id();
            let Some(at) = child_for(&branch.keys, id) else {
                let key = id.clone();
                branch.insert(0, key, Rc::new(Node::Leaf(vec![item])));
                return (None, true);
            };
            if id < &branch.keys[at] {
                // Below every id so far: the first child's bound moves down.
                Rc::make_mut(&mut branch.keys)[at] = id.clone();
            }
            let (split, added) = put_in(Rc::make_mut(&mut branch.children[at]), item);
            if let Some(right) = split {
                if let Some(right_id) = first_id(&right).cloned() {
                    branch.insert(at + 1, right_id, Rc::new(right));
                }
            }
            let split =
                (branch.len() > MAX).then(|| Node::Branch(branch.split_off(branch.len() / 2)));
            (split, added)
        }
    }
}

/// Takes the item with `id` out of `node`, dropping children left empty.
fn remove_in<T: Item>(node: &mut Node<T>, id: &T::Id) -> Option<Rc<T>>
where
    T::Id: Ord + Clone,
{
    match node {
        Node::Leaf(items) => {
            let at = items.binary_search_by(|item| item.id().cmp(id)).ok()?;
            Some(items.remove(at))
        }
        Node::Branch(branch) => {
            let at = child_for(&branch.keys, id)?;
            let removed = remove_in(Rc::make_mut(&mut branch.children[at]), id);
            let empty = match branch.children[at].as_ref() {
                Node::Leaf(items) => items.is_empty(),
                Node::Branch(grand) => grand.is_empty(),
            };
            if empty {
                branch.remove(at);
            }
            removed
        }
    }
}

/// An item before and after a change; `None` where it was not.
pub type Change<'a, T> = (Option<&'a Rc<T>>, Option<&'a Rc<T>>);

/// The changes from `a` to `b`: children the two share are skipped; where
/// their shapes part (a split, a removal), the items of what differs are
/// merged in order of their ids.
fn diff<'a, T: Item>(a: &'a Node<T>, b: &'a Node<T>, out: &mut Vec<Change<'a, T>>)
where
    T::Id: Ord + Clone,
{
    if std::ptr::eq(a, b) {
        return;
    }
    if let (Node::Branch(x), Node::Branch(y)) = (a, b) {
        let aligned = x.len() == y.len()
            && (Rc::ptr_eq(&x.keys, &y.keys) || x.keys.iter().skip(1).eq(y.keys.iter().skip(1)));
        if aligned {
            for (cx, cy) in x.children.iter().zip(&y.children) {
                if !Rc::ptr_eq(cx, cy) {
                    diff(cx, cy, out);
                }
            }
            return;
        }
    }
    let (mut left, mut right) = (Iter::of(a).peekable(), Iter::of(b).peekable());
    loop {
        match (left.peek(), right.peek()) {
            (None, None) => break,
            (Some(_), None) => out.extend(left.by_ref().map(|x| (Some(x), None))),
            (None, Some(_)) => out.extend(right.by_ref().map(|y| (None, Some(y)))),
            (Some(x), Some(y)) => match x.id().cmp(y.id()) {
                std::cmp::Ordering::Less => out.push((left.next(), None)),
                std::cmp::Ordering::Greater => out.push((None, right.next())),
                std::cmp::Ordering::Equal => {
                    let (x, y) = (left.next(), right.next());
                    if let (Some(x), Some(y)) = (x, y) {
                        if !Rc::ptr_eq(x, y) {
                            out.push((Some(x), Some(y)));
                        }
                    }
                }
            },
        }
    }
}

pub struct Iter<'a, T: Item> {
    stack: Vec<(&'a Node<T>, usize)>,
}

impl<'a, T: Item> Iter<'a, T> {
    fn of(node: &'a Node<T>) -> Self {
        Self {
            stack: vec![(node, 0)],
        }
    }
}

impl<'a, T: Item> Iterator for Iter<'a, T> {
    type Item = &'a Rc<T>;

    fn next(&mut self) -> Option<&'a Rc<T>> {
        loop {
            let (node, at) = self.stack.last_mut()?;
            match node {
                Node::Leaf(items) => match items.get(*at) {
                    Some(item) => {
                        *at += 1;
                        return Some(item);
                    }
                    None => {
                        self.stack.pop();
                    }
                },
                Node::Branch(branch) => match branch.children.get(*at) {
                    Some(child) => {
                        *at += 1;
                        self.stack.push((child, 0));
                    }
                    None => {
                        self.stack.pop();
                    }
                },
            }
        }
    }
}

impl<'a, T: Item> IntoIterator for &'a Keyed<T>
where
    T::Id: Ord + Clone,
{
    type Item = &'a Rc<T>;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T: Item> FromIterator<Rc<T>> for Keyed<T>
where
    T::Id: Ord + Clone,
{
    /// Later items replace earlier ones with the same id.
    fn from_iter<I: IntoIterator<Item = Rc<T>>>(items: I) -> Self {
        let mut keyed = Self::new();
        for item in items {
            keyed.put(item);
        }
        keyed
    }
}

impl<T: Item> FromIterator<T> for Keyed<T>
where
    T::Id: Ord + Clone,
{
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        items.into_iter().map(Rc::new).collect()
    }
}

impl<T: Item + PartialEq> PartialEq for Keyed<T>
where
    T::Id: Ord + Clone,
{
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len
            && (self.shares(other)
                || self
                    .iter()
                    .zip(other.iter())
                    .all(|(a, b)| Rc::ptr_eq(a, b) || a == b))
    }
}

impl<T: Item + fmt::Debug> fmt::Debug for Keyed<T>
where
    T::Id: Ord + Clone,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Item + Serialize> Serialize for Keyed<T>
where
    T::Id: Ord + Clone,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de, T: Item + Deserialize<'de>> Deserialize<'de> for Keyed<T>
where
    T::Id: Ord + Clone + fmt::Display,
{
    /// A list in any order; two items with one id are refused (the import's
    /// repairs give the second its own id before reading again).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(deserializer)?;
        let mut keyed = Self::new();
        for item in items {
            if keyed.contains(item.id()) {
                return Err(serde::de::Error::custom(format!(
                    "two items share the id “{}”",
                    item.id()
                )));
            }
            keyed.put(Rc::new(item));
        }
        Ok(keyed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Thing {
        id: u32,
        text: String,
    }

    impl Item for Thing {
        type Id = u32;
        fn id(&self) -> &u32 {
            &self.id
        }
    }

    fn thing(id: u32) -> Thing {
        Thing {
            id,
            text: format!("thing {id}"),
        }
    }

    fn ids(keyed: &Keyed<Thing>) -> Vec<u32> {
        keyed.iter().map(|t| t.id).collect()
    }

    #[test]
    fn items_come_back_in_order_of_their_ids_whatever_order_they_went_in() {
        // A scrambled order over several levels of nodes.
        let order: Vec<u32> = (0..5_000u32).map(|n| (n * 7_919) % 5_000).collect();
        let keyed: Keyed<Thing> = order.iter().map(|&n| thing(n)).collect();
        assert_eq!(keyed.len(), 5_000);
        assert_eq!(ids(&keyed), (0..5_000).collect::<Vec<_>>());
        for n in [0, 1, 2_499, 4_999] {
            assert_eq!(keyed.get(&n).map(|t| t.id), Some(n));
        }
        assert!(keyed.get(&5_000).is_none());
    }

    #[test]
    fn an_edit_leaves_the_earlier_state_as_it_was_and_shares_the_rest() {
        let before: Keyed<Thing> = (0..2_000).map(thing).collect();
        let mut after = before.clone();
        after.update(&1_234, |t| t.text = "changed".into());
        assert_eq!(
            before.get(&1_234).map(|t| t.text.as_str()),
            Some("thing 1234")
        );
        assert_eq!(after.get(&1_234).map(|t| t.text.as_str()), Some("changed"));
        assert_ne!(before, after);
        // Every other item is the very same value in both.
        let shared = before
            .iter()
            .zip(after.iter())
            .filter(|(a, b)| Rc::ptr_eq(a, b))
            .count();
        assert_eq!(shared, 1_999);
    }

    #[test]
    fn what_changed_is_found_without_looking_at_the_rest() {
        let before: Keyed<Thing> = (0..5_000).map(thing).collect();
        let mut after = before.clone();
        after.update(&2_500, |t| t.text = "changed".into());
        after.put(Rc::new(thing(9_999)));
        after.remove(&7);
        let changes: Vec<(Option<u32>, Option<u32>)> = after
            .changes_since(&before)
            .into_iter()
            .map(|(a, b)| (a.map(|t| t.id), b.map(|t| t.id)))
            .collect();
        assert_eq!(
            changes,
            vec![
                (Some(7), None),
                (Some(2_500), Some(2_500)),
                (None, Some(9_999))
            ]
        );
        assert!(after.changes_since(&after).is_empty());
    }

    #[test]
    fn removing_everything_in_any_order_leaves_it_empty_and_usable() {
        let mut keyed: Keyed<Thing> = (0..3_000).map(thing).collect();
        for n in (0..3_000u32).map(|n| (n * 1_009) % 3_000) {
            assert_eq!(keyed.remove(&n).map(|t| t.id), Some(n));
            assert!(keyed.get(&n).is_none());
        }
        assert!(keyed.is_empty());
        assert_eq!(keyed.remove(&7), None);
        keyed.put(Rc::new(thing(7)));
        assert_eq!(ids(&keyed), vec![7]);
    }

    #[test]
    fn equal_contents_are_equal_however_they_were_built() {
        let up: Keyed<Thing> = (0..500).map(thing).collect();
        let down: Keyed<Thing> = (0..500).rev().map(thing).collect();
        assert_eq!(up, down);
        let mut fewer = up.clone();
        fewer.retain(|t| t.id % 2 == 0);
        assert_eq!(fewer.len(), 250);
        assert_eq!(ids(&fewer), (0..500).step_by(2).collect::<Vec<_>>());
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod model {
        use super::*;
        use proptest::prelude::*;
        use std::collections::BTreeMap;

        #[derive(Debug, Clone)]
        enum Op {
            Put(u32, u8),
            Remove(u32),
        }

        fn listed_ids(keyed: &Keyed<Thing>) -> Vec<u32> {
            keyed.iter().map(|t| t.id).collect()
        }

        fn op() -> impl Strategy<Value = Op> {
            prop_oneof![
                (0u32..300, any::<u8>()).prop_map(|(id, v)| Op::Put(id, v)),
                (0u32..300).prop_map(Op::Remove),
            ]
        }

        proptest! {
            #[test]
            fn it_holds_what_a_sorted_map_holds(ops in prop::collection::vec(op(), 0..300)) {
                let mut keyed = Keyed::<Thing>::new();
                let mut model = BTreeMap::new();
                let mut earlier = Vec::new();
                for op in ops {
                    earlier.push((keyed.clone(), model.clone()));
                    match op {
                        Op::Put(id, v) => {
                            keyed.put(Rc::new(Thing { id, text: v.to_string() }));
                            model.insert(id, v.to_string());
                        }
                        Op::Remove(id) => {
                            prop_assert_eq!(keyed.remove(&id).map(|t| t.text.clone()), model.remove(&id));
                        }
                    }
                    prop_assert_eq!(keyed.len(), model.len());
                }
                let listed: Vec<(u32, String)> = keyed.iter().map(|t| (t.id, t.text.clone())).collect();
                let expected: Vec<(u32, String)> = model.into_iter().collect();
                prop_assert_eq!(listed, expected);
                // What changed since each earlier state is what differs.
                for (old, old_model) in &earlier {
                    let changed: Vec<(Option<String>, Option<String>)> = keyed
                        .changes_since(old)
                        .into_iter()
                        .map(|(a, b)| (a.map(|t| t.text.clone()), b.map(|t| t.text.clone())))
                        .collect();
                    let expected: Vec<(Option<String>, Option<String>)> = {
                        let ids: std::collections::BTreeSet<u32> =
                            old_model.keys().chain(listed_ids(&keyed).iter()).copied().collect();
                        ids.into_iter()
                            .filter_map(|id| {
                                let (a, b) = (old_model.get(&id).cloned(), keyed.get(&id).map(|t| t.text.clone()));
                                let same_value = old.get(&id).zip(keyed.get(&id)).is_some_and(|(x, y)| Rc::ptr_eq(x, y));
                                (!same_value && (a.is_some() || b.is_some())).then_some((a, b))
                            })
                            .collect()
                    };
                    prop_assert_eq!(changed, expected);
                }
                // Every earlier state is still as it was.
                for (keyed, model) in earlier {
                    let listed: Vec<(u32, String)> = keyed.iter().map(|t| (t.id, t.text.clone())).collect();
                    prop_assert_eq!(listed, model.into_iter().collect::<Vec<_>>());
                }
            }
        }
    }
}
