import asyncio

async def fetch(i):
    await asyncio.sleep(i)
    return f"item {i}"

async def main():
    for i in range(5):
        try:
            print(await asyncio.wait_for(fetch(i), timeout=2.5))
        except TimeoutError:
            print(f"item {i} too slow")
    print("total", asyncio.get_running_loop().time())

asyncio.run(main())
