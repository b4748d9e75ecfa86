//! Editing one item of a list: each field's callback sets that field on a copy of
//! the item and sends the copy on to replace it.

use std::cell::RefCell;
use std::rc::Rc;
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

/// An item's form whose field callbacks are made once: each reads the item,
/// and where to send it, as the form last drew them. So typing in one field
/// draws that field again, not every field of the form with new callbacks.
pub struct Live<T>(Rc<RefCell<Option<Drawn<T>>>>);

/// The item as the form last drew it, and where its changes go.
type Drawn<T> = (T, Callback<T>);

impl<T> Default for Live<T> {
    fn default() -> Self {
        Self(Rc::default())
    }
}

impl<T: Clone + 'static> Live<T> {
    /// What the form draws now, for the callbacks to read when they run.
    pub fn put(&self, item: &T, send: Callback<T>) {
        *self.0.borrow_mut() = Some((item.clone(), send));
    }

    /// A callback that sets one field, through `apply`, on the item as last
    /// drawn, and sends it on.
    pub fn set<V: 'static>(&self, apply: fn(&mut T, V)) -> Callback<V> {
        let cell = self.0.clone();
        Callback::from(move |value: V| {
            // Taken out of the cell first: sending may draw the form again.
            let Some((mut next, send)) = cell.borrow().clone() else {
                return;
            };
            apply(&mut next, value);
            send.emit(next);
        })
    }
}

/// A campaign, post or task the user has just made is not kept if they leave
/// it with nothing in it (another page, another item, Escape): `made` is the
/// put of it as it is now drawn, `None` while it holds something. Leaving is
/// `key` changing or the form going away; the session keeps the item unless
/// it is blank and the latest steps made it.
#[yew::hook]
pub fn use_forget_if_left(key: String, made: Option<crate::plan::Command>) {
    let dispatch = crate::ui::store::use_dispatch();
    // A slot per item: on leaving, the old one still holds its last drawing.
    let slot = yew::use_memo(key.clone(), |_| RefCell::new(None));
    *slot.borrow_mut() = made;
    yew::use_effect_with(key, move |_| {
        move || {
            if let Some(made) = slot.borrow_mut().take() {
                dispatch.send(crate::session::Event::LeftEmpty(made));
            }
        }
    });
}
