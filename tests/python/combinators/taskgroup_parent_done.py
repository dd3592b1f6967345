import asyncio

async def late_fail():
    await asyncio.sleep(2)
    raise ValueError("too late")

async def main():
    tg = asyncio.TaskGroup()
    async def inner():
        async with tg:
            pass
    await inner()
    # a task group whose tasks outlive it cannot happen; but the parent can be done:
    holder = {}
    async def parent():
        tg2 = asyncio.TaskGroup()
        await tg2.__aenter__()
        holder["t"] = tg2.create_task(late_fail())
        return "parent returns without exiting the group"
    print(await asyncio.create_task(parent()))
    await asyncio.sleep(3)
    print(holder["t"].exception())

asyncio.run(main())
