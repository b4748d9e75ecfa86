//! The Yew shell: mounts the app, routes, holds the store, renders the pages.

mod app;
pub mod components;
mod edit;
mod pages;
mod route;
mod shell;
mod store;

pub use app::{App, AppProps};

use crate::storage::DEFAULT_PREFIX;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "social-media-planner";

/// Mounts the planner into the standalone page's root element (or the body).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(ROOT_ID)
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        // The server-rendered fallback text goes; the app takes its place.
        root.set_text_content(None);
        yew::Renderer::<App>::with_root_and_props(
            root,
            AppProps {
                storage_prefix: DEFAULT_PREFIX.into(),
            },
        )
        .render();
    }
}
