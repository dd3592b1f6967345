import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("time:", loop.time())
    h1 = loop.call_soon(print, "call_soon")
    h2 = loop.call_later(2, print, "call_later 2")
    h3 = loop.call_at(loop.time() + 1, print, "call_at +1")
    print(type(h1).__name__, type(h2).__name__, type(h3).__name__)
    print("call_later when:", h2.when(), "call_at when:", h3.when())
    h4 = loop.call_later(1.5, print, "cancelled, never printed")
    h4.cancel()
    await asyncio.sleep(3)
    print("time:", loop.time(), "running:", loop.is_running(), "closed:", loop.is_closed())

asyncio.run(main())
