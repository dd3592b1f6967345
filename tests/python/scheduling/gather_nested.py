import asyncio

async def leaf(x):
    await asyncio.sleep(x / 10)
    return x * x

async def branch(xs):
    return await asyncio.gather(*(leaf(x) for x in xs))

async def main():
    result = await asyncio.gather(branch([3, 1]), branch([2]), branch([]))
    print(result)
    print(await asyncio.gather())

asyncio.run(main())
