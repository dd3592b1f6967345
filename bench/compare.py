"""Runs the runtime benchmarks natively and on CPython, and prints them side by side.

Usage: python3 bench/compare.py build/native/bench/runtime_bench
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
native = json.loads(subprocess.run([sys.argv[1], '--json'], check=True,
                                   capture_output=True, text=True).stdout)
cpython = json.loads(subprocess.run([sys.executable, os.path.join(here, 'cpython', 'workloads.py')],
                                    check=True, capture_output=True, text=True).stdout)

rows = [
    ('task switches, 100 x 1000 sleep(0) (ms)', 'switch_seconds', 1e3, 'lower'),
    ('task switches per second (M)', 'switches_per_second', 1e-6, 'higher'),
    ('100k sleeping tasks, loop time (ms)', 'sleepers_seconds', 1e3, 'lower'),
    ('bytes per sleeping task', 'bytes_per_sleeping_task', 1, 'lower'),
    ('100k timers scheduled and fired (ms)', 'timers_seconds', 1e3, 'lower'),
    ('  the same with std::function callbacks (ms)', 'timers_function_seconds', 1e3, 'lower'),
]
print(f"{'benchmark':44} {'aio (C++)':>12} {'CPython':>12} {'ratio':>8}")
for label, key, scale, better in rows:
    # CPython has one kind of timer callback: both timer rows compare against it.
    ours, theirs = native[key], cpython.get(key, cpython['timers_seconds'])
    ratio = ours / theirs
    print(f"{label:44} {ours * scale:12.2f} {theirs * scale:12.2f} {ratio:7.3f}x")
print("ratio = aio / CPython (for switches per second, higher is better; elsewhere lower)")
