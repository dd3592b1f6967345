import asyncio

async def slow(name, d, cleanup=0.0, swallow=None):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        if cleanup:
            await asyncio.sleep(cleanup)
            print(name, "cleanup done at", asyncio.get_running_loop().time())
        if swallow is not None:
            return swallow
        raise

async def outer(name, timeout):
    try:
        r = await asyncio.wait_for(slow(name, 10, cleanup=1), timeout)
        print(name, "result", r)
    except asyncio.CancelledError:
        print(name, "outer cancelled at", asyncio.get_running_loop().time())
        raise
    except asyncio.TimeoutError as e:
        print(name, "timeout", repr(e), repr(e.__cause__))

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(outer("o1", 5))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled(), loop.time())
    await outer("o2", 2)
    print(await asyncio.wait_for(slow("s", 10, swallow="swallowed"), 1))
    print(await asyncio.wait_for(slow("q", 1), 5))
    print(await asyncio.wait_for(slow("n", 1), None))
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(slow("z", 1), 0)
    except TimeoutError as e:
        print("zero timeout", repr(e), repr(e.__cause__))
    t2 = asyncio.create_task(slow("z2", 1, swallow="kept"))
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t2, -1))
    try:
        await asyncio.wait_for(slow("z3", 1), -1)
    except TimeoutError as e:
        print("not started", repr(e))
    f2 = loop.create_future()
    loop.call_later(1, f2.set_result, "later")
    print(await asyncio.wait_for(f2, 3), loop.time())
    f3 = loop.create_future()
    try:
        await asyncio.wait_for(f3, 1)
    except TimeoutError:
        print("f3", f3.cancelled(), loop.time())

asyncio.run(main())
