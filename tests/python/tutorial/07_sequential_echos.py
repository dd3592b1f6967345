# flags: --display
# Copied from earlier cells of the notebook (In [2], In [42]):
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# The cell (In [47]):
import time

print(f"started at {time.strftime('%X')}")

await echo(3, 'echo_lent')
await echo(1, 'echo_rapide') # on doit attendre la fin de l'execution de la première coroutine avant de pouvoir lancer la suivante...

print(f"finished at {time.strftime('%X')}")
