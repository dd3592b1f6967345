import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(-5)
    print("negative sleep returns at once:", loop.time())
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print(loop.time(), loop.time() == 0.3)
    await asyncio.sleep(0.001)
    print(f"{loop.time():.3f}")
    await asyncio.sleep(86400)
    print("a virtual day later:", loop.time())

asyncio.run(main())
