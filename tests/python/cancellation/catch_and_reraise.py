import asyncio

async def worker():
    try:
        print("working")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cleaning up")
        await asyncio.sleep(1)
        print("cleanup finished")
        raise

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker())
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("worker cancelled at", loop.time())
    print("cancelled:", task.cancelled())

asyncio.run(main())
