"""10 000 tasks sleeping at once: event-loop overhead (issue 4, section 6, target 2).

Runs unchanged on CPython 3.11 and on Attendable, both on the real clock (no --virtual-time:
under it the engine's perf_counter follows the virtual clock). Every task does
`await asyncio.sleep(SLEEP)`; main creates them, lets them all start sleeping, then awaits them.

Two measures of the same run, asyncio.run(main()) from start to end:
- "seconds": CPU time of the process (time.process_time), which leaves out the idle wait for
  the timers without any subtraction: creating, starting, arming, firing and finishing 10 000
  tasks, plus the loop's own work. This is the figure compared.
- "wall_minus_sleep": time.perf_counter elapsed minus SLEEP. It under-counts when the loop
  fires early timers while later tasks are still being started (their deadlines spread over
  the start-up), and it includes the loop's wake-up latency, so it is reported, not compared.
Prints one JSON line.
"""
import asyncio
import time

TASKS = 10000
SLEEP = 0.1


async def sleeper():
    await asyncio.sleep(SLEEP)


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(TASKS)]
    await asyncio.gather(*tasks)


cpu_start = time.process_time()
start = time.perf_counter()
asyncio.run(main())
wall = time.perf_counter() - start
cpu = time.process_time() - cpu_start
print('{"benchmark": "sleepers", "seconds": %r, "cpu_seconds": %r, "wall_minus_sleep": %r}'
      % (cpu, cpu, wall - SLEEP))
