import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(loop.time() + 2)
            print("when:", cm.when())
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 3)
            print("pushed back to", cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print("expired at", loop.time())

asyncio.run(main())
