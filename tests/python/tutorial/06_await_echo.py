# flags: --display
# Copied from earlier cells of the notebook (In [2], In [42]):
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# The cell (In [43]):
await echo(2, 'bonjour')
