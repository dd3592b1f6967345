# flags: --display
# Copied from earlier cells of the notebook (In [2], In [69]):
import asyncio

async def identite(x, delai):
    await asyncio.sleep(delai)
    return x

# The cell (In [105]); its last line ended with a stray `t` in the notebook, removed here:
taches = [asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]
done, pending = await asyncio.wait(taches, return_when=asyncio.FIRST_COMPLETED)

print([tache in done for tache in taches])
print(taches[2].result())
