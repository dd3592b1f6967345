# A task whose cleanup fails when asyncio.run cancels it at the end is reported under "task:".
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")


async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
print("after run")
