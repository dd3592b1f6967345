import asyncio

async def instant():
    return "instant"

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("timeout=0 on a sleeping coroutine: TimeoutError")
    task = asyncio.create_task(instant())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(task, timeout=0))

asyncio.run(main())
