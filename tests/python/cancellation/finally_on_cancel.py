import asyncio

async def resource_user():
    print("acquire")
    try:
        await asyncio.sleep(10)
    finally:
        print("release (finally runs on cancel)")

async def main():
    task = asyncio.create_task(resource_user())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("task cancelled:", task.cancelled())

asyncio.run(main())
