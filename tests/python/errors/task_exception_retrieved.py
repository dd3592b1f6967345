import asyncio

async def boom():
    await asyncio.sleep(1)
    raise KeyError("missing")

async def main():
    task = asyncio.create_task(boom())
    await asyncio.sleep(2)
    print(task.done(), repr(task.exception()))
    try:
        await task
    except KeyError as e:
        print("await re-raises:", repr(e))

asyncio.run(main())
