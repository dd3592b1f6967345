import asyncio

async def spinner():
    for i in range(3):
        print("spin", i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer with delay 0")
    loop.call_soon(print, "soon")
    await asyncio.gather(spinner(), asyncio.sleep(0.001))
    print("done")

asyncio.run(main())
