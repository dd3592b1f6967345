import asyncio

async def never():
    print("this body never runs")

async def main():
    task = asyncio.create_task(never())
    task.cancel()
    await asyncio.sleep(0)
    print(task.done(), task.cancelled())

asyncio.run(main())
