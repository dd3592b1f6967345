#!/usr/bin/env bash
# npm run bench: every benchmark of bench/README.md, side by side with CPython. Nothing here is
# asserted: these are measurements.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh native
bash scripts/build.sh wasm
# The C++ runtime against CPython's asyncio (issue 4).
python3 bench/compare.py build/native/bench/runtime_bench
# The Python engine, native and wasm under node (a fresh process, and warm), against CPython on
# the same programs (bench/python/; issues 4 and 5). --cpu compares CPU time instead.
python3 bench/compare_python.py --engine build/native/attendable --wasm --runs 3
# The wasm engine's size and start-up (issue 5).
node tests/wasm/startup_bench.mjs --runs 7
