import asyncio

async def main():
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait("a")
    print(queue.full(), queue.qsize())
    try:
        queue.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(queue.get_nowait())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    print(issubclass(asyncio.QueueFull, Exception), asyncio.QueueEmpty.__name__)

asyncio.run(main())
