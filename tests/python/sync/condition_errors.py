import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    async with cond:
        print("locked inside:", cond.locked())
    print("locked after:", cond.locked())

asyncio.run(main())
