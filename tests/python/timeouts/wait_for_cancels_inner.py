import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    task = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(task, timeout=1)
    except asyncio.TimeoutError:
        print("wait_for raised TimeoutError")
    print("task cancelled:", task.cancelled())

asyncio.run(main())
