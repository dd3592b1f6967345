import asyncio

async def compute(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()

async def main():
    results = await asyncio.gather(compute("a", 3), compute("b", 1), compute("c", 2))
    print(results)

asyncio.run(main())
