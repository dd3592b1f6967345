"""The runtime benchmarks' workloads on CPython's asyncio (standard event loop, real clock).

Each mirrors bench/runtime_bench.cpp; prints one JSON object. Sleeps use real time here, so the
sleeping-tasks and timers figures report loop overhead: elapsed time minus the longest delay.
"""
import asyncio
import gc
import json
import time
import tracemalloc


def best_of(runs, f):
    return min(f() for _ in range(runs))


async def switcher(n):
    for _ in range(n):
        await asyncio.sleep(0)


def bench_switches(tasks=100, switches=1000):
    async def main():
        await asyncio.gather(*[asyncio.create_task(switcher(switches)) for _ in range(tasks)])
    start = time.perf_counter()
    asyncio.run(main())
    return time.perf_counter() - start


SLEEP = 0.2


async def sleeper():
    await asyncio.sleep(SLEEP)


def bench_sleepers(tasks=100_000, measure_memory=False):
    result = {}

    async def main():
        if measure_memory:
            gc.collect()
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
        all_tasks = [asyncio.create_task(sleeper()) for _ in range(tasks)]
        await asyncio.sleep(0)
        if measure_memory:
            result['bytes'] = (tracemalloc.get_traced_memory()[0] - before) / tasks
            tracemalloc.stop()
        await asyncio.gather(*all_tasks)

    start = time.perf_counter()
    asyncio.run(main())
    result['seconds'] = time.perf_counter() - start - SLEEP
    return result


def bench_timers(timers=100_000):
    loop = asyncio.new_event_loop()
    fired = 0
    done = loop.create_future()

    def tick():
        nonlocal fired
        fired += 1
        if fired == timers:
            done.set_result(None)

    start = time.perf_counter()
    for i in range(timers):
        loop.call_later((i % 1000) * 1e-5, tick)
    loop.run_until_complete(done)
    elapsed = time.perf_counter() - start - 999 * 1e-5
    loop.close()
    return elapsed


if __name__ == '__main__':
    switch_seconds = best_of(3, bench_switches)
    sleepers_seconds = best_of(3, lambda: bench_sleepers()['seconds'])
    sleeper_bytes = bench_sleepers(measure_memory=True)['bytes']
    print(json.dumps({
        'switch_seconds': switch_seconds,
        'switches_per_second': 100 * 1000 / switch_seconds,
        'sleepers_seconds': sleepers_seconds,
        'bytes_per_sleeping_task': sleeper_bytes,
        'timers_seconds': best_of(3, bench_timers),
    }))
