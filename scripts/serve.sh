#!/usr/bin/env bash
# `make serve`: builds the release app, serves dist/ on http://127.0.0.1:$PORT
# as a static host would (the precompressed copies to a browser that takes
# them, under the strict Content-Security-Policy; scripts/serve.mjs), and
# rebuilds whenever a source changes (reload the page by hand: it offers the
# new version).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
port=${PORT:-8080}
# One build at a time: trunk watch makes the first one too; the server starts
# once it has landed in dist/.
stamp=$(mktemp)
trap 'kill $(jobs -p) 2>/dev/null; rm -f "$stamp"' EXIT
trunk watch --release --ignore dist &
watcher=$!
until [ dist/index.html -nt "$stamp" ] && [ -f dist/sw.js.br ]; do
  kill -0 "$watcher" 2>/dev/null || { echo "serve: the build stopped" >&2; exit 1; }
  sleep 1
done
sleep 1
node scripts/serve.mjs dist "$port"
