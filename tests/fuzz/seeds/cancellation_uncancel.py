import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cancelling() =", me.cancelling())
        print("uncancel() ->", me.uncancel())
        print("cancelling() =", me.cancelling())
    await asyncio.sleep(1)
    return "survived"

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    print(await task)
    print(task.cancelled())

asyncio.run(main())
