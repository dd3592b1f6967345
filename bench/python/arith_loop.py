"""A 1M-iteration arithmetic while loop inside a function (issue 4, section 6, target 4).

Runs unchanged on CPython 3.11 and on Attendable (real clock). Measured with
time.perf_counter: one call loop(10**6), i.e. local variable loads and stores, `*`, `%`, `+=`,
`<` on small integers. CPU time (time.process_time) is reported too, as "cpu_seconds".
Prints one JSON line.
"""
import time

N = 1000000


def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 % 7
        i += 1
    return total


cpu_start = time.process_time()
start = time.perf_counter()
result = loop(N)
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu_start
assert result == 2999997, result
print('{"benchmark": "arith_loop", "seconds": %r, "cpu_seconds": %r, "result": %d}' % (seconds, cpu, result))
