import asyncio
async def main():
    await asyncio.sleep(1e12)
asyncio.run(main())
