import asyncio

async def sleeper():
    print("going to sleep")
    await asyncio.sleep(10)
    print("never printed")

async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel() returns", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main caught CancelledError")
    print(task.done(), task.cancelled())
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
