import asyncio

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await queue.put(i)
        print("put", i)
    await queue.put(None)

async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        print("got", item)
        total += item
    return total

async def main():
    queue = asyncio.Queue()
    _, total = await asyncio.gather(producer(queue, 4), consumer(queue))
    print("total", total, "at", asyncio.get_running_loop().time())

asyncio.run(main())
