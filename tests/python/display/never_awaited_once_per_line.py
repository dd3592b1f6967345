# "coroutine ... was never awaited" is shown once per line, as warnings' registry does.
import asyncio


async def work(i):
    print("work", i)


async def main():
    for i in range(3):
        work(i)
    await asyncio.sleep(0)
    for i in range(2):
        asyncio.sleep(1)
    print("done")

asyncio.run(main())
