# An exception in a task, awaited through gather: the traceback through asyncio's frames.
import asyncio


async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(qoi)


async def main():
    await asyncio.gather(echo(1, 'a'), echo(2, 'b'))

asyncio.run(main())
