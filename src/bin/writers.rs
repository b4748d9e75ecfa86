//! The file writers the planner loads when a page that needs them first
//! opens (see `exchange::writers`): the calendar file, the schedulers' CSVs,
//! the plan as a document and its Markdown, in a module of their own, so
//! the first load does not carry them. `scripts/post-build.mjs` names it
//! after its content and `planner.js` imports it on demand.

#[cfg(target_arch = "wasm32")]
mod web {
    use social_media_planner::{exchange, ui};
    use wasm_bindgen::prelude::*;

    /// What `request` asks of the plan in `envelope`, the calendar files sent
    /// being in `ledger`: `exchange::writers::answer`, with the browser's
    /// clock and time zones.
    #[wasm_bindgen]
    pub fn write(request: &str, envelope: &str, ledger: &str) -> Vec<String> {
        let (now, shown) = (ui::now(), &ui::text::Shown);
        exchange::writers::answer_in(request, envelope, ledger, now, &ui::to_utc, shown)
    }

    /// Says what the writers write in `language`, from `words`, its
    /// translation: the one the loader fetched for the page
    /// (`ui::text::start`).
    #[wasm_bindgen]
    pub fn speak(language: String, words: String) {
        ui::text::start(Some(language), Some(words));
    }
}

fn main() {
    // Nothing: the planner calls `write` when it needs a file.
}
