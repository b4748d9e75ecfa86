//! The standalone page: mount the planner into the document.

#[cfg(target_arch = "wasm32")]
fn main() {
    social_media_planner::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The planner runs in a browser: build it with `make serve` (see README.md).");
}
