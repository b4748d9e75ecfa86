//! The planner's entry points in the browser: the loader (`planner.js`, made
//! at build time by `scripts/post-build.mjs`) starts the wasm, then calls
//! `boot`; host pages reach `mount` and `unmount` through the one object the
//! loader puts on `window`, `SocialMediaPlanner`.

#[cfg(target_arch = "wasm32")]
mod web {
    use social_media_planner::embed::EmbedOptions;
    use social_media_planner::ui::mount::{self, Assets, Handle, MountError};
    use wasm_bindgen::prelude::*;

    /// Mounts what the page asks for: the standalone root, and every element
    /// marked `data-social-planner`; then looks after offline use. `writers`
    /// loads the file writers on demand; `words` are the translation of
    /// `language`, when the planner starts in another language than English.
    #[wasm_bindgen]
    pub fn boot(
        stylesheet: Option<String>,
        worker: Option<String>,
        writers: Option<js_sys::Function>,
        language: Option<String>,
        words: Option<String>,
    ) {
        social_media_planner::ui::boot(Assets { stylesheet }, worker, writers, language, words);
    }

    /// A planner mounted by hand.
    #[wasm_bindgen]
    pub struct Planner(Handle);

    #[wasm_bindgen]
    impl Planner {
        /// Takes the planner away: every node, listener and timer it made.
        /// Its saved plans stay saved.
        pub fn destroy(&self) {
            self.0.destroy();
        }

        #[wasm_bindgen(getter)]
        pub fn mounted(&self) -> bool {
            self.0.is_mounted()
        }
    }

    /// Mounts a planner in `element`, with its plans under `storage_key`.
    #[wasm_bindgen]
    pub fn mount(
        element: web_sys::Element,
        storage_key: Option<String>,
        routing: Option<String>,
        stylesheet: Option<String>,
    ) -> Result<Planner, JsError> {
        let options = EmbedOptions::parse(storage_key.as_deref(), routing.as_deref())
            .map_err(|e| JsError::new(&format!("Social Media Planner: {e}")))?;
        mount::mount_embed(&element, &options, &Assets { stylesheet })
            .map(Planner)
            .map_err(|MountError(problem)| {
                JsError::new(&format!("Social Media Planner: {problem}"))
            })
    }

    /// Takes away the planner in `element`, however it was mounted. Whether
    /// there was one.
    #[wasm_bindgen]
    pub fn unmount(element: web_sys::Element) -> bool {
        match mount::mounted_in(&element) {
            Some(handle) => {
                handle.destroy();
                true
            }
            None => false,
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // Nothing until the loader calls `boot`: it knows where the build's files are.
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The planner runs in a browser: build it with `make serve` (see README.md).");
}
