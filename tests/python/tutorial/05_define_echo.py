# flags: --display
async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)
