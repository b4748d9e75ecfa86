//! A part of a plan shared between the plan and its earlier states (undo),
//! and copied only when it is changed while shared: an edit to a post leaves
//! the strategy and the campaigns where they were, and an edit to the story
//! copies the story, not the personas beside it.
//!
//! It reads as the value it holds (`plan.strategy.story.positioning`), and
//! writing through it (`plan.strategy.story.positioning = …`) first makes it
//! the plan's own. Equal parts that are the same value compare without being
//! looked at.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

pub struct Piece<T>(Rc<T>);

impl<T> Piece<T> {
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }

    /// Whether both are the very same value.
    pub fn same(a: &Self, b: &Self) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
}

impl<T> Clone for Piece<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> Deref for Piece<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Piece<T> {
    /// Copies the value first if anything else holds it.
    fn deref_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T> From<T> for Piece<T> {
    fn from(value: T) -> Self {
        Self::new(value)
    }
}

impl<T: Default> Default for Piece<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

impl<T: PartialEq> PartialEq for Piece<T> {
    fn eq(&self, other: &Self) -> bool {
        Self::same(self, other) || *self.0 == *other.0
    }
}

impl<T: Eq> Eq for Piece<T> {}

impl<T: fmt::Debug> fmt::Debug for Piece<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Serialize> Serialize for Piece<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Piece<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self::new)
    }
}

impl<T> AsRef<T> for Piece<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<'a, T> IntoIterator for &'a Piece<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T: Clone> IntoIterator for &'a mut Piece<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;

    /// Makes the list the plan's own first (see `DerefMut`).
    fn into_iter(self) -> Self::IntoIter {
        Rc::make_mut(&mut self.0).iter_mut()
    }
}

impl<T> FromIterator<T> for Piece<Vec<T>> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Self::new(items.into_iter().collect())
    }
}

impl<T: super::strategy::Item> super::strategy::Item for Piece<T> {
    type Id = T::Id;
    fn id(&self) -> &T::Id {
        self.0.id()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writing_to_a_shared_part_copies_it_and_leaves_the_other_alone() {
        let a = Piece::new(vec![1, 2, 3]);
        let mut b = a.clone();
        assert!(Piece::same(&a, &b));
        b.push(4);
        assert!(!Piece::same(&a, &b));
        assert_eq!(*a, vec![1, 2, 3]);
        assert_eq!(*b, vec![1, 2, 3, 4]);
        // Held alone, it is written in place.
        let before = Rc::as_ptr(&b.0);
        b.push(5);
        assert_eq!(Rc::as_ptr(&b.0), before);
    }

    #[test]
    fn parts_compare_by_what_they_hold() {
        assert_eq!(Piece::new("x".to_owned()), Piece::new("x".to_owned()));
        assert_ne!(Piece::new(1), Piece::new(2));
        let json = serde_json::to_string(&Piece::new(vec!["a"])).unwrap();
        assert_eq!(json, r#"["a"]"#);
        let back: Piece<Vec<String>> = serde_json::from_str(&json).unwrap();
        assert_eq!(*back, vec!["a".to_owned()]);
    }
}
