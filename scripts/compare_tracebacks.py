#!/usr/bin/env python3
"""Compares the whole stderr of the engine with CPython 3.11's on the corpus programs that write
to stderr (the corpus itself compares only its last line).

  python3 scripts/compare_tracebacks.py [--engine build/native/attendable] [--filter SUBSTRING]
                                        [--diff]

Each program whose expected .stderr is not empty runs as the corpus runs it (from its folder,
TZ=UTC, empty stdin, `--virtual-time` and its `# flags:`) on the engine and on the oracle
(tests/python/oracle.py, run afresh). Before comparing, both sides lose only what cannot match:
- the frames of files the engine does not have: the oracle's own (cpython_vt.py, oracle.py,
  <frozen runpy>) and those of CPython's standard library, written in Python there (asyncio,
  random...) and hidden or native in the engine; a "Traceback (most recent call last):" header
  left with no frame goes too (a SyntaxError from the oracle's compile());
- the count of "[Previous line repeated N more times]": the oracle's frames take some of the
  recursion limit's;
- memory addresses (0x...).
Prints one line per differing program (with --diff, a unified diff of the normalised stderr)
and a summary; exits 1 when any differs.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "python")
ORACLE = os.path.join(CORPUS, "oracle.py")
STDLIB = sysconfig.get_paths()["stdlib"]
ORACLE_FILES = ("cpython_vt.py", "oracle.py")

FRAME = re.compile(r'^(?P<margin>[ |+-]*?)  File "(?P<file>[^"]*)", line \d+, in ')


def foreign(path):
    return (path.startswith((STDLIB + os.sep, "<frozen "))
            or os.path.basename(path) in ORACLE_FILES)


def normalise(text):
    text = re.sub(r"0x[0-9a-fA-F]+", "0x…", text)
    text = re.sub(r"(\[Previous line repeated )\d+( more times?\])", r"\1N\2", text)
    lines = text.split("\n")
    kept = []
    i = 0
    while i < len(lines):
        match = FRAME.match(lines[i])
        if match and foreign(match["file"]):
            # The frame's own lines (source, carets) are indented past its "File" line.
            body = match["margin"] + "    "
            i += 1
            while i < len(lines) and lines[i].startswith(body):
                i += 1
            continue
        kept.append(lines[i])
        i += 1
    result = []
    for i, line in enumerate(kept):
        header = line.endswith("Traceback (most recent call last):")
        if header and not (i + 1 < len(kept) and FRAME.match(kept[i + 1])):
            continue
        result.append(line)
    return "\n".join(result)


def flags_of(program):
    with open(program, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    return first[len("# flags:"):].split() if first.startswith("# flags:") else []


def run(command, program):
    folder, name = os.path.split(program)
    env = dict(os.environ, TZ="UTC")
    try:
        done = subprocess.run(command + ["--virtual-time"] + flags_of(program) + [name],
                              cwd=folder, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=30)
    except subprocess.TimeoutExpired:
        return "<timed out>"
    return done.stderr.decode("utf-8", "replace")


def programs(filter_text):
    found = []
    for group in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, group)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".py") or filter_text not in f"{group}/{name}":
                continue
            stderr = os.path.join(folder, name[:-3] + ".stderr")
            if os.path.exists(stderr) and os.path.getsize(stderr) > 0:
                found.append(os.path.join(folder, name))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default=os.path.join(ROOT, "build", "native", "attendable"))
    parser.add_argument("--filter", default="")
    parser.add_argument("--diff", action="store_true", help="show each difference")
    options = parser.parse_args()
    engine = [os.path.abspath(options.engine)]
    oracle = [sys.executable, ORACLE]
    differing = 0
    chosen = programs(options.filter)
    for program in chosen:
        name = os.path.relpath(program, CORPUS)
        expected = normalise(run(oracle, program))
        got = normalise(run(engine, program))
        if expected == got:
            continue
        differing += 1
        print(f"DIFF {name}")
        if options.diff:
            sys.stdout.writelines(difflib.unified_diff(
                expected.splitlines(True), got.splitlines(True), "cpython", "engine"))
            print()
    print(f"compare_tracebacks: {len(chosen) - differing} same, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
