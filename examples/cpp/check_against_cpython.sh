#!/usr/bin/env bash
# Regenerates each example's .expected file from the C++ build and checks it against CPython:
# the same program in python/NAME.py, run by ../shared/tools/cpython_vt.py (CPython with the same
# virtual clock). 05_future differs on its first line only: C++ prints the future's repr where
# Python prints type(fut).
# Usage: examples/cpp/check_against_cpython.sh   (after building the native preset)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
oracle=${ORACLE:-$repo/../shared/tools/cpython_vt.py}
export TZ=UTC
status=0
for source in "$here"/[0-9]*.cpp; do
  name=$(basename "$source" .cpp)
  "$repo/build/native/examples/cpp/example_$name" --virtual-time >"$here/$name.expected"
  python3 "$oracle" --display "$here/python/$name.py" >/tmp/cpython-$name.out
  skip=0
  [ "$name" = 05_future ] && skip=1
  if diff <(tail -n +$((skip + 1)) "$here/$name.expected") <(tail -n +$((skip + 1)) /tmp/cpython-$name.out); then
    echo "same as CPython: $name"
  else
    echo "DIFFERS from CPython: $name"
    status=1
  fi
done
exit $status
