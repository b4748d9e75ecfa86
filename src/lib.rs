//! Social Media Planner: from strategy to campaigns to calendar, in the browser.
//!
//! `plan`, `exchange`, `session` and `embed` are pure and build natively; `storage` and
//! `ui` exist only in the browser build.

pub mod embed;
pub mod exchange;
pub mod heap;
pub mod plan;
pub mod route;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
