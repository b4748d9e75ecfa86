#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs, and only what is
# missing; quick when everything is present. Only package registries are used.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

with_browser=false
[ "${1:-}" = "--browser" ] && with_browser=true

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

# trunk 0.22 needs a newer rustc than 1.95; 0.21 builds here.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  step "Installing trunk 0.21 (about 15 minutes on 2 cores, once)"
  cargo install --locked trunk --version '~0.21'
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or trunk would try to
# download another. Its own lock file names a crate the registry lacks: no --locked.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -z "$wanted" ]; then
  echo "Cargo.lock names no wasm-bindgen version" >&2
  exit 1
fi
if [ "$have" != "$wanted" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "Installing wasm-bindgen-cli $wanted (about 7 minutes, once)"
  cargo install wasm-bindgen-cli --version "$wanted" --force
fi

# npm packages: wasm-opt (binaryen) and Playwright, exactly as package-lock.json says.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages (wasm-opt, Playwright)"
  npm ci --no-audit --no-fund
fi

if $with_browser && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  step "Installing Chromium and ChromeDriver from Debian"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
fi

# pdftotext reads back the printed strategy's PDF in the end-to-end tests.
if $with_browser && ! command -v pdftotext >/dev/null; then
  step "Installing poppler-utils (pdftotext) from Debian"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils
fi
