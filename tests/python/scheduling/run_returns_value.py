import asyncio

async def main(x):
    await asyncio.sleep(0.5)
    return x * 2

print(asyncio.run(main(21)))
print(asyncio.run(main("ab")))
