import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside")
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    sem.release()

asyncio.run(main())
