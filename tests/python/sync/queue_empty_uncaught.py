import asyncio

async def main():
    queue = asyncio.Queue()
    print("empty:", queue.empty())
    queue.get_nowait()

asyncio.run(main())
