import asyncio

async def main():
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(1)
    print("expired:", cm.expired())
    print("when:", cm.when())

asyncio.run(main())
