# The clocks on the real clock, as the playground runs programs by default (the other profile
# programs run on the virtual one): time.perf_counter() and friends time the tutorial's
# examples, and should not wait for the engine's deferred part.
import asyncio
import time

print(time.perf_counter(), time.perf_counter_ns(), time.monotonic(), time.monotonic_ns())
print(time.time(), time.time_ns(), time.process_time(), time.process_time_ns())
print(time.localtime(), time.strftime('%X'), time.ctime())


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0)
    print(loop.time() - start)
    while True:
        await asyncio.sleep(0.001)

asyncio.run(main())
