"""Recursive fib(25): function calls and small-integer arithmetic (issue 4, section 6, target 3).

Runs unchanged on CPython 3.11 and on Attendable (real clock). Measured with
time.perf_counter: one call fib(25) (242 785 calls). CPU time (time.process_time) is reported
too, as "cpu_seconds". Prints one JSON line.
"""
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


cpu_start = time.process_time()
start = time.perf_counter()
result = fib(25)
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu_start
assert result == 75025, result
print('{"benchmark": "fib", "seconds": %r, "cpu_seconds": %r, "result": %d}' % (seconds, cpu, result))
