import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)

async def plein_d_echos(n):
    liste_de_choses_a_faire = [asyncio.create_task(echo(i**2, f'echo {i}')) for i in range(1, n+1)]

    for i in range(n):
        await liste_de_choses_a_faire[i]

await plein_d_echos(5)
