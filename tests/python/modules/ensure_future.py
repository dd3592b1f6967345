import asyncio

async def value():
    await asyncio.sleep(1)
    return "v"

async def main():
    task = asyncio.ensure_future(value())
    print(isinstance(task, asyncio.Task))
    print(asyncio.ensure_future(task) is task)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.set_result("f")
    print(await task, await fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
