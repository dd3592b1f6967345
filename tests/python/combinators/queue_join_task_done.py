import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "did", item, "at", asyncio.get_running_loop().time(), q)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    print(q, q.maxsize, q.qsize(), q.empty(), q.full())
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await asyncio.sleep(0)
    print(str(q))
    for item in [3, 1, 2, 1, 1, 2]:
        await q.put(item)
        print("put", item, str(q), q.full())
    j1 = asyncio.create_task(q.join())
    await q.join()
    print("joined at", asyncio.get_running_loop().time(), j1.done(), str(q))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(str(q))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    # blocked putters and a cancelled putter
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    p1 = asyncio.create_task(q2.put("p1"))
    p2 = asyncio.create_task(q2.put("p2"))
    p3 = asyncio.create_task(q2.put("p3"))
    await asyncio.sleep(0)
    print(str(q2))
    p1.cancel()
    print(q2.get_nowait())
    await asyncio.sleep(0)
    print(str(q2), p1.cancelled())
    print(await q2.get(), await q2.get())
    print(str(q2))
    # cancelled getter
    q3 = asyncio.Queue()
    g1 = asyncio.create_task(q3.get())
    g2 = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    q3.put_nowait(1)
    g1.cancel()
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done() and g2.result(), str(q3))
    try:
        q3.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q4 = asyncio.Queue(-1)
    for i in range(5):
        q4.put_nowait(i)
    print(q4.full(), str(q4), q4.maxsize)

asyncio.run(main())
