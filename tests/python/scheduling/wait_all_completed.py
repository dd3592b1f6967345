import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay * 10

async def main():
    tasks = [asyncio.create_task(work(d), name=f"t{d}") for d in (2, 1, 3)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(asyncio.get_running_loop().time())

asyncio.run(main())
