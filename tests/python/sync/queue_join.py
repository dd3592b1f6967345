import asyncio

async def worker(name, queue):
    while True:
        job = await queue.get()
        await asyncio.sleep(job)
        print(f"{name} did job {job}")
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for job in [3, 1, 2, 1, 1]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    print("all jobs done at", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [w.cancelled() for w in workers])

asyncio.run(main())
