import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    print(sem.locked())
    sem.release()
    sem.release()
    print("a plain Semaphore may be released too many times")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
