import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)

await echo(2, 'bonjour')
