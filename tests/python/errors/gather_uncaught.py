import asyncio

async def fetch(i):
    await asyncio.sleep(i)
    if i == 2:
        raise ConnectionError(f"server {i} unreachable")
    return i

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    print(results)

asyncio.run(main())
