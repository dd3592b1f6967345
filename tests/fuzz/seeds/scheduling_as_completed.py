import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"

async def main():
    loop = asyncio.get_running_loop()
    coros = [work("slow", 3), work("fast", 1), work("medium", 2)]
    for next_done in asyncio.as_completed(coros):
        result = await next_done
        print(loop.time(), result)

asyncio.run(main())
