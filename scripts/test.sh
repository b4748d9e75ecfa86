#!/usr/bin/env bash
# Every check and every test layer, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Formatting"
cargo fmt --check

step "Lints (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown --features probe -- -D warnings

step "Layer 1: the domain and the app's core, natively"
cargo test
# The core benchmark's smoke run (a few events, no timing asserted).
cargo test --bench core

step "Layer 2: storage and components in headless Chromium"
# With the render probe, which counts what each change draws again.
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features probe --test 'wasm_*'

step "Release build"
TRUNK_OFFLINE=true trunk build --release
scripts/size.sh

step "Layer 3: end to end in Chromium (Playwright)"
npx playwright test
