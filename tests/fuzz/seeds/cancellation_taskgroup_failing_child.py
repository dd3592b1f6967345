import asyncio

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def failing():
    await asyncio.sleep(2)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("fast", 1))
            tg.create_task(failing())
            tg.create_task(ok("slow", 5))
    except* ValueError as eg:
        print("caught:", eg.exceptions)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
