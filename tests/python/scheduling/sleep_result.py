import asyncio

async def main():
    value = await asyncio.sleep(1, result="ready")
    print(value)
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result=[1, 2]))

asyncio.run(main())
