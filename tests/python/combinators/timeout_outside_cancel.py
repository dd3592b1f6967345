import asyncio

async def body():
    try:
        async with asyncio.timeout(5) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout (wrong)")
    except asyncio.CancelledError as e:
        print("cancelled from outside", repr(e), cm.expired(), repr(cm))
        raise

async def both():
    # the outside cancel and the deadline in the same iteration
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(1)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task", repr(e))
    t2 = asyncio.create_task(both())
    loop = asyncio.get_running_loop()
    loop.call_at(1.0 + loop.time(), t2.cancel)
    try:
        await t2
    except BaseException as e:
        print("t2", type(e).__name__, t2.cancelled())
    try:
        await asyncio.timeout(1).__aenter__()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
