import asyncio

async def identite(x, delai):
    await asyncio.sleep(delai)
    return x

taches = [asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]
done, pending = await asyncio.wait(taches, return_when=asyncio.FIRST_COMPLETED)

print([tache in done for tache in taches])
print(taches[2].result())
