import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    print("now", now)
    loop.call_at(now + 2, print, "at +2")
    loop.call_at(now + 1, print, "at +1")
    handle = loop.call_at(now + 1.5, print, "at +1.5 (cancelled)")
    loop.call_at(now + 3, print, "at +3")
    handle.cancel()
    print("cancelled?", handle.cancelled())
    print("when", handle.when())
    await asyncio.sleep(5)
    print("end", loop.time())

asyncio.run(main())
