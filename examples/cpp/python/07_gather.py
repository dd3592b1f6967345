import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)

async def plein_d_echos2(n):
    liste_de_choses_a_faire = [asyncio.create_task(echo(i**2, f'echo {i}')) for i in range(1, n+1)]

    await asyncio.gather(*liste_de_choses_a_faire)

await plein_d_echos2(5)

async def identite(x, delai):
    await asyncio.sleep(delai)
    return x

print(await asyncio.gather(*[asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]))
