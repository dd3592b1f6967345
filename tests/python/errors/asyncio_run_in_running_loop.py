# compare: whole stderr
# asyncio.run() inside a running loop: CPython's RuntimeError, and the coroutine handed to it is
# kept by the error's traceback, so "never awaited" comes when the error goes (here, at the end
# of the except clause), not at the call.
import asyncio


async def work():
    return 1


async def main():
    try:
        asyncio.run(work())
    except RuntimeError as e:
        print('caught:', e)
    print('after')

asyncio.run(main())
