import asyncio

async def ok():
    await asyncio.sleep(1)
    return "ok"

async def bad():
    await asyncio.sleep(1)
    raise ValueError("bad")

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(ok())
    print(t1.done(), t1.cancelled())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t3.cancel()
    await asyncio.sleep(2)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), repr(t2.exception()))
    print(t3.done(), t3.cancelled())
    try:
        t3.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError")

asyncio.run(main())
