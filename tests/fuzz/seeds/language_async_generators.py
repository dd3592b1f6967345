import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def main():
    loop = asyncio.get_running_loop()
    async for t in ticker(3, 1):
        print("tick", t, "at", loop.time())
    squares = [x * x async for x in ticker(4, 0.5)]
    print(squares)
    evens = {x: str(x) async for x in ticker(5, 0) if x % 2 == 0}
    print(evens)
    gen = ticker(2, 0)
    print(await gen.__anext__(), await anext(gen), await anext(gen, "done"))

asyncio.run(main())
