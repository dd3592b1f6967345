#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing Attendable, and nothing
# more: a machine that already has everything passes through in well under a second.
# System packages come from Debian (apt-get), web packages from npm (npm ci). Nothing downloads
# a toolchain or a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

# binaryen comes with emscripten; named for its wasm-split, which divides the wasm engine in two.
required_packages=(cmake g++ make emscripten binaryen doctest-dev chromium)
missing=()
for package in "${required_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
