#!/usr/bin/env python3
"""Runs programs through with_prelude.py and compares them with their expected files, as
tests/python/run_corpus.mjs does: stdout identical, exit status identical, last non-empty line
of stderr identical, after replacing 0x[0-9a-f]+ by 0x… on both sides.

  run_all.py                 the corpus groups (scheduling cancellation timeouts sync errors
                             modules tutorial display) and tests/python/combinators/
  run_all.py corpus|own      one of the two
  run_all.py --regen         rewrite tests/python/combinators/*.stdout/.stderr/.exit with unpatched CPython
  run_all.py -v              show the differences
  run_all.py --public-only   the prelude without the native `_cancel_message` attribute
"""
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "python"))
GROUPS = ["scheduling", "cancellation", "timeouts", "sync", "errors", "modules", "tutorial",
          "display"]
OWN = os.path.join(CORPUS, "combinators")  # the prelude's own programs, in the corpus
RUNNER = os.path.join(HERE, "with_prelude.py")


def norm(s):
    return re.sub(r"0x[0-9a-fA-F]+", "0x…", s)


def last_line(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return norm(lines[-1]) if lines else ""


PUBLIC_ONLY = "--public-only" in sys.argv


def run(path, unpatched=False):
    d, name = os.path.split(path)
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    flags = first[len("# flags:"):].split() if first.startswith("# flags:") else []
    mode = ["--unpatched"] if unpatched else (["--public-only"] if PUBLIC_ONLY else [])
    cmd = [sys.executable, RUNNER] + mode + flags + [name]
    env = dict(os.environ, TZ="UTC")
    p = subprocess.run(cmd, cwd=d, stdin=subprocess.DEVNULL, capture_output=True, env=env,
                       timeout=60)
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode


def expected(path):
    base = path[:-3]
    def rd(ext):
        with open(base + ext, encoding="utf-8", errors="replace") as f:
            return f.read()
    return rd(".stdout"), rd(".stderr"), int(rd(".exit").strip() or 0)


def check(path):
    out, err, rc = run(path)
    eout, eerr, erc = expected(path)
    problems = []
    if norm(out) != norm(eout):
        problems.append(("stdout", eout, out))
    if rc != erc:
        problems.append(("exit", str(erc), str(rc)))
    if last_line(err) != last_line(eerr):
        problems.append(("stderr", last_line(eerr), last_line(err) + "\n--- full stderr:\n" + err))
    return path, problems


def programs(which):
    res = []
    if which in ("all", "corpus"):
        for g in GROUPS:
            gd = os.path.join(CORPUS, g)
            res += sorted(os.path.join(gd, f) for f in os.listdir(gd) if f.endswith(".py"))
    if which in ("all", "own"):
        res += sorted(os.path.join(OWN, f) for f in os.listdir(OWN) if f.endswith(".py"))
    return res


def regen():
    for path in programs("own"):
        out, err, rc = run(path, unpatched=True)
        base = path[:-3]
        for ext, v in ((".stdout", out), (".stderr", err), (".exit", f"{rc}\n")):
            with open(base + ext, "w", encoding="utf-8") as f:
                f.write(v)
    print("regenerated", len(programs("own")))


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    if "--regen" in args:
        regen()
        return
    which = [a for a in args if not a.startswith("-")]
    which = which[0] if which else "all"
    paths = programs(which)
    with concurrent.futures.ThreadPoolExecutor(8) as ex:
        results = list(ex.map(check, paths))
    counts = {}
    failed = 0
    for path, problems in results:
        key = "own" if path.startswith(OWN) else "corpus"
        ok, total = counts.get(key, (0, 0))
        counts[key] = (ok + (not problems), total + 1)
        if problems:
            failed += 1
            print("FAIL", os.path.relpath(path, HERE))
            if verbose:
                for what, exp, got in problems:
                    print(f"  {what}: expected\n{exp}\n  got\n{got}")
    for key, (ok, total) in counts.items():
        print(f"{key}: {ok}/{total} pass")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
