# Future._state, which tutorials print to show a task's life: PENDING, FINISHED, CANCELLED.
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    print(t._state)
    await t
    print(t._state)
    t2 = asyncio.create_task(work())
    t2.cancel()
    print(t2._state)
    await asyncio.sleep(0)
    print(t2._state)
    f = loop.create_future()
    print(f._state)
    f.cancel()
    print(f._state, asyncio.current_task()._state)

asyncio.run(main())
