//! The Yew shell: mounts the app, routes, holds the store, renders the pages.

mod app;
pub mod components;
mod edit;
pub mod mount;
mod offline;
mod pages;
mod route;
mod shell;
mod store;

pub use app::{App, AppProps};
pub use mount::ROOT_ID;

/// Mounts the planners the page asks for and looks after offline use: the
/// service worker at `worker`, if given, registered for the standalone page
/// or where an embed asks for it with `data-offline`.
pub fn boot(assets: mount::Assets, worker: Option<String>) {
    mount::mount_page(&assets);
    let wanted = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| {
            d.get_element_by_id(ROOT_ID).is_some()
                || d.query_selector(&format!("[{}][data-offline]", mount::EMBED_ATTRIBUTE))
                    .ok()
                    .flatten()
                    .is_some()
        });
    if let (true, Some(worker)) = (wanted, worker) {
        offline::register(&worker);
    }
}
