//! A render probe for the browser tests: each component that matters counts
//! its renders here, so a test can prove that a keystroke re-renders the
//! panel and the one changed chip, not the other days. Compiled in only with
//! the `probe` feature (the tests); in the app, counting is nothing at all.

#[cfg(feature = "probe")]
thread_local! {
    static COUNTS: std::cell::RefCell<std::collections::BTreeMap<&'static str, usize>> =
        Default::default();
}

/// Notes one render of `component`.
#[inline(always)]
pub fn rendered(component: &'static str) {
    #[cfg(feature = "probe")]
    COUNTS.with(|c| *c.borrow_mut().entry(component).or_default() += 1);
    #[cfg(not(feature = "probe"))]
    let _ = component;
}

/// Renders of each component since the last reset.
#[cfg(feature = "probe")]
pub fn counts() -> std::collections::BTreeMap<&'static str, usize> {
    COUNTS.with(|c| c.borrow().clone())
}

#[cfg(feature = "probe")]
pub fn reset() {
    COUNTS.with(|c| c.borrow_mut().clear());
}
