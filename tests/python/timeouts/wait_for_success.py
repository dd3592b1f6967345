import asyncio

async def quick(x):
    await asyncio.sleep(1)
    return x + 1

async def main():
    print(await asyncio.wait_for(quick(41), timeout=5))
    print(await asyncio.wait_for(quick(1), timeout=None))
    print(asyncio.get_running_loop().time())

asyncio.run(main())
