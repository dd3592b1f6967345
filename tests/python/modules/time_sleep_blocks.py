import asyncio
import time

async def blocking(name):
    print(name, "starts at", time.monotonic())
    time.sleep(1)
    print(name, "ends at", time.monotonic())

async def polite(name):
    print(name, "starts at", time.monotonic())
    await asyncio.sleep(1)
    print(name, "ends at", time.monotonic())

async def main():
    start = time.perf_counter()
    await asyncio.gather(blocking("b1"), blocking("b2"))
    print(f"blocking: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    await asyncio.gather(polite("p1"), polite("p2"))
    print(f"polite: {time.perf_counter() - start:.1f} s")

asyncio.run(main())
