import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    c = asyncio.create_task(child("c", 3))
    group = asyncio.gather(a, b, c)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather raised CancelledError at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print(a.result(), b.cancelled(), c.result())

asyncio.run(main())
