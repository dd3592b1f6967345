#!/usr/bin/env python3
"""Differential fuzzing: fuzz_template.py with seeds FROM..TO, run under unpatched CPython and with
the prelude patched in; prints the seeds whose stdout/exit/last stderr line differ.
Usage: run_fuzz.py FROM TO"""
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "..", "with_prelude.py")
TEMPLATE = open(os.path.join(HERE, "fuzz_template.py")).read()


def norm(s):
    return re.sub(r"0x[0-9a-fA-F]+", "0x…", s)


def last(s):
    l = [x for x in s.splitlines() if x.strip()]
    return norm(l[-1]) if l else ""


def one(seed):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "f.py")
        with open(p, "w") as f:
            f.write(TEMPLATE.replace("SEED = 0", f"SEED = {seed}"))
        outs = []
        for extra in (["--unpatched"], []):
            try:
                r = subprocess.run([sys.executable, RUNNER] + extra + ["f.py"], cwd=d,
                                   capture_output=True, text=True, timeout=20,
                                   env=dict(os.environ, TZ="UTC"))
            except subprocess.TimeoutExpired:
                outs.append(("", "hang", ""))
                continue
            outs.append((norm(r.stdout), r.returncode, last(r.stderr)))
        return seed, outs[0] == outs[1], outs


def main():
    a, b = int(sys.argv[1]), int(sys.argv[2])
    bad = 0
    lines = 0
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 4) as ex:
        for seed, same, outs in ex.map(one, range(a, b)):
            lines += outs[0][0].count("\n")
            if not same:
                bad += 1
                print("DIFF seed", seed, outs[0][1:], outs[1][1:])
    print(f"{b - a} seeds, {bad} differ, {lines} output lines compared")


if __name__ == "__main__":
    main()
