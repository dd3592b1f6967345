"""Task switches: 100 tasks x 1000 `await asyncio.sleep(0)` (issue 4, section 6, target 1).

Runs unchanged on CPython 3.11 and on Attendable (real clock, no --virtual-time: sleep(0)
never waits, so the clock only matters for time.perf_counter, which must be the real one).
Measured with time.perf_counter: asyncio.run(main()) from start to end, task creation and loop
teardown included. CPU time (time.process_time) is reported too, as "cpu_seconds".
Prints one JSON line.
"""
import asyncio
import time

TASKS = 100
SWITCHES = 1000


async def switcher(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*[asyncio.create_task(switcher(SWITCHES)) for _ in range(TASKS)])


cpu_start = time.process_time()
start = time.perf_counter()
asyncio.run(main())
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu_start
print('{"benchmark": "switches", "seconds": %r, "cpu_seconds": %r, "switches_per_second": %r}'
      % (seconds, cpu, TASKS * SWITCHES / seconds))
