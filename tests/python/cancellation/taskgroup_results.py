import asyncio

async def square(x):
    await asyncio.sleep(x)
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(x)) for x in (3, 1, 2)]
        print("inside the block")
    print("after the block", asyncio.get_running_loop().time())
    print([t.result() for t in tasks])

asyncio.run(main())
