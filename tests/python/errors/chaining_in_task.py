import asyncio

async def step():
    try:
        await asyncio.sleep(1)
        raise OSError("disk full")
    except OSError as e:
        raise RuntimeError("could not save") from e

async def main():
    task = asyncio.create_task(step())
    try:
        await task
    except RuntimeError as e:
        print(e, "<-", e.__cause__)
    await step()

asyncio.run(main())
