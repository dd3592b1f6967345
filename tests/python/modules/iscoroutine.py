import asyncio

async def coro_fn():
    return 1

def plain_fn():
    return 1

async def agen_fn():
    yield 1

c = coro_fn()
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain_fn))
print(asyncio.iscoroutinefunction(agen_fn), asyncio.iscoroutine(c), asyncio.iscoroutine(plain_fn()))
print(asyncio.iscoroutine(coro_fn), asyncio.isfuture(c))
print(type(c).__name__, type(agen_fn()).__name__, type(plain_fn).__name__)
c.close()

async def main():
    t = asyncio.create_task(coro_fn())
    print(asyncio.isfuture(t), isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    print(await t)

asyncio.run(main())
