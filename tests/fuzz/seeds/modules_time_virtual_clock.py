import asyncio
import time

print(time.time(), time.monotonic(), time.perf_counter())

async def main():
    start = time.perf_counter()
    await asyncio.sleep(2.5)
    print(time.time(), time.monotonic())
    print(f"elapsed {time.perf_counter() - start:.2f} s")
    print(asyncio.get_running_loop().time() == time.monotonic())

asyncio.run(main())
