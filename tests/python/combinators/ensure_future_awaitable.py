import asyncio

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(1).__await__()
        return self.v

async def main():
    t = asyncio.ensure_future(Awaitable(5))
    print(type(t).__name__, t.get_name())
    print(await t)
    print(await asyncio.gather(Awaitable(1), Awaitable(2)))
    print(await asyncio.wait_for(Awaitable(3), 2))
    for bad in (None, 42, "s"):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    other = asyncio.new_event_loop()
    f = other.create_future()
    try:
        asyncio.ensure_future(f, loop=asyncio.get_running_loop())
    except ValueError as e:
        print("ValueError:", e)
    other.close()
    c = asyncio.sleep(0)
    t = asyncio.ensure_future(c, loop=asyncio.get_running_loop())
    print(t.get_coro() is c)
    await t

asyncio.run(main())
