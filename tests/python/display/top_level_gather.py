# flags: --display
import asyncio

async def square(x):
    await asyncio.sleep(x)
    return x * x

await asyncio.gather(*(square(x) for x in (3, 1, 2)))
