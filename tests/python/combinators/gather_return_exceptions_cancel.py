import asyncio

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise

async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper("victim", 5))
    f = loop.create_future()
    loop.call_later(0.2, t.cancel, "stop it")
    loop.call_later(0.3, f.cancel, "future msg")
    res = await asyncio.gather(sleeper("a", 1), t, boom(), f, sleeper("b", 0.1),
                               return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r), getattr(r, "args", None))
    f2 = loop.create_future()
    f2.cancel()
    res = await asyncio.gather(f2, return_exceptions=True)
    print(res, res[0].args)
    # the same coroutine object twice
    c = sleeper("dup", 0.1)
    print(await asyncio.gather(c, c))
    print(await asyncio.gather())
    try:
        await asyncio.gather(sleeper("x", 1), t)
    except asyncio.CancelledError as e:
        print("without return_exceptions:", repr(e))
    await asyncio.sleep(2)

asyncio.run(main())
