# compare: whole stderr
# asyncio.sleep() with a bad delay raises when it runs, as CPython's sleep coroutine does: a sleep
# never awaited only warns, and gather() starts its other children first. A NaN delay sleeps
# no time (CPython 3.11 has no check for it).
import asyncio


async def main():
    s = asyncio.sleep("x")
    print("created")
    try:
        await s
    except TypeError as e:
        print("caught", e)
    t = asyncio.sleep(float("nan"), "nan result")
    try:
        print(await asyncio.create_task(t))
    except ValueError as e:
        print("task", e)
    asyncio.sleep([])
    try:
        await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep("x"))
    except TypeError as e:
        print("gather", e)
    print("not awaited: no error")
    await asyncio.sleep({}, 5)


asyncio.run(main())
