import asyncio

async def getter(queue, name):
    item = await queue.get()
    print(name, "got", item, "at", asyncio.get_running_loop().time())

async def main():
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(getter(queue, f"g{i}")) for i in range(3)]
    for i, delay in enumerate([1, 1, 2]):
        await asyncio.sleep(delay)
        queue.put_nowait(f"item{i}")
    await asyncio.gather(*tasks)

asyncio.run(main())
