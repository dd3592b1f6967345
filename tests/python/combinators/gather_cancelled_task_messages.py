import asyncio

async def sl():
    await asyncio.sleep(1)

async def catch_reraise():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise

async def catch_raise_new():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise asyncio.CancelledError("new")

async def main():
    for f in (sl, catch_reraise, catch_raise_new):
        for early in (True, False):
            t = asyncio.create_task(f())
            if not early:
                await asyncio.sleep(0)
            t.cancel("m")
            r = await asyncio.gather(t, return_exceptions=True)
            print(f.__name__, early, repr(r[0]))
    f = asyncio.get_running_loop().create_future()
    f.cancel("fm")
    print(await asyncio.gather(f, return_exceptions=True))

asyncio.run(main())
