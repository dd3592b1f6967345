import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise

async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel("stop now")
    try:
        await task
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    print(task.cancelled())

asyncio.run(main())
