import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop.time())
    await asyncio.sleep(1.5)
    print(loop.time())
    await asyncio.sleep(0.25)
    print(loop.time())
    await asyncio.gather(asyncio.sleep(2), asyncio.sleep(3))
    print(loop.time())

asyncio.run(main())
