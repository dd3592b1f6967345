import asyncio

async def save():
    await asyncio.sleep(3)
    print("saved")

async def handler():
    await asyncio.shield(save())

async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("handler cancelled at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print("end at", asyncio.get_running_loop().time())

asyncio.run(main())
