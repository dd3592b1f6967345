import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")

async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))

asyncio.run(main())
