import asyncio

async def user(lock, name, hold):
    try:
        async with lock:
            print(name, "acquired at", asyncio.get_running_loop().time(), lock)
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(name, "cancelled", lock)
        raise

async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(user(lock, f"u{i}", 1)) for i in range(5)]
    await asyncio.sleep(0)
    print(lock)
    ts[1].cancel()
    await asyncio.sleep(0.5)
    print(lock)
    await asyncio.sleep(0.5)
    # u2 has just been handed the lock; cancel it before it runs
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(lock, [t.cancelled() for t in ts])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    e = asyncio.Event()
    print(e)
    ws = [asyncio.create_task(e.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(e)
    ws[0].cancel()
    await asyncio.sleep(0)
    print(e)
    e.set()
    print(e)
    print(await asyncio.gather(*ws, return_exceptions=True), e)
    e.clear()
    print(e, e.is_set())

asyncio.run(main())
for cls in (asyncio.Lock, asyncio.Event, asyncio.Semaphore, asyncio.Queue):
    obj = cls()
    async def use1():
        if cls is asyncio.Lock:
            await obj.acquire()
            asyncio.create_task(obj.acquire())
            await asyncio.sleep(0)
        elif cls is asyncio.Event:
            asyncio.create_task(obj.wait())
            await asyncio.sleep(0)
        elif cls is asyncio.Semaphore:
            await obj.acquire()
            asyncio.create_task(obj.acquire())
            await asyncio.sleep(0)
        else:
            asyncio.create_task(obj.get())
            await asyncio.sleep(0)
    async def use2():
        if cls is asyncio.Lock:
            await obj.acquire()
        elif cls is asyncio.Event:
            await obj.wait()
        elif cls is asyncio.Semaphore:
            await obj.acquire()
        else:
            await obj.get()
    try:
        asyncio.run(use1())
        asyncio.run(use2())
    except RuntimeError as e:
        print("RuntimeError:", e)
