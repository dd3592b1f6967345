# A gather() never awaited whose child fails: CPython names the future's class in the report.
import asyncio


async def fail():
    raise ValueError("lost")


async def main():
    asyncio.gather(fail())
    await asyncio.sleep(0.1)
    print("end")

asyncio.run(main())
