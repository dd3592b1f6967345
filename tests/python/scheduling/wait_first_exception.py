import asyncio

async def work(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"failed after {delay}")
    return delay

async def main():
    tasks = [
        asyncio.create_task(work(1), name="ok1"),
        asyncio.create_task(work(2, fail=True), name="bad2"),
        asyncio.create_task(work(3), name="ok3"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)
    print("ok3 result:", tasks[2].result())

asyncio.run(main())
