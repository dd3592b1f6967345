#!/usr/bin/env python3
"""Shrinks an input that makes fuzz_program fail, keeping the failure.

    tests/fuzz/minimize.py BUILD/tests/fuzz/fuzz_program INPUT OUTPUT [--pattern REGEX]

The input still fails when fuzz_program INPUT prints a line matching REGEX on stderr (by
default the failure's own signature: the ASan SUMMARY line or the first UBSan 'runtime error'
of the original input, or '==fuzz_program== slow input' for an input the watchdog reported).
Removes chunks of lines, then chunks of bytes, while the failure stays (a simple ddmin).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def run(binary, data, timeout):
    with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
        f.write(data)
        path = f.name
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    try:
        p = subprocess.run([binary, "--out", tempfile.gettempdir(), path], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "==fuzz_program== slow input (minimize.py timeout)"
    finally:
        os.unlink(path)


def signature(stderr):
    """A regex for the kind of failure in stderr (not its addresses or values)."""
    m = re.search(r"SUMMARY: \w+Sanitizer: [\w-]+", stderr)
    if m:
        return re.escape(m.group(0))
    m = re.search(r"(\S+:\d+:\d+: runtime error: )((?:[a-z-]+ ){1,3})", stderr)
    if m:
        return re.escape(m.group(1) + m.group(2))
    for text in ("==fuzz_program== slow input", "==fuzz_program== timeout",
                 "==fuzz_program== out of memory", "terminate called", "Sanitizer"):
        if text in stderr:
            return re.escape(text)
    return None


def shrink(units, fails):
    chunk = max(1, len(units) // 2)
    while chunk >= 1:
        i = 0
        changed = False
        while i < len(units):
            candidate = units[:i] + units[i + chunk:]
            if candidate and fails(candidate):
                units = candidate
                changed = True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return units


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--pattern")
    ap.add_argument("--timeout", type=float, default=30)
    args = ap.parse_args()
    data = open(args.input, "rb").read()
    code, stderr = run(args.binary, data, args.timeout)
    pattern = args.pattern or signature(stderr)
    if not pattern or not re.search(pattern, stderr):
        sys.exit(f"the input does not fail (exit {code}):\n{stderr[-2000:]}")
    print(f"keeping failures matching: {pattern}")
    tries = [0]

    def fails(units):
        tries[0] += 1
        blob = b"".join(units)
        return re.search(pattern, run(args.binary, blob, args.timeout)[1]) is not None

    lines = shrink(data.splitlines(keepends=True), fails)
    data = b"".join(lines)
    data = b"".join(shrink([bytes([b]) for b in data], fails))
    open(args.output, "wb").write(data)
    print(f"{len(data)} bytes after {tries[0]} runs: {args.output}")


if __name__ == "__main__":
    main()
