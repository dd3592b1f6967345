# The classic asyncio mistake: a coroutine called without await, and a misspelled attribute.
import asyncio


async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)


async def main():
    echo(1, 'jamais affiché')
    await asyncio.sleeep(1)

asyncio.run(main())
