import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(f"j{i}", i % 3 + 1, fail=(i == 4)), name=f"j{i}") for i in range(6)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print(loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(done)
    print(loop.time(), names(done), names(pending))
    for bad in ([], [job("c", 1)], ts[0]):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    # as_completed with a timeout
    fs = [asyncio.create_task(job(f"a{i}", i)) for i in range(1, 5)]
    try:
        for c in asyncio.as_completed(fs, timeout=2.5):
            print("as_completed", await c, loop.time())
    except TimeoutError as e:
        print("as_completed timeout", repr(e), loop.time())
    it = asyncio.as_completed([job("x", 1, fail=True), job("y", 2)])
    print(type(it).__name__)
    for c in it:
        try:
            print(await c)
        except ValueError as e:
            print("raised", repr(e), loop.time())
    try:
        asyncio.as_completed(fs[0])
    except TypeError as e:
        print("TypeError", e)
    try:
        for c in asyncio.as_completed(fs[0]):
            pass
    except TypeError as e:
        print("TypeError", e)
    print(list(asyncio.as_completed([])))
    await asyncio.sleep(5)

asyncio.run(main())
