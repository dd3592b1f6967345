import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(print, "soon", i)
    loop.call_soon(print, "with", "several", "args")
    print("scheduled")
    await asyncio.sleep(0)
    print("after one sleep(0)")

asyncio.run(main())
