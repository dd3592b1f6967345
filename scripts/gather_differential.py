#!/usr/bin/env python3
"""Compares the engine's asyncio.gather() with CPython 3.11's on random programs.

  python3 scripts/gather_differential.py [--engine build/native/attendable] [--seed N]
                                         [--count N] [--show N]

Each case is a program that gathers one to six children of random kinds (coroutines, tasks,
futures set, failed or cancelled by a timer, nested gathers, an argument given twice), children
that return, raise, swallow their cancellation or cancel themselves, with or without
return_exceptions, sometimes cancelling the outer future at a random time. It runs on CPython
through the corpus's oracle (tests/python/oracle.py, virtual clock) and on the engine
(--virtual-time), and a case agrees when stdout, the exit status and stderr's report lines
(exception lines, "never retrieved" reports, "future:" lines, addresses blanked) are the same.
Prints the agreement and the first --show differing programs. The native gather
(core/python/modules/asyncio_module.cpp, asyncio_gather) and the prelude's, which it falls back
to, both go through it: futures made by loop.create_future() and nested gathers take the native
path, which checks the callbacks' order, the results and the cancellation messages.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = os.path.join(ROOT, 'tests', 'python', 'oracle.py')

PRELUDE = '''import asyncio


async def job(name, delay, kind):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print('job', name, 'cancelled', repr(e))
        if kind == 'swallow':
            return name + '-swallowed'
        raise
    if kind == 'fail':
        raise ValueError(name)
    if kind == 'cancelme':
        raise asyncio.CancelledError('self ' + name)
    print('job', name, 'done')
    return name


async def main():
    loop = asyncio.get_running_loop()
'''

EPILOGUE = '''    try:
        print('result', await g)
    except BaseException as e:
        print('raised', type(e).__name__, repr(e))
    print('g', g.done(), g.cancelled())
    await asyncio.sleep(0.5)

asyncio.run(main())
'''


def program(r):
    """A random gather program."""
    lines = []
    args = []
    for i in range(r.randint(1, 6)):
        kind = r.choice(['ok', 'ok', 'fail', 'swallow', 'cancelme'])
        delay = r.choice([0, 0.1, 0.2, 0.3])
        form = r.choice(['coro', 'task', 'future', 'nested', 'repeat'])
        if form == 'task':
            lines.append(f"    t{i} = asyncio.create_task(job('t{i}', {delay}, '{kind}'))")
            args.append(f't{i}')
        elif form == 'future':
            lines.append(f'    f{i} = loop.create_future()')
            action = r.choice([f"f{i}.set_result, 'f{i}'", f"f{i}.set_exception, KeyError('f{i}')",
                               f"f{i}.cancel, 'msg f{i}'"])
            lines.append(f'    loop.call_later({delay}, {action})')
            args.append(f'f{i}')
        elif form == 'nested':
            args.append(f"asyncio.gather(job('n{i}a', {delay}, '{kind}'), job('n{i}b', 0.1, 'ok'),"
                        f' return_exceptions={r.choice([True, False])})')
        elif form == 'repeat' and any(a[0] in 'tf' for a in args):
            args.append(r.choice([a for a in args if a[0] in 'tf']))
        else:
            args.append(f"job('j{i}', {delay}, '{kind}')")
    lines.append(f"    g = asyncio.gather({', '.join(args)}, return_exceptions={r.choice([True, False])})")
    if r.random() < 0.4:
        when = r.choice([0, 0.05, 0.15, 0.25])
        message = r.choice(['', "'stop'"])
        lines.append(f"    loop.call_later({when}, lambda: print('outer cancel', g.cancel({message})))")
    return PRELUDE + '\n'.join(lines) + '\n' + EPILOGUE


REPORT = re.compile(r'^([A-Za-z_.]+(Error|Exception)\b|.*never retrieved|future:)')


def outcome(command, path):
    """stdout, exit status and stderr's report lines of one run."""
    run = subprocess.run(command + [os.path.basename(path)], cwd=os.path.dirname(path),
                         capture_output=True, text=True, timeout=60, env={**os.environ, 'TZ': 'UTC'})
    reports = [re.sub(r'0x[0-9a-fA-F]+', '0x', line) for line in run.stderr.splitlines()
               if REPORT.match(line)]
    return run.stdout, run.returncode, reports


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--engine', default=os.path.join(ROOT, 'build', 'native', 'attendable'))
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--count', type=int, default=200)
    parser.add_argument('--show', type=int, default=3)
    options = parser.parse_args()
    r = random.Random(options.seed)
    differing = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'case.py')
        for _ in range(options.count):
            text = program(r)
            with open(path, 'w') as f:
                f.write(text)
            expected = outcome([sys.executable, ORACLE, '--virtual-time'], path)
            got = outcome([options.engine, '--virtual-time'], path)
            if expected != got:
                differing.append((text, expected, got))
    print(f'{options.count - len(differing)} of {options.count} programs agree with CPython')
    for text, expected, got in differing[:options.show]:
        print(f'---- program\n{text}---- CPython\n{expected}\n---- engine\n{got}')
    return 1 if differing else 0


if __name__ == '__main__':
    sys.exit(main())
