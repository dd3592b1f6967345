# flags: --display
import asyncio

async def main():
    await asyncio.sleep(1)
    return {"answer": 42}

asyncio.run(main())
