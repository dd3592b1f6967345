import asyncio

async def boom():
    raise ValueError("nobody looks at me")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(1)
    print("main finished normally")

asyncio.run(main())
