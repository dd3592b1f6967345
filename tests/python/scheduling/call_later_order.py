import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for delay in [0.3, 0.1, 0.2, 0.1, 0.0]:
        loop.call_later(delay, lambda d=delay: print(f"later {d} at {loop.time() - start:.1f}"))
    loop.call_soon(print, "soon")
    await asyncio.sleep(1)
    print("main done at", loop.time() - start)

asyncio.run(main())
