import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(noop(), name="first")
        b = tg.create_task(noop())
    c = asyncio.create_task(noop())
    g = asyncio.gather(noop(), noop())
    tasks = [t for t in g._children]
    await g
    d = asyncio.ensure_future(noop())
    await c
    await d
    print(a.get_name(), b.get_name(), c.get_name(), [t.get_name() for t in tasks], d.get_name())

asyncio.run(main())
