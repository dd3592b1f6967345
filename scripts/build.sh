#!/usr/bin/env bash
# Configures and builds one CMake preset (native, asan, wasm) or all of them.
# Usage: scripts/build.sh [native|asan|wasm|all]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Emscripten runs its JavaScript optimizer with node, which needs the system modules.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

build_preset() {
  echo "build: $1"
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j 2
}

case "${1:-all}" in
  native | asan | wasm) build_preset "$1" ;;
  all) for preset in native asan wasm; do build_preset "$preset"; done ;;
  *)
    echo "usage: scripts/build.sh [native|asan|wasm|all]" >&2
    exit 2
    ;;
esac
