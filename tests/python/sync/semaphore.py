import asyncio

async def download(sem, i):
    async with sem:
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.0f}: start {i}")
        await asyncio.sleep(2)
        print(f"{loop.time():.0f}: end {i}")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(sem, i) for i in range(5)))

asyncio.run(main())
