import asyncio

class Guarded:
    def __await__(self):
        try:
            yield from asyncio.sleep(10).__await__()
        except asyncio.CancelledError:
            print("cancel reached __await__")
            raise

class Bad:
    def __await__(self):
        try:
            yield 42
        except RuntimeError as e:
            print("caught:", e)
        return "recovered"

class NotIterator:
    def __await__(self):
        return 5

async def main():
    task = asyncio.ensure_future(Guarded())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    try:
        await asyncio.wait_for(Guarded(), 2)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    print(await Bad())
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
    await NotIterator()

asyncio.run(main())
