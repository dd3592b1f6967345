# flags: --display
# Copied from earlier cells of the notebook (In [2], In [42]):
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# The cell (In [None]):
async def plein_d_echos2(n):
    liste_de_choses_a_faire = [asyncio.create_task(echo(i**2, f'echo {i}')) for i in range(1, n+1)]
    
    await asyncio.gather(*liste_de_choses_a_faire)

await plein_d_echos2(5)
