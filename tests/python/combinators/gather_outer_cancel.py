import asyncio

async def child(name, d, swallow=False):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError as e:
        print(name, "got", repr(e))
        if swallow:
            return name + "-swallowed"
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 2), child("c", 3, swallow=True))
    print(g)
    await asyncio.sleep(1.5)
    print("cancel ->", g.cancel("bye"))
    print("cancel again ->", g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("outer raised", repr(e))
    print(g.cancelled(), g.done())

    g2 = asyncio.gather(child("d", 1), child("e", 1, swallow=True), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError as e:
        print("g2 raised", repr(e))

    g3 = asyncio.gather(child("f", 1), child("g", 2))
    await asyncio.sleep(1)
    print("done already?", g3.done())
    t = asyncio.create_task(asyncio.sleep(0.1, "x"))
    g4 = asyncio.gather(t, child("h", 3))
    async def waiter():
        return await g4
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.5)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError as e:
        print("waiter cancelled", repr(e), g4.cancelled())
    print(await g3)

asyncio.run(main())
