import asyncio

async def main():
    queue = asyncio.LifoQueue()
    for word in ["first", "second", "third"]:
        await queue.put(word)
    while not queue.empty():
        print(await queue.get())

asyncio.run(main())
