import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    tasks = [asyncio.create_task(work(d), name=f"t{d}") for d in (1, 2, 5, 8)]
    done, pending = await asyncio.wait(tasks, timeout=3)
    print("time", asyncio.get_running_loop().time())
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=10)
    print("time", asyncio.get_running_loop().time())
    print(len(done), len(pending))

asyncio.run(main())
