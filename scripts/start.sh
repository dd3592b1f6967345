#!/usr/bin/env bash
# npm start: installs what is missing, builds, and serves the playground on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh wasm
echo "build: site (vite) into dist/"
npm run --silent build:site -- --logLevel warn
exec node scripts/serve.mjs dist "${PORT:-5173}"
