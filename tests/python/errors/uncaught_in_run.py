import asyncio

async def compute():
    await asyncio.sleep(1)
    raise ValueError("invalid value: 42")

async def main():
    print("starting")
    await compute()
    print("not printed")

asyncio.run(main())
