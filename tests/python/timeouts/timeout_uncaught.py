import asyncio

async def main():
    async with asyncio.timeout(1):
        await asyncio.sleep(2)

asyncio.run(main())
