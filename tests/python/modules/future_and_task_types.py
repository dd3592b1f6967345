import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(asyncio.sleep(0))
    print(type(fut))
    print(type(task))
    print(asyncio.Future, asyncio.Task)
    print(issubclass(asyncio.Task, asyncio.Future))
    print(type(loop).__mro__[-1], callable(loop.create_future))
    fut.set_result(5)
    print(repr(fut))
    f2 = loop.create_future()
    f2.set_result([1, "two"])
    print(f2)
    f3 = loop.create_future()
    f3.set_exception(KeyError("k"))
    print(f3)
    f3.exception()
    print(loop.create_future())
    await task

asyncio.run(main())
