import asyncio

async def ok(x):
    await asyncio.sleep(0.1)
    return x

async def fail(msg):
    await asyncio.sleep(0.2)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())
