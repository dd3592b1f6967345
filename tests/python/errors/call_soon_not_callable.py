# call_soon(print("x")) passes None: CPython accepts it and reports the failure when it runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print("scheduled"))
    print(h)
    await asyncio.sleep(0)
    print("main goes on")
    loop.call_later(0.1, 42, "x")
    await asyncio.sleep(0.2)

asyncio.run(main())
