"""Runs the Python-level benchmarks (bench/python/*.py) on Attendable and on CPython, side by side.

Usage: python3 bench/compare_python.py [--engine PATH] [--wasm] [--runs N] [--cpu] [--json]

Each program in bench/python/ runs unchanged on both engines and prints one JSON line with its
own measurement. The runs alternate (CPython, engine, CPython, engine, ...) so that both see the
same machine load, and each side keeps its best (lowest) value of each figure. The ratio is
engine / CPython on the same figure: lower is better everywhere; the targets are issue 4,
section 6 for the native engine and issue 5, section 5 for the wasm one. Nothing is asserted: exit status 0 unless a program fails on CPython.

  --engine PATH  the native CLI (default: build/native/attendable)
  --wasm         also run the wasm engine, twice: through `node wasm/cli.mjs`, a fresh
                 process per run ([wasm] rows), and through bench/wasm_warm.mjs, the third
                 run of the program on one engine, as in the page from the second Run on
                 ([wasm, warm] rows; not for memory). Skipped, with a note, when the built
                 engine is absent. The wasm rows always compare wall time, see metric_for
  --runs N       runs per program and side (default 5; 3 for the memory benchmark)
  --cpu          compare CPU time (time.process_time) instead of wall time (time.perf_counter)
                 for the timed benchmarks; the sleepers benchmark is CPU time either way
  --json         print the results as one JSON object instead of the table

The memory benchmark is measured from outside: the peak RSS of the whole process (wait4's
ru_maxrss) with N = 100 000 sleeping tasks minus that with N = 0, divided by N, for both.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'python')
TIMEOUT = 600
MEMORY_TASKS = 100000

# (key, program, label, unit, scale, target ratios {native: issue 4, wasm: issue 5})
TIMED = [
    ('switches', 'switches.py', '100 tasks x 1000 sleep(0)', 'ms', 1e3,
     {'native': 0.3, 'wasm': 0.5}),
    ('sleepers', 'sleepers.py', '10k sleeping tasks, loop overhead', 'ms', 1e3,
     {'native': 0.5, 'wasm': 0.5}),
    ('fib', 'fib.py', 'recursive fib(25)', 'ms', 1e3, {'native': 1.5, 'wasm': 2.0}),
    ('arith_loop', 'arith_loop.py', '1M-iteration arithmetic loop', 'ms', 1e3,
     {'native': 1.5, 'wasm': 2.0}),
]
# Issue 5 sets no memory target for the wasm engine.
MEMORY = ('sleeping_memory', 'sleeping_memory.py', 'bytes per sleeping task (peak RSS)', 'B', 1,
          {'native': 0.3})


class RunFailed(Exception):
    pass


def run(cmd, program, stdin_text=''):
    """Runs cmd + [program]; returns (the last JSON line it printed, peak RSS in bytes)."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        try:
            proc = subprocess.Popen(cmd + [program], stdin=subprocess.PIPE, stdout=out,
                                    stderr=err, cwd=PROGRAMS)
        except OSError as e:  # e.g. the engine is being relinked at this moment
            raise RunFailed(f'cannot start {cmd[0]}: {e}') from e
        try:
            proc.stdin.write(stdin_text.encode())
            proc.stdin.close()
        except BrokenPipeError:
            pass
        # wait4, not proc.wait(): it gives this child's own rusage (ru_maxrss, in KiB on Linux).
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors='replace'), err.read().decode(errors='replace')
    if proc.returncode != 0:
        raise RunFailed(f'exit status {proc.returncode}: {(stderr or stdout).strip()}')
    lines = [line for line in stdout.splitlines() if line.startswith('{')]
    if not lines:
        raise RunFailed(f'no JSON line in its output: {stdout.strip()!r} {stderr.strip()!r}')
    return json.loads(lines[-1]), usage.ru_maxrss * 1024


def engines(args):
    found = [('native', [args.engine])]
    if args.wasm:
        cli = os.path.join(ROOT, 'wasm', 'cli.mjs')
        wasm = os.path.join(ROOT, 'build', 'wasm', 'wasm', 'attendable_engine.wasm')
        if not os.path.exists(cli):
            print(f'--wasm: {cli} does not exist; skipping the wasm engine', file=sys.stderr)
        elif not os.path.exists(wasm):
            print(f'--wasm: {wasm} is not built (bash scripts/build.sh wasm); skipping the wasm '
                  'engine', file=sys.stderr)
        elif shutil.which('node') is None:
            print('--wasm: node is not on PATH; skipping the wasm engine', file=sys.stderr)
        else:
            found.append(('wasm', ['node', cli]))
            found.append(('wasm, warm', ['node', os.path.join(HERE, 'wasm_warm.mjs')]))
    return found


def metric_for(side, key, cpu):
    """The JSON field compared for this side and benchmark.

    Under node, the wasm engine's time.process_time is not CPU time: Emscripten implements
    clock() with Date.now() (elapsed wall time, 1 ms steps). So the wasm side is always
    compared on wall time, and its sleepers figure is perf_counter elapsed minus the sleep.
    """
    if side.startswith('wasm'):
        return 'wall_minus_sleep' if key == 'sleepers' else 'seconds'
    return 'cpu_seconds' if cpu else 'seconds'


def timed_benchmark(program, sides, runs):
    """Alternates the sides run by run.

    Returns {side: {field: lowest value over the runs}} for the numeric fields of the JSON
    line, or {side: error message}.
    """
    best = {}
    for _ in range(runs):
        for side, cmd in sides:
            if isinstance(best.get(side), str):
                continue  # failed once: do not retry
            try:
                result, _ = run(cmd, program)
            except RunFailed as e:
                best[side] = str(e)
                continue
            mins = best.setdefault(side, {})
            for field, value in result.items():  # the times: seconds, cpu_seconds, ...
                if 'seconds' in field or field == 'wall_minus_sleep':
                    mins[field] = min(value, mins.get(field, value))
    return best


def memory_benchmark(program, sides, runs):
    """Peak RSS with MEMORY_TASKS sleeping tasks minus that with none, per task (the lowest
    peak of the runs on each side of the subtraction)."""
    best = {}
    for side, cmd in sides:
        if side == 'wasm, warm':
            continue  # one process per figure: warm runs say nothing about its peak RSS
        try:
            full = min(run(cmd, program, f'{MEMORY_TASKS}\n')[1] for _ in range(runs))
            empty = min(run(cmd, program, '0\n')[1] for _ in range(runs))
        except RunFailed as e:
            best[side] = str(e)
            continue
        best[side] = {'bytes_per_task': (full - empty) / MEMORY_TASKS,
                      'peak_rss_bytes': full, 'peak_rss_bytes_no_tasks': empty}
    # CPython's own accounting of the same state, as bench/cpython/workloads.py reports it.
    if isinstance(best.get('cpython'), dict):
        try:
            result, _ = run([sys.executable], program, f'{MEMORY_TASKS} tracemalloc\n')
            best['cpython']['tracemalloc_bytes_per_task'] = result['tracemalloc_bytes_per_task']
        except (RunFailed, KeyError):
            pass
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--engine', default=os.path.join(ROOT, 'build', 'native', 'attendable'))
    parser.add_argument('--wasm', action='store_true')
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--cpu', action='store_true')
    parser.add_argument('--json', action='store_true')
    args = parser.parse_args()
    args.engine = os.path.abspath(args.engine)
    if not os.access(args.engine, os.X_OK):
        sys.exit(f'compare_python.py: no engine at {args.engine} (build the native preset)')

    eng = engines(args)
    sides = [('cpython', [sys.executable])] + eng
    metric = 'cpu_seconds' if args.cpu else 'seconds'
    results = []
    for key, program, label, unit, scale, target in TIMED:
        best = timed_benchmark(program, sides, args.runs)
        results.append((key, label, unit, scale, target, best))
    key, program, label, unit, scale, target = MEMORY
    best = memory_benchmark(program, sides, min(args.runs, 3))
    results.append((key, label, unit, scale, target, best))

    failed_on_cpython = False
    report = {'python': sys.version.split()[0], 'metric': metric, 'runs': args.runs,
              'engines': {name: cmd for name, cmd in eng}, 'benchmarks': []}
    rows = []
    for key, label, unit, scale, targets, best in results:
        theirs = best.get('cpython')
        if isinstance(theirs, str):
            failed_on_cpython = True
        for name, _ in eng:
            if name not in best:
                continue
            ours = best.get(name)
            target = targets.get('native' if name == 'native' else 'wasm')
            field = 'bytes_per_task' if unit == 'B' else metric_for(name, key, args.cpu)
            entry = {'benchmark': key, 'engine': name, 'field': field,
                     'unit': 'seconds' if unit == 'ms' else 'bytes', 'target_ratio': target,
                     'engine_value': ours[field] if isinstance(ours, dict) else None,
                     'cpython_value': theirs[field] if isinstance(theirs, dict) else None}
            if isinstance(ours, str):
                entry['engine_error'] = ours
            if isinstance(theirs, str):
                entry['cpython_error'] = theirs
            if entry['engine_value'] is not None and entry['cpython_value']:
                entry['ratio'] = entry['engine_value'] / entry['cpython_value']
                if target is not None:
                    entry['met'] = entry['ratio'] <= target
            entry['engine_best'] = ours if isinstance(ours, dict) else None
            entry['cpython_best'] = theirs if isinstance(theirs, dict) else None
            report['benchmarks'].append(entry)
            rows.append((label + ('' if name == 'native' else f' [{name}]'), unit, scale, entry))

    if args.json:
        print(json.dumps(report, indent=2))
    else:
        timing = 'CPU time' if args.cpu else 'wall time'
        print(f'Attendable ({args.engine}) vs CPython {report["python"]}, best of {args.runs} '
              f'runs ({timing}; memory: best of {min(args.runs, 3)})')
        print(f"{'benchmark':48} {'engine':>10} {'CPython':>10} {'ratio':>8} {'target':>8}  met")
        for label, unit, scale, e in rows:
            def fmt(v):
                return f'{v * scale:10.1f}' if v is not None else f"{'failed':>10}"
            ratio = f"{e['ratio']:7.3f}x" if 'ratio' in e else f"{'-':>8}"
            met = ('met' if e['met'] else 'NOT MET') if 'met' in e else '-'
            target = e['target_ratio']
            target = f'{target:7.1f}x' if target is not None else f"{'-':>8}"
            print(f"{label + f' ({unit})':48} {fmt(e['engine_value'])} {fmt(e['cpython_value'])} "
                  f"{ratio} {target}  {met}")
        print('ratio = engine / CPython, lower is better; targets from issue 4, section 6 '
              '(native) and issue 5, section 5 ([wasm] rows)')
        if len(eng) > 1:
            print('[wasm] rows: wall time always (under node, process_time is wall time), the '
                  'sleepers row as elapsed minus the sleep; memory includes node itself')
        for label, unit, scale, e in rows:
            for side in ('engine', 'cpython'):
                if f'{side}_error' in e:
                    print(f'{label}: failed on {side}: {e[side + "_error"]}')
        cpython_memory = results[-1][5].get('cpython')
        tm = cpython_memory.get('tracemalloc_bytes_per_task') if isinstance(cpython_memory,
                                                                            dict) else None
        if tm is not None:
            print(f'CPython tracemalloc: {tm:.0f} bytes per sleeping task (traced allocations, '
                  'not RSS)')
    return 1 if failed_on_cpython else 0


if __name__ == '__main__':
    sys.exit(main())
