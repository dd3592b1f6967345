# flags: --display
# Copied from an earlier cell of the notebook (In [2]):
import asyncio

# The cell (In [65]):
async def trop_long():
    await asyncio.sleep(60)
    print('1 minute !')

async def impatient():
    try:
        await asyncio.wait_for(trop_long(), timeout=2)
    except asyncio.TimeoutError:
        print('timeout !')
    
await impatient()
