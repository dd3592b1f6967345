# A beginner's mistake: gather() given a list. CPython's TypeError comes first, and the
# coroutines in the list, kept by the traceback's frames, warn "never awaited" after it.
import asyncio


async def fetch(n):
    return n


async def main():
    print(await asyncio.gather([fetch(1), fetch(2)]))

asyncio.run(main())
