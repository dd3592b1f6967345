import asyncio

async def main():
    try:
        await 5
    except TypeError as e:
        print(e)
    await asyncio.sleep(0)
    await [1, 2]

asyncio.run(main())
