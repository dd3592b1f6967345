import asyncio

async def worker(sem, name, hold, log):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} got@{asyncio.get_running_loop().time()}")
        await asyncio.sleep(hold)
    log.append(f"{name} released")

async def main():
    sem = asyncio.Semaphore(2)
    print(sem)
    log = []
    tasks = []
    for i in range(6):
        tasks.append(asyncio.create_task(worker(sem, f"w{i}", 1 + (i % 3), log)))
        if i == 3:
            await asyncio.sleep(0)
            print(sem)
    await asyncio.sleep(0.5)
    # a latecomer arrives while others wait
    tasks.append(asyncio.create_task(worker(sem, "late", 1, log)))
    # a waiter is cancelled
    await asyncio.sleep(0)
    tasks[4].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("\n".join(log))
    print(sem)
    # release wakes one waiter; a task acquiring in between does not jump the queue
    s = asyncio.Semaphore(0)
    order = []
    async def acq(n):
        await s.acquire()
        order.append(n)
    ts = [asyncio.create_task(acq(i)) for i in range(3)]
    await asyncio.sleep(0)
    s.release()
    s.release()
    ts.append(asyncio.create_task(acq("new")))
    ts[0].cancel()
    await asyncio.sleep(0)
    print(order, s, s.locked())
    s.release(); s.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order, s)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, b)

asyncio.run(main())
