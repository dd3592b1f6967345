# flags: --display
# Copied from an earlier cell of the notebook (In [2]):
import asyncio

# The cell (In [69]):
async def identite(x, delai):
    await asyncio.sleep(delai)
    return x

await asyncio.gather(*[asyncio.create_task(identite(i, 5-i)) for i in range(1,4)])
