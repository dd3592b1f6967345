import asyncio

async def job(i):
    print("start", i)
    await asyncio.sleep(0)
    print("end", i)

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(4)]
    print("tasks created, none started yet")
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.wait(tasks)
    print("all done")

asyncio.run(main())
