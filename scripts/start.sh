#!/usr/bin/env bash
# npm start: installs what is missing, builds, and serves the playground on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh wasm
exec node scripts/serve.mjs web "${PORT:-5173}"
