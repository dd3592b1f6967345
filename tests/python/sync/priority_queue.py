import asyncio

async def main():
    queue = asyncio.PriorityQueue()
    for priority, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        queue.put_nowait((priority, job))
    print("size", queue.qsize())
    while not queue.empty():
        priority, job = await queue.get()
        print(priority, job)

asyncio.run(main())
