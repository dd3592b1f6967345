import asyncio
async def agen():
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen closed")
async def worker(n, q):
    try:
        while True:
            item = await q.get()
            await asyncio.sleep(0.01 * n)
            q.task_done()
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def main():
    print([x async for x in agen()])
    q = asyncio.Queue(maxsize=2)
    ws = [asyncio.create_task(worker(i, q)) for i in range(3)]
    for i in range(6):
        await q.put(i)
    await q.join()
    for w in ws:
        w.cancel()
    print(await asyncio.gather(*ws, return_exceptions=True))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            tg.create_task(asyncio.wait_for(asyncio.sleep(5), 0.1))
    except* TimeoutError as eg:
        print("eg", len(eg.exceptions))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_result, 7)
    print(await asyncio.shield(fut))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(i / 10)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
asyncio.run(main())
