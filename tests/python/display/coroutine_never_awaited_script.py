import asyncio

async def tick():
    await asyncio.sleep(1)
    print("tick")

async def main():
    tick()
    await asyncio.sleep(2)
    print("main done")

asyncio.run(main())
