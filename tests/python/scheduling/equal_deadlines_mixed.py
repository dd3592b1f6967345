import asyncio

async def sleeper(i, delay):
    await asyncio.sleep(delay)
    print(f"woke {i} at {asyncio.get_running_loop().time()}")

async def main():
    delays = [2, 1, 2, 1, 3, 1, 2, 3, 1, 2, 1, 3]
    await asyncio.gather(*(sleeper(i, d) for i, d in enumerate(delays)))

asyncio.run(main())
