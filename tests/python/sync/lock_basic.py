import asyncio

async def use(lock, name):
    async with lock:
        print(name, "acquired at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        print(name, "releasing")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, "a"), use(lock, "b"), use(lock, "c"))
    print("locked:", lock.locked())

asyncio.run(main())
