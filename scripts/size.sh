#!/usr/bin/env bash
# Prints the gzipped size of the built app and fails past the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
# Budgets by stage: the foundation 250 KB (issue 2), the strategy editor 340
# (issue 3), campaigns 380 (issue 4), data safety 430 (issue 5), the calendar 510
# (issue 6), embedding and offline 530 (issue 7). See README,
# Budgets and measurements.
budget_kb=${SIZE_BUDGET_KB:-530}
# The first load: the app's wasm and scripts. The file writers (writers-*)
# load only when a user first asks for a scheduler's CSV: told apart.
wasm=$(ls dist/*.wasm | grep -v '/writers-')
js=$(ls dist/*.js | grep -v '/writers-')
writers=$(ls dist/writers-*.js dist/writers-*.wasm)
gz() { gzip -9 -c "$@" | wc -c; }
wasm_gz=$(gz $wasm)
js_gz=$(cat $js | gzip -9 -c | wc -c)
css_gz=$(cat dist/*.css | gzip -9 -c | wc -c)
total=$((wasm_gz + js_gz))
printf 'Size: wasm %d KB raw, %d KB gzip; JS %d KB gzip; CSS %d KB gzip; wasm+JS %d KB gzip (budget %d KB)\n' \
  $(( $(wc -c < $wasm) / 1024 )) $((wasm_gz / 1024)) $((js_gz / 1024)) $((css_gz / 1024)) $((total / 1024)) "$budget_kb"
printf 'On demand: the file writers, %d KB gzip\n' $(( $(for f in $writers; do gzip -9 -c "$f"; done | wc -c) / 1024 ))
if [ "$total" -gt $((budget_kb * 1024)) ]; then
  echo "Over budget: the wasm and JS together must stay under ${budget_kb} KB gzipped." >&2
  exit 1
fi
