import asyncio

async def depth(n):
    if n == 0:
        return "bottom"
    return await depth(n - 1)

async def other():
    print("other runs")

async def main():
    asyncio.create_task(other())
    # Awaiting a coroutine directly never yields to the loop.
    print(await depth(50))
    print("still before other")
    await asyncio.sleep(0)
    print("after yield")

asyncio.run(main())
