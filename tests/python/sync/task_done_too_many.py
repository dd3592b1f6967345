import asyncio

async def main():
    queue = asyncio.Queue()
    await queue.put(1)
    await queue.get()
    queue.task_done()
    try:
        queue.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
