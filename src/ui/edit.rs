//! Editing one item of a list: each field's callback sets that field on a copy of
//! the item and sends the copy on to replace it.

use yew::Callback;

pub struct Updater<T> {
    item: T,
    send: Callback<T>,
}

impl<T: Clone + 'static> Updater<T> {
    pub fn new(item: &T, send: Callback<T>) -> Self {
        Self {
            item: item.clone(),
            send,
        }
    }

    /// A callback that sets one field, through `apply`, and sends the item on.
    pub fn set<V: 'static>(&self, apply: fn(&mut T, V)) -> Callback<V> {
        let item = self.item.clone();
        let send = self.send.clone();
        Callback::from(move |value: V| {
            let mut next = item.clone();
            apply(&mut next, value);
            send.emit(next);
        })
    }
}
