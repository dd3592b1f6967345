#!/usr/bin/env bash
# npm run bench: builds the native runtime benchmark and runs it side by side with CPython.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh native
python3 bench/compare.py build/native/bench/runtime_bench
# The Python engine (build/native/attendable) against CPython on the same Python programs
# (bench/python/); add --wasm for the wasm engine under node, --cpu to compare CPU time.
python3 bench/compare_python.py --engine build/native/attendable
