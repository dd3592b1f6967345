import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            print("start", loop.time())
            await asyncio.sleep(5)
            print("not printed")
    except TimeoutError:
        print("TimeoutError at", loop.time())
    async with asyncio.timeout(2):
        await asyncio.sleep(1)
    print("finished in time at", loop.time())

asyncio.run(main())
