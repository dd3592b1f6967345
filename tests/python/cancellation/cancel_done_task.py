import asyncio

async def quick():
    return "quick"

async def main():
    task = asyncio.create_task(quick())
    await task
    print("cancel on a finished task:", task.cancel())
    print(task.result(), task.cancelled())
    slow = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print("first cancel:", slow.cancel())
    print("second cancel:", slow.cancel())
    print("cancelling:", slow.cancelling())
    await asyncio.gather(slow, return_exceptions=True)
    print("after:", slow.cancel(), slow.cancelled())

asyncio.run(main())
