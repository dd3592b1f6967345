import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    group = asyncio.gather(child("a", 1), child("b", 5), child("c", 6))
    await asyncio.sleep(2)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
    print(group.cancelled())

asyncio.run(main())
