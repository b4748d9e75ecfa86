//! The only code that touches the browser's storage: plans under one key prefix.
//!
//! Keys: `{prefix}plan:{id}` holds one plan in the compact encoding,
//! `{prefix}last-open` the id of the plan used last, `{prefix}theme` the theme
//! chosen, `{prefix}language` the language chosen, and `{prefix}recovery:…` an
//! untouched copy of any saved value that could not be read as it was. Nothing
//! outside the prefix is read or written. A value that cannot be read is never
//! written over, and a plan another tab saved since this one last read it is
//! never written over unseen: the save reports a conflict instead.
//!
//! Values are read and written through gloo-storage's `LocalStorage`, which
//! keeps each as JSON: a plan's compact text is stored as a JSON string. The
//! raw `web_sys::Storage` is used only where gloo cannot serve: to know whether
//! storage is there at all (gloo's calls throw where it is blocked), to list
//! keys and measure values (gloo has neither), and to read or copy a value
//! byte for byte (a plain-JSON save from before the compact encoding, which
//! gloo would parse rather than return, and quarantined values, kept exactly
//! as found).

use crate::exchange::{self, DecodeError, Encoding, Space};
use crate::plan::{said, Plan, PlanId, Said};
use gloo_storage::{errors::StorageError as GlooError, LocalStorage, Storage as _};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const PLAN_KEY: &str = "plan:";
const LAST_OPEN_KEY: &str = "last-open";
/// The theme chosen (`session::Theme`'s key).
const THEME_KEY: &str = "theme";
/// The language chosen (`session::Language`'s key), for the page.
const LANGUAGE_KEY: &str = "language";
const RECOVERY_KEY: &str = "recovery:";
/// What the calendar files written for a plan held (`exchange::ics::Ledger`).
const SENT_KEY: &str = "sent:";

#[wasm_bindgen]
extern "C" {
    /// `localStorage` with `getItem` answering the JS string itself, so a
    /// value is measured without being copied into the wasm.
    type Measured;
    #[wasm_bindgen(method, js_name = getItem)]
    fn item(this: &Measured, key: &str) -> Option<js_sys::JsString>;
}

pub use crate::session::{Loaded, Outside, Repaired, StorageError, Unreadable};

/// A short fingerprint of a stored value, to notice when another tab wrote it
/// (collisions between two saves of one plan are not a worry).
fn fingerprint(text: &str) -> u64 {
    exchange::fingerprint(text.as_bytes())
}

pub struct PlanStore {
    prefix: String,
    /// Keys found unreadable (or from a newer version): never written or removed.
    protected: RefCell<BTreeSet<String>>,
    /// The fingerprint of each plan's value as this tab last read or wrote it.
    known: RefCell<BTreeMap<String, u64>>,
    /// How long each plan's JSON was when this tab last read or wrote it: the
    /// room its next save is written into.
    lengths: RefCell<BTreeMap<String, u64>>,
}

impl PlanStore {
    pub fn new(prefix: impl Into<String>) -> Self {
        Self {
            prefix: prefix.into(),
            protected: RefCell::new(BTreeSet::new()),
            known: RefCell::new(BTreeMap::new()),
            lengths: RefCell::new(BTreeMap::new()),
        }
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    pub fn plan_key(&self, id: &PlanId) -> String {
        format!("{}{PLAN_KEY}{id}", self.prefix)
    }

    fn ledger_key(&self, id: &PlanId) -> String {
        format!("{}{SENT_KEY}{id}", self.prefix)
    }

    fn last_open_key(&self) -> String {
        format!("{}{LAST_OPEN_KEY}", self.prefix)
    }

    fn recovery_key(&self, key: &str) -> String {
        let tail = key.strip_prefix(&self.prefix).unwrap_or(key);
        format!("{}{RECOVERY_KEY}{tail}", self.prefix)
    }

    /// The raw storage, if the page may use it. Every gloo call comes after
    /// this check, since gloo throws where storage is blocked.
    fn storage() -> Result<web_sys::Storage, StorageError> {
        // Reading `localStorage` itself throws where storage is blocked.
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StorageError::Unavailable)
    }

    /// A stored value as this version reads it (see `exchange::unquote_stored`,
    /// the same rule for a value handed over raw).
    fn read(storage: &web_sys::Storage, key: &str) -> Option<String> {
        match LocalStorage::get::<String>(key) {
            Ok(text) => Some(text),
            Err(GlooError::KeyNotFound(_)) => None,
            // Not a JSON string: read byte for byte, as it is.
            Err(_) => storage.get_item(key).ok().flatten(),
        }
    }

    /// Every key in storage that starts with `prefix`, sorted.
    fn keys_with(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
        let count = storage.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect();
        crate::plan::order::sort(&mut keys);
        keys
    }

    /// Keeps an untouched copy of a value we could not use as it was, unless
    /// one is already kept. Returns where the copy is. Raw on both sides: the
    /// copy is the value byte for byte, whatever it holds.
    fn keep_copy(&self, storage: &web_sys::Storage, key: &str) -> Option<String> {
        let recovery = self.recovery_key(key);
        if let Ok(Some(_)) = storage.get_item(&recovery) {
            return Some(recovery);
        }
        let original = storage.get_item(key).ok().flatten()?;
        storage
            .set_item(&recovery, &original)
            .ok()
            .map(|_| recovery)
    }

    /// Reads every plan under the prefix. Values that cannot be read are listed
    /// in `unreadable`, copied to a recovery key and protected from being
    /// written over; plans from a newer version come back read-only.
    pub fn load(&self) -> Result<Loaded, StorageError> {
        let storage = Self::storage()?;
        let mut loaded = Loaded::default();
        let plan_prefix = format!("{}{PLAN_KEY}", self.prefix);
        for key in Self::keys_with(&storage, &plan_prefix) {
            let Some(text) = Self::read(&storage, &key) else {
                continue;
            };
            match self.read_value(&key, &text) {
                Ok((plan, repairs, encoding)) => {
                    if encoding == Encoding::PlainJson {
                        loaded.plain.push(plan.id.clone());
                    }
                    if !repairs.is_empty() {
                        loaded.repaired.push(Repaired {
                            id: plan.id.clone(),
                            name: plan.name.to_string(),
                            repairs,
                            recovery: self.keep_copy(&storage, &key),
                        });
                    }
                    loaded.plans.push(plan);
                }
                Err(Outside::Saved(plan)) => loaded.read_only.push(*plan),
                Err(Outside::Unreadable(mut unreadable)) => {
                    unreadable.recovery = self.keep_copy(&storage, &key);
                    loaded.unreadable.push(unreadable);
                }
                Err(Outside::Deleted(_)) => {}
            }
        }
        // Written by gloo as a JSON string; by earlier versions as the bare id.
        loaded.last_open =
            Self::read(&storage, &self.last_open_key()).and_then(|text| PlanId::parse(&text).ok());
        Ok(loaded)
    }

    /// Reads one stored value. A usable plan comes back with its repairs and
    /// how it was stored; a plan from a newer version comes back as
    /// `Err(Outside::Saved)` (to be shown read-only); anything else, a damaged
    /// compact value included, as `Err(Outside::Unreadable)`. Both are protected.
    fn read_value(
        &self,
        key: &str,
        text: &str,
    ) -> Result<(Plan, Vec<crate::plan::Said>, Encoding), Outside> {
        let key_id = key
            .strip_prefix(&format!("{}{PLAN_KEY}", self.prefix))
            .unwrap_or_default();
        let unreadable = |problem: Said| {
            self.protected.borrow_mut().insert(key.to_owned());
            Outside::Unreadable(Unreadable {
                key: key.to_owned(),
                problem,
                chars: text.chars().count(),
                recovery: None,
            })
        };
        let (envelope, encoding) = match exchange::open_stored(text) {
            Ok(opened) => opened,
            Err(error @ DecodeError::NewerEncoding { .. }) => {
                return Err(unreadable(said!(
                    "{}; update the planner to open it",
                    error.said()
                )))
            }
            Err(other) => return Err(unreadable(other.said())),
        };
        let decoded = match exchange::decode_repairing(&envelope) {
            Ok(decoded) => decoded,
            Err(DecodeError::Newer { found }) => {
                return match exchange::decode_newer(&envelope).filter(|p| p.id.as_str() == key_id) {
                    Some(plan) => {
                        self.protected.borrow_mut().insert(key.to_owned());
                        Err(Outside::Saved(Box::new(plan)))
                    }
                    None => Err(unreadable(said!(
                        "{}; update the planner to open it",
                        DecodeError::Newer { found }.said()
                    ))),
                };
            }
            Err(other) => return Err(unreadable(other.said())),
        };
        if decoded.plan.id.as_str() != key_id {
            return Err(unreadable(said!(
                "it holds the plan “{}” but is stored under another plan's key",
                Said::value(&decoded.plan.id)
            )));
        }
        self.known
            .borrow_mut()
            .insert(key.to_owned(), fingerprint(text));
        self.lengths
            .borrow_mut()
            .insert(key.to_owned(), envelope.len() as u64);
        Ok((decoded.plan, decoded.repairs, encoding))
    }

    /// Makes sense of a change another tab made to one of our keys. `None` when
    /// the key is not one of our plans.
    pub fn outside_change(&self, key: &str, new_value: Option<&str>) -> Option<Outside> {
        let id = key.strip_prefix(&format!("{}{PLAN_KEY}", self.prefix))?;
        let id = PlanId::parse(id).ok()?;
        let Some(raw) = new_value else {
            self.known.borrow_mut().remove(key);
            return Some(Outside::Deleted(id));
        };
        // The event carries the value as stored: read it as `read` would.
        let text = exchange::unquote_stored(raw);
        let text = text.as_ref();
        Some(match self.read_value(key, text) {
            Ok((plan, _, _)) => Outside::Saved(Box::new(plan)),
            Err(Outside::Saved(newer)) => Outside::Unreadable(Unreadable {
                key: key.to_owned(),
                problem: said!(
                    "another tab saved “{}” with a newer version of the planner",
                    Said::value(&newer.name)
                ),
                chars: text.chars().count(),
                recovery: None,
            }),
            Err(other) => other,
        })
    }

    /// What is stored for a plan now, read afresh (the other tab's version in a
    /// conflict); `Ok(None)` when nothing is stored under its key.
    pub fn stored_plan(&self, id: &PlanId) -> Result<Option<Plan>, StorageError> {
        let key = self.plan_key(id);
        let Some(text) = Self::read(&Self::storage()?, &key) else {
            return Ok(None);
        };
        Ok(self.read_value(&key, &text).ok().map(|(plan, _, _)| plan))
    }

    /// Whether a plan's stored value is still the one this tab last read or
    /// wrote; nothing stored and nothing known also counts as unchanged.
    fn unchanged(&self, storage: &web_sys::Storage, key: &str) -> bool {
        let stored = Self::read(storage, key);
        match (stored, self.known.borrow().get(key)) {
            (Some(text), Some(known)) => fingerprint(&text) == *known,
            (None, None) => true,
            (Some(_), None) | (None, Some(_)) => false,
        }
    }

    pub fn save_plan(&self, plan: &Plan) -> Result<(), StorageError> {
        let key = self.plan_key(&plan.id);
        if self.protected.borrow().contains(&key) {
            return Err(StorageError::Protected(key));
        }
        let storage = Self::storage()?;
        if !self.unchanged(&storage, &key) {
            return Err(StorageError::Conflict(plan.id.clone()));
        }
        let room = self.lengths.borrow().get(&key).map_or(0, |n| *n as usize);
        // A little more than last time, so a plan that grew is not copied.
        let (text, length) = exchange::encode_compact_sized(plan, room + room / 64)
            .map_err(|e| StorageError::Encode(e.to_string()))?;
        LocalStorage::set(&key, &text).map_err(refusal)?;
        self.lengths.borrow_mut().insert(key.clone(), length as u64);
        self.known.borrow_mut().insert(key, fingerprint(&text));
        Ok(())
    }

    pub fn delete_plan(&self, id: &PlanId) -> Result<(), StorageError> {
        let key = self.plan_key(id);
        if self.protected.borrow().contains(&key) {
            return Err(StorageError::Protected(key));
        }
        let storage = Self::storage()?;
        if !self.unchanged(&storage, &key) {
            return Err(StorageError::Conflict(id.clone()));
        }
        LocalStorage::delete(&key);
        self.known.borrow_mut().remove(&key);
        Ok(())
    }

    /// Takes note that this tab now holds what is stored for a plan (the other
    /// tab's version, taken in a conflict), so its next save is not a conflict.
    pub fn accept_stored(&self, id: &PlanId) {
        let key = self.plan_key(id);
        let stored = Self::storage().ok().and_then(|s| Self::read(&s, &key));
        let mut known = self.known.borrow_mut();
        match stored {
            Some(text) => known.insert(key, fingerprint(&text)),
            None => known.remove(&key),
        };
    }

    /// The ledger of the calendar files written for a plan, as text; empty
    /// when there is none or storage is out of reach.
    pub fn ledger(&self, id: &PlanId) -> String {
        let key = self.ledger_key(id);
        Self::storage()
            .ok()
            .and_then(|s| s.get_item(&key).ok().flatten())
            .unwrap_or_default()
    }

    pub fn keep_ledger(&self, id: &PlanId, text: &str) -> Result<(), StorageError> {
        let key = self.ledger_key(id);
        Self::storage()?
            .set_item(&key, text)
            .map_err(|_| StorageError::Full)
    }

    /// A setting of this browser's (the theme, the language), as stored.
    fn setting(&self, name: &str) -> Option<String> {
        Self::setting_under(&self.prefix, name)
    }

    fn setting_under(prefix: &str, name: &str) -> Option<String> {
        let key = format!("{prefix}{name}");
        Self::storage().ok()?.get_item(&key).ok().flatten()
    }

    fn set_setting(&self, name: &str, value: &str) -> Result<(), StorageError> {
        Self::set_setting_under(&self.prefix, name, value)
    }

    fn set_setting_under(prefix: &str, name: &str, value: &str) -> Result<(), StorageError> {
        let key = format!("{prefix}{name}");
        Self::storage()?
            .set_item(&key, value)
            .map_err(|_| StorageError::Full)
    }

    /// The theme chosen in this browser, or the system's.
    pub fn theme(&self) -> crate::session::Theme {
        crate::session::Theme::from_key(self.setting(THEME_KEY).as_deref().unwrap_or_default())
    }

    pub fn set_theme(&self, theme: crate::session::Theme) -> Result<(), StorageError> {
        self.set_setting(THEME_KEY, theme.key())
    }

    /// The language chosen in this browser, if one was: the standalone
    /// page's, or every embed's (`embed::language_prefix`).
    pub fn language(&self) -> Option<crate::session::Language> {
        let prefix = crate::embed::language_prefix(&self.prefix);
        crate::session::Language::from_key(&Self::setting_under(prefix, LANGUAGE_KEY)?)
    }

    pub fn set_language(&self, language: crate::session::Language) -> Result<(), StorageError> {
        let prefix = crate::embed::language_prefix(&self.prefix);
        Self::set_setting_under(prefix, LANGUAGE_KEY, language.key())
    }

    pub fn set_last_open(&self, id: Option<&PlanId>) -> Result<(), StorageError> {
        Self::storage()?;
        let key = self.last_open_key();
        match id {
            Some(id) => LocalStorage::set(&key, id.as_str()).map_err(refusal)?,
            None => LocalStorage::delete(&key),
        }
        Ok(())
    }

    /// The value under a key of ours exactly as stored, to download it (raw:
    /// byte for byte).
    pub fn raw(&self, key: &str) -> Option<String> {
        if !key.starts_with(&self.prefix) {
            return None;
        }
        Self::storage().ok()?.get_item(key).ok().flatten()
    }

    /// Removes an unreadable value and its recovery copy: only ever on the user's
    /// say-so.
    pub fn discard(&self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(&self.prefix) {
            return Ok(());
        }
        Self::storage()?;
        LocalStorage::delete(key);
        LocalStorage::delete(self.recovery_key(key));
        self.protected.borrow_mut().remove(key);
        Ok(())
    }

    /// How the site's storage is used: each plan, all of the planner's keys,
    /// and everything the site keeps. Values are measured in place, never
    /// copied into the wasm.
    pub fn space(&self) -> Space {
        let Ok(storage) = Self::storage() else {
            return Space::default();
        };
        let plan_prefix = format!("{}{PLAN_KEY}", self.prefix);
        let mut space = Space::default();
        let measured: &Measured = storage.unchecked_ref();
        for key in Self::keys_with(&storage, "") {
            let value = measured.item(&key).map_or(0, |v| v.length() as usize);
            let units = key.encode_utf16().count() + value;
            space.site += units;
            if key.starts_with(&self.prefix) {
                space.ours += units;
            }
            if key.starts_with(&plan_prefix) {
                space.plans.push((key, units));
            }
        }
        space
    }
}

/// A failed gloo-storage write, as a reason a person can act on.
fn refusal(error: GlooError) -> StorageError {
    match error {
        GlooError::JsError(e) if is_quota(&e.name) => StorageError::Full,
        GlooError::JsError(e) => StorageError::Refused(e.message),
        GlooError::SerdeError(e) => StorageError::Encode(e.to_string()),
        GlooError::KeyNotFound(key) => StorageError::Refused(format!("{key} is not there")),
    }
}

/// Browsers name a full store differently: `QuotaExceededError` in most,
/// `NS_ERROR_DOM_QUOTA_REACHED` in older Firefox.
fn is_quota(name: &str) -> bool {
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}
