import asyncio

async def child(name, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise fail
    print(name, "ok")
    return name

async def parent_cancelled_outside():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("p1", 1))
        tg.create_task(child("p2", 10))
        print(tg)
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        tg.create_task(child("x", 1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(parent_cancelled_outside())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled", t.cancelled(), loop.time())

    # failing child and an outside cancel
    async def failing_and_cancel():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("f1", 1, ValueError("v")))
            tg.create_task(child("f2", 5))
            await asyncio.sleep(3)
    t = asyncio.create_task(failing_and_cancel())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print("got", type(e).__name__, repr(e), t.cancelled())

    # body raises while children run
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child("b1", 1), name="named")
            b = tg.create_task(child("b2", 2))
            print(a.get_name(), b.get_name())
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg), eg.exceptions)

    # results, finished group
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(f"r{i}", 3 - i)) for i in range(3)]
    print([t.result() for t in ts], repr(tg))
    try:
        tg.create_task(child("late", 1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # several failures, all collected
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(child(f"e{i}", 1, ZeroDivisionError(i)))
    except ExceptionGroup as eg:
        print(eg, eg.exceptions)

    # a child creating tasks after the group started aborting
    async def spawner(tg):
        await asyncio.sleep(2)
        try:
            tg.create_task(child("spawned", 1))
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("fail", 1, OSError("os")))
            tg.create_task(spawner(tg))
            print(tg)
    except* OSError as eg:
        print("OSError group", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 1, asyncio.CancelledError()))
            tg.create_task(child("d", 2))
    except BaseException as e:
        print("child CancelledError:", type(e).__name__)
    print("end", loop.time())

asyncio.run(main())
