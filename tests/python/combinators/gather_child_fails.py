import asyncio

async def worker(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    print(name, "done at", asyncio.get_running_loop().time())
    return name

async def main():
    try:
        await asyncio.gather(worker("a", 1), worker("b", 2, fail=True), worker("c", 3),
                             worker("d", 2, fail=True))
    except RuntimeError as e:
        print("caught", repr(e))
    await asyncio.sleep(5)
    t1 = asyncio.ensure_future(worker("e", 1))
    fut = asyncio.get_running_loop().create_future()
    g = asyncio.gather(t1, fut)
    asyncio.get_running_loop().call_later(2, fut.set_exception, KeyError("k"))
    try:
        await g
    except KeyError as e:
        print("caught", repr(e), g.exception() is e)
    print(g.cancel())

asyncio.run(main())
