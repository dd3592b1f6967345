"""Memory per pending sleeping task (issue 4, section 6, target 5).

Runs unchanged on CPython 3.11 and on Attendable. Reads one line from stdin, `N` or
`N tracemalloc` (default 100000 when stdin is empty: `python3 sleeping_memory.py </dev/null`);
creates N tasks that each
`await asyncio.sleep(SLEEP)`, lets them all start sleeping, then awaits them. The program does
not measure RSS itself (the engine has neither open() nor os/resource): the driver,
bench/compare_python.py, runs it with N and with 0 and divides the difference of the
processes' peak RSS (wait4's ru_maxrss) by N. The peak is while all N tasks sleep, and it
counts the task list (8 bytes a task) as well, on both engines.

With `N tracemalloc` on CPython, it also prints the bytes traced per task while they all sleep
(the figure bench/cpython/workloads.py reports). That is a separate run: tracing costs memory
of its own and would inflate the RSS. Prints one JSON line.
"""
import asyncio
import time

SLEEP = 0.2

try:
    words = input().split()
except EOFError:
    words = []
N = int(words[0]) if words else 100000
tracemalloc = None
if "tracemalloc" in words:
    try:
        import tracemalloc
    except ImportError:
        pass

result = {}


async def sleeper():
    await asyncio.sleep(SLEEP)


async def main():
    if tracemalloc is not None:
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.create_task(sleeper()) for _ in range(N)]
    await asyncio.sleep(0)
    if tracemalloc is not None:
        result["traced"] = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
    await asyncio.gather(*tasks)


start = time.perf_counter()
asyncio.run(main())
seconds = time.perf_counter() - start
if "traced" in result and N:
    print('{"benchmark": "sleeping_memory", "tasks": %d, "seconds": %r, "tracemalloc_bytes_per_task": %r}'
          % (N, seconds, result["traced"] / N))
else:
    print('{"benchmark": "sleeping_memory", "tasks": %d, "seconds": %r}' % (N, seconds))
