import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name

async def bad():
    await asyncio.sleep(1)
    raise ZeroDivisionError("bad worker")

async def main():
    try:
        await asyncio.gather(ok("a", 0.5), bad(), ok("b", 2))
    except ZeroDivisionError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("the other children kept running")

asyncio.run(main())
