import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("one"))
            tg.create_task(child("two"))
    except asyncio.CancelledError:
        print("runner sees CancelledError")
        raise

async def main():
    task = asyncio.create_task(runner())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("runner cancelled:", task.cancelled())

asyncio.run(main())
