//! The only code that touches the browser's storage: plans under one key prefix.
//!
//! Keys: `{prefix}plan:{id}` holds one plan in the save envelope, and
//! `{prefix}last-open` the id of the plan used last. Nothing outside the prefix is
//! read or written. A value under our prefix that cannot be read is reported and
//! never written over: the user's data outlives our bugs.

use crate::exchange::{self, DecodeError};
use crate::plan::{Plan, PlanId};
use std::cell::RefCell;
use std::collections::BTreeSet;
use thiserror::Error;
use wasm_bindgen::JsCast;

/// The prefix of the standalone page; embeds choose their own.
pub const DEFAULT_PREFIX: &str = "social-media-planner:";

const PLAN_KEY: &str = "plan:";
const LAST_OPEN_KEY: &str = "last-open";

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("this browser does not let the page keep data (storage is blocked or unavailable)")]
    Unavailable,
    #[error("the browser's storage for this site is full")]
    Full,
    #[error("saved data that could not be read is kept at {0}, and is not written over")]
    Protected(String),
    #[error("the plan could not be written ({0})")]
    Encode(String),
    #[error("the browser refused to store it ({0})")]
    Refused(String),
}

/// A value under our prefix that could not be read as a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub problem: String,
    pub chars: usize,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    pub unreadable: Vec<Unreadable>,
    pub last_open: Option<PlanId>,
}

pub struct PlanStore {
    prefix: String,
    /// Keys found unreadable at load: never written or removed by us.
    protected: RefCell<BTreeSet<String>>,
}

impl PlanStore {
    pub fn new(prefix: impl Into<String>) -> Self {
        Self {
            prefix: prefix.into(),
            protected: RefCell::new(BTreeSet::new()),
        }
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    pub fn plan_key(&self, id: &PlanId) -> String {
        format!("{}{PLAN_KEY}{id}", self.prefix)
    }

    fn last_open_key(&self) -> String {
        format!("{}{LAST_OPEN_KEY}", self.prefix)
    }

    fn storage() -> Result<web_sys::Storage, StorageError> {
        // Reading `localStorage` itself throws where storage is blocked.
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StorageError::Unavailable)
    }

    /// Every key in storage that starts with our prefix and names a plan.
    fn plan_keys(&self, storage: &web_sys::Storage) -> Vec<String> {
        let plan_prefix = format!("{}{PLAN_KEY}", self.prefix);
        let count = storage.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&plan_prefix))
            .collect();
        keys.sort();
        keys
    }

    /// Reads every plan under the prefix. Values that cannot be read are listed in
    /// `unreadable` and protected from being written over.
    pub fn load(&self) -> Result<Loaded, StorageError> {
        let storage = Self::storage()?;
        let mut loaded = Loaded::default();
        let plan_prefix = format!("{}{PLAN_KEY}", self.prefix);
        for key in self.plan_keys(&storage) {
            let Ok(Some(text)) = storage.get_item(&key) else {
                continue;
            };
            let key_id = &key[plan_prefix.len()..];
            match read_plan(key_id, &text) {
                Ok(plan) => loaded.plans.push(plan),
                Err(problem) => {
                    self.protected.borrow_mut().insert(key.clone());
                    loaded.unreadable.push(Unreadable {
                        key,
                        problem,
                        chars: text.chars().count(),
                    });
                }
            }
        }
        loaded.last_open = storage
            .get_item(&self.last_open_key())
            .ok()
            .flatten()
            .and_then(|text| PlanId::parse(&text).ok());
        Ok(loaded)
    }

    pub fn save_plan(&self, plan: &Plan) -> Result<(), StorageError> {
        let key = self.plan_key(&plan.id);
        if self.protected.borrow().contains(&key) {
            return Err(StorageError::Protected(key));
        }
        let text = exchange::encode(plan).map_err(|e| StorageError::Encode(e.to_string()))?;
        Self::storage()?
            .set_item(&key, &text)
            .map_err(|e| describe_failure(&e))
    }

    pub fn delete_plan(&self, id: &PlanId) -> Result<(), StorageError> {
        let key = self.plan_key(id);
        if self.protected.borrow().contains(&key) {
            return Err(StorageError::Protected(key));
        }
        Self::storage()?
            .remove_item(&key)
            .map_err(|e| describe_failure(&e))
    }

    pub fn set_last_open(&self, id: Option<&PlanId>) -> Result<(), StorageError> {
        let storage = Self::storage()?;
        let key = self.last_open_key();
        match id {
            Some(id) => storage.set_item(&key, id.as_str()),
            None => storage.remove_item(&key),
        }
        .map_err(|e| describe_failure(&e))
    }
}

/// Reads one stored value as a plan, checking it sits under its own id's key.
fn read_plan(key_id: &str, text: &str) -> Result<Plan, String> {
    let plan = exchange::decode(text).map_err(|e| match e {
        DecodeError::Newer { .. } => format!("{e}; update the planner to open it"),
        other => other.to_string(),
    })?;
    if plan.id.as_str() != key_id {
        return Err(format!(
            "it holds the plan \"{}\" but is stored under another plan's key",
            plan.id
        ));
    }
    Ok(plan)
}

/// Turns a failed storage call into a reason a person can act on. Browsers name a
/// full store differently: `QuotaExceededError` (code 22) in most,
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in older Firefox.
fn describe_failure(error: &wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e)
            if e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || e.code() == 22
                || e.code() == 1014 =>
        {
            StorageError::Full
        }
        Some(e) => StorageError::Refused(e.message()),
        None => StorageError::Refused(
            error
                .as_string()
                .unwrap_or_else(|| "no reason given".to_owned()),
        ),
    }
}
