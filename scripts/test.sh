#!/usr/bin/env bash
# npm test: installs what is missing, builds every preset, runs every test.
#   native: ctest (runtime units, examples, the add_subdirectory consumer)
#   asan:   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   wasm:   the same units and examples on the WebAssembly build, under node
#   browser: the site built into dist/ (vite), tested end to end in Debian's headless Chromium
#            (playwright-core, tests/e2e/)
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1
bash scripts/build.sh all || exit 1

passed=0
failed=0
failures=()
run_group() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

run_group "native tests" ctest --preset native --output-on-failure -j2
run_group "asan tests" ctest --preset asan --output-on-failure -j2
run_group "wasm tests (node)" ctest --preset wasm --output-on-failure
run_group "browser tests (Chromium)" npm run --silent test:e2e

echo
if [ $failed -gt 0 ]; then echo "failed groups: ${failures[*]}"; fi
echo "test groups: $passed passed, $failed failed"
[ $failed -eq 0 ]
