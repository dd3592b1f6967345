import asyncio

# Ten tasks sleeping the same delay share one deadline: CPython wakes them in the
# order its timer heap pops them, which is not their creation order.
async def sleeper(i):
    await asyncio.sleep(1)
    print("woke", i)

async def main():
    await asyncio.gather(*(sleeper(i) for i in range(10)))

asyncio.run(main())
