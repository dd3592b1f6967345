import asyncio

async def value():
    print("computing once")
    await asyncio.sleep(1)
    return 7

async def main():
    task = asyncio.create_task(value())
    a = await task
    b = await task
    print(a, b, task.done())
    both = await asyncio.gather(task, task)
    print(both)

asyncio.run(main())
