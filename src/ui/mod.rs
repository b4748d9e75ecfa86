//! The Yew shell: mounts the app, routes, holds the store, renders the pages.

mod app;
pub mod components;
mod edit;
pub mod mount;
mod offline;
mod pages;
pub mod probe;
pub mod route;
mod shell;
pub mod store;
pub mod text;

pub use app::{App, AppProps};
pub use mount::ROOT_ID;
/// For the file writers' module (`src/bin/writers.rs`).
pub use shell::{now, to_utc};

/// Mounts the planners the page asks for and looks after offline use: the
/// service worker at `worker`, if given, registered for the standalone page
/// or where an embed asks for it with `data-offline`.
pub fn boot(
    assets: mount::Assets,
    worker: Option<String>,
    writers: Option<js_sys::Function>,
    language: Option<String>,
    words: Option<String>,
) {
    shell::set_writers(writers);
    text::start(language, words);
    mount::mount_page(&assets);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The standalone page works offline; a host page where a planner asks for it
    // with `data-offline`, whose value (if any) is the worker's scope.
    let marked = document
        .query_selector(&format!("[{}][data-offline]", mount::EMBED_ATTRIBUTE))
        .ok()
        .flatten();
    let scope = marked
        .as_ref()
        .and_then(|e| e.get_attribute("data-offline"))
        .filter(|scope| !scope.trim().is_empty());
    let wanted = document.get_element_by_id(ROOT_ID).is_some() || marked.is_some();
    if let (true, Some(worker)) = (wanted, worker) {
        offline::register(&worker, scope.as_deref());
    }
}
