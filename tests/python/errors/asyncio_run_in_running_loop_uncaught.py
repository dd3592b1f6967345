# The same mistake uncaught: the traceback, then the warning, when the error goes (the oracle
# collects it after printing the traceback; the last line is the tracemalloc hint either way).
import asyncio


async def work():
    return 1


async def main():
    asyncio.run(work())

asyncio.run(main())
