import asyncio

async def inner(name, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        raise
    if fail:
        raise fail
    print(name, "inner finished", asyncio.get_running_loop().time())
    return name

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(inner("a", 2))
    s = asyncio.shield(t)
    print(type(s).__name__, s is t)
    async def waiter():
        return await s
    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", s.cancelled(), t.done())
    print(await t)
    # the inner gets cancelled: the shield is cancelled too
    t2 = asyncio.create_task(inner("b", 2))
    s2 = asyncio.shield(t2)
    await asyncio.sleep(1)
    t2.cancel()
    try:
        await s2
    except asyncio.CancelledError as e:
        print("s2 cancelled", s2.cancelled(), repr(e))
    # the inner fails
    s3 = asyncio.shield(inner("c", 1, KeyError("k")))
    try:
        await s3
    except KeyError as e:
        print("s3", repr(e))
    # shield of a done future returns it
    f = loop.create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)
    # shield a coroutine and cancel the outer: the inner keeps running
    s4 = asyncio.shield(inner("d", 1))
    s4.cancel()
    await asyncio.sleep(2)
    print("s4", s4.cancelled())

asyncio.run(main())
