# `async with Lock:` (the class, not an instance): special methods are looked up on the type.
import asyncio


class Resource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


async def main():
    for manager in (asyncio.Lock, Resource, asyncio.Semaphore):
        try:
            async with manager:
                pass
        except TypeError as e:
            print("TypeError:", e)
    try:
        with Resource:
            pass
    except TypeError as e:
        print("TypeError:", e)
    async with Resource() as r, asyncio.Lock():
        with r:
            print("instances work")

asyncio.run(main())
