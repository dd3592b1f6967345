import asyncio

async def double(x):
    await asyncio.sleep(x / 10)
    return x * 2

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([await double(x) for x in range(4)])
    print(asyncio.get_running_loop().time())
    print({x: await double(x) async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([[y async for y in agen(x)] for x in range(3)])
    tasks = [asyncio.create_task(double(x)) for x in (5, 1, 3)]
    print([await t for t in tasks])

asyncio.run(main())
